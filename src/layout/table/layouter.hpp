// The table engine's state and steps, shared by its files (private to layout/table/):
//   layouter.cpp     the driver: preparing, the row loop, page breaks, pieces of a long work plan
//   columns.cpp      text sizes and column positions (widths come from measure/)
//   cells.cpp        laying out and painting one cell (fragment)
//   repeated.cpp     header rows: heights, which repeat, painting them, "(lanjutan)"
//   rowspans.cpp     cells spanning rows: opening, painting a fragment, closing
//   row_breaking.cpp whether a row fits, where it splits, the row-taller-than-a-page warning
//   rules.cpp        merging cell edges into rules, and flushing a finished page
// `*_height`, `room_needed`, `starts_at`, `fits_whole` and `split_row` only compute (a cell is laid out on
// first use, whoever asks); `prepare*` set the engine up; `paint_*`, `place_*`, `open_*`,
// `close_*`, `finish_row` and `next_page` change the page.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "layout/flow.hpp"
#include "layout/table/rowspans.hpp"
#include "layout/table/rules.hpp"
#include "layout/table/source.hpp"
#include "measure/text_fit.hpp"
#include "model/grid.hpp"

namespace naskah::layout::table {

constexpr double kMm = 72.0 / 25.4;  // points per millimetre

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
    const model::Cell* cell = nullptr;
    const TextMetrics* m = nullptr;
    int row = 0, col = 0;
    double x = 0, width = 0;  // outer box
    std::vector<CellLine> lines;
};

/// A cell spanning rows whose last row is not placed yet.
struct SpanState {
    CellBox* box = nullptr;
    int last_row = 0;
    std::size_t lines_done = 0;  // lines on earlier pages
    double frag_top = 0;  // where its fragment on the current page starts
    bool first_fragment = true;  // its top edge is the row boundary, not a page break
};

class TableLayouter {
public:
    TableLayouter(TableSource& src, Flow& flow, LayoutContext& ctx, double keep_after, bool under_heading)
        : src_(src), flow_(flow), ctx_(ctx), s_(ctx.style), keep_after_(keep_after), under_heading_(under_heading)
    {
    }

    /// Lays the whole table out from the flow's position; false after an error (reported).
    bool run();

private:
    // ---- the driver (layouter.cpp)
    bool start();
    /// Places row r, or what is left of it, on this page. False when the page broke first: the
    /// row goes on on the next page.
    bool place_row(int r);
    /// Ends the page: open spans get their fragment, the table's fragment is closed with the
    /// frame's rule; the next page starts with "(lanjutan)" and the repeated header.
    void next_page();
    /// The next piece of a table given in pieces; false when none is left.
    bool next_piece();
    /// Column positions, text sizes and the header plan; false after an error (reported).
    bool prepare();
    /// Stops the table with an error naming the house-style values that decide row heights.
    void style_error(const char* id_what, const char* en_what);

    // ---- columns and text sizes (columns.cpp)
    /// Column widths and text fit over every piece of the table.
    bool survey(double avail, std::vector<double>& widths, measure::TableTextFit& fit);
    void set_text_metrics(double scale);
    void place_columns(const std::vector<double>& widths_mm, double avail_mm);

    // ---- cells (cells.cpp)
    /// The origin cell at (row, col), laid out on first use; null for a covered slot.
    CellBox* box(int row, int col);
    void layout_cell(CellBox& b);
    /// Drops the finished cells of `row` (spans stay until their last row).
    void drop_row(int row);
    /// Paints one fragment of a cell: its fill, its cell box for the dump, its edges and lines
    /// [from, to). `valign`: the fragment is the whole cell. `top_edge`/`bottom_edge`: the
    /// fragment's top (bottom) is the cell's own edge, not a page break (which is closed with
    /// the frame's rule).
    void paint_box(const CellBox& b, double y, double h, std::size_t from, std::size_t to, bool valign, bool header, bool top_edge,
                   bool bottom_edge);

    // ---- header rows (repeated.cpp)
    /// Lays out the header rows and measures them.
    void prepare_header();
    /// Whether the header repeats on a page `page_body` tall, under "(lanjutan)" `continued` tall;
    /// a header that does not is warned about and placed like body rows.
    void decide_header_repeat(double page_body, double continued);
    /// Paints the header rows: all of them on the table's first page, the repeated ones after.
    void paint_header(bool first);
    /// "(lanjutan)" at the top of a continuation page, when the house style has it.
    void paint_continued();

    // ---- row spans (rowspans.cpp)
    /// Starts tracking the cells spanning rows that begin at row r.
    void open_spans(int r);
    /// Paints span `sp`'s fragment on this page, from its top down to y_.
    void paint_span(SpanState& sp, SpanEnd end);
    /// Paints and closes the spans whose last row is r (at the page bottom: those whose text
    /// fits). True when none ending at r is left open.
    bool close_spans(int r, SpanEnd end);

