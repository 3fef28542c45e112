// The table engine's driver: a resolved grid is measured, then its rows are placed onto pages in
// one pass (linear in their number), then each finished page is painted (fills, text, then merged
// border segments).
//
// Rows split between lines of their cells; a cell spanning rows flows its text through the
// fragments of the rows it spans, page after page; header rows repeat on every page the table
// continues on. Each rule lives in its own file (layouter.hpp lists them); this one only calls
// them in order.
#include "layout/table/layouter.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "layout/document.hpp"
#include "model/table_rules.hpp"

namespace naskah::layout {

namespace table {

bool TableLayouter::run()
{
    if (!start()) return false;
    for (;;) {
        for (int r = first_body_; r < grid_.rows;) {
            if (stuck_) {
                style_error("tata letak tabel tidak maju: baris tabel tidak muat pada halaman baru",
                            "the table layout makes no progress: a table row does not fit on a fresh page");
                flush_page();
                flow_.set_y(y_);
                return false;
            }
            open_spans(r);
            if (place_row(r)) ++r;
        }
        if (!next_piece()) break;
    }
    flush_page();
    flow_.set_y(y_);
    return true;
}

bool TableLayouter::start()
{
    table_ = src_.next();
    single_ = src_.done();
    last_piece_ = single_;
    // the size limits hold for the whole table; resolve_grid sees one piece
    if (!single_ && !model::check_table_size(*table_, src_.total_rows(), ctx_.sink)) return false;
    if (!resolve_grid(*table_, grid_, ctx_.sink)) return false;
    if (!prepare()) return false;
    first_body_ = repeat_header_ ? grid_.body_begin() : 0;

    // Header orphan prevention: the header must fit and the first body row start under it (a
    // section row with the row after it, the last row with what follows the table), or the table
    // starts on the next page, unless it would not start any better there.
    // A header placed like body rows (too tall to repeat) needs one line of the row under it, and
    // so does a table under its Lampiran's heading: moving it would leave the heading alone (its
    // first row, a section row, then gets the row after it by a split, split_row).
    if (!flow_.at_page_top()) {
        const double head = header_first_height_;
        bool move = false;
        if (!repeat_header_ || grid_.rows <= first_body_ || under_heading_)
            move = flow_.y() + head + (grid_.rows > first_body_ ? row_content_height(1) : 0) > flow_.bottom();
        else
            move = !starts_at(first_body_, flow_.y() + head) && starts_at(first_body_, flow_.top() + head);
        if (move) flow_.new_page(flow_.landscape(), flow_.section());
    }
    y_ = flow_.y();
    if (repeat_header_) paint_header(true);
    body_on_page_ = false;
    done_.assign(static_cast<std::size_t>(grid_.columns), 0);
    return true;
}

bool TableLayouter::prepare()
{
    pad_ = s_.cell_padding * kMm;
    {
        // not even a one-line row (at the least size the text may shrink to) fits on a page: no
        // page break could ever make progress, whatever the words
        const double least = s_.table_min_font_size > 0 ? std::min(s_.table_min_font_size, s_.table_font_size) : s_.table_font_size;
        const double continued = s_.table_continued.empty() ? 0.0 : least * s_.line_height;
        if (least * s_.line_height + 2 * pad_ + continued > flow_.page().content_height) {
            style_error("satu baris tabel lebih tinggi dari satu halaman", "a one-line table row is taller than a page");
            return false;
        }
    }
    const double avail = flow_.page().content_width / kMm;
    std::vector<double> widths;
    measure::TableTextFit fit;
    if (!survey(avail, widths, fit)) return false;
    if (ctx_.table_measures) ctx_.table_measures->put(table_->pos, avail, measure::TableMeasure{widths, fit.scale});
    hyphenate_ = std::move(fit.hyphenate);
    set_text_metrics(fit.scale);
    place_columns(widths, avail);
    prepare_header();
    const double page_body = flow_.page().content_height;
    const double continued = s_.table_continued.empty() ? 0.0 : lh_;
    if (row_content_height(1) + continued > page_body) {
        // not even a one-line row fits on a page: no page break could ever make progress
        style_error("satu baris tabel lebih tinggi dari satu halaman", "a one-line table row is taller than a page");
        return false;
    }
    decide_header_repeat(page_body, continued);
    return true;
}

bool TableLayouter::place_row(int r)
{
    const double h = row_height(r);
    if (fits_whole(r, h)) {
        place_whole(r, h);
        return true;
    }
    // It does not fit: split it between lines, or move it to the next page.
    const std::optional<std::vector<std::size_t>> take = split_row(r);
    if (!take) {
        next_page();
        return false;
    }
    warn_if_taller_than_page(r);
    if (place_part(r, *take)) return true;
    next_page();
    return false;
}

void TableLayouter::next_page()
{
    empty_breaks_ = body_on_page_ ? 0 : empty_breaks_ + 1;
    if (empty_breaks_ > 1) {
        stuck_ = true;
        return;
    }
    for (auto& [col, sp] : spans_)
        if (y_ - sp.frag_top > 0) paint_span(sp, SpanEnd::PageBreak);
    // the table's fragment on this page is closed with the frame's rule, whatever the rows say
    add_frame_edge(y_);
    flush_page();
    flow_.set_y(y_);
    flow_.new_page(flow_.landscape(), flow_.section());
    y_ = flow_.y();
    paint_continued();
    if (repeat_header_ && header_height_ > 0) paint_header(false);
    else add_frame_edge(y_);
    for (auto& [col, sp] : spans_) sp.frag_top = y_;
    body_on_page_ = false;
}

bool TableLayouter::next_piece()
{
    if (last_piece_) return false;
    // No span crosses into the next piece, so only the header's boxes are still laid out; they
    // now point at the new piece's (identical) header cells.
    base_ += static_cast<std::size_t>(grid_.rows - grid_.body_begin());
    table_ = src_.next();
    last_piece_ = src_.done();
    DiagnosticSink quiet;  // every piece was resolved, and its errors reported, by survey()
    if (!table_ || !resolve_grid(*table_, grid_, quiet)) return false;
    for (auto it = live_.begin(); it != live_.end();) {
        if (it->second.row < grid_.body_begin()) {
            it->second.cell = grid_.at(it->second.row, it->second.col).cell;
            ++it;
        } else {
            it = live_.erase(it);
        }
    }
    spans_.clear();
    first_body_ = grid_.body_begin();
    return true;
}

void TableLayouter::style_error(const char* id_what, const char* en_what)
{
    char values[160];
    std::snprintf(values, sizeof values, "tabel.padding=%gmm, huruf.ukuran-tabel=%gpt, huruf.spasi=%g", s_.cell_padding, s_.table_font_size,
                  s_.line_height);
    ctx_.sink.error(table_->pos, "E-TABEL-GAYA",
                    std::string(id_what) + "; periksa gaya rumah " + s_.source + " (" + values + ")",
                    std::string(en_what) + "; check the house style " + s_.source + " (" + values + ")");
}

}  // namespace table

bool layout_table(const model::Table& t, Flow& flow, LayoutContext& ctx, double keep_after, bool under_heading)
{
    table::OneTable src(t);
    table::TableLayouter layouter(src, flow, ctx, keep_after, under_heading);
    return layouter.run();
}

bool layout_work_plan(const model::WorkPlan& plan, Flow& flow, LayoutContext& ctx, double keep_after, bool under_heading)
{
    table::WorkPlanSource src(plan, ctx.style.work_plan);
    table::TableLayouter layouter(src, flow, ctx, keep_after, under_heading);
    return layouter.run();
}

}  // namespace naskah::layout
