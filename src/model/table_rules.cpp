#include "model/table_rules.hpp"

#include <algorithm>

namespace naskah::model {

namespace {

LineStyle heavier(LineStyle a, LineStyle b)
{
    if (a == LineStyle::Inherit) return b;
    if (b == LineStyle::Inherit) return a;
    return static_cast<std::uint8_t>(a) >= static_cast<std::uint8_t>(b) ? a : b;
}

/// The table's own rule for an edge: `outer` for the frame, `header` for edges touching the
/// header (its rules and the one under it), `vertical` for column rules.
LineStyle table_rule(const Table& t, bool outer, bool vertical, bool header)
{
    switch (t.rules) {
    case TableRules::All: return LineStyle::Single;
    case TableRules::None: return LineStyle::None;
    case TableRules::Frame: return outer ? LineStyle::Single : LineStyle::None;
    case TableRules::Columns: return outer || vertical || header ? LineStyle::Single : LineStyle::None;
    }
    return LineStyle::Single;
}

}  // namespace

const ColumnFormat& column_format(const Table& table, int col)
{
    static const ColumnFormat plain;
    if (col < 0 || static_cast<std::size_t>(col) >= table.column_format.size()) return plain;
    return table.column_format[static_cast<std::size_t>(col)];
}

LineStyle frame_rule(const Table& table) { return table.rules == TableRules::None ? LineStyle::None : LineStyle::Single; }

LineStyle horizontal_rule(const Table& t, const ResolvedGrid& g, int row, int col)
{
    const Cell* above = row > 0 ? g.at(row - 1, col).cell : nullptr;
    const Cell* below = row < g.rows ? g.at(row, col).cell : nullptr;
    if (above && above == below) return LineStyle::None;  // inside a row span
    const LineStyle own = heavier(above ? above->rule_bottom : LineStyle::Inherit, below ? below->rule_top : LineStyle::Inherit);
    if (own != LineStyle::Inherit) return own;
    const bool outer = row == 0 || row == g.rows;
    return table_rule(t, outer, false, row <= g.body_begin());
}

LineStyle vertical_rule(const Table& t, const ResolvedGrid& g, int row, int col)
{
    const Cell* left = col > 0 ? g.at(row, col - 1).cell : nullptr;
    const Cell* right = col < g.columns ? g.at(row, col).cell : nullptr;
    if (left && left == right) return LineStyle::None;  // inside a column span
    const LineStyle own = heavier(left ? left->rule_right : LineStyle::Inherit, right ? right->rule_left : LineStyle::Inherit);
    if (own != LineStyle::Inherit) return own;
    const bool outer = col == 0 || col == g.columns;
    if (!outer) {
        const LineStyle column = column_format(t, col).rule_left;
        if (column != LineStyle::Inherit) return column;
    }
    return table_rule(t, outer, true, row < g.body_begin());
}

}  // namespace naskah::model

namespace naskah::model {

HAlign cell_halign(const Table& table, const ResolvedGrid& grid, int row, int col)
{
    const Cell* c = grid.at(row, col).cell;
    if (c && c->halign) return *c->halign;
    // the header keeps the table's alignment: a right-aligned amount column has a centred title
    if (row >= grid.body_begin() && c && c->colspan == 1) {
        const ColumnFormat& f = column_format(table, col);
        if (f.halign) return *f.halign;
    }
    return table.default_halign;
}

}  // namespace naskah::model
