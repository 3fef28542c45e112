// Fonts and shaping. Glyph metrics and kerning come from the font files through HarfBuzz.
//
// A Font is immutable once loaded and may be shared between threads; shaping results are
// cached in a Shaper, which belongs to one thread (batch gives each worker its own).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.hpp"
#include "style/style.hpp"

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;
struct hb_buffer_t;

namespace naskah::text {

class Font {
public:
    ~Font();
    Font(const Font&) = delete;
    Font& operator=(const Font&) = delete;

    /// Loads a TrueType file; returns null with a diagnostic when it cannot.
    static std::unique_ptr<Font> load(const std::string& path, DiagnosticSink& sink);

    const std::string& path() const { return path_; }
    const std::string& bytes() const { return bytes_; }
    const std::string& postscript_name() const { return ps_name_; }
    hb_face_t* face() const { return face_; }
    hb_font_t* font() const { return font_; }
    int units_per_em() const { return upem_; }
    int ascender() const { return ascender_; }    ///< font units, positive
    int descender() const { return descender_; }  ///< font units, negative
    int cap_height() const { return cap_height_; }
    int italic_angle() const { return italic_angle_; }
    int bbox[4] = {0, 0, 0, 0};
    /// Nominal advance of a glyph (font units), the width a PDF viewer assumes.
    int advance(std::uint32_t gid) const { return gid < advances_.size() ? advances_[gid] : 0; }
    bool has_codepoint(char32_t cp) const
    {
        return cp < kBmp ? (bmp_[cp >> 6] >> (cp & 63)) & 1 : has_codepoint_outside_bmp(cp);
    }
    std::size_t glyph_count() const { return advances_.size(); }
    /// Whether text holding `cp` can be set in this font: it has the character, or HarfBuzz sets
    /// it without a glyph of its own — an invisible one (zero-width space, word joiner, a
    /// byte-order mark inside text: Unicode's default-ignorable code points, hidden at zero width)
    /// or a space (U+2007, U+202F …: the font's space at that space's width). Word pastes them
    /// into decrees; a new-user trial saw each stop the render as a missing glyph.
    bool sets(char32_t cp) const { return has_codepoint(cp) || set_without_glyph(cp); }

private:
    Font() = default;
    bool has_codepoint_outside_bmp(char32_t cp) const;
    bool set_without_glyph(char32_t cp) const;
    // Both asked for every character and glyph of every document: read once from the font's
    // cmap and hmtx here instead of through HarfBuzz's per-call lookups.
    static constexpr char32_t kBmp = 0x10000;
    std::vector<std::uint64_t> bmp_ = std::vector<std::uint64_t>(kBmp / 64);
    std::vector<std::int32_t> advances_;
    std::string path_;
    std::string bytes_;
    std::string ps_name_;
    hb_blob_t* blob_ = nullptr;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    int upem_ = 1000;
    int ascender_ = 800, descender_ = -200, cap_height_ = 700, italic_angle_ = 0;
};

/// The four faces of the house style's family, indexed by model::StyleFlags & (kItalic|kBold).
class FontSet {
public:
    /// Loads the style's font files from data_dir()/fonts/. Returns null with diagnostics.
    static std::unique_ptr<FontSet> load(const style::HouseStyle& style, DiagnosticSink& sink);
    const Font& face(std::uint8_t style_flags) const { return *faces_[style_flags & 3]; }
    const Font& at(int index) const { return *faces_[index]; }
    static constexpr int kFaces = 4;

private:
    std::unique_ptr<Font> faces_[kFaces];
};

/// A shaped piece of text in one face: glyph ids and their advances (font units, kerning
/// applied), with the text each glyph stands for so the PDF can map glyphs back to Unicode.
struct ShapedText {
    std::vector<std::uint16_t> glyphs;
    std::vector<std::int32_t> advances;
    std::vector<std::uint32_t> clusters;  ///< byte offset of each glyph's text in the input
    std::int32_t width = 0;               ///< sum of advances
    char32_t missing = 0;                 ///< first character the font lacks, or 0
    std::size_t missing_offset = 0;       ///< its byte offset
};

struct ParagraphMemo;  // text/paragraph.cpp

/// Shapes words with a per-thread cache: decrees repeat the same words many times. It also
/// carries the paragraph breaker's memo (paragraph.cpp), so both live and restart together.
class Shaper {
public:
    explicit Shaper(const FontSet& fonts);
    ~Shaper();
    Shaper(const Shaper&) = delete;
    Shaper& operator=(const Shaper&) = delete;

    const FontSet& fonts() const { return fonts_; }
    /// Shapes `text` in face `face_index` (0..3). The reference stays valid until the Shaper dies.
    const ShapedText& shape(int face_index, std::string_view text);
    /// Width in points of `text` at `size` pt.
    double width(int face_index, std::string_view text, double size);
    std::shared_ptr<ParagraphMemo>& paragraph_memo() { return paragraph_memo_; }

private:
    const FontSet& fonts_;
    hb_buffer_t* buffer_;
    // Spaces, hyphens and single letters are asked for at every word break: no hashing for them.
    const ShapedText* ascii_[FontSet::kFaces][128] = {};
    std::shared_ptr<ParagraphMemo> paragraph_memo_;
    // Looked up by string_view without building a std::string per word.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, ShapedText, Hash, std::equal_to<>> cache_[FontSet::kFaces];
};

/// Decodes one UTF-8 code point at `i`, advancing `i`.
char32_t next_codepoint(std::string_view s, std::size_t& i);

/// What to say of a character no font has when it is a symbol-font character from a word
/// processor (Word's Symbol or Wingdings bullets live in the Private Use Area, U+F000–U+F0FF):
/// a sentence in the message's language naming what it stands for, or "" for any other character.
std::string private_use_hint(char32_t cp, bool english);

}  // namespace naskah::text
