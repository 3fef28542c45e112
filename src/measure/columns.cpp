#include "measure/columns.hpp"

#include <algorithm>
#include <functional>
#include <optional>

#include "text/font.hpp"
#include "text/paragraph.hpp"

namespace naskah::measure {

using model::ColumnWidth;

namespace {

constexpr double kMm = 72.0 / 25.4;  // points per millimetre

}  // namespace

double text_width_mm(const style::HouseStyle& s, bool landscape)
{
    const auto& m = landscape ? s.landscape : s.portrait;
    const double width = landscape ? s.paper_height : s.paper_width;
    return width - m.left - m.right;
}

model::Table work_plan_table(const model::WorkPlan& plan, const style::HouseStyle& style)
{
    return model::expand_work_plan(plan, style.work_plan);
}

namespace {

// The width a table asks for before it is fitted: fixed columns at their width, relative and
// auto columns at a nominal 25 mm per share (enough to tell a 17-column plan from a 4-column list).
double natural_width(const std::vector<ColumnWidth>& columns)
{
    double w = 0;
    for (const auto& c : columns) w += c.kind == ColumnWidth::Kind::Fixed ? c.value : 25.0 * (c.kind == ColumnWidth::Kind::Relative ? c.value : 1.0);
    return w;
}

}  // namespace

bool lampiran_landscape(const model::Lampiran& l, const style::HouseStyle& s)
{
    if (l.orientation == model::Orientation::Landscape) return true;
    if (l.orientation == model::Orientation::Portrait) return false;
    for (const auto& block : l.content) {
        if (const auto* t = std::get_if<model::Table>(&block); t && natural_width(t->columns) > s.landscape_above) return true;
        // the columns alone: building the whole table to read them cost a long plan's size again
        if (const auto* p = std::get_if<model::WorkPlan>(&block); p && natural_width(model::work_plan_columns(*p, s.work_plan)) > s.landscape_above)
            return true;
    }
    return false;
}

std::vector<double> column_widths(const model::Table& table, const model::ResolvedGrid& grid,
                                  const style::HouseStyle& style, double available_mm, const text::FontSet* fonts,
                                  text::Shaper* shaper)
{
    std::optional<text::Shaper> own;
    if (fonts && !shaper) shaper = &own.emplace(*fonts);
    return column_widths_measured(table, style, available_mm, fonts != nullptr, [&](std::vector<double>& min_mm) {
        return measure_auto_columns(table, grid, style, *shaper, min_mm);
    });
}

std::vector<double> column_widths_measured(const model::Table& table, const style::HouseStyle& style, double available_mm, bool measured,
                                           const std::function<std::vector<double>(std::vector<double>&)>& measure)
{
    (void)style;
    const std::size_t n = table.columns.size();
    std::vector<double> width(n, 0.0);
    double fixed = 0, shares = 0;
    std::vector<std::size_t> autos;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& c = table.columns[i];
        if (c.kind == ColumnWidth::Kind::Fixed) {
            width[i] = c.value;
            fixed += c.value;
        } else if (c.kind == ColumnWidth::Kind::Relative) {
            shares += c.value;
        } else {
            autos.push_back(i);
        }
    }
    double remaining = std::max(0.0, available_mm - fixed);
    if (!autos.empty()) {
        if (measured) {
            std::vector<double> min_mm;
            std::vector<double> max_mm = measure(min_mm);
            double want_max = 0, want_min = 0;
            for (std::size_t i : autos) {
                want_max += max_mm[i];
                want_min += min_mm[i];
            }
            // Relative columns share what auto columns leave, but auto columns never get less
            // than their minimum; with no relative columns auto columns absorb the slack.
            double budget = shares > 0 ? std::min(remaining, want_max) : remaining;
            if (budget >= want_max) {
                const double extra = shares > 0 ? 0.0 : budget - want_max;
                for (std::size_t i : autos) width[i] = max_mm[i] + (want_max > 0 ? extra * max_mm[i] / want_max : extra / static_cast<double>(autos.size()));
            } else if (budget > want_min) {
                // between min and max: distribute in proportion to how much each column wants more
                const double span = want_max - want_min;
                for (std::size_t i : autos)
                    width[i] = min_mm[i] + (span > 0 ? (budget - want_min) * (max_mm[i] - min_mm[i]) / span : 0.0);
            } else {
                // Not even the minimums fit. Narrow columns ("10.", a date) keep their minimum
                // whole, and only the columns wider than an even share give up width, so short
                // words are never broken to make room for long text.
                std::vector<std::size_t> open(autos);
                double left = budget;
                bool settled = false;
                while (!open.empty() && !settled) {
                    const double share = left / static_cast<double>(open.size());
                    settled = true;
                    for (auto it = open.begin(); it != open.end();) {
                        if (min_mm[*it] <= share) {
                            width[*it] = min_mm[*it];
                            left -= min_mm[*it];
                            it = open.erase(it);
                            settled = false;
                        } else {
                            ++it;
                        }
                    }
                }
                for (std::size_t i : open) width[i] = std::max(0.0, left / static_cast<double>(open.size()));
            }
            for (std::size_t i : autos) remaining -= width[i];
            remaining = std::max(0.0, remaining);
        } else {
            shares += static_cast<double>(autos.size());
            for (std::size_t i : autos) width[i] = -1;  // marks an equal share below
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        const auto& c = table.columns[i];
        if (c.kind == ColumnWidth::Kind::Relative) width[i] = shares > 0 ? remaining * c.value / shares : 0;
        else if (width[i] < 0) width[i] = shares > 0 ? remaining / shares : 0;
    }
    return width;
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
            sp.size = style::table_text_size(style, r < grid.body_begin());
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

}  // namespace naskah::measure
