#include "batch/json.hpp"

#include <nlohmann/json.hpp>

namespace naskah::batch::json {

const Value& Value::operator[](std::string_view key) const
{
    static const Value null;
    if (kind != Kind::Object) return null;
    auto it = object.find(key);
    return it == object.end() ? null : it->second;
}

namespace {

// Nesting is bounded so a hostile manifest cannot exhaust the stack here (nlohmann's own parser
// keeps its nesting on the heap).
constexpr int kMaxDepth = 64;

bool convert(const nlohmann::json& j, Value& out, int depth, std::string& error)
{
    if (depth > kMaxDepth) {
        error = "nested more than " + std::to_string(kMaxDepth) + " levels deep";
        return false;
    }
    switch (j.type()) {
    case nlohmann::json::value_t::null: out.kind = Value::Kind::Null; return true;
    case nlohmann::json::value_t::boolean:
        out.kind = Value::Kind::Bool;
        out.boolean = j.get<bool>();
        return true;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        out.kind = Value::Kind::Number;
        out.number = j.get<double>();
        return true;
    case nlohmann::json::value_t::string:
        out.kind = Value::Kind::String;
        out.string = j.get_ref<const std::string&>();
        return true;
    case nlohmann::json::value_t::array:
        out.kind = Value::Kind::Array;
        out.array.resize(j.size());
        for (std::size_t i = 0; i < j.size(); ++i)
            if (!convert(j[i], out.array[i], depth + 1, error)) return false;
        return true;
    case nlohmann::json::value_t::object:
        out.kind = Value::Kind::Object;
        for (const auto& [key, value] : j.items())
            if (!convert(value, out.object[key], depth + 1, error)) return false;
        return true;
    default: error = "unsupported JSON value"; return false;
    }
}

}  // namespace

bool parse(std::string_view text, Value& out, std::string& error)
{
    out = Value{};
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann says "parse error at line L, column C: …"; the byte offset is kept as it gives it
        error = e.what();
        return false;
    }
    return convert(j, out, 0, error);
}

}  // namespace naskah::batch::json
