// PDF writer: paints a laid-out Document with libharu.
//
// libharu writes the file structure (objects, streams, compression, cross-reference table); the
// page content streams and the fonts are built here, below libharu's convenience layer: glyph
// ids go straight into the content streams, fonts are HarfBuzz subsets of exactly the glyphs
// used, and the ToUnicode maps are written here because libharu 2.3's are malformed.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "layout/page.hpp"
#include "text/font.hpp"

namespace naskah::render {

/// Font programs already subset and deflated, by font and glyph set. Decrees in one house style
/// use nearly the same glyphs, and subsetting and deflating the four faces again for each was a
/// tenth of a batch render. The bytes are a function of the key alone, so a document is the same
/// whether its fonts came from here or not. Shared by threads; holds at most kEntries programs.
class FontProgramCache {
public:
    struct Program {
        std::string deflated;
        std::size_t length = 0;  ///< the font file's own size (/Length1)
    };
    using Key = std::pair<const text::Font*, std::vector<std::uint16_t>>;
    std::shared_ptr<const Program> find(const Key& key);
    void store(Key key, std::shared_ptr<const Program> program);
    static constexpr std::size_t kEntries = 64;
    /// A face's ToUnicode CMap deflated, by the CMap's text (the same glyphs standing for the same
    /// text give the same CMap, decree after decree): null when not kept.
    std::shared_ptr<const std::string> find_cmap(const std::string& cmap);
    void store_cmap(std::string cmap, std::shared_ptr<const std::string> deflated);

private:
    std::mutex mutex_;
    std::map<Key, std::shared_ptr<const Program>> programs_;
    std::map<std::string, std::shared_ptr<const std::string>> cmaps_;
};

/// Paints pages as layout finishes them (a layout::PageSink), then writes the file. `shaper`
/// must be the one the layout uses: its cache already holds every word.
class PdfWriter : public layout::PageSink {
public:
    /// `fonts` (optional) keeps the embedded font programs for the documents that follow.
    PdfWriter(text::Shaper& shaper, DiagnosticSink& sink, FontProgramCache* fonts = nullptr);
    ~PdfWriter() override;
    void page(layout::Page&& page) override;
    /// Where the file's bytes go as libharu writes them, piece by piece (false: cannot be written).
    using ByteSink = std::function<bool(std::string_view)>;
    /// Fonts, signature fields and document information (from `info`), then the bytes, handed to
    /// `write` as they are made; libharu's document is freed before this returns. Once only.
    bool finish(const layout::Document& info, const ByteSink& write);
    /// The same, appending the bytes to `out`.
    bool finish(const layout::Document& info, std::string& out);

private:
    class Impl;
    std::unique_ptr<Impl> impl_;
};

/// Writes `doc` (all pages in memory) as PDF bytes into `out`. `shaper` must be the one the layout used (its cache
/// already holds every word). Returns false with a diagnostic when libharu fails.
bool write_pdf(const layout::Document& doc, text::Shaper& shaper, std::string& out, DiagnosticSink& sink);

}  // namespace naskah::render
