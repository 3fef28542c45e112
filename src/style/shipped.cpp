#include "style/shipped.hpp"

#include <algorithm>
#include <filesystem>

#include "style/style.hpp"

namespace naskah::style {

std::vector<std::string> shipped_styles()
{
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(fs::path(data_dir()) / "layouts", ec)) {
        if (!e.is_regular_file(ec) || e.path().extension() != ".xml") continue;
        out.push_back(e.path().stem().string());
    }
    std::sort(out.begin(), out.end());  // ties and listings in name order: deterministic
    return out;
}

namespace {
// Levenshtein distance, stopping early: names are short (a style name is at most 64 bytes)
std::size_t edit_distance(const std::string& a, const std::string& b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}
}  // namespace

std::string nearest_name(const std::string& name, const std::vector<std::string>& candidates)
{
    if (name.size() > 64) return {};
    std::string best;
    std::size_t best_distance = 4;
    for (const std::string& s : candidates) {
        const std::size_t d = edit_distance(name, s);
        if (d < best_distance) {
            best_distance = d;
            best = s;
        }
    }
    return best;
}

std::string nearest_shipped_style(const std::string& name) { return nearest_name(name, shipped_styles()); }

}  // namespace naskah::style
