// Fitting a table's text to its columns so no word or number breaks silently (issue 15, item 3):
// shared by the layout, which shrinks the text and lets the named cells hyphenate, and by
// `naskah check`, which reports the same findings without laying anything out.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/grid.hpp"
#include "model/model.hpp"
#include "style/style.hpp"

namespace naskah::text {
class FontSet;
class Shaper;
}

namespace naskah::measure {

/// How a table's text is fitted to its columns: auto columns already gave way (column_widths);
/// then the whole table's text shrinks, down to the house style's `tabel ukuran-minimum`; a word
/// still too wide may break only at a hyphenation point (W-TABEL-KATA, naming the cell and the
/// width it needs); a number never breaks (E-TABEL-ANGKA).
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

}  // namespace naskah::measure
