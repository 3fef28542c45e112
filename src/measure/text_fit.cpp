#include "measure/text_fit.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <functional>

#include "measure/columns.hpp"
#include "model/table_rules.hpp"
#include "text/font.hpp"
#include "text/paragraph.hpp"

namespace naskah::measure {

namespace {

constexpr double kPtPerMm = 72.0 / 25.4;

bool is_number(std::string_view w)
{
    // 100,000 · 1.250.000 · 12,5% · -3 · (1.000): figures with separators, which never break
    std::size_t digits = 0, other = 0;
    for (unsigned char ch : w) {
        if (std::isdigit(ch)) ++digits;
        else if (std::strchr(".,%+-()", ch) == nullptr) ++other;
    }
    return digits > 0 && other == 0;
}

// Calls f(word) for each word of `text` (runs between spaces, line ends and tabs), as views:
// every word of every cell comes through here, and nearly all of them fit.
template <class F>
void each_word(std::string_view text, F f)
{
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
        if (i > start) f(text.substr(start, i - start));
    }
}

}  // namespace

struct TableTextFitter::TooWide {
    SourcePos pos;           // of the cell
    std::uint64_t cell = 0;  // its origin: row of the whole table, column
    bool number;  // a figure, or any word of a rata="angka" column
    std::string word;
    double width_pt;  // at the table's size
    double inner_pt;
};

TableTextFitter::TableTextFitter(const style::HouseStyle& style, const std::vector<double>& widths_mm, text::Shaper& shaper)
    : style_(style), widths_mm_(widths_mm), shaper_(shaper)
{
}

TableTextFitter::~TableTextFitter() = default;

void TableTextFitter::scan(const model::Table& table, const model::ResolvedGrid& grid, int first_row, std::size_t row_base)
{
    const style::HouseStyle& style = style_;
    const double pad = 2 * style.cell_padding * kPtPerMm;
    for (int r = first_row; r < grid.rows; ++r)
        for (int c = 0; c < grid.columns; ++c) {
            if (!grid.origin_at(r, c)) continue;
            const model::Cell& cell = *grid.at(r, c).cell;
            double width_mm = 0;
            for (int k = c; k < c + cell.colspan && k < static_cast<int>(widths_mm_.size()); ++k) width_mm += widths_mm_[static_cast<std::size_t>(k)];
            const bool header = r < grid.body_begin();
            const double size = style::table_text_size(style, header);
            const std::uint8_t face = (cell.bold || header) ? model::kBold : model::kPlain;
            const std::uint64_t id = table_cell_id(static_cast<std::size_t>(r) + (header ? 0 : row_base), c);
            // a lambda that is passed itself, not a std::function: no allocation for each of a
            // table's cells (most of a work plan's are empty month cells)
            auto visit = [&](auto& self, const std::vector<model::Block>& bs, double indent_pt) -> void {
                for (const auto& b : bs) {
                    if (b.is_list) {
                        for (const auto& item : b.list.items) self(self, item.blocks, indent_pt + style.nested_marker_width * kPtPerMm);
                        continue;
                    }
                    const double inner = width_mm * kPtPerMm - pad - indent_pt;
                    const std::string text = b.paragraph.plain();
                    each_word(text, [&](std::string_view w) {
                        // no glyph is wider than an em: a word of n bytes under n ems surely fits,
                        // which spares shaping nearly every word of a long table
                        if (static_cast<double>(w.size()) * size <= inner) return;
                        const double ww = shaper_.width(face, w, size);
                        if (ww <= inner + 0.01) return;
                        const bool number = is_number(w) || (cell.colspan == 1 && model::column_format(table, c).numbers);
                        wide_.push_back(TooWide{cell.pos, id, number, std::string(w), ww, std::max(0.0, inner)});
                        least_ = std::min(least_, std::max(0.0, inner) / ww);
                    });
                }
            };
            visit(visit, cell.blocks, 0);
        }
}

