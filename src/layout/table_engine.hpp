// Parts of the table engine (table_layout.cpp) that are tested on their own: the merging of
// cell edges into drawn rules.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "layout/page.hpp"
#include "model/model.hpp"

namespace naskah::layout {

/// One stretch of a cell edge on a page: horizontal (at = y, from/to = x) or vertical (at = x,
/// from/to = y), with the rule resolved for it (model/table_rules.hpp).
struct TableSegment {
    double at = 0, from = 0, to = 0;
    model::LineStyle style = model::LineStyle::Single;
};

/// The rules to draw for a page's cell edges: collinear stretches of the same rule merged so a
/// shared edge is drawn once, `None` left out, `Double` as two lines. A `width` of 0 (a house
/// style's `tabel garis="0pt"`) draws nothing at all.
std::vector<Rule> merge_rules(const std::vector<TableSegment>& horizontal, const std::vector<TableSegment>& vertical, double width);

/// The lines of one cell of a row being placed: all of them, and those not yet on a page.
struct CellLines {
    std::size_t total = 0, remaining = 0;
};

/// The break choice when a row does not fit in the `room` lines left on the page: how many lines
/// of each cell (null: a cell spanning rows, not the row's own) go on this page. A cell that fits
/// goes whole; a longer cell of four or more lines puts at least two here and leaves at least two
/// for the next page; anything else cannot split (nullopt: the row moves to the next page), nor
/// can a split that places nothing here or leaves nothing for the next page.
std::optional<std::vector<std::size_t>> choose_row_split(const std::vector<std::optional<CellLines>>& cells, long room);

}  // namespace naskah::layout
