// One cell of a table: laid out into lines on first use (kept while its row, or its span, is
// being placed), and painted one fragment at a time.
#include <algorithm>
#include <functional>

#include "layout/table/layouter.hpp"
#include "model/table_rules.hpp"

namespace naskah::layout::table {

CellBox* TableLayouter::box(int row, int col)
{
    if (!grid_.origin_at(row, col)) return nullptr;
    const long long slot = static_cast<long long>(row) * grid_.columns + col;
    auto it = live_.find(slot);
    if (it != live_.end()) return &it->second;
    CellBox b;
    b.cell = grid_.at(row, col).cell;
    b.row = row;
    b.col = col;
    b.x = col_x_[static_cast<std::size_t>(col)];
    b.width = col_x_[static_cast<std::size_t>(col + b.cell->colspan)] - b.x;
    b.m = row < grid_.body_begin() ? &head_m_ : &body_m_;
    layout_cell(b);
    return &live_.emplace(slot, std::move(b)).first->second;
}

void TableLayouter::drop_row(int row)
{
    if (row < grid_.body_begin() && repeat_header_) return;  // the header is painted on every page
    for (int c = 0; c < grid_.columns; ++c) {
        auto it = live_.find(static_cast<long long>(row) * grid_.columns + c);
        if (it != live_.end() && it->second.cell->rowspan == 1) live_.erase(it);
    }
}

void TableLayouter::layout_cell(CellBox& b)
{
    const model::Cell& c = *b.cell;
    const double inner = std::max(1.0, b.width - 2 * pad_);
    const bool header = b.row < grid_.body_begin();
    const model::HAlign align = model::cell_halign(*table_, grid_, b.row, b.col);
    const bool may_hyphenate = std::binary_search(hyphenate_.begin(), hyphenate_.end(), measure::table_cell_id(global_row(b.row), b.col));
    auto add_paragraph = [&](const model::Inline& in, double x, double w) {
        text::ParagraphSpec sp;
        sp.width = w;
        sp.size = b.m->size;
        sp.align = align;
        // hyphenated words in narrow cells read badly: only a cell with a word wider than the
        // cell, which fit_table_text has warned about, breaks its words at hyphenation points
        sp.hyphenate = may_hyphenate;
        sp.base_style = (c.bold || header) ? model::kBold : model::kPlain;
        for (auto& l : text::break_paragraph(in, sp, ctx_.shaper, ctx_.sink)) b.lines.push_back(CellLine{x, std::move(l)});
    };
    // a lambda passed itself rather than a std::function, which allocated for every cell
    auto blocks = [&](auto& self, const std::vector<model::Block>& bs, double x, double w) -> void {
        for (const auto& blk : bs) {
            if (!blk.is_list) {
                add_paragraph(blk.paragraph, x, w);
                continue;
            }
            const double mw = std::min(s_.nested_marker_width * kMm, w / 3);
            for (std::size_t i = 0; i < blk.list.items.size(); ++i) {
                const auto& item = blk.list.items[i];
                const std::size_t first = b.lines.size();
                self(self, item.blocks, x + mw, w - mw);
                const std::string marker = item.label.empty() ? model::list_marker(blk.list.numbering, i) : item.label;
                if (first < b.lines.size() && !marker.empty()) {
                    const std::uint8_t face = (c.bold || header) ? model::kBold : model::kPlain;
                    text::LineRun run{-mw, ctx_.shaper.width(face, marker, b.m->size), face, false, marker};
                    auto& runs = b.lines[first].line.runs;
                    runs.insert(runs.begin(), run);
                }
            }
        }
    };
    blocks(blocks, c.blocks, 0, inner);
}

void TableLayouter::paint_box(const CellBox& b, double y, double h, std::size_t from, std::size_t to, bool valign, bool header,
                              bool top_edge, bool bottom_edge)
{
    Page& page = flow_.page();
    const double x = b.x, w = b.width;
    if (b.cell->fill) {
        FillBox f{x, y, w, h, *b.cell->fill, !header && b.cell->blocks.empty()};
        page.fills.push_back(f);
    }
    if (b.cell->mark) {
        const double m = std::min(w, h) * 0.3;
        page.fills.push_back(FillBox{x + (w - m) / 2, y + (h - m) / 2, m, m, 0x000000, false});
    }
    const std::size_t row = global_row(b.row);  // the dump and the off-page check name rows of the whole table
    page.cells.push_back(Page::CellBox{x, y, w, h, static_cast<int>(row), b.col, header});
    add_edges(b, y, h, top_edge, bottom_edge);
    double offset = pad_;
    if (valign && to > from) {
        const double content = static_cast<double>(to - from) * b.m->lh;
        if (b.cell->valign == model::VAlign::Middle) offset = (h - content) / 2;
        else if (b.cell->valign == model::VAlign::Bottom) offset = h - pad_ - content;
    }
    for (std::size_t i = from; i < to; ++i) {
        const CellLine& cl = b.lines[i];
        const double base = y + offset + static_cast<double>(i - from) * b.m->lh;
        for (const auto& run : cl.line.runs) {
            TextBox t = text_box(run, x + pad_ + cl.x, base, b.m->size, LineMetrics{b.m->lh, b.m->baseline});
            const long long key = (static_cast<long long>(row) * 4096 + b.col) * 65536 + static_cast<long long>(i);
            texts_.push_back(KeyedText{key, std::move(t)});
        }
    }
}

}  // namespace naskah::layout::table