TableTextFit TableTextFitter::report(DiagnosticSink& sink)
{
    const style::HouseStyle& style = style_;
    const double pad = 2 * style.cell_padding * kPtPerMm;
    TableTextFit fit;
    if (wide_.empty()) return fit;
    if (style.table_min_font_size > 0 && style.table_min_font_size < style.table_font_size)
        fit.scale = std::max(style.table_min_font_size / style.table_font_size, least_ * 0.999);
    bool have_last = false;
    std::uint64_t last = 0;
    for (const auto& t : wide_) {
        const double at = t.width_pt * fit.scale;
        if (at <= t.inner_pt + 0.01) continue;
        char need[64];
        std::snprintf(need, sizeof need, "%.1f mm (kolom memberi %.1f mm)", (at + pad) / kPtPerMm, (t.inner_pt + pad) / kPtPerMm);
        char need_en[64];
        std::snprintf(need_en, sizeof need_en, "%.1f mm (the column gives %.1f mm)", (at + pad) / kPtPerMm, (t.inner_pt + pad) / kPtPerMm);
        if (t.number) {
            sink.error(t.pos, "E-TABEL-ANGKA",
                       "angka \"" + t.word + "\" tidak muat di selnya dan angka tidak boleh dipenggal; lebar yang diperlukan " + need,
                       "the number \"" + t.word + "\" does not fit its cell and a number never breaks; it needs " + need_en,
                       "perlebar kolomnya (lebar pada <kolom>) atau kecilkan huruf tabel",
                       "widen its column (lebar on <kolom>) or make the table's text smaller");
        } else if (!have_last || t.cell != last) {
            // a word the hyphenation patterns give no point (a code, a name in capitals) is broken
            // between letters by the paragraph breaker: the warning says which it will be
            const bool syllables = !text::hyphenation_points(t.word, /*any_case=*/true).empty();
            sink.warning(t.pos, "W-TABEL-KATA",
                         "kata \"" + t.word + "\" tidak muat di selnya dan dipenggal " + (syllables ? "pada suku katanya" : "di antara hurufnya") +
                             "; lebar yang diperlukan " + need,
                         "the word \"" + t.word + "\" does not fit its cell and is broken " +
                             (syllables ? "at a hyphenation point" : "between letters") + "; it needs " + need_en);
            fit.hyphenate.push_back(t.cell);
        }
        have_last = true;
        last = t.cell;
    }
    // found in table order, but a cell may come back after others: sorted for binary search
    std::sort(fit.hyphenate.begin(), fit.hyphenate.end());
    fit.hyphenate.erase(std::unique(fit.hyphenate.begin(), fit.hyphenate.end()), fit.hyphenate.end());
    return fit;
}

TableTextFit fit_table_text(const model::Table& table, const model::ResolvedGrid& grid, const style::HouseStyle& style,
                            const std::vector<double>& widths_mm, text::Shaper& shaper, DiagnosticSink& sink)
{
    TableTextFitter fitter(style, widths_mm, shaper);
    fitter.scan(table, grid, 0, 0);
    return fitter.report(sink);
}

void check_table_fit(const model::Decree& decree, const style::HouseStyle& style, const text::FontSet& fonts, DiagnosticSink& sink)
{
    text::Shaper shaper(fonts);
    for (const auto& l : decree.lampiran) {
        const double avail = text_width_mm(style, lampiran_landscape(l, style));
        for (const auto& block : l.content) {
            model::Table table;
            if (const auto* t = std::get_if<model::Table>(&block)) table = *t;
            else if (const auto* p = std::get_if<model::WorkPlan>(&block)) table = work_plan_table(*p, style);
            else continue;
            model::ResolvedGrid grid;
            DiagnosticSink quiet;  // grid errors are the reader's to report
            if (!model::resolve_grid(table, grid, quiet)) continue;
            const std::vector<double> widths = column_widths(table, grid, style, avail, &fonts, &shaper);
            fit_table_text(table, grid, style, widths, shaper, sink);
        }
    }
}

}  // namespace naskah::measure
