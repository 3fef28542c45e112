// SVG writer: paints a laid-out Document as one SVG file, the pages stacked top to bottom.
//
// It paints exactly what the PDF writer paints, from the same boxes: glyphs are the font's own
// outlines (defined once per document, placed with <use> at the positions the layout computed,
// kerning included), so the picture does not depend on the viewer's fonts or text shaping. Each
// word keeps its text in an aria-label, so the preview can be searched and tested. Used by
// `naskah render --format svg` and by the live preview of `naskah serve`.
#pragma once

#include <memory>
#include <string>

#include "core/diagnostic.hpp"
#include "layout/page.hpp"
#include "model/model.hpp"
#include "style/style.hpp"
#include "text/font.hpp"

namespace naskah::render {

struct SvgOptions {
    /// Empty: glyphs as outlines, the file needs nothing else. Otherwise words are <text> in the
    /// font families PREFIX0 … PREFIX3 (the four faces), which the page showing the SVG provides
    /// with @font-face from the same font files: a browser paints text many times faster than
    /// thousands of outlines, which is what the live preview needs. Word positions are still the
    /// layout's; inside a word the browser shapes with the same font (HarfBuzz in Chromium too).
    std::string font_family_prefix;
};

/// Paints pages as layout finishes them, then writes the document.
class SvgWriter : public layout::PageSink {
public:
    SvgWriter(text::Shaper& shaper, DiagnosticSink& sink, SvgOptions options = {});
    ~SvgWriter() override;
    void page(layout::Page&& page) override;
    /// The whole SVG document. False with a diagnostic when an image cannot be read.
    bool finish(std::string& out);
    int pages() const;

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

/// Gap between stacked pages, in points.
inline constexpr double kSvgPageGap = 12;

/// Lays out `decree` in `variant` and writes it as SVG into `out` (`pages` receives the count).
/// Only format and font errors stop it; the drafting checks are not run here.
bool render_svg(const model::Decree& decree, const style::HouseStyle& style, const text::FontSet& fonts, text::Shaper& shaper,
                model::Variant variant, std::string& out, int& pages, DiagnosticSink& sink, const SvgOptions& options = {});

}  // namespace naskah::render
