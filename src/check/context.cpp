#include "check/context.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <unordered_map>

#include "check/text_util.hpp"
#include "xml/source.hpp"

namespace naskah::check {

using namespace naskah::model;

std::uint8_t Text::style_at(std::size_t offset) const
{
    for (const auto& seg : segs)
        if (offset >= seg.begin && offset < seg.end) return seg.style;
    return 0;
}

namespace {

// What Word pastes into text that reads as nothing (xml::invisible_at: a soft hyphen, a
// zero-width space …) and the spaces that read as a space (xml::unicode_space_at: no-break, narrow
// no-break, figure): the rules see «ber­laku» as «berlaku» and «Nomor 3» with a no-break space as
// «Nomor 3» (a new-user trial got EJAAN «ber» for the first, its one-click fix corrupting the
// word, and the citation unrecognised for the second). Context::walk skips them in the source.
void append_checked(std::string& out, std::string_view text)
{
    // each of them starts with 0xC2, 0xE2 or 0xEF: the bytes between are copied a run at a time
    // (this reads every text of the decree: a byte-wise find_first_of cost 3 % of a check)
    std::size_t run = 0;
    // most of a decree is ASCII: eight bytes at a time up to the first that is not
    std::size_t i = 0;
    for (std::uint64_t word; i + 8 <= text.size(); i += 8) {
        std::memcpy(&word, text.data() + i, 8);
        if (word & 0x8080808080808080ull) break;
    }
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c != 0xC2 && c != 0xE2 && c != 0xEF) {
            ++i;
            continue;
        }
        const std::size_t gone = xml::invisible_at(text, i), space = gone ? 0 : xml::unicode_space_at(text, i);
        if (!gone && !space) {
            ++i;
            continue;
        }
        out.append(text.substr(run, i - run));
        if (space) out += ' ';
        i += gone + space;
        run = i;
    }
    out.append(text.substr(run));
}

}  // namespace

Text make_text(const Inline& in)
{
    Text t;
    t.pos = in.pos;
    for (const auto& span : in.spans) {
        if (span.line_break) {
            if (!t.s.empty() && t.s.back() != ' ') t.s += ' ';
            continue;
        }
        if (span.text.empty()) continue;
        Text::Seg seg;
        seg.begin = t.s.size();
        append_checked(t.s, span.text);
        seg.end = t.s.size();
        seg.pos = span.pos;
        seg.style = span.style;
        t.segs.push_back(seg);
    }
    if (!t.pos.known() && !t.segs.empty()) t.pos = t.segs.front().pos;
    return t;
}

Text make_text(std::string s, const SourcePos& pos, Anchor anchor)
{
    Text t;
    t.pos = pos;
    t.s = std::move(s);
    t.segs.push_back({0, t.s.size(), pos, anchor, 0});
    return t;
}

const Inline* first_paragraph(const std::vector<Block>& blocks)
{
    for (const auto& b : blocks) {
        if (!b.is_list) return &b.paragraph;
        for (const auto& it : b.list.items)
            if (const Inline* p = first_paragraph(it.blocks)) return p;
    }
    return nullptr;
}

const Inline* last_paragraph(const std::vector<Block>& blocks)
{
    for (auto b = blocks.rbegin(); b != blocks.rend(); ++b) {
        if (!b->is_list) return &b->paragraph;
        for (auto it = b->list.items.rbegin(); it != b->list.items.rend(); ++it)
            if (const Inline* p = last_paragraph(it->blocks)) return p;
    }
    return nullptr;
}

std::string blocks_plain(const std::vector<Block>& blocks)
{
    std::string out;
    for (const auto& b : blocks) {
        std::string part;
        if (!b.is_list) append_checked(part, b.paragraph.plain());  // as the rules read it (make_text)
        else
            for (const auto& it : b.list.items) {
                const std::string sub = blocks_plain(it.blocks);
                if (!part.empty() && !sub.empty()) part += ' ';
                part += sub;
            }
        if (!out.empty() && !part.empty()) out += ' ';
        out += part;
    }
    return out;
}

