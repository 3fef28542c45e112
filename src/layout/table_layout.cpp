// The table engine: a resolved grid is measured, then its rows are placed onto pages, then each
// finished page is painted (fills, text, then merged border segments).
//
// Placement is one pass over the rows (linear in their number). Rows split between lines of their
// cells; a cell spanning rows flows its text through the fragments of the rows it spans, page
// after page; header rows repeat on every page the table continues on.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <unordered_map>

#include "layout/columns.hpp"
#include "layout/document.hpp"
#include "layout/table_engine.hpp"
#include "model/grid.hpp"
#include "model/table_rules.hpp"

namespace naskah::layout {

using model::Cell;
using model::ResolvedGrid;

namespace {

constexpr double kMm = 72.0 / 25.4;

/// A laid-out line of a cell: paragraph runs shifted by the list indentation.
struct CellLine {
    double x = 0;
    text::Line line;
};

/// Size, line height and baseline of a table's text: the body's, and the header's (which a house
/// style may set smaller, `tabel ukuran-kepala`).
struct TextMetrics {
    double size = 0, lh = 0, baseline = 0;
};

/// The measured content of one origin cell.
struct CellBox {
    const Cell* cell = nullptr;
    const TextMetrics* m = nullptr;
    int row = 0, col = 0;
    double x = 0, width = 0;  // outer box
    std::vector<CellLine> lines;
};

struct SpanState {
    CellBox* box = nullptr;
    int last_row = 0;
    std::size_t lines_done = 0;
    double frag_top = 0;  // where its fragment on the current page starts
    bool first_fragment = true;  // its top edge is the row boundary, not a page break
};

/// Where the engine's rows come from: one table, or a long work plan a piece at a time so that
/// it never exists as one table (a 201,400-row plan expanded whole took 2/3 of the memory).
/// Pieces share the columns and header rows and end where no row span or kept row crosses.
class TableSource {
public:
    virtual ~TableSource() = default;
    /// The next piece, valid until the next call or restart(); null when none is left.
    virtual const model::Table* next() = 0;
    /// Whether the piece last given was the last.
    virtual bool done() const = 0;
    virtual void restart() = 0;
    /// Rows of the whole table (header, column numbers, body), for the size limits.
    virtual std::size_t total_rows() const = 0;
};

class OneTable : public TableSource {
public:
    explicit OneTable(const model::Table& t) : t_(t) {}
    const model::Table* next() override { return given_ ? nullptr : (given_ = true, &t_); }
    bool done() const override { return given_; }
    void restart() override { given_ = false; }
    std::size_t total_rows() const override { return t_.header.size() + (t_.column_numbers ? 1 : 0) + t_.body.size(); }

private:
    const model::Table& t_;
    bool given_ = false;
};

class WorkPlanSource : public TableSource {
public:
    // A piece of about 512 rows is a few pages: its cells cost about a megabyte.
    static constexpr std::size_t kRows = 512;
    WorkPlanSource(const model::WorkPlan& plan, const model::WorkPlanColumns& cols) : pieces_(plan, cols) {}
    const model::Table* next() override { return pieces_.next(kRows); }
    bool done() const override { return pieces_.done(); }
    void restart() override { pieces_.restart(); }
    std::size_t total_rows() const override { return pieces_.total_rows(); }

private:
    model::WorkPlanPieces pieces_;
};

class TableLayouter {
public:
    TableLayouter(TableSource& src, Flow& flow, LayoutContext& ctx, double keep_after)
        : src_(src), flow_(flow), ctx_(ctx), s_(ctx.style), keep_after_(keep_after)
    {
    }

