// PDF writer: paints a laid-out Document with libharu.
//
// libharu writes the file structure (objects, streams, compression, cross-reference table); the
// page content streams and the fonts are built here, below libharu's convenience layer: glyph
// ids go straight into the content streams, fonts are HarfBuzz subsets of exactly the glyphs
// used, and the ToUnicode maps are written here because libharu 2.3's are malformed.
#pragma once

#include <memory>
#include <string>

#include "core/diagnostic.hpp"
#include "layout/page.hpp"
#include "text/font.hpp"

namespace naskah::render {

/// Paints pages as layout finishes them (a layout::PageSink), then writes the file. `shaper`
/// must be the one the layout uses: its cache already holds every word.
class PdfWriter : public layout::PageSink {
public:
    PdfWriter(text::Shaper& shaper, DiagnosticSink& sink);
    ~PdfWriter() override;
    void page(layout::Page&& page) override;
    /// Fonts, signature fields and document information (from `info`), then the bytes.
    bool finish(const layout::Document& info, std::string& out);

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

/// Writes `doc` (all pages in memory) as PDF bytes into `out`. `shaper` must be the one the layout used (its cache
/// already holds every word). Returns false with a diagnostic when libharu fails.
bool write_pdf(const layout::Document& doc, text::Shaper& shaper, std::string& out, DiagnosticSink& sink);

}  // namespace naskah::render
