// Cells spanning rows across page breaks: a span's text flows through the fragments of the rows
// it spans, page after page (or starts again on each page when the cell asks to repeat it). A
// fragment is painted when its page ends or when the span's last row is placed.
#pragma once

#include <cstddef>

namespace naskah::layout::table {

/// How a span's fragment on a page ends.
enum class SpanEnd {
    PageBreak,   ///< the page ends inside the span: its text goes on on the next page
    RowEnd,      ///< its last row was placed whole on this page: the span closes
    PageBottom,  ///< its last row's rest ended at the page bottom (a split row): the span closes
};

/// Whole lines of a cell that fit in a fragment `height` tall (none if it is shorter than the padding).
std::size_t lines_fitting(double height, double pad, double line_height);

/// What one fragment of a span holds and how it is edged.
struct SpanFragment {
    std::size_t from = 0, to = 0;  ///< lines [from, to) of the cell
    bool valign = false;           ///< the fragment is the whole cell, so its vertical alignment applies
    bool top_edge = false;         ///< its top is the cell's own edge, not a page break
    bool bottom_edge = false;      ///< its bottom is the cell's own edge, not a page break
};

/// The fragment of a span of `lines` lines, `done` of them on earlier pages, `height` tall on this
/// page; `first`: no fragment of it was painted before. A fragment cut by a page break holds the
/// lines that fit; a closing one holds every line left (the row heights made room for them).
SpanFragment span_fragment(std::size_t done, std::size_t lines, bool first, double height, SpanEnd end, double pad, double line_height);

/// Whether a span whose last row ends at the page bottom may close there: its remaining lines fit
/// in its fragment. Otherwise it goes on on the next page.
bool span_closes_at_page_bottom(std::size_t done, std::size_t lines, double height, double pad, double line_height);

}  // namespace naskah::layout::table
