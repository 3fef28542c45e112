// Diagnostics: what naskah tells a drafter about an input, always anchored to file:line:column.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace naskah {

/// A place in an input file. Lines and columns are 1-based; columns count Unicode code points.
struct SourcePos {
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    bool known() const { return line != 0; }
};

enum class Severity { Error, Warning, Note };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourcePos pos;
    std::string code;     ///< stable rule code, e.g. "E-XML-001" or "MENIMBANG-BAHWA"
    std::string message;  ///< what is wrong and what was expected
    std::string hint;     ///< optional fix ("maksud Anda: …?")
};

/// Collects diagnostics; parsing and checking never stop at the first recoverable problem.
class DiagnosticSink {
public:
    void add(Diagnostic d) { items_.push_back(std::move(d)); }
    void error(const SourcePos& pos, std::string code, std::string message, std::string hint = {});
    void warning(const SourcePos& pos, std::string code, std::string message, std::string hint = {});
    bool has_errors() const;
    std::size_t error_count() const;
    std::size_t warning_count() const;
    const std::vector<Diagnostic>& items() const { return items_; }
    std::vector<Diagnostic>& items() { return items_; }
    /// Orders by file, line, column so output reads top to bottom.
    void sort();

private:
    std::vector<Diagnostic> items_;
};

/// Compiler-style line: "file:line:col: error: message [code]".
std::string format_diagnostic(const Diagnostic& d);
/// One JSON object (no trailing newline).
std::string diagnostic_json(const Diagnostic& d);
std::string json_escape(std::string_view s);

/// Thrown for a problem with an input that stops the current document (a syntax error, a
/// missing glyph). Carries a full diagnostic so the CLI can print it like any other.
class InputError : public std::runtime_error {
public:
    explicit InputError(Diagnostic d) : std::runtime_error(d.message), diag(std::move(d)) {}
    Diagnostic diag;
};

}  // namespace naskah
