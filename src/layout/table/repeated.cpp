// Header rows: laid out once and kept, measured (a span grows its last row), and painted on the
// table's first page and, the rows that repeat, at the top of every continuation page under
// "(lanjutan)". A header that cannot repeat is placed once, like body rows.
#include "layout/table/repeated.hpp"

#include <algorithm>

#include "layout/table/layouter.hpp"

namespace naskah::layout::table {

std::vector<double> header_row_heights(int rows, const std::vector<HeaderCell>& cells, double line_height, double pad)
{
    auto height = [&](std::size_t n) { return static_cast<double>(n) * line_height + 2 * pad; };
    std::vector<double> h(static_cast<std::size_t>(std::max(0, rows)), height(1));
    for (const HeaderCell& c : cells)
        if (c.row < rows && c.rowspan == 1) h[static_cast<std::size_t>(c.row)] = std::max(h[static_cast<std::size_t>(c.row)], height(c.lines));
    for (const HeaderCell& c : cells)
        if (c.row < rows && c.rowspan > 1) {
            double have = 0;
            const int last = c.row + c.rowspan - 1;
            for (int r = c.row; r <= last; ++r) have += h[static_cast<std::size_t>(r)];
            const double need = height(c.lines);
            if (need > have) h[static_cast<std::size_t>(last)] += need - have;
        }
    return h;
}

HeaderHeights header_heights(const std::vector<double>& row_heights, const std::vector<bool>& repeats)
{
    HeaderHeights out;
    for (std::size_t r = 0; r < row_heights.size(); ++r) {
        out.first += row_heights[r];
        if (repeats[r]) out.repeated += row_heights[r];
    }
    return out;
}

HeaderRepeat header_repeat(const HeaderHeights& h, double page, double continued, double least_row)
{
    if (h.first > page * 0.8) return HeaderRepeat::TooTall;
    if (h.repeated > 0 && h.repeated + continued + least_row > page) return HeaderRepeat::NoRoomBelow;
    return HeaderRepeat::Yes;
}

void TableLayouter::prepare_header()
{
    // header (and column-number) rows are laid out now: they repeat on every page
    const int hrows = grid_.body_begin();
    for (int r = 0; r < hrows; ++r)
        for (int c = 0; c < grid_.columns; ++c) box(r, c);
    // Only header cells are laid out yet. A span grows its last row in the cache's order, which
    // decides the heights only where spans of the header overlap in a chain.
    std::vector<HeaderCell> cells;
    cells.reserve(live_.size());
    for (const auto& [slot, b] : live_)
        if (b.row < hrows) cells.push_back(HeaderCell{b.row, b.cell->rowspan, b.lines.size()});
    header_heights_ = header_row_heights(hrows, cells, head_m_.lh, pad_);
    // which header rows repeat (<baris ulang="tidak">, <nomor-kolom ulang="tidak">): a long
    // list may repeat only its 1 | 2 | 3 row, not the titles above it
    header_repeats_.assign(static_cast<std::size_t>(hrows), true);
    for (int r = 0; r < hrows; ++r) {
        const model::Row* src = grid_.row_source[static_cast<std::size_t>(r)];
        header_repeats_[static_cast<std::size_t>(r)] = src ? src->repeat : table_->column_numbers_repeat;
    }
    const HeaderHeights h = header_heights(header_heights_, header_repeats_);
    header_first_height_ = h.first;
    header_height_ = h.repeated;
}

void TableLayouter::decide_header_repeat(double page_body, double continued)
{
    const HeaderRepeat repeat = header_repeat(HeaderHeights{header_first_height_, header_height_}, page_body, continued, row_content_height(1));
    if (repeat == HeaderRepeat::TooTall) {
        // Repeating it would leave no room for the body; it is placed once, like body rows, so
        // it may break across pages instead of running off the first.
        repeat_header_ = false;
        header_height_ = 0;
        ctx_.sink.warning(table_->pos, "W-TABEL-KEPALA",
                          "kepala tabel lebih tinggi dari 80% halaman; kepala tabel dicetak sekali, tidak diulang",
                          "the table header is taller than 80% of a page; it is printed once, not repeated");
    } else if (repeat == HeaderRepeat::NoRoomBelow) {
        // Between the thresholds: short enough to repeat, but no body row would fit under it on
        // a continuation page, so repeating it would only ever produce pages holding the header.
        repeat_header_ = false;
        header_height_ = 0;
        ctx_.sink.warning(table_->pos, "W-TABEL-KEPALA",
                          "di bawah kepala tabel yang diulang tidak ada ruang untuk satu baris isi; kepala tabel dicetak sekali, tidak diulang",
                          "no body row fits below the repeated table header; it is printed once, not repeated");
    }
    if (!repeat_header_ && head_m_.lh != body_m_.lh) {
        // placed like body rows, the header rows are measured with the body's line height
        head_m_ = body_m_;
        for (int r = 0; r < grid_.body_begin(); ++r)
            for (int c = 0; c < grid_.columns; ++c) live_.erase(static_cast<long long>(r) * grid_.columns + c);
    }
}

void TableLayouter::paint_header(bool first)
{
    double y = y_;
    for (int r = 0; r < grid_.body_begin(); ++r) {
        if (!first && !header_repeats_[static_cast<std::size_t>(r)]) continue;
        for (int c = 0; c < grid_.columns; ++c) {
            CellBox* bp = box(r, c);
            if (!bp) continue;
            const CellBox& b = *bp;
            double h = 0;
            for (int k = r; k < r + b.cell->rowspan; ++k)
                if (first || header_repeats_[static_cast<std::size_t>(k)]) h += header_heights_[static_cast<std::size_t>(k)];
            paint_box(b, y, h, 0, b.lines.size(), true, true, true, true);
        }
        y += header_heights_[static_cast<std::size_t>(r)];
    }
    y_ = y;
}

void TableLayouter::paint_continued()
{
    if (s_.table_continued.empty()) return;
    // "(lanjutan)": says on each later page that the table goes on from the page before
    TextBox t;
    t.size = size_;
    t.text = s_.table_continued;
    t.face = model::kItalic;
    t.width = ctx_.shaper.width(t.face, t.text, size_);
    t.x = col_x_.back() - t.width;
    t.ascent = baseline_;
    t.descent = lh_ - baseline_;
    t.y = y_ + baseline_;
    t.seq = flow_.next_seq();
    flow_.page().texts.push_back(std::move(t));
    y_ += lh_;
}

}  // namespace naskah::layout::table
