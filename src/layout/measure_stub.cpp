// Replaced by the text engine's measurement once it exists.
#include "layout/columns.hpp"

namespace naskah::layout {
std::vector<double> measure_auto_columns(const model::Table& table, const model::ResolvedGrid&, const style::HouseStyle&,
                                         const text::FontSet&, std::vector<double>& min_mm)
{
    min_mm.assign(table.columns.size(), 10.0);
    return std::vector<double>(table.columns.size(), 30.0);
}
}  // namespace naskah::layout
