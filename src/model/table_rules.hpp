// Which rule each table edge gets: the table's mode (`<tabel garis>`), a column's left rule
// (`<kolom garis-kiri>`) and a cell's own edges (`<sel garis…>`), resolved once so the PDF
// table engine and the DOCX writer draw the same lines.
//
// Precedence, as in typst's grid (explicit cell stroke over column over grid): a cell's own
// setting for an edge wins; when the cells on both sides of an edge set it, the heavier rule
// (double over single over none) wins. Edges inside a merged cell have no rule.
#pragma once

#include "model/grid.hpp"
#include "model/model.hpp"

namespace naskah::model {

/// The horizontal edge above grid row `row` (0…rows; `rows` is the table's bottom) under column `col`.
LineStyle horizontal_rule(const Table& table, const ResolvedGrid& grid, int row, int col);
/// The vertical edge left of column `col` (0…columns; `columns` is the right side) beside row `row`.
LineStyle vertical_rule(const Table& table, const ResolvedGrid& grid, int row, int col);
/// The rule closing a fragment of the table at a page break (the frame's style).
LineStyle frame_rule(const Table& table);
/// The format of column `col` (defaults when the table gives none).
const ColumnFormat& column_format(const Table& table, int col);

}  // namespace naskah::model

namespace naskah::model {

/// The horizontal alignment of the cell starting at (row, col): its own `rata`, else (body rows)
/// its column's, else the table's.
HAlign cell_halign(const Table& table, const ResolvedGrid& grid, int row, int col);

}  // namespace naskah::model
