#include "xml/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <initializer_list>
#include <cerrno>
#include <cstring>

#include "core/limits.hpp"
#include "core/utf8.hpp"

namespace naskah::xml {

SourceText::SourceText(std::string file, std::string text) : file_(std::move(file)), text_(std::move(text))
{
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

SourcePos SourceText::at_offset(std::size_t offset) const
{
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    const std::size_t start = line_starts_[line - 1];
    auto count = [&](std::size_t from, std::size_t to, std::uint32_t column) {
        for (std::size_t i = from; i < to; ++i)
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // count code points
        return column;
    };
    std::uint32_t column = 1;
    if (offset - start < 2 * kStride) {
        column = count(start, offset, 1);
    } else {
        auto& marks = checkpoints_[start];  // marks[k]: column at start + k * kStride
        if (marks.empty()) marks.push_back(1);
        const std::size_t want = (offset - start) / kStride;
        while (marks.size() <= want) {
            const std::size_t k = marks.size();
            marks.push_back(count(start + (k - 1) * kStride, start + k * kStride, marks.back()));
        }
        column = count(start + want * kStride, offset, marks[want]);
    }
    return SourcePos{file_, static_cast<std::uint32_t>(line), column};
}

SourcePos SourceText::of(const pugi::xml_node& node) const
{
    if (!node) return SourcePos{file_, 0, 0};
    std::ptrdiff_t off = node.offset_debug();
    if (off < 0) return SourcePos{file_, 0, 0};
    std::size_t o = static_cast<std::size_t>(off);
    if (node.type() == pugi::node_element && o > 0 && text_[o - 1] == '<') --o;
    if (node.type() == pugi::node_pcdata)  // point at the text, not the whitespace before it
        while (o < text_.size() && std::isspace(static_cast<unsigned char>(text_[o]))) ++o;
    return at_offset(o);
}

SourcePos SourceText::of(const pugi::xml_node& node, const char* attribute) const
{
    std::ptrdiff_t off = node.offset_debug();
    if (off < 0) return of(node);
    const std::size_t start = static_cast<std::size_t>(off);
    // only the start tag is searched: looking for an attribute the element lacks must not scan
    // the rest of the file (1,000 such lookups in 1 MB took 9.5 s)
    const std::size_t end = std::min(text_.find('>', start), text_.size());
    const std::string_view tag(text_.data() + start, end - start);
    const std::size_t len = std::strlen(attribute);
    for (std::size_t q0 = tag.find(attribute); q0 != std::string_view::npos; q0 = tag.find(attribute, q0 + 1)) {
        const std::size_t p = start + q0;
        const bool left_ok = p > 0 && std::isspace(static_cast<unsigned char>(text_[p - 1]));
        std::size_t q = p + len;
        while (q < text_.size() && std::isspace(static_cast<unsigned char>(text_[q]))) ++q;
        if (left_ok && q < text_.size() && text_[q] == '=') return at_offset(p);
    }
    return of(node);
}

bool read_regular_file(const std::string& path, std::size_t limit, std::string& out, std::string& why_id, std::string& why_en)
{
    out.clear();
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        why_id = system_error_text(err, Lang::Id);
        why_en = std::strerror(err);
        return false;
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        const bool dir = S_ISDIR(st.st_mode);
        why_id = dir ? "yang diberikan adalah folder; seharusnya berkas biasa" : "bukan berkas biasa (perangkat atau pipa); seharusnya berkas biasa";
        why_en = dir ? "it is a folder; expected a regular file" : "not a regular file (a device or a pipe); expected a regular file";
        return false;
    }
    auto too_large = [&] {
        why_id = "berkas lebih besar dari batas " + std::to_string(limit >> 20) + " MiB";
        why_en = "the file is larger than the limit of " + std::to_string(limit >> 20) + " MiB";
        ::close(fd);
        out.clear();
        return false;
    };
    if (static_cast<std::uint64_t>(st.st_size) > limit) return too_large();
    // One byte more than the file, so the read that finds its end needs no room of its own:
    // growing to twice the size only to see end-of-file cost a 68 MB decree 68 MB more.
    out.resize(std::min(limit + 1, static_cast<std::size_t>(st.st_size) + 1));
    std::size_t got = 0;
    for (;;) {  // the file may grow or shrink while it is read: read to its end, within the limit
        if (got == out.size()) {
            if (out.size() >= limit + 1) return too_large();
            out.resize(std::min(limit + 1, std::max<std::size_t>(out.size() * 2, 4096)));
        }
        const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            const int err = errno;
            why_id = system_error_text(err, Lang::Id);
            why_en = std::strerror(err);
            ::close(fd);
            out.clear();
            return false;
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (got > limit) return too_large();
    out.resize(got);
    return true;
}

bool read_file(const std::string& path, std::string& out, DiagnosticSink& sink, std::size_t limit)
{
    std::string why_id, why_en;
    if (!read_regular_file(path, limit ? limit : limits::kDecreeBytes, out, why_id, why_en)) {
        sink.error(SourcePos{path, 0, 0}, "E-BACA", "berkas tidak dapat dibaca: " + why_id, "cannot read the file: " + why_en);
        return false;
    }
    return true;
}

namespace {

// Returns the offset of the first byte that is not part of well-formed UTF-8, or npos. Files
// are limited to 128 MiB, well inside U8_NEXT's int32 offsets.
std::size_t find_invalid_utf8(const std::string& s) { return utf8::find_invalid(s); }

// Control characters XML 1.0 forbids; pugixml passes them through.
std::size_t find_forbidden_control(const std::string& s)
{
    // 32 bytes at a time without a branch per byte (the compiler vectorises it); the block with
    // the first bad byte, if any, is searched byte by byte below, so the answer is the same.
    std::size_t i = 0;
    for (; i + 32 <= s.size(); i += 32) {
        unsigned bad = 0;
        for (std::size_t k = 0; k < 32; ++k) {
            const unsigned char c = static_cast<unsigned char>(s[i + k]);
            bad |= static_cast<unsigned>(c < 0x20) & static_cast<unsigned>(c != '\t') & static_cast<unsigned>(c != '\n') &
                   static_cast<unsigned>(c != '\r');
        }
        if (bad) break;
    }
    for (; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return i;
    }
    return std::string::npos;
}

// pugixml describes its errors in English only.
std::string pugi_status_id(pugi::xml_parse_status status, const char* english)
{
    switch (status) {
    case pugi::status_unrecognized_tag: return "jenis tag tidak dapat ditentukan";
    case pugi::status_bad_pi: return "deklarasi dokumen atau instruksi pemrosesan salah";
    case pugi::status_bad_comment: return "komentar salah";
    case pugi::status_bad_cdata: return "bagian CDATA salah";
    case pugi::status_bad_doctype: return "deklarasi jenis dokumen salah";
    case pugi::status_bad_pcdata: return "teks salah";
    case pugi::status_bad_start_element: return "tag pembuka elemen salah";
    case pugi::status_bad_attribute: return "atribut elemen salah";
    case pugi::status_bad_end_element: return "tag penutup elemen salah";
    case pugi::status_end_element_mismatch: return "tag pembuka dan penutup tidak cocok";
    case pugi::status_no_document_element: return "tidak ada elemen dokumen";
    default: return english;
    }
}

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == ':'; }

// The element left open at `end`: a light scan of tags, skipping comments, CDATA, PIs and
// attribute values. Only used to word a syntax error.
struct OpenElement {
    std::string name;
    std::size_t offset = 0;
};

OpenElement innermost_open_element(const std::string& text, std::size_t end)
{
    std::vector<OpenElement> stack;
    std::size_t i = 0;
    while (i < end) {
        const std::size_t lt = text.find('<', i);
        if (lt == std::string::npos || lt >= end) break;
        const char* close = text.compare(lt, 4, "<!--") == 0 ? "-->" : text.compare(lt, 9, "<![CDATA[") == 0 ? "]]>" : text.compare(lt, 2, "<?") == 0 ? "?>" : text.compare(lt, 2, "<!") == 0 ? ">" : nullptr;
        if (close) {
            const std::size_t e = text.find(close, lt + 2);
            if (e == std::string::npos) break;
            i = e + std::strlen(close);
            continue;
        }
        std::size_t j = lt + 1;
        const bool closing = j < text.size() && text[j] == '/';
        if (closing) ++j;
        const std::size_t name_start = j;
        while (j < text.size() && is_name_char(text[j])) ++j;
        const std::string name = text.substr(name_start, j - name_start);
        char quote = 0;
        while (j < text.size() && j < end && (quote || text[j] != '>')) {
            if (quote && text[j] == quote) quote = 0;
            else if (!quote && (text[j] == '"' || text[j] == '\'')) quote = text[j];
            ++j;
        }
        const bool self_closing = j > 0 && j < text.size() && text[j - 1] == '/';
        if (closing) {
            if (!stack.empty() && stack.back().name == name) stack.pop_back();
        } else if (!self_closing && !name.empty()) {
            stack.push_back({name, lt});
        }
        i = j + 1;
    }
    return stack.empty() ? OpenElement{} : stack.back();
}

}  // namespace

bool parse_document(const SourceText& src, pugi::xml_document& doc, DiagnosticSink& sink)
{
    const std::string& text = src.text();
    if (text.size() >= 2 && ((unsigned char)text[0] == 0xFF || (unsigned char)text[0] == 0xFE)) {
        sink.error(src.at_offset(0), "E-XML-KODE", "berkas ini berkode UTF-16; seharusnya UTF-8", "the file is UTF-16; expected UTF-8");
        return false;
    }
    // a document of another kind given where a decree is expected (a new-user trial ran `naskah
    // check SK.docx` and read «invalid UTF-8 at 1:50»): say what it is and what to do with it
    {
        struct Kind {
            std::string_view magic;
            const char* id;
            const char* en;
        };
        static constexpr Kind kinds[] = {
            {"PK\x03\x04", "berkas ini arsip zip (dokumen Word .docx?), bukan naskah XML; dokumen Word diubah dengan: naskah import BERKAS.docx",
             "this file is a zip archive (a Word .docx?), not a naskah XML file; a Word document is converted with: naskah import FILE.docx"},
            {"\xD0\xCF\x11\xE0", "berkas ini dokumen Word lama (.doc), bukan naskah XML; simpan sebagai .docx lalu: naskah import BERKAS.docx",
             "this file is an old Word document (.doc), not a naskah XML file; save it as .docx, then: naskah import FILE.docx"},
            {"%PDF-", "berkas ini PDF, bukan naskah XML; seharusnya berkas naskah (<keputusan> … </keputusan>, docs/format.md)",
             "this file is a PDF, not a naskah XML file; expected a naskah file (<keputusan> … </keputusan>, docs/format.md)"},
        };
        for (const Kind& k : kinds)
            if (text.compare(0, k.magic.size(), k.magic) == 0) {
                sink.error(src.at_offset(0), "E-XML-KODE", k.id, k.en);
                return false;
            }
    }
    // UTF-16 without a byte-order mark: every other byte of the first '<' is a NUL
    if (text.size() >= 2 && ((text[0] == '<' && text[1] == '\0') || (text[0] == '\0' && text[1] == '<'))) {
        sink.error(src.at_offset(0), "E-XML-KODE", "berkas ini berkode UTF-16 (tanpa penanda urutan bita); seharusnya UTF-8",
                   "the file is UTF-16 (without a byte-order mark); expected UTF-8");
        return false;
    }
    if (std::size_t bad = find_invalid_utf8(text); bad != std::string::npos) {
        sink.error(src.at_offset(bad), "E-XML-UTF8", "urutan bita UTF-8 tidak sah; seharusnya berkas berkode UTF-8",
                   "invalid UTF-8 byte sequence; expected the file to be UTF-8 encoded");
        return false;
    }
    if (std::size_t bad = find_forbidden_control(text); bad != std::string::npos) {
        const std::string code_point = "U+00" + std::string(1, "0123456789ABCDEF"[(unsigned char)text[bad] >> 4]) +
                                       std::string(1, "0123456789ABCDEF"[(unsigned char)text[bad] & 15]);
        sink.error(src.at_offset(bad), "E-XML-KENDALI", "karakter kendali " + code_point + " tidak boleh ada dalam XML",
                   "control character " + code_point + " is not allowed in XML");
        return false;
    }
    // DOCTYPE (and with it entity declarations) is refused: it can define entities that expand
    // without bound or refer to files, and no decree needs it.
    for (std::size_t p = text.find("<!"); p != std::string::npos; p = text.find("<!", p + 2)) {
        if (text.compare(p, 9, "<!DOCTYPE") == 0 || text.compare(p, 8, "<!ENTITY") == 0) {
            sink.error(src.at_offset(p), "E-XML-DOCTYPE",
                       "deklarasi DOCTYPE dan entitas tidak diperbolehkan; seharusnya elemen akar <keputusan>",
                       "DOCTYPE and entity declarations are not allowed; expected the root element <keputusan>");
            return false;
        }
        if (text.compare(p, 4, "<!--") == 0) {
            std::size_t end = text.find("-->", p + 4);
            if (end == std::string::npos) break;
            p = end;
        } else if (text.compare(p, 9, "<![CDATA[") == 0) {
            std::size_t end = text.find("]]>", p + 9);
            if (end == std::string::npos) break;
            p = end;
        }
    }
    // Only the five predefined entities and character references exist; pugixml would keep any
    // other "&name;" as literal text, silently.
    // Only an '&' can be reported: without one there is nothing to scan, and between one '<' or
    // '&' and the next the scan jumps (memchr) instead of reading each byte.
    std::size_t next_amp = text.find('&');
    for (std::size_t i = 0; next_amp != std::string::npos && i < text.size(); ++i) {
        if (text[i] != '<' && text[i] != '&') {
            if (next_amp < i) next_amp = text.find('&', i);
            if (next_amp == std::string::npos) break;
            i = std::min(next_amp, text.find('<', i)) - 1;  // both lie after i
            continue;
        }
        // comments, CDATA sections and processing instructions may hold a literal '&'
        if (text[i] == '<') {
            const char* close = text.compare(i, 4, "<!--") == 0 ? "-->" : text.compare(i, 9, "<![CDATA[") == 0 ? "]]>" : text.compare(i, 2, "<?") == 0 ? "?>" : nullptr;
            if (close) {
                const std::size_t end = text.find(close, i + 2);
                if (end == std::string::npos) break;  // the parser reports the unterminated section
                i = end + std::strlen(close) - 1;
            }
            continue;
        }
        if (text[i] != '&') continue;
        std::size_t j = i + 1;
        if (j < text.size() && text[j] == '#') {
            ++j;
            const bool hex = j < text.size() && text[j] == 'x';
            if (hex) ++j;
            const std::size_t digits = j;
            while (j < text.size() && (hex ? std::isxdigit((unsigned char)text[j]) : std::isdigit((unsigned char)text[j]))) ++j;
            if (j == digits || j >= text.size() || text[j] != ';') {
                sink.error(src.at_offset(i), "E-XML-ENTITAS", "rujukan karakter salah bentuk; seharusnya &#NNN; atau &#xHHHH;",
                           "malformed character reference; expected &#NNN; or &#xHHHH;");
                return false;
            }
            unsigned long cp = std::strtoul(text.substr(digits, j - digits).c_str(), nullptr, hex ? 16 : 10);
            if (cp == 0 || (cp < 0x20 && cp != 9 && cp != 10 && cp != 13) || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF ||
                cp == 0xFFFE || cp == 0xFFFF) {
                sink.error(src.at_offset(i), "E-XML-ENTITAS", "rujukan karakter ke karakter yang tidak dapat dimuat XML",
                           "character reference to a character XML cannot carry");
                return false;
            }
            continue;
        }
        while (j < text.size() && is_name_char(text[j])) ++j;
        const std::string name = text.substr(i + 1, j - i - 1);
        const bool terminated = j < text.size() && text[j] == ';';
        if (!terminated || !(name == "lt" || name == "gt" || name == "amp" || name == "quot" || name == "apos")) {
            sink.error(src.at_offset(i), "E-XML-ENTITAS",
                       !terminated ? "tanda '&' yang berdiri sendiri harus ditulis &amp;"
                                   : "entitas '&" + name + ";' tidak dideklarasikan; seharusnya &amp; &lt; &gt; &quot; &apos; atau rujukan karakter",
                       !terminated ? "a bare '&' must be written as &amp;"
                                   : "undeclared entity '&" + name + ";'; expected &amp; &lt; &gt; &quot; &apos; or a character reference");
            return false;
        }
    }

    pugi::xml_parse_result res =
        doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!res) {
        std::string what = std::string("XML syntax error: ") + res.description();
        std::string what_id = "kesalahan sintaks XML: " + pugi_status_id(res.status, res.description());
        std::size_t at = static_cast<std::size_t>(res.offset);
        if (res.status == pugi::status_end_element_mismatch || res.status == pugi::status_bad_end_element ||
            (res.status == pugi::status_end_element_mismatch)) {
            const OpenElement open = innermost_open_element(text, at);
            if (!open.name.empty()) {
                const SourcePos from = src.at_offset(open.offset);
                what = "XML syntax error: expected </" + open.name + "> to close the <" + open.name + "> opened at line " +
                       std::to_string(from.line) + ", column " + std::to_string(from.column);
                what_id = "kesalahan sintaks XML: seharusnya </" + open.name + "> untuk menutup <" + open.name + "> yang dibuka pada baris " +
                          std::to_string(from.line) + ", kolom " + std::to_string(from.column);
            }
            if (at > 1 && text[at - 1] == '/' && text[at - 2] == '<') at -= 2;
        } else if (res.status == pugi::status_no_document_element) {
            const bool blank = text.find_first_not_of(" \t\r\n") == std::string::npos;
            what = blank ? "the file is empty; expected a decree, <keputusan> … </keputusan> (docs/format.md)"
                         : "XML syntax error: no element in the file; expected a decree, <keputusan> … </keputusan> (docs/format.md)";
            what_id = blank ? "berkas kosong; seharusnya berisi keputusan, <keputusan> … </keputusan> (docs/format.md)"
                            : "kesalahan sintaks XML: tidak ada elemen dalam berkas; seharusnya berisi keputusan, <keputusan> … </keputusan> "
                              "(docs/format.md)";
            at = 0;
        } else if (const bool in_tag = res.status == pugi::status_unrecognized_tag || res.status == pugi::status_bad_start_element ||
                                       res.status == pugi::status_bad_attribute;
                   in_tag && (at >= text.size() || text.find('>', at) == std::string::npos)) {
            // a file cut short (a failed copy, a full disk) ends in the middle of a tag
            const std::size_t tag = text.rfind('<', std::min(at, text.size() - 1));
            const OpenElement open = innermost_open_element(text, tag == std::string::npos ? text.size() : tag);
            const std::string name = open.name.empty() ? std::string("…") : open.name;
            what = "XML syntax error: the file ends inside <" + name + ">" + (at < text.size() || tag != std::string::npos ? ", in an unfinished tag" : "") +
                   "; expected the rest of the decree up to </" + name + "> (was the file cut short?)";
            what_id = "kesalahan sintaks XML: berkas berakhir di dalam <" + name + ">" +
                      (at < text.size() || tag != std::string::npos ? ", di tengah tag yang belum selesai" : "") + "; seharusnya sisa naskah sampai </" +
                      name + "> (apakah berkas terpotong?)";
            if (tag != std::string::npos) at = tag;
        } else if (res.status == pugi::status_unrecognized_tag) {
            what += "; expected a tag name, '/', '!' or '?' after '<', and a '<' in text written as &lt;";
            what_id += "; seharusnya nama tag, '/', '!' atau '?' sesudah '<', dan tanda '<' dalam teks ditulis &lt;";
        } else if (res.status == pugi::status_bad_start_element) {
            what += "; expected <name> or <name attribute=\"value\">, and a '<' in text written as &lt;";
            what_id += "; seharusnya <nama> atau <nama atribut=\"nilai\">, dan tanda '<' dalam teks ditulis &lt;";
        } else if (res.status == pugi::status_bad_attribute) {
            what += "; expected attribute=\"value\" (the value in quotes)";
            what_id += "; seharusnya atribut=\"nilai\" (nilai di antara tanda petik)";
        }
        sink.error(src.at_offset(at), "E-XML-SINTAKS", what_id, what);
        return false;
    }
    // The readers and checks walk the tree recursively: a limit on nesting keeps 10,000 nested
    // lists from overflowing the stack. The walk itself is iterative.
    {
        int depth = 0;
        pugi::xml_node n = doc.first_child();
        while (n) {
            if (n.type() == pugi::node_element && depth >= limits::kNestingDepth) {
                const std::string limit = std::to_string(limits::kNestingDepth);
                sink.error(src.of(n), "E-XML-DALAM",
                           "<" + std::string(n.name()) + "> bersarang lebih dari " + limit + " tingkat; seharusnya paling banyak " + limit,
                           "<" + std::string(n.name()) + "> is nested more than " + limit + " levels deep; expected at most " + limit);
                return false;
            }
            if (n.first_child()) {
                n = n.first_child();
                ++depth;
                continue;
            }
            while (n && !n.next_sibling()) {
                n = n.parent();
                --depth;
                if (n == doc) n = pugi::xml_node();
            }
            if (n) n = n.next_sibling();
        }
    }
    return true;
}

