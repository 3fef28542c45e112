// Rules (borders) of a table page: every painted cell fragment adds the stretches of its four
// edges, each with the rule resolved for it (model/table_rules.hpp); once the page is finished
// they are merged so a shared edge is drawn once.
#pragma once

#include <vector>

#include "layout/page.hpp"
#include "model/model.hpp"

namespace naskah::layout::table {

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

}  // namespace naskah::layout::table