namespace {

// A house style named by the file is loaded once per process; batch runs many files of one style.
const style::HouseStyle* named_style(const std::string& name)
{
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<style::HouseStyle>> cache;
    const std::string key = style::data_dir() + "\n" + name;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(key);
    if (it == cache.end()) {
        auto s = std::make_unique<style::HouseStyle>();
        DiagnosticSink ignored;  // the renderer reports a broken style; checks fall back to defaults
        if (!style::load_style(name, *s, ignored)) s.reset();
        it = cache.emplace(key, std::move(s)).first;
    }
    return it->second.get();
}

const RuleInfo* find_rule(std::string_view code)
{
    static const std::unordered_map<std::string_view, const RuleInfo*> index = [] {
        std::unordered_map<std::string_view, const RuleInfo*> m;
        for (const auto& r : rule_catalogue()) m.emplace(r.code, &r);
        return m;
    }();
    auto it = index.find(code);
    return it == index.end() ? nullptr : it->second;
}

constexpr bool raw_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The bytes an XML entity reference stands for; empty if `raw` at `r` is not one.
std::string decode_entity(const std::string& raw, std::size_t r, std::size_t& after)
{
    const std::size_t semi = raw.find(';', r);
    if (semi == std::string::npos || semi - r > 12) return {};
    const std::string name = raw.substr(r + 1, semi - r - 1);
    after = semi + 1;
    if (name == "amp") return "&";
    if (name == "lt") return "<";
    if (name == "gt") return ">";
    if (name == "quot") return "\"";
    if (name == "apos") return "'";
    if (name.size() > 1 && name[0] == '#') {
        char32_t cp = 0;
        try {
            cp = static_cast<char32_t>(name[1] == 'x' || name[1] == 'X' ? std::stoul(name.substr(2), nullptr, 16)
                                                                         : std::stoul(name.substr(1), nullptr, 10));
        } catch (...) {
            return {};
        }
        std::string out;
        text::append_utf8(out, cp);
        return out;
    }
    return {};
}

}  // namespace

Context::Context(const Decree& d, const CheckOptions& opt, DiagnosticSink& sink)
    : decree(d), options(opt), style(opt.style), english(opt.lang == "en"), sink_(sink),
      raw_(opt.source_text ? *opt.source_text : own_raw_)
{
    if (!style && !d.layout_name.empty()) style = named_style(d.layout_name);
    auto add = [&](const std::string& code) {
        if (code.empty()) return;
        if (code.back() == '*') disabled_prefix_.push_back(code.substr(0, code.size() - 1));
        else disabled_exact_.push_back(code);
    };
    for (const auto& c : opt.disabled) add(c);
    for (const auto& c : d.disabled_checks) add(c);
    if (style) {
        std::istringstream in(style->disabled_checks);
        for (std::string c; in >> c;) add(c);
    }

    if (opt.source_text) {
        // the caller's copy is read in place (it outlives the checks): no second copy of the file a decree
    } else if (!d.source_file.empty()) {
        // one buffer of the file's size: a stream's growing copies touched three times the pages
        std::ifstream in(d.source_file, std::ios::binary | std::ios::ate);
        if (in) {
            const std::streamoff size = in.tellg();
            in.seekg(0);
            if (size > 0) {
                own_raw_.resize(static_cast<std::size_t>(size));
                if (!in.read(own_raw_.data(), size)) own_raw_.resize(static_cast<std::size_t>(std::max<std::streamoff>(in.gcount(), 0)));
            } else if (size < 0) {  // not seekable (a pipe): read as it comes
                in.clear();
                std::ostringstream ss;
                ss << in.rdbuf();
                own_raw_ = ss.str();
            }
        }
    }
    line_starts_.reserve(raw_.size() / 32 + 1);
    line_starts_.push_back(0);
    for (const char* p = raw_.data(), *end = p + raw_.size(); (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));)
        line_starts_.push_back(static_cast<std::size_t>(++p - raw_.data()));
}

bool Context::enabled(std::string_view code) const
{
    for (const auto& c : disabled_exact_)
        if (c == code) return false;
    for (const auto& p : disabled_prefix_)
        if (code.substr(0, p.size()) == p) return false;
    return true;
}

void Context::report(std::string_view code, const SourcePos& pos, const std::string& id, const std::string& en,
                     const std::string& hint_id, const std::string& hint_en)
{
    const RuleInfo* rule = find_rule(code);
    emit(code, rule ? rule->severity : Severity::Warning, pos, id, en, hint_id, hint_en);
}

void Context::report_warning(std::string_view code, const SourcePos& pos, const std::string& id, const std::string& en,
                             const std::string& hint_id, const std::string& hint_en)
{
    emit(code, Severity::Warning, pos, id, en, hint_id, hint_en);
}