std::string collapse_space(std::string_view s)
{
    // written through a pointer (every text of a decree comes through here): a run of
    // whitespace becomes one space, so the result is never longer than `s`
    std::string out(s.size(), '\0');
    char* o = out.data();
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        if (space) *o++ = ' ';
        space = false;
        *o++ = c;
    }
    if (space) *o++ = ' ';
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
}

namespace {

std::size_t one_of_at(std::string_view s, std::size_t at, std::initializer_list<std::string_view> seqs)
{
    for (std::string_view seq : seqs)
        if (s.compare(at, seq.size(), seq) == 0) return seq.size();
    return 0;
}

}  // namespace

std::size_t invisible_at(std::string_view s, std::size_t at)
{
    return one_of_at(s, at, {"\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"});
}

std::size_t unicode_space_at(std::string_view s, std::size_t at) { return one_of_at(s, at, {"\u00A0", "\u202F", "\u2007"}); }

namespace {

// The length of the space-like character at `at` (0: none): ASCII whitespace and the no-break and
// invisible spaces Word pastes.
std::size_t space_at(std::string_view s, std::size_t at)
{
    const unsigned char c = static_cast<unsigned char>(s[at]);
    if (c < 0x80) return std::isspace(c) ? 1 : 0;
    if (const std::size_t n = invisible_at(s, at)) return n;
    return unicode_space_at(s, at);
}

// The same, ending just before `end`.
std::size_t space_before(std::string_view s, std::size_t end)
{
    for (std::size_t n = 1; n <= 3 && n <= end; ++n)
        if (space_at(s, end - n) == n) return n;
    return 0;
}

}  // namespace

std::string trim(std::string_view s)
{
    std::size_t b = 0, e = s.size();
    while (b < e)
        if (const std::size_t n = space_at(s, b)) b += n;
        else break;
    while (e > b)
        if (const std::size_t n = space_before(s, e)) e -= n;
        else break;
    return std::string(s.substr(b, e - b));
}

bool blank(std::string_view s)
{
    std::size_t b = 0;
    while (b < s.size())
        if (const std::size_t n = space_at(s, b)) b += n;
        else return false;
    return true;
}

}  // namespace naskah::xml
