// Cells spanning rows. A span is opened at its first row and painted one fragment per page: when
// the page breaks inside it (its text flows on, or starts again when the cell asks to repeat it)
// and when its last row is placed (it closes with the rest of its text). This is the only place
// a span's fragment is painted.
#include "layout/table/rowspans.hpp"

#include <algorithm>
#include <cmath>

#include "layout/table/layouter.hpp"

namespace naskah::layout::table {

std::size_t lines_fitting(double height, double pad, double line_height)
{
    return static_cast<std::size_t>(std::max(0.0, std::floor((height - 2 * pad + 0.01) / line_height)));
}

SpanFragment span_fragment(std::size_t done, std::size_t lines, bool first, double height, SpanEnd end, double pad, double line_height)
{
    SpanFragment f;
    f.from = done;
    f.to = end == SpanEnd::PageBreak ? done + std::min(lines_fitting(height, pad, line_height), lines - done) : lines;
    // a span closed at the page bottom of a split row is set from its top, like the row's own cells
    f.valign = end == SpanEnd::RowEnd && first;
    f.top_edge = first;
    f.bottom_edge = end != SpanEnd::PageBreak;
    return f;
}

bool span_closes_at_page_bottom(std::size_t done, std::size_t lines, double height, double pad, double line_height)
{
    return lines - done <= lines_fitting(height, pad, line_height);
}

void TableLayouter::open_spans(int r)
{
    for (int c = 0; c < grid_.columns; ++c) {
        CellBox* b = box(r, c);
        if (b && b->cell->rowspan > 1 && !spans_.count(c)) spans_[c] = SpanState{b, r + b->cell->rowspan - 1, 0, y_};
    }
}

void TableLayouter::paint_span(SpanState& sp, SpanEnd end)
{
    const double h = y_ - sp.frag_top;
    const SpanFragment f = span_fragment(sp.lines_done, sp.box->lines.size(), sp.first_fragment, h, end, pad_, lh_);
    paint_box(*sp.box, sp.frag_top, h, f.from, f.to, f.valign, false, f.top_edge, f.bottom_edge);
    if (end != SpanEnd::PageBreak) return;
    sp.first_fragment = false;
    // a span asked to repeat its text starts it again on the next page (the last fragment is
    // made tall enough for all of it); otherwise the text flows on
    sp.lines_done = sp.box->cell->repeat_text ? 0 : f.to;
}

bool TableLayouter::close_spans(int r, SpanEnd end)
{
    bool all = true;
    for (auto it = spans_.begin(); it != spans_.end();) {
        SpanState& sp = it->second;
        if (sp.last_row != r) {
            ++it;
            continue;
        }
        if (end == SpanEnd::PageBottom && !span_closes_at_page_bottom(sp.lines_done, sp.box->lines.size(), y_ - sp.frag_top, pad_, lh_)) {
            all = false;
            ++it;
            continue;
        }
        paint_span(sp, end);
        live_.erase(static_cast<long long>(sp.box->row) * grid_.columns + sp.box->col);
        it = spans_.erase(it);
    }
    return all;
}

}  // namespace naskah::layout::table
