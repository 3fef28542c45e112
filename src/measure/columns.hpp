// Table geometry decided once and shared by both writers: column widths, a Lampiran's text width
// and orientation, the table a work plan stands for. The PDF layout (layout/) and the DOCX writer
// (render/docx/) both read it from here, so the two documents have the same columns and neither
// writer depends on the other's stage.
#pragma once

#include <functional>
#include <vector>

#include "model/grid.hpp"
#include "model/model.hpp"
#include "style/style.hpp"

namespace naskah::text {
class FontSet;
class Shaper;
}

namespace naskah::measure {

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
/// without the final allowance).
void measure_auto_cells(const model::Table& table, const model::ResolvedGrid& grid, const style::HouseStyle& style, text::Shaper& shaper,
                        int first_row, std::vector<double>& min_mm, std::vector<double>& max_mm);
/// Adds the allowance (a hair of slack, a least width) to what measure_auto_cells found; returns the maximums.
std::vector<double> finish_auto_columns(const style::HouseStyle& style, std::vector<double>& min_mm, std::vector<double> max_mm);
/// measure_auto_cells over the whole table, then finish_auto_columns: the maximums, `min_mm` filled.
std::vector<double> measure_auto_columns(const model::Table& table, const model::ResolvedGrid& grid, const style::HouseStyle& style,
                                         text::Shaper& shaper, std::vector<double>& min_mm);

/// The text width of a Lampiran page in the given orientation (mm).
double text_width_mm(const style::HouseStyle& style, bool landscape);

/// Whether a Lampiran is set on landscape pages: its own attribute, or (Auto) whether any of its
/// tables would want more than the house style's threshold width.
bool lampiran_landscape(const model::Lampiran& lampiran, const style::HouseStyle& style);

/// The generic table a work plan stands for, with the house style's columns.
model::Table work_plan_table(const model::WorkPlan& plan, const style::HouseStyle& style);

}  // namespace naskah::measure
