// Loading XML inputs (decrees and house styles) with positions a drafter can act on.
//
// pugixml reports byte offsets; SourceText maps them to line:column and finds attribute
// positions. The pre-checks here reject what pugixml would accept silently: invalid UTF-8,
// DOCTYPE and entity declarations, references to undeclared entities.
#pragma once

#include <pugixml.hpp>

#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace naskah::xml {

class SourceText {
public:
    SourceText(std::string file, std::string text);
    const std::string& file() const { return file_; }
    const std::string& text() const { return text_; }
    SourcePos at_offset(std::size_t offset) const;
    /// Position of the '<' of an element.
    SourcePos of(const pugi::xml_node& node) const;
    /// Position of an attribute's name inside its element's start tag (the element's if not found).
    SourcePos of(const pugi::xml_node& node, const char* attribute) const;

private:
    std::string file_;
    std::string text_;
    std::vector<std::size_t> line_starts_;
};

/// Reads a file; returns false with a diagnostic if it cannot be read.
bool read_file(const std::string& path, std::string& out, DiagnosticSink& sink);

/// Parses `src` into `doc` after the safety pre-checks. A failure is reported and stops.
bool parse_document(const SourceText& src, pugi::xml_document& doc, DiagnosticSink& sink);

/// Collapses XML whitespace runs to one space (no trimming).
std::string collapse_space(std::string_view s);
std::string trim(std::string_view s);

}  // namespace naskah::xml
