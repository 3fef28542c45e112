#include "core/diagnostic.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace naskah {

void DiagnosticSink::error(const SourcePos& pos, std::string code, const std::string& id, const std::string& en,
                           const std::string& hint_id, const std::string& hint_en)
{
    count(Severity::Error);
    items_.push_back({Severity::Error, pos, std::move(code), pick(id, en), pick(hint_id, hint_en)});
}

void DiagnosticSink::warning(const SourcePos& pos, std::string code, const std::string& id, const std::string& en,
                             const std::string& hint_id, const std::string& hint_en)
{
    count(Severity::Warning);
    items_.push_back({Severity::Warning, pos, std::move(code), pick(id, en), pick(hint_id, hint_en)});
}

bool parse_lang(const std::string& name, Lang& out)
{
    if (name == "id") out = Lang::Id;
    else if (name == "en") out = Lang::En;
    else return false;
    return true;
}

std::string system_error_text(int err, Lang lang)
{
    if (lang == Lang::Id) {
        switch (err) {
        case ENOENT: return "berkas atau folder tidak ada";
        case EACCES: return "akses ditolak";
        case EPERM: return "tindakan tidak diizinkan";
        case EISDIR: return "yang diberikan adalah folder, bukan berkas";
        case ENOTDIR: return "bagian dari jalurnya bukan folder";
        case ENOSPC: return "ruang disk penuh";
        case EROFS: return "sistem berkas hanya dapat dibaca";
        case EEXIST: return "sudah ada";
        case EIO: return "kesalahan masukan/keluaran";
        case ENAMETOOLONG: return "nama berkas terlalu panjang";
        default: break;
        }
    }
    return std::strerror(err);
}

void DiagnosticSink::count(Severity s) const
{
    if (!counted_) {
        errors_ = warnings_ = 0;
        counted_ = true;
        for (const auto& d : items_) count(d.severity);
    }
    if (s == Severity::Error) ++errors_;
    else if (s == Severity::Warning) ++warnings_;
}

bool DiagnosticSink::has_errors() const { return error_count() > 0; }

std::size_t DiagnosticSink::error_count() const
{
    if (!counted_) {
        counted_ = true;
        errors_ = warnings_ = 0;
        for (const auto& d : items_) count(d.severity);
    }
    return errors_;
}

std::size_t DiagnosticSink::warning_count() const
{
    error_count();
    return warnings_;
}

void DiagnosticSink::sort()
{
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if (a.pos.file != b.pos.file) return a.pos.file < b.pos.file;
        if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
        return a.pos.column < b.pos.column;
    });
}

const char* severity_name(Severity s)
{
    switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
    }
    return "error";
}

namespace {
// A file name may hold a newline or other control characters; printed raw it would split the
// diagnostic line a tool (or a reader) takes as one. They are shown as \n, \t, \xNN.
std::string printable_file_name(const std::string& name)
{
    std::string out;
    for (unsigned char c : name) {
        if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        } else out += static_cast<char>(c);
    }
    return out;
}
}  // namespace

std::string format_diagnostic(const Diagnostic& d)
{
    std::string out = printable_file_name(d.pos.file);
    if (d.pos.known()) out += ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column);
    out += ": ";
    out += severity_name(d.severity);
    out += ": ";
    out += d.message;
    if (!d.code.empty()) out += " [" + d.code + "]";
    if (!d.hint.empty()) out += "\n  " + d.hint;
    return out;
}

}  // namespace naskah
