// Table column widths and Lampiran orientation: decided once, shared by the PDF layout and the
// DOCX writer so both documents have the same table geometry.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "model/grid.hpp"
#include "model/model.hpp"
#include "style/style.hpp"

namespace naskah::text {
class FontSet;
class Shaper;
}

namespace naskah::layout {

/// Width of each column in millimetres, summing exactly to `available_mm` unless fixed columns
/// alone exceed it. Fixed widths are honoured, relative shares split what fixed and auto columns
/// leave, auto columns are sized from their cells' minimum and maximum content widths (CSS
/// automatic table layout). Without `fonts`, auto columns take an equal share. `shaper`, when
/// given, must be for `fonts`: the layout passes its own, whose caches already hold the words.
std::vector<double> column_widths(const model::Table& table, const model::ResolvedGrid& grid,
                                  const style::HouseStyle& style, double available_mm,
                                  const text::FontSet* fonts, text::Shaper* shaper = nullptr);

/// The same, for a table whose cells are measured elsewhere (a table given in pieces):
/// `measure` returns the auto columns' maximum widths and fills their minimums (mm), as
/// measure_auto_columns does; `measured` false gives auto columns an equal share.
std::vector<double> column_widths_measured(const model::Table& table, const style::HouseStyle& style, double available_mm, bool measured,
                                           const std::function<std::vector<double>(std::vector<double>&)>& measure);

/// The widest unbreakable piece (min) and unbroken width (max) of the cells of rows
/// [first_row, grid.rows) of auto columns, folded into `min_mm`/`max_mm` (one per column, mm,
/// without the final allowance). Implemented by the table engine.
void measure_auto_cells(const model::Table& table, const model::ResolvedGrid& grid, const style::HouseStyle& style, text::Shaper& shaper,
                        int first_row, std::vector<double>& min_mm, std::vector<double>& max_mm);
/// Adds the allowance (a hair of slack, a least width) to what measure_auto_cells found; returns the maximums.
std::vector<double> finish_auto_columns(const style::HouseStyle& style, std::vector<double>& min_mm, std::vector<double> max_mm);

/// The text width of a Lampiran page in the given orientation (mm).
double text_width_mm(const style::HouseStyle& style, bool landscape);

/// Whether a Lampiran is set on landscape pages: its own attribute, or (Auto) whether any of its
/// tables would want more than the house style's threshold width.
bool lampiran_landscape(const model::Lampiran& lampiran, const style::HouseStyle& style);

/// The generic table a work plan stands for, with the house style's columns.
model::Table work_plan_table(const model::WorkPlan& plan, const style::HouseStyle& style);

}  // namespace naskah::layout

namespace naskah::layout {

/// How a table's text is fitted to its columns so no word or number breaks silently (issue 15,
/// item 3): auto columns already gave way (column_widths); then the whole table's text shrinks,
/// down to the house style's `tabel ukuran-minimum`; a word still too wide may break only at a
/// hyphenation point (W-TABEL-KATA, naming the cell and the width it needs); a number never
/// breaks (E-TABEL-ANGKA).
struct TableTextFit {
    double scale = 1;  ///< applied to the table's text sizes
    std::vector<std::uint64_t> hyphenate;  ///< cells whose words may break at hyphenation points (table_cell_id), sorted
};

/// A cell of a whole table by its origin: row (header, column-number and body rows counted
/// together, as in the layout dump) and column.
inline std::uint64_t table_cell_id(std::size_t row, int col) { return static_cast<std::uint64_t>(row) * 256 + static_cast<std::uint64_t>(col); }

/// fit_table_text for a table given in pieces: every piece's cells are scanned, then what does
/// not fit is reported once, in table order, as fit_table_text reports it.
class TableTextFitter {
public:
    TableTextFitter(const style::HouseStyle& style, const std::vector<double>& widths_mm, text::Shaper& shaper);
    ~TableTextFitter();
    /// The cells of rows [first_row, grid.rows) of a piece whose body row r is row r + row_base
    /// of the whole table (header rows are the same in every piece: scan them once).
    void scan(const model::Table& piece, const model::ResolvedGrid& grid, int first_row, std::size_t row_base);
    TableTextFit report(DiagnosticSink& sink);

private:
    struct TooWide;
    const style::HouseStyle& style_;
    std::vector<double> widths_mm_;
    text::Shaper& shaper_;
    std::vector<TooWide> wide_;
    double least_ = 1;  // the smallest inner width / word width
};

/// Measures every word of every cell against its cell at `widths_mm`; diagnostics go to `sink`.
TableTextFit fit_table_text(const model::Table& table, const model::ResolvedGrid& grid, const style::HouseStyle& style,
                            const std::vector<double>& widths_mm, text::Shaper& shaper, DiagnosticSink& sink);

/// The same for every table and work plan of a decree, as `naskah check` reports it.
void check_table_fit(const model::Decree& decree, const style::HouseStyle& style, const text::FontSet& fonts, DiagnosticSink& sink);

}  // namespace naskah::layout
