// Paragraph breaking: ICU line-break opportunities, optional Indonesian hyphenation, and a
// total-fit (Knuth–Plass) choice of breaks so justified text spaces evenly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/model.hpp"
#include "text/font.hpp"

namespace naskah::text {

/// A piece of text on a line, in one face, at an x offset from the line's start (pt).
struct LineRun {
    double x = 0;
    double width = 0;
    std::uint8_t face = 0;  ///< FontSet index (model::StyleFlags & 3)
    bool underline = false;
    std::string text;  ///< exactly what the glyphs show (a trailing "-" at a hyphenation break)
    /// `text` shaped in `face` by the Shaper that broke the paragraph (its width is from it), so
    /// a writer using the same Shaper need not look it up again; valid while that Shaper lives.
    const ShapedText* shaped = nullptr;
};

struct Line {
    std::vector<LineRun> runs;
    double width = 0;  ///< extent of the runs (pt)
};

struct ParagraphSpec {
    double width = 0;  ///< available line width (pt)
    double size = 12;  ///< font size (pt)
    model::HAlign align = model::HAlign::Justify;
    bool hyphenate = false;
    std::uint8_t base_style = model::kPlain;  ///< added to every run (bold table headers)
    bool upper = false;  ///< upper-case the text (ICU, id) before breaking
};

/// Breaks `text` into lines. Words wider than the line are broken between characters rather than
/// overflowing. A character missing from the font is reported with its position and stops.
std::vector<Line> break_paragraph(const model::Inline& text, const ParagraphSpec& spec, Shaper& shaper,
                                  DiagnosticSink& sink);

/// The widest unbreakable piece (min) and the unbroken width (max) of a paragraph, in pt; for
/// automatic table column widths.
void measure_paragraph(const model::Inline& text, const ParagraphSpec& spec, Shaper& shaper, double& min_width,
                       double& max_width);

/// Indonesian hyphenation points (byte offsets inside `word` where a hyphen may go).
/// Capitalised and upper-case words (names, titles) have none unless `any_case`: a word wider
/// than its line breaks at its hyphenation points whatever its case.
std::vector<std::size_t> hyphenation_points(std::string_view word, bool any_case = false);

/// Where a line may break in `text` (byte offsets after which a new line may start; the last is
/// the text's end). `icu_only` skips the plain-text shortcut, so tests can compare the two.
std::vector<std::int32_t> line_break_opportunities(const std::string& text, bool icu_only = false);

}  // namespace naskah::text