    bool run();

private:
    TableSource& src_;
    const model::Table* table_ = nullptr;  // the piece being laid out
    bool single_ = true;       // the whole table is one piece
    bool last_piece_ = true;   // the piece being laid out is the last
    std::size_t base_ = 0;     // body rows of the pieces before this one
    /// The row of the whole table a row of the current piece is (header rows are every piece's).
    std::size_t global_row(int r) const { return static_cast<std::size_t>(r) + (r >= grid_.body_begin() ? base_ : 0); }
    /// Column widths and text fit over every piece of the table.
    bool survey(double avail, std::vector<double>& widths, TableTextFit& fit);
    Flow& flow_;
    LayoutContext& ctx_;
    const style::HouseStyle& s_;
    double keep_after_ = 0;
    ResolvedGrid grid_;
    std::vector<double> col_x_;   // left edge of each column, and the right edge at the end
    // Laid-out cells of the rows around the one being placed, by slot index: made when a row is
    // reached and dropped when it (or the span) is finished, so memory stays that of a few rows.
    std::unordered_map<long long, CellBox> live_;
    /// The origin cell at (row, col), laid out on first use; null for a covered slot.
    CellBox* box(int row, int col);
    /// Drops the finished cells of `row` (spans stay until their last row).
    void drop_row(int row);
    std::vector<double> header_heights_;
    double pad_ = 0, lh_ = 0, baseline_ = 0, size_ = 0;  // the body's text
    TextMetrics body_m_, head_m_;
    std::vector<std::uint64_t> hyphenate_;  // cells (table_cell_id) whose words may break at hyphenation points
    double header_height_ = 0;       // of the rows repeated on continuation pages
    double header_first_height_ = 0;  // of every header row, on the table's first page
    std::vector<bool> header_repeats_;  // per header row: printed again on continuation pages
    bool repeat_header_ = true;

    // page state
    std::vector<TableSegment> hsegs_;  // at = y, from/to = x
    std::vector<TableSegment> vsegs_;  // at = x, from/to = y
    // Cell text of the current page, keyed by (row, column, line) so the page reads in table
    // order even though a spanning cell is painted only when its last row is placed.
    struct KeyedText {
        long long key;
        TextBox box;
    };
    std::vector<KeyedText> texts_;
    double y_ = 0;
    bool body_on_page_ = false;  // a body row (or part) is on the current page

