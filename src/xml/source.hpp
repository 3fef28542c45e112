// Loading XML inputs (decrees and house styles) with positions a drafter can act on.
//
// pugixml reports byte offsets; SourceText maps them to line:column and finds attribute
// positions. The pre-checks here reject what pugixml would accept silently: invalid UTF-8,
// DOCTYPE and entity declarations, references to undeclared entities.
#pragma once

#include <pugixml.hpp>

#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace naskah::xml {

class SourceText {
public:
    SourceText(std::string file, std::string text);
    const std::string& file() const { return file_.str(); }
    const std::string& text() const { return text_; }
    SourcePos at_offset(std::size_t offset) const;
    /// Position of the '<' of an element.
    SourcePos of(const pugi::xml_node& node) const;
    /// Position of an attribute's name inside its element's start tag (the element's if not found).
    SourcePos of(const pugi::xml_node& node, const char* attribute) const;

private:
    FileName file_;
    std::string text_;
    std::vector<std::size_t> line_starts_;
    /// Columns count code points from the line start; on a long line (a whole table written on
    /// one line) the column at every kStride-th byte is kept, so each position costs at most
    /// kStride steps instead of the line's length (200,000 errors on one line took 14.5 s).
    static constexpr std::size_t kStride = 1024;
    mutable std::map<std::size_t, std::vector<std::uint32_t>> checkpoints_;  ///< by line start
};

/// Reads a regular file of at most `limit` bytes (a folder, device or pipe is refused without
/// being opened for long: a FIFO would block forever). On failure `why_id`/`why_en` say why.
bool read_regular_file(const std::string& path, std::size_t limit, std::string& out, std::string& why_id, std::string& why_en);

/// Reads an input file (limits::kDecreeBytes unless told); false with an E-BACA diagnostic at
/// the file itself.
bool read_file(const std::string& path, std::string& out, DiagnosticSink& sink, std::size_t limit = 0);

/// Parses `src` into `doc` after the safety pre-checks. A failure is reported and stops.
bool parse_document(const SourceText& src, pugi::xml_document& doc, DiagnosticSink& sink);

/// Collapses XML whitespace runs to one space (no trimming).
std::string collapse_space(std::string_view s);
/// `s` without the spaces at either end: XML whitespace, and the invisible or no-break spaces a
/// paste from Word brings (U+00A0, U+2007, U+202F, U+200B–U+200D, U+2060, U+FEFF, U+00AD), so a
/// <nomor> of one no-break space is as empty as one of a plain space.
std::string trim(std::string_view s);
/// True when `s` holds nothing but such spaces (or nothing).
bool blank(std::string_view s);
/// The length in bytes of an invisible character at `at` (a soft hyphen, a zero-width space,
/// joiner or non-joiner, a word joiner, a byte-order mark inside text), else 0.
std::size_t invisible_at(std::string_view s, std::size_t at);
/// The length in bytes of a no-break or Unicode space at `at` (U+00A0, U+202F, U+2007), else 0.
std::size_t unicode_space_at(std::string_view s, std::size_t at);

}  // namespace naskah::xml