void Context::emit(std::string_view code, Severity severity, const SourcePos& pos, const std::string& id, const std::string& en,
                   const std::string& hint_id, const std::string& hint_en)
{
    if (!enabled(code)) return;
    Diagnostic diag;
    diag.severity = severity;
    diag.pos = pos;
    if (diag.pos.file.empty()) diag.pos.file = decree.source_file;
    diag.code = std::string(code);
    diag.message = english ? en : id;
    diag.hint = english ? hint_en : hint_id;
    sink_.add(std::move(diag));
}

void Context::report_suggest(std::string_view code, const SourcePos& pos, const std::string& id, const std::string& en,
                             const std::vector<std::string>& suggestions)
{
    std::string list;
    for (const auto& s : suggestions) list += (list.empty() ? "" : ", ") + s;
    if (list.empty()) report(code, pos, id, en);
    else report(code, pos, id, en, "maksud Anda: " + list + "?", "did you mean: " + list + "?");
}

SourcePos Context::pos_of_raw(std::size_t offset, const std::string& file) const
{
    offset = std::min(offset, raw_.size());
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line = static_cast<std::size_t>(it - line_starts_.begin());
    std::uint32_t column = 1;
    for (std::size_t i = line_starts_[line - 1]; i < offset; ++i)
        if ((static_cast<unsigned char>(raw_[i]) & 0xC0) != 0x80) ++column;
    return SourcePos{file, static_cast<std::uint32_t>(line), column};
}

SourcePos Context::attribute_pos(const SourcePos& element, const std::string& name) const
{
    Text probe = make_text(std::string(), element, Anchor::TextNode);
    const std::size_t r = seg_start(probe.segs.front());
    if (r == std::string::npos) return element;
    const std::size_t gt = raw_.find('>', r);
    // searched up to the tag's '>' only: "name=" holds no '>', so a match that starts before it
    // ends before it, and an element without the attribute no longer costs a scan of the whole file
    const std::string key = name + "=";
    const std::string_view tag = std::string_view(raw_).substr(0, gt);
    for (std::size_t p = tag.find(key, r); p != std::string_view::npos; p = tag.find(key, p + 1))
        if (p > 0 && raw_space(raw_[p - 1])) return pos_of_raw(p, element.file);
    return element;
}

std::size_t Context::seg_start(const Text::Seg& seg) const
{
    if (raw_.empty() || !seg.pos.known() || seg.pos.line > line_starts_.size()) return std::string::npos;
    std::size_t r = line_starts_[seg.pos.line - 1];
    for (std::uint32_t col = 1; col < seg.pos.column && r < raw_.size() && raw_[r] != '\n';) {
        ++r;
        if (r >= raw_.size() || (static_cast<unsigned char>(raw_[r]) & 0xC0) != 0x80) ++col;
    }
    switch (seg.anchor) {
    case Anchor::TextNode: break;
    case Anchor::ElementContent: {
        const std::size_t gt = raw_.find('>', r);
        if (gt == std::string::npos) return std::string::npos;
        r = gt + 1;
        break;
    }
    case Anchor::Attribute: {
        std::size_t eq = raw_.find('=', r);
        if (eq == std::string::npos) return std::string::npos;
        r = eq + 1;
        while (r < raw_.size() && raw_space(raw_[r])) ++r;
        if (r >= raw_.size() || (raw_[r] != '"' && raw_[r] != '\'')) return std::string::npos;
        ++r;
        break;
    }
    }
    return r;
}