    double row_content_height(std::size_t n) const { return static_cast<double>(n) * lh_ + 2 * pad_; }
    bool measure();
    /// Stops the table with an error naming the house-style values that decide row heights.
    void style_error(const char* id_what, const char* en_what);
    long long warned_tall_row_ = -1;  // the last row (of the whole table) warned as taller than a page
    void layout_cell(CellBox& b);
    double own_height(int row, const std::vector<std::size_t>& done);
    /// The least of a row that can stand at a page bottom: cells under 4 lines whole, others 2 lines.
    double min_first_part(int row);
    void start_page(bool first);
    /// Paints one fragment of a cell. `top_edge`/`bottom_edge`: the fragment's top (bottom) is the
    /// cell's own edge, not a page break (which is closed with the frame's rule).
    void paint_box(const CellBox& b, double y, double h, std::size_t from, std::size_t to, bool whole, bool header, bool top_edge,
                   bool bottom_edge);
    /// Paints the header rows: all of them on the table's first page, the repeated ones after.
    void paint_header(bool first);
    void finish_page();
    void emit_borders();
};

void TableLayouter::layout_cell(CellBox& b)
{
    const Cell& c = *b.cell;
    const double inner = std::max(1.0, b.width - 2 * pad_);
    const bool header = b.row < grid_.body_begin();
    const model::HAlign align = model::cell_halign(*table_, grid_, b.row, b.col);
    const bool may_hyphenate = std::binary_search(hyphenate_.begin(), hyphenate_.end(), table_cell_id(global_row(b.row), b.col));
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
    std::function<void(const std::vector<model::Block>&, double, double)> blocks = [&](const std::vector<model::Block>& bs, double x,
                                                                                        double w) {
        for (const auto& blk : bs) {
            if (!blk.is_list) {
                add_paragraph(blk.paragraph, x, w);
                continue;
            }
            const double mw = std::min(s_.nested_marker_width * kMm, w / 3);
            for (std::size_t i = 0; i < blk.list.items.size(); ++i) {
                const auto& item = blk.list.items[i];
                const std::size_t first = b.lines.size();
                blocks(item.blocks, x + mw, w - mw);
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
    blocks(c.blocks, 0, inner);
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

bool TableLayouter::measure()
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
    TableTextFit fit;
    if (!survey(avail, widths, fit)) return false;
    hyphenate_ = std::move(fit.hyphenate);
    size_ = s_.table_font_size * fit.scale;
    const text::Font& f = ctx_.fonts.at(0);
    const double asc = f.ascender() * size_ / f.units_per_em();
    const double desc = -f.descender() * size_ / f.units_per_em();
    lh_ = size_ * s_.line_height;
    baseline_ = (lh_ - (asc + desc)) / 2 + asc;
    body_m_ = TextMetrics{size_, lh_, baseline_};
    head_m_ = body_m_;
    if (s_.table_header_font_size > 0 || fit.scale != 1) {
        const double hs = (s_.table_header_font_size > 0 ? s_.table_header_font_size : s_.table_font_size) * fit.scale;
        const double hasc = f.ascender() * hs / f.units_per_em(), hdesc = -f.descender() * hs / f.units_per_em();
        head_m_.size = hs;
        head_m_.lh = hs * s_.line_height;
        head_m_.baseline = (head_m_.lh - (hasc + hdesc)) / 2 + hasc;
    }

    col_x_.assign(widths.size() + 1, flow_.page().content_x);
    double total = 0;
    for (double w : widths) total += w;
    // centre a table narrower than the page (fixed columns only)
    double x = flow_.page().content_x + std::max(0.0, (avail - total) * kMm / 2);
    for (std::size_t i = 0; i < widths.size(); ++i) {
        col_x_[i] = x;
        x += widths[i] * kMm;
    }
    col_x_[widths.size()] = x;

    // header (and column-number) rows are laid out now: they repeat on every page
    for (int r = 0; r < grid_.body_begin(); ++r)
        for (int c = 0; c < grid_.columns; ++c) box(r, c);

    // header (and column-number) rows: fixed heights; a span grows its last row
    const int hrows = grid_.body_begin();
    auto head_height = [&](std::size_t n) { return static_cast<double>(n) * head_m_.lh + 2 * pad_; };
    header_heights_.assign(static_cast<std::size_t>(hrows), head_height(1));
    for (const auto& [slot, b] : live_)
        if (b.row < hrows && b.cell->rowspan == 1)
            header_heights_[static_cast<std::size_t>(b.row)] = std::max(header_heights_[static_cast<std::size_t>(b.row)], head_height(b.lines.size()));
    for (const auto& [slot, b] : live_)
        if (b.row < hrows && b.cell->rowspan > 1) {
            double have = 0;
            const int last = b.row + b.cell->rowspan - 1;
            for (int r = b.row; r <= last; ++r) have += header_heights_[static_cast<std::size_t>(r)];
            const double need = head_height(b.lines.size());
            if (need > have) header_heights_[static_cast<std::size_t>(last)] += need - have;
        }
    // which header rows repeat (<baris ulang="tidak">, <nomor-kolom ulang="tidak">): a long
    // list may repeat only its 1 | 2 | 3 row, not the titles above it
    header_repeats_.assign(static_cast<std::size_t>(hrows), true);
    for (int r = 0; r < hrows; ++r) {
        const model::Row* src = grid_.row_source[static_cast<std::size_t>(r)];
        header_repeats_[static_cast<std::size_t>(r)] = src ? src->repeat : table_->column_numbers_repeat;
    }
    header_height_ = header_first_height_ = 0;
    for (int r = 0; r < hrows; ++r) {
        header_first_height_ += header_heights_[static_cast<std::size_t>(r)];
        if (header_repeats_[static_cast<std::size_t>(r)]) header_height_ += header_heights_[static_cast<std::size_t>(r)];
    }
    const double page_body = flow_.page().content_height;
    const double continued = s_.table_continued.empty() ? 0.0 : lh_;
    if (row_content_height(1) + continued > page_body) {
        // not even a one-line row fits on a page: no page break could ever make progress
        style_error("satu baris tabel lebih tinggi dari satu halaman", "a one-line table row is taller than a page");
        return false;
    }
    if (header_first_height_ > page_body * 0.8) {
        // Repeating it would leave no room for the body; it is placed once, like body rows, so
        // it may break across pages instead of running off the first.
        repeat_header_ = false;
        header_height_ = 0;
        ctx_.sink.warning(table_->pos, "W-TABEL-KEPALA",
                          "kepala tabel lebih tinggi dari 80% halaman; kepala tabel dicetak sekali, tidak diulang",
                          "the table header is taller than 80% of a page; it is printed once, not repeated");
    } else if (header_height_ > 0 && header_height_ + continued + row_content_height(1) > page_body) {
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
        for (int r = 0; r < hrows; ++r)
            for (int c = 0; c < grid_.columns; ++c) live_.erase(static_cast<long long>(r) * grid_.columns + c);
    }
    return true;
}

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

double TableLayouter::min_first_part(int row)
{
    std::size_t lines = 1;
    for (int c = 0; c < grid_.columns; ++c) {
        CellBox* bp = box(row, c);
        if (!bp) continue;
        const CellBox& b = *bp;
        if (b.cell->rowspan != 1) continue;
        lines = std::max(lines, b.lines.size() >= 4 ? std::size_t{2} : b.lines.size());
    }
    return row_content_height(lines);
}

void TableLayouter::paint_box(const CellBox& b, double y, double h, std::size_t from, std::size_t to, bool whole, bool header,
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
    // each column's stretch of the top and bottom edges may have its own rule (a neighbour's setting)
    const int c1 = b.col + b.cell->colspan, r1 = b.row + b.cell->rowspan;
    for (int k = b.col; k < c1; ++k) {
        const double x1 = col_x_[static_cast<std::size_t>(k)], x2 = col_x_[static_cast<std::size_t>(k + 1)];
        hsegs_.push_back({y, x1, x2, top_edge ? model::horizontal_rule(*table_, grid_, b.row, k) : model::frame_rule(*table_)});
        hsegs_.push_back({y + h, x1, x2, bottom_edge ? model::horizontal_rule(*table_, grid_, r1, k) : model::frame_rule(*table_)});
    }
    vsegs_.push_back({x, y, y + h, model::vertical_rule(*table_, grid_, b.row, b.col)});
    vsegs_.push_back({x + w, y, y + h, model::vertical_rule(*table_, grid_, b.row, c1)});
    double offset = pad_;
    if (whole && to > from) {
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

}  // namespace

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

std::vector<Rule> merge_rules(const std::vector<TableSegment>& h_in, const std::vector<TableSegment>& v_in, double width)
{
    // A rule width of 0 draws nothing (a PDF line of width 0 would be a device hairline).
    std::vector<Rule> out;
    if (!(width > 0)) return out;
    auto key = [](double v) { return static_cast<long long>(std::lround(v * 100)); };
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

namespace {

void TableLayouter::emit_borders()
{
    // merge collinear segments so shared cell edges are drawn once
    Page& page = flow_.page();
    for (const Rule& r : merge_rules(hsegs_, vsegs_, s_.border_width)) page.rules.push_back(r);
    hsegs_.clear();
    vsegs_.clear();
    std::stable_sort(texts_.begin(), texts_.end(), [](const KeyedText& a, const KeyedText& b) { return a.key < b.key; });
    for (auto& kt : texts_) {
        kt.box.seq = flow_.next_seq();
        page.texts.push_back(std::move(kt.box));
    }
    texts_.clear();
}

bool TableLayouter::run()
{
    table_ = src_.next();
    single_ = src_.done();
    last_piece_ = single_;
    // the size limits hold for the whole table; resolve_grid sees one piece
    if (!single_ && !model::check_table_size(*table_, src_.total_rows(), ctx_.sink)) return false;
    if (!resolve_grid(*table_, grid_, ctx_.sink)) return false;
    if (!measure()) return false;
    int first_body = repeat_header_ ? grid_.body_begin() : 0;
    const double min_row = row_content_height(1);

    // Header orphan prevention: the header and at least one line of the first body row must
    // fit, or the table starts on the next page.
    if (flow_.y() + header_first_height_ + (grid_.rows > first_body ? min_row : 0) > flow_.bottom() && !flow_.at_page_top())
        flow_.new_page(flow_.landscape(), flow_.section());
    y_ = flow_.y();
    if (repeat_header_) paint_header(true);
    body_on_page_ = false;

    std::vector<std::size_t> done(static_cast<std::size_t>(grid_.columns), 0);  // lines already placed, own cells of the row
    std::map<int, SpanState> spans;  // by origin column
    auto bottom = [&] { return flow_.bottom(); };

    // Places what has accumulated of each open span on this page and prepares the next page.
    int empty_breaks = 0;  // page breaks in a row with no body placed: more than one means no progress
    bool stuck = false;
    auto break_page = [&]() {
        empty_breaks = body_on_page_ ? 0 : empty_breaks + 1;
        if (empty_breaks > 1) {
            stuck = true;
            return;
        }
        for (auto& [col, sp] : spans) {
            const double h = y_ - sp.frag_top;
            if (h <= 0) continue;
            const std::size_t fit = static_cast<std::size_t>(std::max(0.0, std::floor((h - 2 * pad_ + 0.01) / lh_)));
            const std::size_t take = std::min(fit, sp.box->lines.size() - sp.lines_done);
            paint_box(*sp.box, sp.frag_top, h, sp.lines_done, sp.lines_done + take, false, false, sp.first_fragment, false);
            sp.first_fragment = false;
            // a span asked to repeat its text starts it again on the next page (the last
            // fragment is made tall enough for all of it); otherwise the text flows on
            sp.lines_done = sp.box->cell->repeat_text ? 0 : sp.lines_done + take;
        }
        // the table's fragment on this page is closed with the frame's rule, whatever the rows say
        hsegs_.push_back({y_, col_x_.front(), col_x_.back(), model::frame_rule(*table_)});
        emit_borders();
        flow_.set_y(y_);
        flow_.new_page(flow_.landscape(), flow_.section());
        y_ = flow_.y();
        if (!s_.table_continued.empty()) {
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
        if (repeat_header_ && header_height_ > 0) paint_header(false);
        else hsegs_.push_back({y_, col_x_.front(), col_x_.back(), model::frame_rule(*table_)});
        for (auto& [col, sp] : spans) sp.frag_top = y_;
        body_on_page_ = false;
    };

  for (;;) {
    for (int r = first_body; r < grid_.rows;) {
        if (stuck) {
            style_error("tata letak tabel tidak maju: baris tabel tidak muat pada halaman baru",
                        "the table layout makes no progress: a table row does not fit on a fresh page");
            emit_borders();
            flow_.set_y(y_);
            return false;
        }
        const model::Row* src = grid_.row_source[static_cast<std::size_t>(r)];
        // spans starting here
        for (int c = 0; c < grid_.columns; ++c) {
            CellBox* bp = box(r, c);
            if (!bp) continue;
            CellBox& b = *bp;
            if (b.cell->rowspan > 1 && !spans.count(c)) spans[c] = SpanState{&b, r + b.cell->rowspan - 1, 0, y_};
        }
        double h = own_height(r, done);
        for (auto& [col, sp] : spans)
            if (sp.last_row == r) h = std::max(h, row_content_height(sp.box->lines.size() - sp.lines_done) - (y_ - sp.frag_top));

        // keep a group row with the row after it: both must start on the same page
        double need = h;
        if (src && src->keep_with_next && r + 1 < grid_.rows) need += min_first_part(r + 1);
        // the last row takes what follows the table with it, unless that could never fit
        if (last_piece_ && r + 1 == grid_.rows && keep_after_ > 0 && keep_after_ < (bottom() - flow_.top()) / 2) need += keep_after_;

        if (y_ + need <= bottom() + 0.01) {
            // the whole (rest of the) row fits
            for (int c = 0; c < grid_.columns; ++c) {
                CellBox* bp = box(r, c);
                if (!bp) continue;
                const CellBox& b = *bp;
                if (b.cell->rowspan != 1) continue;
                paint_box(b, y_, h, done[static_cast<std::size_t>(c)], b.lines.size(), done[static_cast<std::size_t>(c)] == 0, r < grid_.body_begin(),
                          done[static_cast<std::size_t>(c)] == 0, true);
            }
            y_ += h;
            body_on_page_ = true;
            for (auto it = spans.begin(); it != spans.end();) {
                if (it->second.last_row == r) {
                    SpanState& sp = it->second;
                    paint_box(*sp.box, sp.frag_top, y_ - sp.frag_top, sp.lines_done, sp.box->lines.size(), sp.first_fragment, false,
                              sp.first_fragment, true);
                    live_.erase(static_cast<long long>(sp.box->row) * grid_.columns + sp.box->col);
                    it = spans.erase(it);
                } else {
                    ++it;
                }
            }
            std::fill(done.begin(), done.end(), 0);
            drop_row(r);
            ++r;
            continue;
        }

        // It does not fit. Split between lines if every cell allows it.
        const double avail = bottom() - y_;
        const long k = static_cast<long>(std::floor((avail - 2 * pad_ + 0.01) / lh_));
        const bool fresh = !body_on_page_;
        std::vector<std::optional<CellLines>> own(static_cast<std::size_t>(grid_.columns));
        for (int c = 0; c < grid_.columns; ++c) {
            CellBox* bp = box(r, c);
            if (!bp || bp->cell->rowspan != 1) continue;
            own[static_cast<std::size_t>(c)] = CellLines{bp->lines.size(), bp->lines.size() - done[static_cast<std::size_t>(c)]};
        }
        // a group (section) row never splits
        std::optional<std::vector<std::size_t>> split = src && src->group ? std::nullopt : choose_row_split(own, k);
        const bool valid = split.has_value();
        std::vector<std::size_t> take = valid ? *split : std::vector<std::size_t>(static_cast<std::size_t>(grid_.columns), 0);
        if (!valid && !fresh) {
            // move the row to the next page; a group row kept with it moves too
            break_page();
            continue;
        }
        if (!valid) {
            // a fresh page and still no room under the rules: split wherever the page is full
            if (k < 1) {
                // No line fits in what is left of this page. measure() made sure a row fits
                // under the repeated header on a page of its own, so the next page has room; if
                // it has not, the guard in break_page stops the table with an error.
                break_page();
                continue;
            }
            for (int c = 0; c < grid_.columns; ++c) {
                CellBox* bp = box(r, c);
                if (!bp) continue;
                const CellBox& b = *bp;
                if (b.cell->rowspan != 1) continue;
                take[static_cast<std::size_t>(c)] = std::min(static_cast<std::size_t>(k), b.lines.size() - done[static_cast<std::size_t>(c)]);
            }
        }
        // place the first part of the row down to the page bottom (or, when a forced split
        // found the whole rest fits after all, the rest of the row)
        if (warned_tall_row_ != static_cast<long long>(global_row(r))) {
            // A row split at a page bottom is ordinary; one that would not fit even on a page of
            // its own is worth telling the drafter, who may want to shorten or divide it.
            std::vector<std::size_t> none(done.size(), 0);
            const double room = flow_.bottom() - flow_.top() - (s_.table_continued.empty() ? 0.0 : lh_) - header_height_;
            if (own_height(r, none) > room + 0.01) {
                warned_tall_row_ = static_cast<long long>(global_row(r));
                char mm[32];
                std::snprintf(mm, sizeof mm, "%.0f", own_height(r, none) / kMm);
                const SourcePos at = src ? src->pos : table_->pos;
                ctx_.sink.warning(at, "W-TABEL-BARIS-PISAH",
                                  std::string("baris tabel ini (") + mm + " mm) lebih tinggi dari satu halaman dan dipecah ke beberapa halaman",
                                  std::string("this table row (") + mm + " mm) is taller than a page and is split across pages");
            }
        }
        bool rest_left = false;
        for (int c = 0; c < grid_.columns; ++c) {
            CellBox* bp = box(r, c);
            if (!bp) continue;
            const CellBox& b = *bp;
            if (b.cell->rowspan == 1 && done[static_cast<std::size_t>(c)] + take[static_cast<std::size_t>(c)] < b.lines.size()) rest_left = true;
        }
        const double part = avail;
        for (int c = 0; c < grid_.columns; ++c) {
            CellBox* bp = box(r, c);
            if (!bp) continue;
            const CellBox& b = *bp;
            if (b.cell->rowspan != 1) continue;
            const std::size_t d0 = done[static_cast<std::size_t>(c)];
            paint_box(b, y_, part, d0, d0 + take[static_cast<std::size_t>(c)], false, false, d0 == 0, false);
            done[static_cast<std::size_t>(c)] += take[static_cast<std::size_t>(c)];
        }
        y_ += part;
        body_on_page_ = true;
        if (!rest_left) {
            // only a span ending here is still open: it has the page to the bottom; the row ends
            for (auto it = spans.begin(); it != spans.end();) {
                if (it->second.last_row == r && it->second.box->lines.size() - it->second.lines_done <=
                                                    static_cast<std::size_t>(std::max(0.0, std::floor((y_ - it->second.frag_top - 2 * pad_ + 0.01) / lh_)))) {
                    SpanState& sp = it->second;
                    paint_box(*sp.box, sp.frag_top, y_ - sp.frag_top, sp.lines_done, sp.box->lines.size(), false, false, sp.first_fragment, true);
                    live_.erase(static_cast<long long>(sp.box->row) * grid_.columns + sp.box->col);
                    it = spans.erase(it);
                } else {
                    ++it;
                }
            }
            bool span_open = false;
            for (auto& [col, sp] : spans) span_open = span_open || sp.last_row == r;
            if (!span_open) {
                std::fill(done.begin(), done.end(), 0);
                drop_row(r);
                ++r;
                continue;
            }
        }
        break_page();
    }
    if (last_piece_) break;
    // The next piece. No span crosses into it, so only the header's boxes are still laid out;
    // they now point at the new piece's (identical) header cells.
    base_ += static_cast<std::size_t>(grid_.rows - grid_.body_begin());
    table_ = src_.next();
    last_piece_ = src_.done();
    DiagnosticSink quiet;  // every piece was resolved, and its errors reported, by survey()
    if (!table_ || !resolve_grid(*table_, grid_, quiet)) break;
    for (auto it = live_.begin(); it != live_.end();) {
        if (it->second.row < grid_.body_begin()) {
            it->second.cell = grid_.at(it->second.row, it->second.col).cell;
            ++it;
        } else {
            it = live_.erase(it);
        }
    }
    spans.clear();
    first_body = grid_.body_begin();
  }
    emit_borders();
    flow_.set_y(y_);
    return true;
}

bool TableLayouter::survey(double avail, std::vector<double>& widths, TableTextFit& fit)
{
    // no word or number breaks silently: the text shrinks (to the style's minimum), then words
    // break at hyphenation points with a warning; a number that cannot fit is an error
    const std::size_t errors_before = ctx_.sink.error_count();
    if (single_) {
        widths = column_widths(*table_, grid_, s_, avail, &ctx_.fonts, &ctx_.shaper);
        fit = fit_table_text(*table_, grid_, s_, widths, ctx_.shaper, ctx_.sink);
        // a number that cannot fit stops the document: laying out the rest would be wasted
        return ctx_.sink.error_count() == errors_before;
    }
    // A table in pieces is read through once for its auto columns (if any) and once for its
    // words; the header rows, in every piece, are measured with the first. Span errors of the
    // pieces after the first are reported on the words' pass.
    auto each_piece = [&](bool report, const std::function<void(const model::Table&, const model::ResolvedGrid&, int, std::size_t)>& f) {
        src_.restart();
        model::ResolvedGrid g;
        std::size_t base = 0;
        bool first = true;
        for (const model::Table* t = src_.next(); t; t = src_.next()) {
            DiagnosticSink quiet;
            if (!resolve_grid(*t, g, report && !first ? ctx_.sink : quiet)) return false;
            f(*t, g, first ? 0 : g.body_begin(), base);
            base += static_cast<std::size_t>(g.rows - g.body_begin());
            first = false;
        }
        return true;
    };
    model::Table columns;
    columns.columns = table_->columns;
    bool ok = true;
    widths = column_widths_measured(columns, s_, avail, true, [&](std::vector<double>& min_mm) {
        std::vector<double> max_mm(columns.columns.size(), 0.0);
        min_mm.assign(columns.columns.size(), 0.0);
        ok = each_piece(false, [&](const model::Table& t, const model::ResolvedGrid& g, int first_row, std::size_t) {
            measure_auto_cells(t, g, s_, ctx_.shaper, first_row, min_mm, max_mm);
        });
        return finish_auto_columns(s_, min_mm, std::move(max_mm));
    });
    TableTextFitter fitter(s_, widths, ctx_.shaper);
    ok = ok && each_piece(true, [&](const model::Table& t, const model::ResolvedGrid& g, int first_row, std::size_t base) {
        fitter.scan(t, g, first_row, base);
    });
    if (!ok) return false;
    fit = fitter.report(ctx_.sink);
    // the first piece again, for the layout
    src_.restart();
    table_ = src_.next();
    DiagnosticSink quiet;
    if (!table_ || !resolve_grid(*table_, grid_, quiet)) return false;
    return ctx_.sink.error_count() == errors_before;
}

}  // namespace

bool layout_table(const model::Table& table, Flow& flow, LayoutContext& ctx, double keep_after)
{
    OneTable src(table);
    TableLayouter t(src, flow, ctx, keep_after);
    return t.run();
}

bool layout_work_plan(const model::WorkPlan& plan, Flow& flow, LayoutContext& ctx, double keep_after)
{
    WorkPlanSource src(plan, ctx.style.work_plan);
    TableLayouter t(src, flow, ctx, keep_after);
    return t.run();
}

void measure_auto_cells(const model::Table& table, const model::ResolvedGrid& grid, const style::HouseStyle& style, text::Shaper& shaper,
                        int first_row, std::vector<double>& min_mm, std::vector<double>& max_mm)
{
    // Widths come from the cells in auto columns that span one column (CSS automatic layout).
    const double pad = 2 * style.cell_padding;
    for (int r = first_row; r < grid.rows; ++r)
        for (int c = 0; c < grid.columns; ++c) {
            if (!grid.origin_at(r, c)) continue;
            const model::Cell& cell = *grid.at(r, c).cell;
            if (cell.colspan != 1 || table.columns[static_cast<std::size_t>(c)].kind != model::ColumnWidth::Kind::Auto) continue;
            text::ParagraphSpec sp;
            sp.size = r < grid.body_begin() && style.table_header_font_size > 0 ? style.table_header_font_size : style.table_font_size;
            sp.base_style = (cell.bold || r < grid.body_begin()) ? model::kBold : model::kPlain;
            std::function<void(const std::vector<model::Block>&, double)> visit = [&](const std::vector<model::Block>& bs, double indent) {
                for (const auto& b : bs) {
                    if (b.is_list) {
                        for (const auto& item : b.list.items) visit(item.blocks, indent + style.nested_marker_width);
                        continue;
                    }
                    double lo = 0, hi = 0;
                    text::measure_paragraph(b.paragraph, sp, shaper, lo, hi);
                    min_mm[static_cast<std::size_t>(c)] = std::max(min_mm[static_cast<std::size_t>(c)], lo / kMm + indent + pad);
                    max_mm[static_cast<std::size_t>(c)] = std::max(max_mm[static_cast<std::size_t>(c)], hi / kMm + indent + pad);
                }
            };
            visit(cell.blocks, 0);
        }
}

std::vector<double> finish_auto_columns(const style::HouseStyle& style, std::vector<double>& min_mm, std::vector<double> max_mm)
{
    const double pad = 2 * style.cell_padding;
    for (std::size_t i = 0; i < min_mm.size(); ++i) {
        // a hair of slack: a column exactly as wide as its widest word must not break that word
        min_mm[i] = std::max(min_mm[i] + 0.1, pad + 2);
        max_mm[i] = std::max(max_mm[i], min_mm[i]);
    }
    return max_mm;
}

std::vector<double> measure_auto_columns(const model::Table& table, const model::ResolvedGrid& grid, const style::HouseStyle& style,
                                         text::Shaper& shaper, std::vector<double>& min_mm)
{
    const std::size_t n = table.columns.size();
    std::vector<double> max_mm(n, 0.0);
    min_mm.assign(n, 0.0);
    measure_auto_cells(table, grid, style, shaper, 0, min_mm, max_mm);
    return finish_auto_columns(style, min_mm, std::move(max_mm));
}

}  // namespace naskah::layout
