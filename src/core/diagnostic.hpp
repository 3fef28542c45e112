// Diagnostics: what naskah tells a drafter about an input, always anchored to file:line:column.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace naskah {

/// An input file's name, shared by every position in that file: a 201,400-row work plan holds
/// millions of positions, and a std::string copy each (a temporary folder's path is longer than
/// the short-string buffer) cost tens of MiB. Reads as a const std::string&.
class FileName {
public:
    FileName() = default;
    FileName(std::string name) : name_(name.empty() ? nullptr : std::make_shared<const std::string>(std::move(name))) {}
    FileName(const char* name) : FileName(std::string(name)) {}
    const std::string& str() const { return name_ ? *name_ : empty_string(); }
    operator const std::string&() const { return str(); }
    bool empty() const { return !name_; }
    const char* c_str() const { return str().c_str(); }
    friend bool operator==(const FileName& a, const FileName& b) { return a.name_ == b.name_ || a.str() == b.str(); }
    friend bool operator<(const FileName& a, const FileName& b) { return a.str() < b.str(); }
    friend std::ostream& operator<<(std::ostream& os, const FileName& f) { return os << f.str(); }

private:
    static const std::string& empty_string()
    {
        static const std::string empty;
        return empty;
    }
    std::shared_ptr<const std::string> name_;
};

/// A place in an input file. Lines and columns are 1-based; columns count Unicode code points.
struct SourcePos {
    FileName file;
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

/// Language of the messages a drafter reads (`--lang`); Indonesian unless asked otherwise.
enum class Lang { Id, En };

/// Parses "id" or "en"; false for anything else.
bool parse_lang(const std::string& name, Lang& out);

/// The operating system's reason for a failed file operation (an errno value), in `lang`: the C
/// library only speaks English, so the reasons a drafter meets most are worded here.
std::string system_error_text(int err, Lang lang);

/// Collects diagnostics; parsing and checking never stop at the first recoverable problem.
class DiagnosticSink {
public:
    DiagnosticSink() = default;
    explicit DiagnosticSink(Lang lang) : lang_(lang) {}

    void add(Diagnostic d)
    {
        count(d.severity);
        items_.push_back(std::move(d));
    }
    /// Every message is given in Indonesian and English; the sink keeps the one in its language.
    /// (There is deliberately no one-text form: a message written in one language only would not compile.)
    void error(const SourcePos& pos, std::string code, const std::string& id, const std::string& en, const std::string& hint_id = {},
               const std::string& hint_en = {});
    void warning(const SourcePos& pos, std::string code, const std::string& id, const std::string& en, const std::string& hint_id = {},
                 const std::string& hint_en = {});

    Lang lang() const { return lang_; }
    void set_lang(Lang lang) { lang_ = lang; }
    bool english() const { return lang_ == Lang::En; }
    /// The text in the sink's language.
    const std::string& pick(const std::string& id, const std::string& en) const { return english() ? en : id; }
    bool has_errors() const;
    std::size_t error_count() const;
    std::size_t warning_count() const;
    const std::vector<Diagnostic>& items() const { return items_; }
    /// Mutable access: the counts are taken again on the next question (callers may move items out).
    std::vector<Diagnostic>& items()
    {
        counted_ = false;
        return items_;
    }
    /// Orders by file, line, column so output reads top to bottom.
    void sort();

private:
    void count(Severity s) const;
    // Counted as items arrive: asking after every one of 200,000 errors must not rescan them all.
    std::vector<Diagnostic> items_;
    mutable std::size_t errors_ = 0, warnings_ = 0;
    mutable bool counted_ = true;
    Lang lang_ = Lang::Id;
};

/// Compiler-style line: "file:line:col: error: message [code]".
std::string format_diagnostic(const Diagnostic& d);
/// "error", "warning" or "note".
const char* severity_name(Severity s);

}  // namespace naskah