std::size_t Context::walk(const Text& t, const Text::Seg& seg, std::size_t target, const WhitespaceFn* ws) const
{
    std::size_t r = seg_start(seg);
    if (r == std::string::npos) return r;
    const std::string& s = t.s;
    std::size_t k = seg.begin;
    const std::size_t stop = std::min(target, seg.end);
    const std::size_t n = raw_.size();
    const char* const raw = raw_.data();
    // the bytes that are neither XML whitespace nor start an entity or a tag, as a table
    static constexpr auto kPlain = [] {
        std::array<bool, 256> table{};
        for (int c = 0; c < 256; ++c) table[static_cast<std::size_t>(c)] = !raw_space(static_cast<char>(c)) && c != '&' && c != '<';
        return table;
    }();
    while (k < stop && r < n) {
        // a stretch of ordinary bytes compared in a tight loop (this walks every paragraph for
        // SPASI-GANDA: most of a decree's bytes), bounded once by what is left of both
        {
            const std::size_t room = std::min(stop - k, n - r);
            const char* const text = s.data() + k;
            const char* const from = raw + r;
            std::size_t j = 0;
            while (j < room && kPlain[static_cast<unsigned char>(from[j])]) {
                if (from[j] != text[j]) break;  // a character the text dropped or read as a space, below
                ++j;
            }
            r += j;
            k += j;
        }
        if (k >= stop || r >= n) break;
        const char rc = raw_[r];
        if (raw_space(rc)) {
            std::size_t e = r;
            while (e < raw_.size() && raw_space(raw_[e])) ++e;
            if (s[k] == ' ') {
                if (ws) (*ws)(r, e - r, k);
                ++k;
            }
            r = e;
            continue;
        }
        if (rc == '&') {
            std::size_t after = r;
            const std::string d = decode_entity(raw_, r, after);
            if (!d.empty() && xml::invisible_at(d, 0) == d.size()) {  // &#xAD; &#x200B; …: dropped from the text
                r = after;
                continue;
            }
            if (!d.empty() && xml::unicode_space_at(d, 0) == d.size() && s[k] == ' ') {  // &#xA0;: read as a space
                r = after;
                ++k;
                continue;
            }
            if (d.empty() || s.compare(k, d.size(), d) != 0) return std::string::npos;
            k += d.size();
            r = after;
            continue;
        }
        if (rc == '<') {
            // comments and CDATA markers inside an element's text are not part of the text
            if (raw_.compare(r, 4, "<!--") == 0) {
                const std::size_t e = raw_.find("-->", r);
                if (e == std::string::npos) return std::string::npos;
                r = e + 3;
                continue;
            }
            if (raw_.compare(r, 9, "<![CDATA[") == 0) {
                r += 9;
                continue;
            }
            if (raw_.compare(r, 3, "]]>") == 0) {
                r += 3;
                continue;
            }
            return std::string::npos;
        }
        if (rc != s[k]) {
            // the bytes matched up to a character's middle (U+200B and «–» share two): back to its start
            while (r > 0 && k > 0 && (static_cast<unsigned char>(raw_[r]) & 0xC0) == 0x80 && raw_[r - 1] == s[k - 1]) {
                --r;
                --k;
            }
            if (const std::size_t gone = xml::invisible_at(raw_, r)) {
                r += gone;
                continue;
            }
            if (const std::size_t space = xml::unicode_space_at(raw_, r); space && s[k] == ' ') {
                r += space;
                ++k;
                continue;
            }
            return std::string::npos;
        }
        ++r;
        ++k;
    }
    // land on the character itself, not on the whitespace the text dropped before it
    if (target != std::string::npos && k < s.size() && s[k] != ' ')
        while (r < raw_.size() && raw_space(raw_[r])) ++r;
    return r;
}

SourcePos Context::at(const Text& t, std::size_t offset) const
{
    if (t.segs.empty()) return t.pos;
    const Text::Seg* seg = nullptr;
    for (const auto& sg : t.segs)
        if (offset >= sg.begin && offset < sg.end) {
            seg = &sg;
            break;
        }
    if (!seg) {
        // a line break's space or the end of the text: the nearest segment after, else before
        for (const auto& sg : t.segs)
            if (sg.begin >= offset) {
                seg = &sg;
                offset = sg.begin;
                break;
            }
        if (!seg) seg = &t.segs.back();
    }
    const std::size_t r = walk(t, *seg, offset, nullptr);
    if (r == std::string::npos) return seg->pos.known() ? seg->pos : t.pos;
    return pos_of_raw(r, seg->pos.file.empty() ? decree.source_file : seg->pos.file.str());
}

// ---- every paragraph of the decree ---------------------------------------------------------------

