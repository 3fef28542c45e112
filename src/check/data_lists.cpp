// Parsing of the data/ejaan and data/rujukan lists: used at run time for a data folder other than
// the build's, and by the build (tools/datalists/) to compile the build's own lists in.
#include "check/data_lists.hpp"

#include <cstdio>
#include <fstream>

#include "check/text_util.hpp"

namespace naskah::check {

namespace {

// Each non-empty line of `folder`/`name` with its "#" comment cut off, trimmed; false with
// `error` when the file cannot be opened.
template <class Line>
bool each_line(const std::string& folder, const char* name, std::string& error, Line&& line_of)
{
    std::ifstream in(folder + "/" + name);
    if (!in) {
        error = "cannot read " + folder + "/" + name;
        return false;
    }
    for (std::string line; std::getline(in, line);) {
        line = text::trim(line.substr(0, line.find('#')));
        if (!line.empty()) line_of(line);
    }
    return true;
}

}  // namespace

bool read_ejaan_lists(const std::string& shipped, EjaanLists& out, std::string& error)
{
    if (!each_line(shipped, "istilah.txt", error, [&](const std::string& line) { out.terms.push_back(text::lower(line)); }))
        return false;
    bool foreign = false;
    const bool replacements = each_line(shipped, "pengganti.txt", error, [&](const std::string& line) {
        if (line == "[asing]" || line == "[tidak-baku]") {
            foreign = line == "[asing]";
            return;
        }
        const std::size_t eq = line.find('=');
        if (eq == std::string::npos) return;
        std::string value = text::trim(line.substr(eq + 1));
        int since = 0;  // "propinsi = provinsi | sejak 2004-10-15"
        if (const std::size_t bar = value.find('|'); bar != std::string::npos) {
            const std::string when = text::trim(value.substr(bar + 1));
            int y = 0, m = 0, d = 0;
            if (std::sscanf(when.c_str(), "sejak %d-%d-%d", &y, &m, &d) == 3) since = y * 10000 + m * 100 + d;
            value = text::trim(value.substr(0, bar));
        }
        out.replacements.push_back({text::lower(text::trim(line.substr(0, eq))), value, foreign, since});
    });
    if (!replacements) return false;
    return each_line(shipped, "singkatan.txt", error, [&](const std::string& line) {
        const std::size_t eq = line.find('=');
        if (eq != std::string::npos) out.abbreviations.emplace_back(text::trim(line.substr(0, eq)), text::trim(line.substr(eq + 1)));
    });
}

bool read_rujukan_rows(const std::string& path, DataRows& rows, std::string& error)
{
    std::ifstream in(path);
    if (!in) error = path + " tidak terbaca / cannot be read";
    for (std::string line; in && std::getline(in, line);) {
        line = text::trim(line);
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cells;
        std::size_t from = 0;
        while (true) {
            const std::size_t bar = line.find('|', from);
            cells.push_back(text::trim(std::string_view(line).substr(from, bar == std::string::npos ? std::string::npos : bar - from)));
            if (bar == std::string::npos) break;
            from = bar + 1;
        }
        rows.push_back(std::move(cells));
    }
    if (error.empty() && in.bad()) error = path + " tidak terbaca sampai habis / cannot be read to its end";
    return error.empty();
}

}  // namespace naskah::check
