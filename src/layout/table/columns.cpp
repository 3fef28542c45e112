// Columns and text sizes of a table being laid out: the widths and the text fit come from
// measure/ (shared with the DOCX writer), over every piece of a table given in pieces; here they
// become the column positions on the page and the text metrics of body and header.
#include <algorithm>
#include <functional>

#include "layout/table/layouter.hpp"
#include "measure/columns.hpp"

namespace naskah::layout::table {

void TableLayouter::set_text_metrics(double scale)
{
    size_ = s_.table_font_size * scale;
    const text::Font& f = ctx_.fonts.at(0);
    const double asc = f.ascender() * size_ / f.units_per_em();
    const double desc = -f.descender() * size_ / f.units_per_em();
    lh_ = size_ * s_.line_height;
    baseline_ = (lh_ - (asc + desc)) / 2 + asc;
    body_m_ = TextMetrics{size_, lh_, baseline_};
    head_m_ = body_m_;
    if (s_.table_header_font_size > 0 || scale != 1) {
        const double hs = style::table_text_size(s_, true) * scale;
        const double hasc = f.ascender() * hs / f.units_per_em(), hdesc = -f.descender() * hs / f.units_per_em();
        head_m_.size = hs;
        head_m_.lh = hs * s_.line_height;
        head_m_.baseline = (head_m_.lh - (hasc + hdesc)) / 2 + hasc;
    }
}

void TableLayouter::place_columns(const std::vector<double>& widths, double avail)
{
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
}

bool TableLayouter::survey(double avail, std::vector<double>& widths, measure::TableTextFit& fit)
{
    // no word or number breaks silently: the text shrinks (to the style's minimum), then words
    // break at hyphenation points with a warning; a number that cannot fit is an error
    const std::size_t errors_before = ctx_.sink.error_count();
    if (single_) {
        widths = measure::column_widths(*table_, grid_, s_, avail, &ctx_.fonts, &ctx_.shaper);
        fit = measure::fit_table_text(*table_, grid_, s_, widths, ctx_.shaper, ctx_.sink);
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
    widths = measure::column_widths_measured(columns, s_, avail, true, [&](std::vector<double>& min_mm) {
        std::vector<double> max_mm(columns.columns.size(), 0.0);
        min_mm.assign(columns.columns.size(), 0.0);
        ok = each_piece(false, [&](const model::Table& t, const model::ResolvedGrid& g, int first_row, std::size_t) {
            measure::measure_auto_cells(t, g, s_, ctx_.shaper, first_row, min_mm, max_mm);
        });
        return measure::finish_auto_columns(s_, min_mm, std::move(max_mm));
    });
    measure::TableTextFitter fitter(s_, widths, ctx_.shaper);
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

}  // namespace naskah::layout::table
