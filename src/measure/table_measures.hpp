// What the layout measured of each table (column widths, fitted text size), kept so the DOCX
// writer takes the PDF's very numbers instead of measuring every cell of a long table again.
#pragma once

#include <cmath>
#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

#include "core/diagnostic.hpp"
#include "measure/text_fit.hpp"

namespace naskah::measure {

struct TableMeasure {
    std::vector<double> widths_mm;
    double text_scale = 1;
};

/// Tables by where they start in the input and the width they were measured for: a table is
/// measured again (as before) for any other width, so a writer never takes widths meant for
/// another page shape.
class TableMeasures {
public:
    void put(const SourcePos& table, double available_mm, TableMeasure m) { by_table_[key(table, available_mm)] = std::move(m); }
    const TableMeasure* find(const SourcePos& table, double available_mm) const
    {
        const auto it = by_table_.find(key(table, available_mm));
        return it == by_table_.end() ? nullptr : &it->second;
    }

private:
    using Key = std::tuple<std::uint32_t, std::uint32_t, std::int64_t>;
    // the layout's width comes from points, the DOCX's from millimetres: equal to a micrometre
    static Key key(const SourcePos& p, double mm) { return {p.line, p.column, std::llround(mm * 1000)}; }
    std::map<Key, TableMeasure> by_table_;
};

}  // namespace naskah::measure
