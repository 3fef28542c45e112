// Rules of a table page: the edges of every painted cell fragment, merged into drawn rules once
// the page is finished (so a shared edge is drawn once), and the page's cell text in table order.
#include "layout/table/rules.hpp"

#include <algorithm>
#include <cmath>

#include "layout/table/layouter.hpp"
#include "model/table_rules.hpp"

namespace naskah::layout::table {

std::vector<Rule> merge_rules(const std::vector<TableSegment>& h_in, const std::vector<TableSegment>& v_in, double width)
{
    // A rule width of 0 draws nothing (a PDF line of width 0 would be a device hairline).
    std::vector<Rule> out;
    if (!(width > 0)) return out;
    // std::lround(v * 100) without a libm call (two for every cell fragment): half away from
    // zero, as lround; x minus its truncation is exact, so the halves are decided as lround does
    auto key = [](double v) {
        const double x = v * 100;
        long long i = static_cast<long long>(x);
        const double f = x - static_cast<double>(i);
        if (f >= 0.5) ++i;
        else if (f <= -0.5) --i;
        return i;
    };
    // Each segment's rounded position is computed once, not in every comparison of the sort
    // (lround in the comparator was a fifth of a long work plan's render). Sorting the keyed
    // copies with the same comparisons gives the same order as before, so the same rules.
    struct Keyed {
        long long at;
        TableSegment seg;
    };
    std::vector<Keyed> segs;
    // collinear segments of the same rule are merged, so shared cell edges are drawn once
    auto merge = [&](const std::vector<TableSegment>& in, bool horizontal) {
        segs.clear();
        segs.reserve(in.size());
        for (const TableSegment& s : in) segs.push_back(Keyed{key(s.at), s});
        std::sort(segs.begin(), segs.end(), [&](const Keyed& a, const Keyed& b) {
            if (a.seg.style != b.seg.style) return a.seg.style < b.seg.style;
            return a.at != b.at ? a.at < b.at : a.seg.from < b.seg.from;
        });
        // the gap between the two lines of a double rule, centre to centre
        const double gap = std::max(1.5 * width, 1.2);
        for (std::size_t i = 0; i < segs.size();) {
            const long long cur_key = segs[i].at;
            TableSegment cur = segs[i++].seg;
            while (i < segs.size() && segs[i].seg.style == cur.style && segs[i].at == cur_key && segs[i].seg.from <= cur.to + 0.01)
                cur.to = std::max(cur.to, segs[i++].seg.to);
            if (cur.style == model::LineStyle::None || cur.style == model::LineStyle::Inherit) continue;
            const int lines = cur.style == model::LineStyle::Double ? 2 : 1;
            for (int k = 0; k < lines; ++k) {
                const double off = lines == 2 ? (k == 0 ? -gap / 2 : gap / 2) : 0.0;
                if (horizontal) out.push_back(Rule{cur.from, cur.at + off, cur.to, cur.at + off, width});
                else out.push_back(Rule{cur.at + off, cur.from, cur.at + off, cur.to, width});
            }
        }
    };
    merge(h_in, true);
    merge(v_in, false);
    return out;
}

void TableLayouter::add_edges(const CellBox& b, double y, double h, bool top_edge, bool bottom_edge)
{
    // each column's stretch of the top and bottom edges may have its own rule (a neighbour's setting)
    const int c1 = b.col + b.cell->colspan, r1 = b.row + b.cell->rowspan;
    for (int k = b.col; k < c1; ++k) {
        const double x1 = col_x_[static_cast<std::size_t>(k)], x2 = col_x_[static_cast<std::size_t>(k + 1)];
        hsegs_.push_back({y, x1, x2, top_edge ? model::horizontal_rule(*table_, grid_, b.row, k) : model::frame_rule(*table_)});
        hsegs_.push_back({y + h, x1, x2, bottom_edge ? model::horizontal_rule(*table_, grid_, r1, k) : model::frame_rule(*table_)});
    }
    vsegs_.push_back({b.x, y, y + h, model::vertical_rule(*table_, grid_, b.row, b.col)});
    vsegs_.push_back({b.x + b.width, y, y + h, model::vertical_rule(*table_, grid_, b.row, c1)});
}

void TableLayouter::add_frame_edge(double y) { hsegs_.push_back({y, col_x_.front(), col_x_.back(), model::frame_rule(*table_)}); }

void TableLayouter::flush_page()
{
    // merge collinear segments so shared cell edges are drawn once
    Page& page = flow_.page();
    for (const Rule& r : merge_rules(hsegs_, vsegs_, s_.border_width)) page.rules.push_back(r);
    hsegs_.clear();
    vsegs_.clear();
    // Table order is (key, order of painting): the (key, index) pairs are sorted, not the text
    // boxes (88 bytes and a string each, which a stable sort moved a dozen times apiece).
    order_.clear();
    order_.reserve(texts_.size());
    for (std::size_t i = 0; i < texts_.size(); ++i) order_.emplace_back(texts_[i].key, static_cast<std::uint32_t>(i));
    if (!std::is_sorted(order_.begin(), order_.end())) std::sort(order_.begin(), order_.end());
    for (const auto& [key, i] : order_) {
        TextBox& box = texts_[i].box;
        box.seq = flow_.next_seq();
        page.texts.push_back(std::move(box));
    }
    texts_.clear();
}

}  // namespace naskah::layout::table