    // ---- row breaking (row_breaking.cpp)
    double row_content_height(std::size_t n) const { return static_cast<double>(n) * lh_ + 2 * pad_; }
    /// Height of the rest of row r's own cells (at least one line).
    double own_height(int row, const std::vector<std::size_t>& done);
    /// Height of the rest of row r on this page: its own cells and what a span ending here still needs.
    double row_height(int r);
    /// What must fit below y_ for row r (`h` tall) to be placed whole: the row, and for the
    /// table's last row what follows the table.
    double room_needed(int r, double h);
    /// Row r is kept with the row after it (a section row, `tetap-dengan-berikutnya`).
    bool kept_with_next(int r) const;
    /// Whether row r, begun at y on this page, would put something there under the rules of
    /// place_row: whole, or split; a row kept with the next only when that one starts there too.
    bool starts_at(int r, double y);
    /// Whether row r (`h` tall) is placed whole at y_: it fits, and a row kept with the next one
    /// has that one start on this page too.
    bool fits_whole(int r, double h);
    /// The lines of each own cell of row r that go on this page when it does not fit whole;
    /// nullopt: the row moves to the next page. The table's last row, under a section row that
    /// heads this page's body, splits even when only what follows the table does not fit.
    std::optional<std::vector<std::size_t>> split_row(int r);
    void warn_if_taller_than_page(int r);
    void place_whole(int r, double h);
    /// Places the first part of row r down to the page bottom; true when that ended the row.
    bool place_part(int r, const std::vector<std::size_t>& take);
    void finish_row(int r);

    // ---- rules and the finished page (rules.cpp)
    /// Adds a fragment's edges: each column's stretch of the top and bottom edges may have its own rule.
    void add_edges(const CellBox& b, double y, double h, bool top_edge, bool bottom_edge);
    /// Adds the frame's rule across the table at y (a page break closes or opens the table's fragment).
    void add_frame_edge(double y);
    /// Moves the page's merged rules and its cell text, in table order, onto the page.
    void flush_page();

    TableSource& src_;
    const model::Table* table_ = nullptr;  // the piece being laid out
    bool single_ = true;       // the whole table is one piece
    bool last_piece_ = true;   // the piece being laid out is the last
    std::size_t base_ = 0;     // body rows of the pieces before this one
    /// The row of the whole table a row of the current piece is (header rows are every piece's).
    std::size_t global_row(int r) const { return static_cast<std::size_t>(r) + (r >= grid_.body_begin() ? base_ : 0); }
    Flow& flow_;
    LayoutContext& ctx_;
    const style::HouseStyle& s_;
    double keep_after_ = 0;
    bool under_heading_ = false;  // the table follows its Lampiran's heading: its start stays on this page if it can
    model::ResolvedGrid grid_;
    std::vector<double> col_x_;   // left edge of each column, and the right edge at the end
    // Laid-out cells of the rows around the one being placed, by slot index: made when a row is
    // reached and dropped when it (or the span) is finished, so memory stays that of a few rows.
    std::unordered_map<long long, CellBox> live_;
    double pad_ = 0, lh_ = 0, baseline_ = 0, size_ = 0;  // the body's text
    TextMetrics body_m_, head_m_;
    std::vector<std::uint64_t> hyphenate_;  // cells (table_cell_id) whose words may break at hyphenation points

    std::vector<double> header_heights_;
    double header_height_ = 0;       // of the rows repeated on continuation pages
    double header_first_height_ = 0;  // of every header row, on the table's first page
    std::vector<bool> header_repeats_;  // per header row: printed again on continuation pages
    bool repeat_header_ = true;

    // placement state
    int first_body_ = 0;  // the first row placed by the row loop (0 when the header is placed like body rows)
    std::vector<std::size_t> done_;  // lines already placed, own cells of the row being placed
    std::map<int, SpanState> spans_;  // open spans, by origin column
    double y_ = 0;
    bool body_on_page_ = false;  // a body row (or part) is on the current page
    int empty_breaks_ = 0;  // page breaks in a row with no body placed: more than one means no progress
    bool stuck_ = false;
    long long warned_tall_row_ = -1;  // the last row (of the whole table) warned as taller than a page

    // the current page's paint
    std::vector<TableSegment> hsegs_;  // at = y, from/to = x
    std::vector<TableSegment> vsegs_;  // at = x, from/to = y
    // Cell text of the current page, keyed by (row, column, line) so the page reads in table
    // order even though a spanning cell is painted only when its last row is placed.
    struct KeyedText {
        long long key;
        TextBox box;
    };
    std::vector<KeyedText> texts_;
    std::vector<std::pair<long long, std::uint32_t>> order_;  ///< flush_page's sort, kept for its capacity
};

}  // namespace naskah::layout::table
