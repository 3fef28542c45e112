#include "core/json_write.hpp"

#include <cmath>

namespace naskah::json_write {

std::string dump(const Json& j, int indent)
{
    return j.dump(indent, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace);
}

double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(v * scale) / scale;
    // -0.0 would print as "-0.0"
    return r == 0 ? 0.0 : r;
}

Json diagnostic(const Diagnostic& d)
{
    Json j;
    j["file"] = d.pos.file;
    j["line"] = d.pos.line;
    j["column"] = d.pos.column;
    j["severity"] = severity_name(d.severity);
    j["code"] = d.code;
    j["message"] = d.message;
    if (!d.hint.empty()) j["hint"] = d.hint;
    return j;
}

}  // namespace naskah::json_write
