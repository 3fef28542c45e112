// Row breaking: whether a row fits below what is on the page, where a row that does not fit
// splits between lines (or whether it moves to the next page), and placing the row or its part.
#include "layout/table/row_breaking.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "layout/table/layouter.hpp"

namespace naskah::layout::table {

std::optional<std::vector<std::size_t>> choose_row_split(const std::vector<std::optional<CellLines>>& cells, long room)
{
    if (room < 1) return std::nullopt;
    std::vector<std::size_t> take(cells.size(), 0);
    bool any = false, rest = false;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (!cells[c]) continue;
        const auto [total, remaining] = *cells[c];
        std::size_t t;
        if (remaining <= static_cast<std::size_t>(room)) t = remaining;
        else if (total >= 4 && remaining >= 4 && room >= 2) t = std::min(static_cast<std::size_t>(room), remaining - 2);
        else return std::nullopt;
        take[c] = t;
        any = any || t > 0;
        rest = rest || t < remaining;
    }
    if (!any || !rest) return std::nullopt;
    return take;
}

std::vector<std::size_t> force_row_split(const std::vector<std::optional<CellLines>>& cells, long room)
{
    std::vector<std::size_t> take(cells.size(), 0);
    for (std::size_t c = 0; c < cells.size(); ++c)
        if (cells[c]) take[c] = std::min(static_cast<std::size_t>(room), cells[c]->remaining);
    return take;
}

std::size_t least_first_part(const std::vector<std::optional<CellLines>>& cells)
{
    std::size_t lines = 1;
    for (const auto& c : cells)
        if (c) lines = std::max(lines, c->total >= 4 ? std::size_t{2} : c->total);
    return lines;
}

namespace {

/// The lines of row r's own cells (null for a cell spanning rows or a covered slot).
template <class BoxAt>
std::vector<std::optional<CellLines>> own_cells(int columns, const std::vector<std::size_t>& done, BoxAt box_at)
{
    std::vector<std::optional<CellLines>> own(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
        const CellBox* b = box_at(c);
        if (!b || b->cell->rowspan != 1) continue;
        own[static_cast<std::size_t>(c)] = CellLines{b->lines.size(), b->lines.size() - done[static_cast<std::size_t>(c)]};
    }
    return own;
}

}  // namespace

double TableLayouter::own_height(int row, const std::vector<std::size_t>& done)
{
    double h = row_content_height(1);
    for (int c = 0; c < grid_.columns; ++c) {
        CellBox* bp = box(row, c);
        if (!bp) continue;
        const CellBox& b = *bp;
        if (b.cell->rowspan != 1) continue;
        h = std::max(h, row_content_height(b.lines.size() - done[static_cast<std::size_t>(c)]));
    }
    return h;
}

double TableLayouter::row_height(int r)
{
    double h = own_height(r, done_);
    for (auto& [col, sp] : spans_)
        if (sp.last_row == r) h = std::max(h, row_content_height(sp.box->lines.size() - sp.lines_done) - (y_ - sp.frag_top));
    return h;
}

double TableLayouter::room_needed(int r, double h)
{
    double need = h;
    // the last row takes what follows the table with it, unless that could never fit
    if (last_piece_ && r + 1 == grid_.rows && keep_after_ > 0 && keep_after_ < (flow_.bottom() - flow_.top()) / 2) need += keep_after_;
    return need;
}

bool TableLayouter::kept_with_next(int r) const
{
    const model::Row* src = grid_.row_source[static_cast<std::size_t>(r)];
    return src && src->keep_with_next && r + 1 < grid_.rows;
}

bool TableLayouter::starts_at(int r, double y)
{
    // Rows kept with the next one (a chain of section rows: "A.", "A.1.") must all fit whole and
    // the first row after them must start: as place_row would place it, the table's last row with
    // what follows the table. Once y is past the page bottom nothing more fits, so the walk is
    // never longer than a page.
    const std::vector<std::size_t> none(static_cast<std::size_t>(grid_.columns), 0);
    for (; r < grid_.rows; ++r) {
        const double h = own_height(r, none);
        const bool kept = kept_with_next(r);
        if (y + (kept ? h : room_needed(r, h)) <= flow_.bottom() + 0.01) {
            if (!kept) return true;
            y += h;
            continue;
        }
        // not whole: it starts here only when it splits (a section row never does)
        const model::Row* src = grid_.row_source[static_cast<std::size_t>(r)];
        if (src && src->group) return false;
        const long k = static_cast<long>(std::floor((flow_.bottom() - y - 2 * pad_ + 0.01) / lh_));
        return choose_row_split(own_cells(grid_.columns, none, [&](int c) { return box(r, c); }), k).has_value();
    }
    return true;
}

bool TableLayouter::fits_whole(int r, double h)
{
    if (y_ + room_needed(r, h) > flow_.bottom() + 0.01) return false;
    // a row kept with the next one stays on this page only when the next one starts here too;
    // on a page holding no body row yet, moving would not bring them closer (the table's first
    // page was chosen by start() with the same rule)
    if (kept_with_next(r) && body_on_page_) return starts_at(r + 1, y_ + h);
    return true;
}