namespace {

// How a list item's own paragraph ends: ';' (also "; dan", "; atau", "; dan/atau"), '.', ':', ',', 'w'
// (a word, a number or a closing bracket: no mark at all), or 0 (another mark).
char item_end(const std::string& s)
{
    std::size_t e = s.find_last_not_of(' ');
    if (e == std::string::npos) return 0;
    // a closing quote ends an amendment's quoted text: the mark before it ends the item
    // ("… disingkat BMG.”", Keputusan Presiden 11/2004)
    for (bool again = true; again && e > 0;) {
        again = false;
        if (s[e] == '"' || s[e] == '\'') {
            --e;
            again = true;
        } else if (e >= 2 && (s.compare(e - 2, 3, "\u201D") == 0 || s.compare(e - 2, 3, "\u2019") == 0)) {
            if (e < 3) return 0;
            e -= 3;
            again = true;
        }
        while (again && e > 0 && s[e] == ' ') --e;
    }
    if (s[e] == ';' || s[e] == '.' || s[e] == ':' || s[e] == ',') return s[e];
    // "…;dan" with no space after the semicolon (Peraturan Bupati Majene 13/2022) ends the same way:
    // the space is SPASI-TANDA's to report, not a missing mark
    for (const char* tail : {"; dan", "; atau", "; dan/atau", ";dan", ";atau", ";dan/atau"}) {
        const std::size_t n = std::char_traits<char>::length(tail);
        if (e + 1 >= n && s.compare(e + 1 - n, n, tail) == 0) return ';';
    }
    const unsigned char c = static_cast<unsigned char>(s[e]);
    if (std::isalnum(c) || c == ')' || c >= 0x80) return 'w';
    return 0;
}

// Whether an item that ends with ":" announces items of its own: after a lead-in word ("…
// berdasarkan:", "… meliputi:") the items after it are its sub-items typed flat, and an item that
// holds a sentence's end ("… daerah. (2) Penjualan … dilaksanakan oleh:") is an ayat joined to it
// (both seen in the PDF extraction of signed PP texts, tools/scale); neither is a slip of its mark.
bool announces(const std::string& s)
{
    if (s.find(". ") != std::string::npos) return true;
    std::size_t e = s.find_last_not_of(' ');
    if (e == std::string::npos || s[e] != ':') return true;
    e = s.find_last_not_of(' ', e == 0 ? 0 : e - 1);
    if (e == std::string::npos) return true;
    const std::size_t b = s.find_last_of(' ', e);
    const std::string word = s.substr(b == std::string::npos ? 0 : b + 1, e + 1 - (b == std::string::npos ? 0 : b + 1));
    static const std::set<std::string> lead = {"meliputi", "berdasarkan", "atas", "dari", "dengan", "oleh", "yaitu", "yakni",
                                               "adalah", "berikut", "lain", "mencakup", "termasuk", "terhadap", "untuk",
                                               "bagi", "kepada", "sebagai", "tentang", "mengenai", "berupa", "antara", "di", "pada"};
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lead.count(lower) > 0;
}

void add_blocks(const std::vector<Block>& blocks, std::vector<Text>& out)
{
    for (const auto& b : blocks) {
        if (!b.is_list) {
            if (!b.paragraph.empty()) out.push_back(make_text(b.paragraph));
            continue;
        }
        // the text of each item that is one paragraph, and how it ends
        std::vector<std::pair<std::size_t, char>> ends;
        for (const auto& it : b.list.items) {
            const std::size_t first = out.size();
            add_blocks(it.blocks, out);
            const bool one = it.blocks.size() == 1 && !it.blocks[0].is_list && out.size() == first + 1;
            ends.push_back({one ? first : std::string::npos, one ? item_end(out[first].s) : char(0)});
        }
        // "a. …; b. ….; c. …; dan d. …": a stop in the middle of a list whose other items end with ";"
        if (ends.size() < 3) continue;
        std::size_t semi = 0;
        for (std::size_t k = 0; k + 1 < ends.size(); ++k) semi += ends[k].second == ';';
        const std::size_t odd = ends.size() - 1 - semi;
        // UU 12/2011 Lampiran II: the items of a list end with ";", the last with ".". Where the
        // other items keep that form (two slips among them at most, ";" twice as many), an item
        // ending "." or with no mark is a slip; so is one ending ":" with no list under it
        // ("… memenuhi standar data:</butir>", Keputusan Bupati Boven Digoel 2024).
        const bool majority = semi >= 2 && odd <= 2 && semi >= 2 * odd;
        // "1. Sekretaris Jenderal adalah … . 2. … . 3. Unit Layanan Pengadaan … adalah … Biro Umum 4. …"
        // (Peraturan Sekjen Komisi Yudisial 6/2014): a list whose items end with "." (the
        // definitions of a Ketentuan Umum, UU 12/2011 Lampiran II: each ends with ".") has an item
        // with no mark. Three stops at least, and as for ";" two strays at most.
        // Only a list of definitions ("X adalah …", every item), where Lampiran II fixes the stop.
        std::size_t stops = 0, defined = 0;
        for (std::size_t k = 0; k < ends.size(); ++k) {
            if (k + 1 < ends.size()) stops += ends[k].second == '.';
            defined += ends[k].first != std::string::npos && out[ends[k].first].s.find(" adalah ") != std::string::npos;
        }
        const std::size_t off = ends.size() - 1 - stops;
        if (stops >= 3 && off <= 2 && stops >= 2 * off && defined == ends.size())
            for (std::size_t k = 0; k + 1 < ends.size(); ++k)
                if (ends[k].second == 'w') out[ends[k].first].open_mid_stops = true;
        for (std::size_t k = 0; k + 1 < ends.size() && majority; ++k) {
            if (ends[k].second == '.') out[ends[k].first].stop_mid_list = true;
            if (ends[k].second == 'w') out[ends[k].first].open_mid_list = true;
            if (ends[k].second == ':' && !announces(out[ends[k].first].s)) out[ends[k].first].colon_mid_list = true;
            if (ends[k].second == ',') out[ends[k].first].comma_mid_list = true;
        }
        // "…; dan j. melaksanakan tugas-tugas lain … sesuai dengan tugas dan fungsinya" (Perwali Surabaya
        // 68/2021): the other items end with ";" (one slip among them aside), the last with nothing
        // (UU 12/2011 Lampiran II: the last item ends with "." or, inside an item that goes on, ";").
        // Only a list that ends its container: one followed by the rest of its sentence ("… Provinsi
        // Sulawesi Utara</butir></daftar> dicabut dan dinyatakan tidak berlaku.") ends it there
        // An item is one clause: one that holds a full stop before a capital ("… agribisnis. Paragraf 3
        // Penyusunan …", a heading the PDF extraction of a signed PP joined to it) ends a sentence
        // there, and what trails is no open item.
        if (semi >= 2 && semi + 2 >= ends.size() && ends.back().second == 'w' && &b == &blocks.back()) {
            const std::string& last = out[ends.back().first].s;
            bool one_clause = true;
            for (std::size_t p = last.find(". "); p != std::string::npos && one_clause; p = last.find(". ", p + 1))
                if (p + 2 < last.size() && std::isupper(static_cast<unsigned char>(last[p + 2]))) one_clause = false;
            if (one_clause) out[ends.back().first].open_list_end = true;
        }
    }
}

void add_items(const std::vector<Item>& items, std::vector<Text>& out)
{
    for (const auto& it : items) add_blocks(it.blocks, out);
}

void add_inline(const Inline& in, std::vector<Text>& out)
{
    if (!in.empty()) out.push_back(make_text(in));
}

void add_clauses(const std::vector<Clause>& clauses, std::vector<Text>& out);

// BAB, Bagian, Paragraf titles (attributes) and Pasal text, quoted amended text included.
void add_divisions(const std::vector<Division>& vs, std::vector<Text>& out)
{
    for (const auto& v : vs) {
        if (!v.title.empty()) out.push_back(make_text(v.title.plain(), v.title.pos, Anchor::Attribute));
        add_clauses(v.clauses, out);
        add_divisions(v.children, out);
    }
}

void add_clauses(const std::vector<Clause>& clauses, std::vector<Text>& out)
{
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        const Clause& c = clauses[i];
        const std::size_t own = out.size();
        add_blocks(c.blocks, out);
        // "… sesuai dengan tugas dan fungsinya:</ayat>" (Perwali Surabaya 68/2021): a colon announces
        // a list, and none follows in the ayat. Not a change instruction or the text that opens the
        // changes ("… diubah sebagai berikut:", their quoted text follows), nor "sebagai berikut:",
        // which may announce a table or formula the format holds elsewhere
        // A Pasal's own text before its ayat ("Dalam Peraturan Pemerintah ini yang dimaksud dengan :"
        // over numbered items read as ayat) announces them: judged are the last clause and an ayat
        // that another ayat follows.
        const bool judged = i + 1 == clauses.size() || (c.kind == Clause::Kind::Ayat && clauses[i + 1].kind == Clause::Kind::Ayat);
        if (c.kind != Clause::Kind::Change && judged && !c.blocks.empty() && !c.blocks.back().is_list &&
            out.size() == own + c.blocks.size()) {
            const std::string& last = out.back().s;
            const std::size_t e = last.find_last_not_of(' ');
            std::size_t w = e == std::string::npos ? 0 : last.find_last_not_of(' ', e == 0 ? 0 : e - 1);
            const bool berikut = w != std::string::npos && w >= 6 && last.compare(w - 6, 7, "berikut") == 0;
            if (e != std::string::npos && last[e] == ':' && !berikut) out.back().colon_end = true;
        }
        const std::size_t first = out.size();
        add_divisions(c.quoted, out);
        for (std::size_t k = first; k < out.size(); ++k) out[k].quoted_division = true;
        add_clauses(c.quoted_clauses, out);
    }
}

