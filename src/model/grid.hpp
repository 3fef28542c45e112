// Table resolution: a model::Table turned into a dense, validated grid of slots.
//
// Every consumer of tables (the PDF table layouter, the DOCX writer, checks) works from this
// grid, so spans are validated once and no renderer sees an inconsistent table.
#pragma once

#include <vector>

#include "core/diagnostic.hpp"
#include "model/model.hpp"

namespace naskah::model {

/// One slot of the grid. A slot either starts a cell (`cell` set, `origin_row/col` equal to the
/// slot) or is covered by a span from the cell at (origin_row, origin_col).
struct GridSlot {
    const Cell* cell = nullptr;  ///< the covering cell (also set for covered slots)
    int origin_row = -1;
    int origin_col = -1;
    bool is_origin() const { return cell != nullptr; }
};

struct ResolvedGrid {
    int columns = 0;
    int header_rows = 0;       ///< rows [0, header_rows) are the header
    int number_row = -1;       ///< index of the column-number row, or -1
    int rows = 0;              ///< total rows: header, number row, body
    std::vector<GridSlot> slots;  ///< rows * columns
    std::vector<const Row*> row_source;  ///< per row; nullptr for the generated number row
    std::vector<Cell> generated;  ///< cells of the column-number row (owned here)

    // size_t before multiplying: rows * columns may pass INT_MAX below the limits' product check
    std::size_t index(int row, int col) const { return static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(col); }
    const GridSlot& at(int row, int col) const { return slots[index(row, col)]; }
    GridSlot& at(int row, int col) { return slots[index(row, col)]; }
    bool origin_at(int row, int col) const
    {
        const GridSlot& s = at(row, col);
        return s.cell && s.origin_row == row && s.origin_col == col;
    }
    int body_begin() const { return header_rows + (number_row >= 0 ? 1 : 0); }
};

/// Resolves `table` into a grid; span errors and missing cells go to `sink` with the cell's
/// position. Returns false when the table cannot be laid out.
bool resolve_grid(const Table& table, ResolvedGrid& out, DiagnosticSink& sink);
/// The size limits of resolve_grid for a table of `all_rows` rows (header, column numbers and
/// body), which the table engine checks for a table it is given in pieces.
bool check_table_size(const Table& table, std::size_t all_rows, DiagnosticSink& sink);

}  // namespace naskah::model