std::optional<std::vector<std::size_t>> TableLayouter::split_row(int r)
{
    const model::Row* src = grid_.row_source[static_cast<std::size_t>(r)];
    const long k = static_cast<long>(std::floor((flow_.bottom() - y_ - 2 * pad_ + 0.01) / lh_));
    const std::vector<std::optional<CellLines>> own = own_cells(grid_.columns, done_, [&](int c) { return box(r, c); });
    // a group (section) row never splits
    if (!(src && src->group))
        if (auto take = choose_row_split(own, k)) return take;
    // The row fits here, but not with what must go with it: the table's last row with what follows
    // the table, a row kept with the next with that one. Under a section row that heads this
    // page's body (which moving would not bring closer to it: fits_whole) it splits, leaving at
    // least two lines to go on with those, rather than leave the section row alone.
    if (!(src && src->group) && r > first_body_ && kept_with_next(r - 1) && body_on_page_ && y_ + row_height(r) <= flow_.bottom() + 0.01) {
        std::size_t tallest = 0;
        for (const auto& c : own)
            if (c) tallest = std::max(tallest, c->remaining);
        if (tallest >= 2)
            if (auto take = choose_row_split(own, std::min(k, static_cast<long>(tallest) - 1))) return take;
    }
    // the row moves to the next page, a group row kept with it too; on a fresh page there is no
    // room under the rules, so it splits wherever the page is full
    if (body_on_page_) return std::nullopt;
    // No line fits in what is left of this page. prepare() made sure a row fits under the
    // repeated header on a page of its own, so the next page has room; if it has not, the guard
    // in next_page stops the table with an error.
    if (k < 1) return std::nullopt;
    return force_row_split(own, k);
}

void TableLayouter::warn_if_taller_than_page(int r)
{
    if (warned_tall_row_ == static_cast<long long>(global_row(r))) return;
    // A row split at a page bottom is ordinary; one that would not fit even on a page of its own
    // is worth telling the drafter, who may want to shorten or divide it.
    std::vector<std::size_t> none(done_.size(), 0);
    const double room = flow_.bottom() - flow_.top() - (s_.table_continued.empty() ? 0.0 : lh_) - header_height_;
    if (own_height(r, none) <= room + 0.01) return;
    warned_tall_row_ = static_cast<long long>(global_row(r));
    char mm[32];
    std::snprintf(mm, sizeof mm, "%.0f", own_height(r, none) / kMm);
    const model::Row* src = grid_.row_source[static_cast<std::size_t>(r)];
    const SourcePos at = src ? src->pos : table_->pos;
    ctx_.sink.warning(at, "W-TABEL-BARIS-PISAH",
                      std::string("baris tabel ini (") + mm + " mm) lebih tinggi dari satu halaman dan dipecah ke beberapa halaman",
                      std::string("this table row (") + mm + " mm) is taller than a page and is split across pages");
}

void TableLayouter::place_whole(int r, double h)
{
    for (int c = 0; c < grid_.columns; ++c) {
        CellBox* b = box(r, c);
        if (!b || b->cell->rowspan != 1) continue;
        const std::size_t d = done_[static_cast<std::size_t>(c)];
        paint_box(*b, y_, h, d, b->lines.size(), d == 0, r < grid_.body_begin(), d == 0, true);
    }
    y_ += h;
    body_on_page_ = true;
    close_spans(r, SpanEnd::RowEnd);
    finish_row(r);
}

bool TableLayouter::place_part(int r, const std::vector<std::size_t>& take)
{
    bool rest_left = false;
    for (int c = 0; c < grid_.columns; ++c) {
        const CellBox* b = box(r, c);
        if (b && b->cell->rowspan == 1 && done_[static_cast<std::size_t>(c)] + take[static_cast<std::size_t>(c)] < b->lines.size()) rest_left = true;
    }
    // the first part of the row goes down to the page bottom (or, when a forced split found the
    // whole rest fits after all, the rest of the row)
    const double part = flow_.bottom() - y_;
    for (int c = 0; c < grid_.columns; ++c) {
        const CellBox* b = box(r, c);
        if (!b || b->cell->rowspan != 1) continue;
        const std::size_t d0 = done_[static_cast<std::size_t>(c)];
        paint_box(*b, y_, part, d0, d0 + take[static_cast<std::size_t>(c)], false, false, d0 == 0, false);
        done_[static_cast<std::size_t>(c)] += take[static_cast<std::size_t>(c)];
    }
    y_ += part;
    body_on_page_ = true;
    if (rest_left) return false;
    // only a span ending here is still open: it has the page to the bottom; the row ends when
    // every such span closes here
    if (!close_spans(r, SpanEnd::PageBottom)) return false;
    finish_row(r);
    return true;
}

void TableLayouter::finish_row(int r)
{
    std::fill(done_.begin(), done_.end(), std::size_t{0});
    drop_row(r);
}

}  // namespace naskah::layout::table