void add_notes(const std::vector<Note>& notes, std::vector<Text>& out)
{
    for (const auto& n : notes) {
        add_blocks(n.blocks, out);
        add_notes(n.notes, out);
    }
}

}  // namespace

const std::vector<Text>& Context::texts()
{
    if (!texts_built_) {
        texts_ = all_texts(decree);
        texts_built_ = true;
        tokens_.resize(texts_.size());
        tokenised_.assign(texts_.size(), false);
    }
    return texts_;
}

std::size_t Context::cached_index(const Text& t)
{
    if (!texts_built_ || texts_.empty() || &t < texts_.data() || &t >= texts_.data() + texts_.size()) return std::string::npos;
    const auto k = static_cast<std::size_t>(&t - texts_.data());
    if (!tokenised_[k]) {
        tokens_[k] = text::tokenize(t.s);
        tokenised_[k] = true;
    }
    return k;
}

const std::vector<text::Token>& Context::tokens(const Text& t)
{
    if (const std::size_t k = cached_index(t); k != std::string::npos) return tokens_[k];
    return other_tokens_.emplace_back(text::tokenize(t.s));
}

std::vector<text::Token> Context::words(const Text& t)
{
    const auto& toks = tokens(t);
    std::vector<text::Token> out;
    out.reserve(toks.size());
    for (const auto& tok : toks)
        if (tok.word) out.push_back(tok);
    return out;
}

