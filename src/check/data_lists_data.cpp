// The lists of data/ejaan and data/rujukan as compiled in from the build's own data folder
// (tools/datalists/build_lists.cpp); read from the files for any other (NASKAH_DATA).
#include <cstdint>
#include <string_view>

#include "check/data_lists.hpp"
#include "style/style.hpp"

namespace naskah::check {

namespace list_table {
extern const bool kEjaanAvailable;
extern const char kText[];
extern const std::uint32_t kTerms[];
extern const std::uint32_t kReplacements[];   // word, suggestion, foreign, since
extern const std::uint32_t kAbbreviations[];  // abbreviation, expansion
extern const std::uint32_t kFiles[];          // name, first row, row count
extern const std::uint32_t kRows[];           // first cell, cell count
extern const std::uint32_t kCells[];
extern const std::size_t kTermCount;
extern const std::size_t kReplacementCount;
extern const std::size_t kAbbreviationCount;
extern const std::size_t kFileCount;
}  // namespace list_table

bool data_is_compiled() { return style::data_dir() == std::string(NASKAH_DATA_DIR); }

bool compiled_ejaan_lists(EjaanLists& out)
{
    using namespace list_table;
    if (!kEjaanAvailable) return false;
    auto str = [](std::uint32_t offset) { return std::string(kText + offset); };
    out.terms.reserve(kTermCount);
    for (std::size_t i = 0; i < kTermCount; ++i) out.terms.push_back(str(kTerms[i]));
    out.replacements.reserve(kReplacementCount);
    for (std::size_t i = 0; i < kReplacementCount; ++i) {
        const std::uint32_t* r = kReplacements + 4 * i;
        out.replacements.push_back({str(r[0]), str(r[1]), r[2] != 0, static_cast<int>(r[3])});
    }
    out.abbreviations.reserve(kAbbreviationCount);
    for (std::size_t i = 0; i < kAbbreviationCount; ++i) out.abbreviations.emplace_back(str(kAbbreviations[2 * i]), str(kAbbreviations[2 * i + 1]));
    return true;
}

bool compiled_rujukan_rows(const std::string& name, DataRows& rows)
{
    using namespace list_table;
    for (std::size_t f = 0; f < kFileCount; ++f) {
        if (name != std::string_view(kText + kFiles[3 * f])) continue;
        const std::uint32_t first = kFiles[3 * f + 1], count = kFiles[3 * f + 2];
        rows.reserve(count);
        for (std::uint32_t r = first; r < first + count; ++r) {
            std::vector<std::string> cells;
            cells.reserve(kRows[2 * r + 1]);
            for (std::uint32_t c = kRows[2 * r]; c < kRows[2 * r] + kRows[2 * r + 1]; ++c) cells.emplace_back(kText + kCells[c]);
            rows.push_back(std::move(cells));
        }
        return true;
    }
    return false;
}

}  // namespace naskah::check