std::vector<Text> all_texts(const Decree& d)
{
    std::vector<Text> out;
    for (const auto& k : d.meta.kop_lines) add_inline(k, out);
    add_inline(d.meta.title, out);
    if (d.opening) add_inline(*d.opening, out);  // an Instruksi's «Dalam rangka …»
    add_items(d.menimbang, out);
    add_items(d.mengingat, out);
    add_items(d.memperhatikan, out);
    add_items(d.kepada, out);
    // the drafter's own Menetapkan (a Peraturan's restated title in capitals) is printed text too
    if (d.menetapkan) add_inline(*d.menetapkan, out);
    for (const auto& dk : d.diktum) add_blocks(dk.blocks, out);
    add_divisions(d.body, out);
    if (d.penjelasan) {
        add_blocks(d.penjelasan->general, out);
        add_notes(d.penjelasan->pasal, out);
    }
    for (const auto& t : d.meta.tembusan) add_inline(t, out);
    for (const auto& l : d.lampiran) {
        add_inline(l.title, out);
        for (const auto& c : l.content) {
            if (const auto* b = std::get_if<Block>(&c)) {
                add_blocks({*b}, out);
            } else if (const auto* t = std::get_if<Table>(&c)) {
                for (const auto* rows : {&t->header, &t->body})
                    for (const auto& row : *rows)
                        for (const auto& cell : row.cells) {
                            const std::size_t first = out.size();
                            add_blocks(cell.blocks, out);
                            for (std::size_t k = first; k < out.size(); ++k) out[k].table_cell = true;
                        }
            } else if (const auto* p = std::get_if<WorkPlan>(&c)) {
                for (const auto& sec : p->sections) {
                    add_inline(sec.title, out);
                    for (const auto& act : sec.activities) {
                        add_inline(act.name, out);
                        for (const auto& sub : act.subs) {
                            add_inline(sub.text, out);
                            add_inline(sub.indicator, out);
                            for (const auto& e : sub.extra) add_inline(e, out);
                            add_inline(sub.remark, out);
                        }
                    }
                }
            }
        }
    }
    return out;
}

}  // namespace naskah::check
