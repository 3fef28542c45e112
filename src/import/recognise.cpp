#include "import/recognise.hpp"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <set>

#include "check/data_lists.hpp"
#include "core/limits.hpp"
#include "model/grid.hpp"
#include "style/style.hpp"

namespace naskah::import {

using namespace naskah::model;

namespace detail {

namespace {
bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
}  // namespace

Marker typed_marker(std::string_view t)
{
    Marker m;
    std::size_t i = 0;
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
    const std::size_t start = i;
    auto after = [&](std::size_t k) -> bool {  // a blank must follow, then text
        if (k >= t.size() || (t[k] != ' ' && t[k] != '\t')) return false;
        m.found = true;
        m.text = std::string(t.substr(start, k - start));
        while (k < t.size() && (t[k] == ' ' || t[k] == '\t')) ++k;
        m.end = k;
        return true;
    };
    // bullets and dashes
    for (const char* b : {"\xE2\x80\xA2", "\xC2\xB7", "\xEF\x82\xB7", "\xE2\x80\x93", "-"}) {
        const std::size_t n = std::strlen(b);
        if (t.substr(i, n) == b) {
            m.kind = (b[0] == '-' || std::strcmp(b, "\xE2\x80\x93") == 0) ? Numbering::Dash : Numbering::Bullet;
            if (after(i + n)) return m;
            return Marker{};
        }
    }
    const bool paren = i < t.size() && t[i] == '(';
    if (paren) ++i;
    std::size_t j = i;
    if (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) {
        while (j < t.size() && j - i < 3 && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
        // an inserted item keeps its neighbour's number and a letter: "5a."
        if (!paren && j + 1 < t.size() && t[j] >= 'a' && t[j] <= 'z' && t[j + 1] == '.') ++j;
        m.kind = Numbering::Number;
    } else if (j < t.size() && t[j] >= 'a' && t[j] <= 'z') {
        while (j < t.size() && j - i < 2 && t[j] >= 'a' && t[j] <= 'z') ++j;
        if (j - i == 2 && t[i] != t[i + 1] && !(t[i] == 'a')) return Marker{};  // "aa.", "ab." only
        m.kind = Numbering::Letter;
    } else {
        return Marker{};
    }
    if (j >= t.size()) return Marker{};
    if (paren) {
        if (t[j] != ')') return Marker{};
        ++j;
    } else if (t[j] == '.' || t[j] == ')') {
        ++j;
    } else {
        return Marker{};
    }
    if (after(j)) return m;
    return Marker{};
}

bool parse_date_id(std::string_view text, Date& out)
{
    static const char* months[] = {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"};
    std::vector<std::string> w;
    std::string cur;
    for (char c : text) {
        if (blank(c) || c == ',') {
            if (!cur.empty()) w.push_back(cur);
            cur.clear();
        } else {
            cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    if (!cur.empty()) w.push_back(cur);
    if (w.size() != 3) return false;
    auto num = [](const std::string& s, int& v) {
        if (s.empty() || s.size() > 4) return false;
        v = 0;
        for (char c : s) {
            if (!std::isdigit(static_cast<unsigned char>(c))) return false;
            v = v * 10 + (c - '0');
        }
        return true;
    };
    int d = 0, y = 0, m = 0;
    if (!num(w[0], d) || !num(w[2], y)) return false;
    // full names, and the short forms some house styles print ("17 Jan 2022", "5 Agt 2024")
    static const char* shorts[] = {"jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"};
    std::string mw = w[1];
    if (!mw.empty() && mw.back() == '.') mw.pop_back();
    if (mw == "agt" || mw == "ags") mw = "agu";
    for (int k = 0; k < 12; ++k)
        if (mw == months[k] || mw == shorts[k]) m = k + 1;
    if (!m || d < 1 || d > 31 || y < 1945) return false;
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > mdays[m - 1]) return false;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return false;
    out = Date{y, m, d};
    return true;
}

std::string decision_word(std::string_view text)
{
    std::string s;
    for (char c : text)
        if (std::isalpha(static_cast<unsigned char>(c))) s += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        else if (!blank(c) && c != ':' && c != '.') return {};
    return s == "MEMUTUSKAN" || s == "MENGINSTRUKSIKAN" ? s : std::string();
}

bool is_memutuskan(std::string_view text) { return decision_word(text) == "MEMUTUSKAN"; }

bool is_menginstruksikan(std::string_view text) { return decision_word(text) == "MENGINSTRUKSIKAN"; }

namespace {
/// Words split at blanks (tabs and no-break spaces too).
std::vector<std::string> split_words(std::string_view t)
{
    std::vector<std::string> w;
    std::string cur;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const bool nbsp = t[i] == '\xC2' && i + 1 < t.size() && t[i + 1] == '\xA0';
        if (blank(t[i]) || nbsp) {
            if (nbsp) ++i;
            if (!cur.empty()) w.push_back(cur);
            cur.clear();
        } else {
            cur += t[i];
        }
    }
    if (!cur.empty()) w.push_back(cur);
    return w;
}
std::string lower_ascii(std::string s)
{
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}
bool is_roman(std::string_view s)
{
    if (s.empty()) return false;
    for (char c : s)
        if (!std::strchr("IVXLC", c)) return false;
    return true;
}
/// "3", "3A", "8a", "I", "IIIA": a number as a Pasal or BAB heading carries it.
bool heading_number(std::string_view s, bool roman_only)
{
    if (s.empty() || s.size() > 8) return false;
    std::size_t i = 0;
    if (!roman_only && std::isdigit(static_cast<unsigned char>(s[0]))) {
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    } else {
        while (i < s.size() && std::strchr("IVXLC", s[i])) ++i;
        if (i == 0) return false;
    }
    // an inserted one: one letter after the number ("3A", "8a", "IIIA")
    return i == s.size() || (i + 1 == s.size() && std::isalpha(static_cast<unsigned char>(s[i])));
}
}  // namespace

bool division_heading(std::string_view text, DivisionKind& kind, std::string& number, std::string* rest)
{
    const std::vector<std::string> w = split_words(text);
    if (w.size() < 2) return false;
    const std::string head = lower_ascii(w[0]);
    if (head == "bab") {
        if (!heading_number(w[1], true)) return false;
        // "BAB I KETENTUAN UMUM" on one line: the rest is the title, typed in capitals
        std::string more;
        for (std::size_t k = 2; k < w.size(); ++k) more += (more.empty() ? "" : " ") + w[k];
        for (char c : more)
            if (c >= 'a' && c <= 'z') return false;
        if (!more.empty() && !rest) return false;
        if (rest) *rest = more;
        kind = DivisionKind::Bab;
        number = w[1];
        return true;
    }
    if (w.size() > 4) return false;
    if (head == "pasal" || head == "paragraf") {
        if (w.size() != 2 || !heading_number(w[1], false)) return false;
        if (head == "paragraf" && !std::isdigit(static_cast<unsigned char>(w[1][0]))) return false;
        kind = head == "pasal" ? DivisionKind::Pasal : DivisionKind::Paragraf;
        number = w[1];
        if (rest) rest->clear();
        return true;
    }
    if (head == "bagian") {
        // "Bagian Kesatu", "Bagian Kedua Belas", "BAGIAN KETIGA": an ordinal word, then at most
        // "belas"/"puluh" and a word of it
        const std::string first = lower_ascii(w[1]);
        if (first != "kesatu" && (first.size() < 4 || first.compare(0, 2, "ke") != 0)) return false;
        std::string n;
        for (std::size_t k = 1; k < w.size(); ++k) {
            const std::string x = lower_ascii(w[k]);
            for (char c : x)
                if (!std::isalpha(static_cast<unsigned char>(c))) return false;
            n += (n.empty() ? "" : " ") + x;
        }
        n[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(n[0])));
        kind = DivisionKind::Bagian;
        number = n;
        if (rest) rest->clear();
        return true;
    }
    return false;
}

bool note_heading(std::string_view text, Note::Kind& kind, std::string& number)
{
    const std::vector<std::string> w = split_words(text);
    if (w.size() != 2) return false;
    const std::string head = lower_ascii(w[0]);
    std::string n = w[1];
    if (head == "pasal") {
        if (!heading_number(n, false)) return false;
        kind = Note::Kind::Pasal;
    } else if (head == "ayat") {
        if (n.size() < 3 || n.front() != '(' || n.back() != ')') return false;
        n = n.substr(1, n.size() - 2);
        if (!heading_number(n, false) || !std::isdigit(static_cast<unsigned char>(n[0]))) return false;
        kind = Note::Kind::Ayat;
    } else if (head == "huruf") {
        if (n.size() > 2) return false;
        for (char c : n)
            if (!(c >= 'a' && c <= 'z')) return false;
        kind = Note::Kind::Huruf;
    } else if (head == "angka") {
        if (!heading_number(n, false) || !std::isdigit(static_cast<unsigned char>(n[0]))) return false;
        kind = Note::Kind::Angka;
    } else {
        return false;
    }
    number = n;
    return true;
}

bool change_instruction(std::string_view text)
{
    const std::vector<std::string> w = split_words(text);
    if (w.empty()) return false;
    bool verb = false;
    for (const std::string& x : w) {
        std::string v = lower_ascii(x);
        while (!v.empty() && std::strchr(",.;:", v.back())) v.pop_back();
        for (const char* k : {"diubah", "disisipkan", "dihapus", "ditambah", "ditambahkan", "dicabut"}) verb = verb || v == k;
    }
    if (!verb) return false;
    // it names what it changes first (UU 12/2011 Lampiran II, 224-236)
    const std::string first = lower_ascii(w[0]);
    for (const char* k : {"ketentuan", "di", "diantara", "pasal", "bab", "bagian", "paragraf", "lampiran", "penjelasan", "judul", "ayat", "huruf", "angka"})
        if (first == k) return true;
    return false;
}

bool closing_order(std::string_view text, std::string& short_name, std::string& gazette)
{
    static const std::string lead = "Agar setiap orang mengetahuinya, memerintahkan pengundangan ";
    static const std::string mid = " ini dengan penempatannya dalam ";
    const std::string t(text);
    if (t.compare(0, lead.size(), lead) != 0) return false;
    const std::size_t m = t.find(mid, lead.size());
    if (m == std::string::npos || t.back() != '.') return false;
    short_name = t.substr(lead.size(), m - lead.size());
    gazette = t.substr(m + mid.size(), t.size() - 1 - m - mid.size());
    return !short_name.empty() && !gazette.empty();
}

namespace {
std::string upper_fast(std::string_view w)
{
    for (char c : w)
        if (static_cast<unsigned char>(c) >= 0x80) return upper_id(w);
    std::string u(w);
    for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return u;
}
}  // namespace

CaseIndex::CaseIndex(std::string_view corpus) : corpus_(corpus), upper_(upper_fast(corpus))
{
    std::vector<std::string> words;
    std::string w;
    for (std::size_t i = 0; i <= corpus.size(); ++i) {
        const char c = i < corpus.size() ? corpus[i] : ' ';
        if (blank(c) || c == ',' || c == ';' || c == '(' || c == ')') {
            if (!w.empty()) words.push_back(w);
            w.clear();
        } else {
            w += c;
        }
    }
    // Three or more capitalised words in a row are text typed in capitals (a Menetapkan line),
    // not acronyms: their spellings say nothing about the words' case.
    auto caps_word = [](const std::string& x) {
        bool letter = false;
        for (char c : x) {
            if (c >= 'a' && c <= 'z') return false;
            letter = letter || (c >= 'A' && c <= 'Z');
        }
        return letter;
    };
    for (std::size_t i = 0; i < words.size();) {
        std::size_t j = i;
        while (j < words.size() && caps_word(words[j])) ++j;
        const bool shouting = j - i >= 3;
        for (std::size_t k = i; k < std::max(j, i + 1); ++k) {
            if (shouting && k < j) continue;
            const std::string u = upper_fast(words[k]);
            if (u.size() == words[k].size()) ++seen_[u][words[k]];
        }
        i = std::max(j, i + 1);
    }
}

std::string recase(std::string_view upper, std::string_view corpus) { return CaseIndex(corpus).recase(upper); }

std::string CaseIndex::recase(std::string_view upper) const
{
    // Text with lower-case letters was typed in mixed case on purpose and is kept, except a name
    // in capitals with its degrees ("SRI WAHYUNI, S.Pd., M.M."): there the words in capitals are
    // recased one by one and the degrees kept.
    bool has_lower = false;
    for (char c : upper) has_lower = has_lower || (c >= 'a' && c <= 'z');
    if (has_lower) {
        std::size_t words = 0, caps = 0;
        std::string w, out;
        auto all_caps = [](const std::string& x) {
            bool letter = false;
            for (char c : x) {
                if (c >= 'a' && c <= 'z') return false;
                letter = letter || (c >= 'A' && c <= 'Z');
            }
            return letter;
        };
        std::vector<std::string> parts;
        for (std::size_t i = 0; i <= upper.size(); ++i) {
            if (i == upper.size() || upper[i] == ' ') {
                if (!w.empty()) {
                    ++words;
                    if (all_caps(w) && w.find('.') == std::string::npos) ++caps;
                    bool lower = false;
                    for (char c : w) lower = lower || (c >= 'a' && c <= 'z');
                    if (lower && w.find('.') == std::string::npos) return std::string(upper);  // a word typed in mixed case
                }
                parts.push_back(w);
                w.clear();
            } else {
                w += upper[i];
            }
        }
        if (words == 0 || caps == 0) return std::string(upper);
        for (std::size_t k = 0; k < parts.size(); ++k) {
            if (k) out += ' ';
            out += all_caps(parts[k]) && parts[k].find('.') == std::string::npos ? recase(parts[k]) : parts[k];
        }
        return out;
    }
    const std::string& cu = upper_;
    const std::string_view corpus = corpus_;
    if (cu.size() == corpus.size() && !upper.empty()) {
        std::size_t k = cu.find(upper);
        while (k != std::string::npos) {
            const bool start_ok = k == 0 || !std::isalnum(static_cast<unsigned char>(cu[k - 1]));
            const bool end_ok = k + upper.size() >= cu.size() || !std::isalnum(static_cast<unsigned char>(cu[k + upper.size()]));
            // a phrase that starts a name, not one found in the middle of a sentence
            const bool capital = std::isupper(static_cast<unsigned char>(corpus[k]));
            // and one written in normal case, not the capitals again (Menetapkan repeats them)
            bool lower = false;
            for (std::size_t i = k; i < k + upper.size(); ++i) lower = lower || (corpus[i] >= 'a' && corpus[i] <= 'z');
            if (start_ok && end_ok && capital && lower) return std::string(corpus.substr(k, upper.size()));
            k = cu.find(upper, k + 1);
        }
    }
    const auto& seen = seen_;
    static const std::set<std::string> small = {"DAN", "ATAU", "DI", "KE", "DARI", "YANG", "UNTUK", "PADA", "DALAM", "ATAS",
                                                "TENTANG", "SERTA", "BAGI", "OLEH", "DENGAN", "SEBAGAI", "TERHADAP", "ANTARA"};
    std::string out;
    std::string w;
    bool first = true;
    auto flush = [&]() {
        if (w.empty()) return;
        std::string core = w;
        std::string lead, trail;
        while (!core.empty() && std::strchr("(\"'", core.front())) {
            lead += core.front();
            core.erase(0, 1);
        }
        while (!core.empty() && std::strchr(",;:)\"'", core.back())) {
            trail.insert(trail.begin(), core.back());
            core.pop_back();
        }
        std::string r = core;
        auto it = seen.find(core);
        bool letters_only = !core.empty();
        for (char c : core) letters_only = letters_only && ((c >= 'A' && c <= 'Z') || c == '-');
        if (it != seen.end()) {
            // the most frequent spelling, preferring one with lower case letters
            int best = -1;
            for (const auto& [form, n] : it->second) {
                bool lower = false;
                for (char c : form) lower = lower || (c >= 'a' && c <= 'z');
                const int score = n + (lower ? 1000000 : 0);  // a spelling with lower case wins
                if (score > best) {
                    best = score;
                    r = form;
                }
            }
            if (!first && small.count(core)) {
                r = core;
                for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            } else if (!r.empty() && r[0] >= 'a' && r[0] <= 'z') {
                r[0] = static_cast<char>(r[0] - 'a' + 'A');  // a heading's words take capitals
            }
        } else if (letters_only) {
            if (!first && small.count(core)) {
                for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            } else {
                bool start = true;
                for (char& c : r) {
                    if (!start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                    start = c == '-';
                }
            }
        }
        if (first && !r.empty() && r[0] >= 'a' && r[0] <= 'z') r[0] = static_cast<char>(r[0] - 'a' + 'A');
        out += lead + r + trail;
        w.clear();
        first = false;
    };
    for (char c : upper) {
        if (c == ' ') {
            flush();
            out += ' ';
        } else {
            w += c;
        }
    }
    flush();
    return out;
}

}  // namespace detail

namespace {

using detail::Marker;
using detail::typed_marker;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Letters and digits only, in capitals: for comparing texts that differ in spacing and punctuation.
std::string alnum_upper(const std::string& s)
{
    std::string o;
    for (char c : s)
        if (std::isalnum(static_cast<unsigned char>(c))) o += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return o;
}

/// Blanks (tabs, breaks, no-break spaces) to single spaces, trimmed.
std::string clean(std::string_view s)
{
    std::string o;
    bool sp = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
            ++i;
            c = ' ';
        }
        if (is_blank(c)) {
            sp = !o.empty();
            continue;
        }
        if (sp) o += ' ';
        sp = false;
        o += c;
    }
    return o;
}

std::string upper_ascii(std::string_view s)
{
    std::string o(s);
    for (char& c : o) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return o;
}

bool starts_word(std::string_view text, std::string_view word)
{
    if (text.size() < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::toupper(static_cast<unsigned char>(text[i])) != std::toupper(static_cast<unsigned char>(word[i]))) return false;
    return text.size() == word.size() || !std::isalnum(static_cast<unsigned char>(text[word.size()]));
}

/// «Ditetapkan di …» (a Keputusan, a Peraturan) or «Dikeluarkan di …» (an Instruksi): the closing
/// starts here. «Dikeluarkan» alone may open a sentence of a diktum, so it needs its «di».
bool enactment_line(std::string_view text)
{
    if (starts_word(text, "Ditetapkan")) return true;
    if (!starts_word(text, "Dikeluarkan")) return false;
    std::string_view rest = text.substr(11);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    return starts_word(rest, "di") || (!rest.empty() && rest.front() == ':');
}

bool ends_with(std::string_view s, std::string_view e) { return s.size() >= e.size() && s.substr(s.size() - e.size()) == e; }

/// Text with one style byte per text byte; tabs and breaks kept.
struct Styled {
    std::string text;
    std::vector<std::uint8_t> style;
};

Styled styled(const WPara& p)
{
    Styled s;
    for (const WRun& r : p.runs) {
        s.text += r.text;
        s.style.insert(s.style.end(), r.text.size(), r.style);
    }
    return s;
}

/// The inline content of text[from, end): blanks collapsed, trimmed, breaks kept as breaks.
Inline to_inline(const Styled& s, std::size_t from, std::size_t end, const SourcePos& pos, std::uint8_t strip = 0)
{
    Inline in;
    in.pos = pos;
    end = std::min(end, s.text.size());
    bool pending_space = false;
    auto put = [&](std::string_view t, std::uint8_t st) {
        st = static_cast<std::uint8_t>(st & ~strip);
        if (!in.spans.empty() && !in.spans.back().line_break && in.spans.back().style == st) in.spans.back().text += t;
        else in.spans.push_back(Span{std::string(t), st, false, pos});
    };
    for (std::size_t i = from; i < end; ++i) {
        char c = s.text[i];
        if (c == '\xC2' && i + 1 < end && s.text[i + 1] == '\xA0') {
            ++i;
            c = ' ';
        }
        if (c == '\n') {
            // a break: trailing space dropped before it
            if (!in.spans.empty()) {
                Span br;
                br.line_break = true;
                br.pos = pos;
                in.spans.push_back(br);
            }
            pending_space = false;
            continue;
        }
        if (is_blank(c)) {
            pending_space = !in.spans.empty() && !in.spans.back().line_break;
            continue;
        }
        if (pending_space) put(" ", s.style[i] & static_cast<std::uint8_t>(i > from ? s.style[i - 1] : s.style[i]));
        pending_space = false;
        put(std::string_view(&s.text[i], 1), s.style[i]);
    }
    while (!in.spans.empty() && in.spans.back().line_break) in.spans.pop_back();
    return in;
}

/// One paragraph or table of the body, as the recogniser walks it. Tables of the decree part
/// (before the first Lampiran) are layout tables: each row becomes one line, its cells joined
/// by tabs, so "Menimbang | : | a. | text" reads as it would typed.
struct Line {
    WPara para;
    const WTable* table = nullptr;
    bool landscape = false;
    std::string text;  ///< clean(), as Word shows it (w:caps in capitals): for recognising
    std::string stored() const { return clean(para.text()); }  ///< as typed: for the model
};

class Recogniser {
public:
    Recogniser(const WDocument& doc, const Package& pkg, const RecogniseOptions& opt, ImportResult& out, DiagnosticSink& sink)
        : doc_(doc), pkg_(pkg), opt_(opt), out_(out), d_(out.decree), sink_(sink)
    {
    }

    bool run();

private:
    const WDocument& doc_;
    const Package& pkg_;
    const RecogniseOptions& opt_;
    ImportResult& out_;
    Decree& d_;
    DiagnosticSink& sink_;
    std::vector<Line> lines_;
    std::string corpus_;  ///< mixed-case running text, for recase()
    std::set<std::string> written_images_;
    bool saw_ttd_ = false;

    SourcePos pos(int para) const { return SourcePos{pkg_.path, static_cast<std::uint32_t>(std::max(1, para)), 1}; }

    static std::string first_words(std::string_view text)
    {
        std::string t = clean(text);
        if (t.size() > 60) {
            std::size_t k = t.rfind(' ', 60);
            t = t.substr(0, k == std::string::npos || k < 20 ? 60 : k) + " …";
        }
        return t;
    }

    std::string para_name_id(const Line& l) const
    {
        return "paragraf Word ke-" + std::to_string(l.para.number) + " \"" + first_words(l.text) + "\"";
    }
    std::string para_name_en(const Line& l) const { return "Word paragraph " + std::to_string(l.para.number) + " \"" + first_words(l.text) + "\""; }

    /// A line the model has no place for: kept as a comment at the top of the output.
    void unplaced(const Line& l, const std::string& where_id, const std::string& where_en)
    {
        if (l.text.empty() && l.para.images.empty()) return;
        out_.notes.push_back("Word paragraph " + std::to_string(l.para.number) + " (" + where_en + "), not placed: " + l.text);
        sink_.warning(pos(l.para.number), "W-IMPOR-TEMPAT",
                      para_name_id(l) + " (" + where_id + ") tidak punya tempat dalam format naskah; disimpan sebagai komentar di awal berkas",
                      para_name_en(l) + " (" + where_en + ") has no place in the naskah format; kept as a comment at the top of the file");
    }

    // ---- lines ------------------------------------------------------------------------------

    static bool lampiran_line(std::string_view text)
    {
        if (!starts_word(text, "LAMPIRAN")) return false;
        if (text.size() >= 8 && !std::isupper(static_cast<unsigned char>(text[1]))) return false;  // "Lampiran" in a sentence
        return true;
    }

    void linearise()
    {
        bool lampiran_zone = false;
        for (const WBlock& b : doc_.body) {
            if (!b.is_table) {
                Line l;
                l.para = b.para;
                l.text = clean(l.para.shown());
                if (lampiran_line(l.text)) lampiran_zone = true;
                lines_.push_back(std::move(l));
                continue;
            }
            bool heading_table = false;
            for (const WRow& r : b.table.rows)
                for (const WCell& c : r.cells)
                    for (const WPara& p : c.paras)
                        if (lampiran_line(clean(p.shown()))) heading_table = true;
            if (lampiran_zone && !heading_table && !layout_table(b.table)) {
                Line l;
                l.table = &b.table;
                l.para.number = b.table.first_para;
                lines_.push_back(std::move(l));
                continue;
            }
            if (heading_table) lampiran_zone = true;
            if (closing_table(b.table)) flatten_by_cell(b.table);
            else flatten(b.table);
        }
        // what WordprocessingML held that is not text: said, paragraph by paragraph
        auto lost = [&](const WPara& p) {
            for (const std::string& what : p.lost)
                sink_.warning(pos(p.number), "W-IMPOR-SIMBOL",
                              "paragraf Word ke-" + std::to_string(p.number) + " \"" + first_words(p.text()) + "\": " + what +
                                  " tidak dapat dibaca sebagai teks dan tidak diimpor",
                              "Word paragraph " + std::to_string(p.number) + " \"" + first_words(p.text()) + "\": " + what +
                                  " cannot be read as text and is not imported");
        };
        for (const WBlock& b : doc_.body) {
            if (!b.is_table) lost(b.para);
            else
                for (const WRow& r : b.table.rows)
                    for (const WCell& c : r.cells)
                        for (const WPara& p : c.paras) lost(p);
        }
        // orientation: a section's properties sit at its end
        bool land = doc_.final_landscape;
        for (std::size_t i = lines_.size(); i-- > 0;) {
            if (lines_[i].para.section_end) land = lines_[i].para.landscape;
            lines_[i].landscape = land;
        }
        // the running text, cells included, for recasing capitals (acronyms live in tables too)
        auto add_corpus = [&](const std::string& text) {
            bool lower = false;
            for (char c : text) lower = lower || (c >= 'a' && c <= 'z');
            if (lower) {
                corpus_ += text;
                corpus_ += '\n';
            }
        };
        for (const Line& l : lines_) {
            if (!l.table) {
                add_corpus(l.text);
                continue;
            }
            for (const WRow& r : l.table->rows)
                for (const WCell& c : r.cells)
                    for (const WPara& p : c.paras) add_corpus(clean(p.text()));
        }
    }

    /// A table in the Lampiran whose first column holds the heading's labels (NOMOR, TANGGAL,
    /// TENTANG) or a signature block is layout, not data.
    static bool layout_table(const WTable& t)
    {
        int labels = 0;
        for (const WRow& r : t.rows) {
            if (r.cells.empty() || r.cells[0].paras.empty()) continue;
            const std::string first = clean(r.cells[0].paras[0].shown());
            for (const char* w : {"NOMOR", "TANGGAL", "TENTANG"})
                if (starts_word(first, w) && first.size() < 12) ++labels;
        }
        return labels >= 2;
    }

    /// A table laying out the closing side by side (the signature in one cell, the certification
    /// or a blank in another) is read cell by cell, the signature's cell first.
    static bool closing_table(const WTable& t)
    {
        for (const WRow& r : t.rows)
            for (const WCell& c : r.cells)
                for (const WPara& p : c.paras) {
                    const std::string x = clean(p.shown());
                    if (enactment_line(x) || upper_ascii(x).rfind("SALINAN SESUAI", 0) == 0) return true;
                }
        return false;
    }

    void flatten_by_cell(const WTable& t)
    {
        std::vector<const WCell*> first, rest;
        for (const WRow& r : t.rows)
            for (const WCell& c : r.cells) {
                bool signature = false;
                for (const WPara& p : c.paras) signature = signature || enactment_line(clean(p.shown()));
                (signature ? first : rest).push_back(&c);
            }
        first.insert(first.end(), rest.begin(), rest.end());
        for (const WCell* c : first)
            for (const WPara& p : c->paras) {
                Line l;
                l.para = p;
                l.para.left = l.para.hanging = 0;
                l.text = clean(p.shown());
                lines_.push_back(std::move(l));
            }
    }

    void flatten(const WTable& t)
    {
        for (const WRow& r : t.rows) {
            Line first;
            bool have = false;
            std::vector<Line> rest;
            for (std::size_t ci = 0; ci < r.cells.size(); ++ci) {
                const WCell& c = r.cells[ci];
                if (c.merge == WCell::Merge::Continue && (c.paras.empty() || clean(c.paras[0].text()).empty()) && c.paras.size() <= 1) continue;
                for (std::size_t pi = 0; pi < c.paras.size(); ++pi) {
                    const WPara& p = c.paras[pi];
                    if (pi == 0) {
                        if (!have) {
                            first.para = p;
                            have = true;
                        } else {
                            const std::string t2 = clean(p.text());
                            if (t2.empty() && p.images.empty()) continue;
                            first.para.runs.push_back(WRun{"\t", 0});
                            first.para.runs.insert(first.para.runs.end(), p.runs.begin(), p.runs.end());
                            first.para.images.insert(first.para.images.end(), p.images.begin(), p.images.end());
                            // numbering and indent of the text cell
                            if (p.num_id) {
                                first.para.num_id = p.num_id;
                                first.para.ilvl = p.ilvl;
                                first.para.num_format = p.num_format;
                                first.para.num_text = p.num_text;
                            }
                        }
                    } else {
                        Line l;
                        l.para = p;
                        rest.push_back(std::move(l));
                    }
                }
            }
            if (!have) continue;
            // drop leading empty cells' tabs
            first.para.left = 0;
            first.para.hanging = 0;
            first.text = clean(first.para.shown());
            lines_.push_back(std::move(first));
            for (Line& l : rest) {
                l.text = clean(l.para.shown());
                l.para.left = l.para.hanging = 0;
                lines_.push_back(std::move(l));
            }
        }
    }

    // ---- labels -----------------------------------------------------------------------------

    /// "Menimbang :" / "Menimbang\t:\t" at the start of a paragraph: offset past it, or npos.
    static std::size_t after_label(std::string_view raw, std::string_view label)
    {
        std::size_t i = 0;
        while (i < raw.size() && is_blank(raw[i])) ++i;
        if (!starts_word(raw.substr(i), label)) return std::string_view::npos;
        i += label.size();
        while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) ++i;
        if (i < raw.size() && raw[i] == ':') ++i;
        while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) ++i;
        return i;
    }

    std::vector<std::string> ordinals_;

    /// A diktum label ("KESATU", "KEDUA BELAS", "KESATU A", "PERTAMA") followed by ":".
    bool diktum_label(std::string_view raw, std::string& label, std::size_t& rest) const
    {
        const std::size_t colon = raw.find(':');
        if (colon == std::string_view::npos || colon > 40) return false;
        std::string cand = clean(raw.substr(0, colon));
        // "KESATU" as most offices type it, or "Kesatu"
        if (cand.empty() || !std::isupper(static_cast<unsigned char>(cand[0]))) return false;
        cand = upper_ascii(cand);
        bool ok = false;
        for (const std::string& o : ordinals_)
            if (cand == o || (cand.size() > o.size() + 1 && cand.compare(0, o.size() + 1, o + " ") == 0 && cand.size() - o.size() <= 4))
                ok = true;
        if (!ok) return false;
        label = cand;
        std::size_t i = colon + 1;
        while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) ++i;
        rest = i;
        return true;
    }

    // ---- lists ------------------------------------------------------------------------------

    struct Entry {
        int para = 0;
        bool marker = false;
        Numbering kind = Numbering::Number;
        std::string typed;  ///< typed marker, empty for Word numbering
        int num_id = 0, ilvl = 0;
        int x = -1, text_x = -1;  ///< twips; -1 unknown
        Inline content;
        bool loose = false;  ///< a typed marker followed by a space, no tab, no hanging indent ("a. Retribusi …")
    };

    static Numbering kind_of_format(const std::string& fmt, const std::string& text)
    {
        if (fmt == "lowerLetter" || fmt == "upperLetter") return Numbering::Letter;
        if (fmt == "bullet") {
            if (text == "-" || text == "\xE2\x80\x93" || text == "\xE2\x80\x94") return Numbering::Dash;
            return Numbering::Bullet;
        }
        return Numbering::Number;
    }

    /// The entry of a paragraph, from byte `from` of its text (past a label).
    Entry entry(const Line& l, std::size_t from, bool label_line, bool tab_marker_only = false)
    {
        Entry e;
        e.para = l.para.number;
        const Styled s = styled(l.para);
        if (l.para.num_id) {
            e.marker = true;
            e.num_id = l.para.num_id;
            e.ilvl = l.para.ilvl;
            e.kind = kind_of_format(l.para.num_format, l.para.num_text);
        } else {
            const Marker m = typed_marker(std::string_view(s.text).substr(std::min(from, s.text.size())));
            // in a table cell "1. text" with a space is text (a work plan's numbered sub-activity);
            // a list item there has a tab or Word numbering
            const bool tabbed = m.found && s.text.find('\t', from + m.text.size()) < from + m.end;
            if (m.found && (!tab_marker_only || tabbed)) {
                e.marker = true;
                e.kind = m.kind;
                e.typed = m.text;
                e.loose = !tabbed && l.para.hanging <= 0;
                from += m.end;
            }
        }
        if (!label_line) {
            e.x = l.para.first_line_x();
            e.text_x = l.para.left;
        }
        e.content = to_inline(s, from, s.text.size(), pos(l.para.number));
        return e;
    }

    static bool deeper(const Entry& e, const Entry& ref)
    {
        if (e.num_id && ref.num_id && e.num_id == ref.num_id) return e.ilvl > ref.ilvl;
        if (e.x >= 0 && ref.x >= 0) {
            if (e.x > ref.x + 200) return true;
            if (e.x < ref.x - 200) return false;
        }
        return e.kind != ref.kind;
    }
    static bool shallower(const Entry& e, const Entry& ref)
    {
        if (e.num_id && ref.num_id && e.num_id == ref.num_id) return e.ilvl < ref.ilvl;
        return e.x >= 0 && ref.x >= 0 && e.x < ref.x - 200;
    }

    static Block paragraph_block(Inline in)
    {
        Block b;
        b.paragraph = std::move(in);
        return b;
    }

    void blocks(const std::vector<Entry>& es, std::size_t& i, std::size_t end, std::vector<Block>& out)
    {
        while (i < end) {
            if (!es[i].marker) {
                if (!es[i].content.empty()) out.push_back(paragraph_block(es[i].content));
                ++i;
                continue;
            }
            if (es[i].loose && (i + 1 >= end || !es[i + 1].marker || es[i + 1].kind != es[i].kind)) {
                // a lone "a. text" typed with a space and no indent is a line of text that starts
                // with a letter, as a Lampiran's sub-heading over a table; it keeps its marker
                Inline in = es[i].content;
                if (!in.spans.empty() && !in.spans[0].line_break && in.spans[0].style == kPlain) in.spans[0].text.insert(0, es[i].typed + " ");
                else in.spans.insert(in.spans.begin(), Span{es[i].typed + " ", kPlain, false, in.pos});
                out.push_back(paragraph_block(std::move(in)));
                ++i;
                continue;
            }
            Block lb;
            lb.is_list = true;
            lb.list.numbering = es[i].kind;
            lb.list.pos = es[i].content.pos;
            Entry ref = es[i];
            while (i < end && es[i].marker && !deeper(es[i], ref) && !shallower(es[i], ref) && es[i].kind == ref.kind) {
                const Entry& e = es[i];
                Item it;
                it.pos = e.content.pos;
                const std::string expected = list_marker(ref.kind, lb.list.items.size());
                if (!e.typed.empty() && e.typed != expected) it.label = e.typed;
                if (!e.content.empty()) it.blocks.push_back(paragraph_block(e.content));
                if (e.x >= 0) ref.x = e.x;
                const int text_x = e.text_x;
                ++i;
                std::size_t j = i;
                while (j < end) {
                    const Entry& n = es[j];
                    if (n.marker) {
                        if (!deeper(n, ref)) break;
                    } else if (!(text_x >= 0 && n.x >= 0 && n.x >= text_x - 200)) {
                        break;
                    }
                    ++j;
                }
                blocks(es, i, j, it.blocks);
                lb.list.items.push_back(std::move(it));
            }
            // every item labelled ("a)", "b)" …): the kind says nothing; the format's default
            bool all_labelled = true;
            for (const Item& it : lb.list.items) all_labelled = all_labelled && !it.label.empty();
            if (all_labelled) lb.list.numbering = Numbering::Number;
            out.push_back(std::move(lb));
        }
    }

    std::vector<Block> blocks_of(const std::vector<Entry>& es)
    {
        std::vector<Block> out;
        std::size_t i = 0;
        blocks(es, i, es.size(), out);
        return out;
    }

    /// Items of Menimbang / Mengingat / Memperhatikan.
    std::vector<Item> part_items(const std::vector<Entry>& es, Numbering part_kind)
    {
        std::vector<Block> bs = blocks_of(es);
        std::vector<Item> items;
        std::vector<Block> loose;
        for (Block& b : bs) {
            if (!b.is_list) {
                loose.push_back(std::move(b));
                continue;
            }
            if (!loose.empty()) {
                Item it;
                it.blocks = std::move(loose);
                it.pos = it.blocks[0].paragraph.pos;
                items.push_back(std::move(it));
                loose.clear();
            }
            for (std::size_t k = 0; k < b.list.items.size(); ++k) {
                Item it = std::move(b.list.items[k]);
                if (it.label.empty() && b.list.numbering != part_kind) it.label = list_marker(b.list.numbering, k);
                items.push_back(std::move(it));
            }
        }
        if (!loose.empty()) {
            if (items.empty()) {
                Item it;
                it.blocks = std::move(loose);
                it.pos = it.blocks[0].paragraph.pos;
                items.push_back(std::move(it));
            } else {
                for (Block& b : loose) items.back().blocks.push_back(std::move(b));
            }
        }
        for (std::size_t k = 0; k < items.size(); ++k)
            if (items[k].label == list_marker(part_kind, k)) items[k].label.clear();
        return items;
    }

    // ---- head -------------------------------------------------------------------------------

    std::unique_ptr<detail::CaseIndex> case_index_;
    std::string caps(const std::string& s)
    {
        if (!case_index_) case_index_ = std::make_unique<detail::CaseIndex>(corpus_);
        return case_index_->recase(s);
    }

    /// A person's name recased (caps) with its degrees as written: a style that prints the name in
    /// capitals prints its degrees so too («MUHAMMAD RUMFOT, S.KOM., M.SI.»), and the recased
    /// name keeps them so; a degree of data/rujukan/gelar.txt in capitals gets its own spelling back
    /// («S.Kom.», «M.Si.»). A degree typed in mixed case is kept.
    std::string person(const std::string& s)
    {
        std::string name = caps(s);
        const std::size_t comma = name.find(',');
        if (comma == std::string::npos) return name;
        std::string out = name.substr(0, comma);
        std::size_t at = comma;
        while (at < name.size()) {
            const std::size_t next = name.find(',', at + 1);
            const std::string piece = name.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
            const std::size_t b = piece.find_first_not_of(' ');
            std::string degree = b == std::string::npos ? std::string() : piece.substr(b);
            while (!degree.empty() && degree.back() == ' ') degree.pop_back();
            bool lower = false;
            for (char c : degree) lower = lower || (c >= 'a' && c <= 'z');
            if (!lower && !degree.empty())
                for (const std::string& g : degrees()) {
                    std::string bare = g;
                    if (!bare.empty() && bare.back() == '.') bare.pop_back();
                    if (upper_ascii(g) == degree) degree = g;
                    else if (upper_ascii(bare) == degree) degree = bare;  // written without its stop
                    else continue;
                    break;
                }
            out += "," + (b == std::string::npos ? piece : piece.substr(0, b) + degree);
            at = next == std::string::npos ? name.size() : next;
        }
        return out;
    }

    /// data/rujukan/gelar.txt, one degree a row as written («S.Kom.»), read once.
    const std::vector<std::string>& degrees()
    {
        if (!degrees_) {
            degrees_ = std::make_unique<std::vector<std::string>>();
            check::DataRows rows;
            std::string error;
            if (!(check::data_is_compiled() && check::compiled_rujukan_rows("gelar.txt", rows)))
                check::read_rujukan_rows(style::data_dir() + "/data/rujukan/gelar.txt", rows, error);
            for (const auto& r : rows)
                if (!r.empty() && !r[0].empty()) degrees_->push_back(r[0]);
        }
        return *degrees_;
    }
    std::unique_ptr<std::vector<std::string>> degrees_;

    // Text a style sets in capitals (a title): typed in capitals, recased; a word typed in mixed
    // case among mostly capitals («DEMAM BERDARAH Dengue», how naskah's own DOCX prints a <tetap>
    // word) keeps its case in <tetap> (was: the whole title left in capitals, and the word then
    // printed «DENGUE»). A title typed in normal case throughout is left as typed.
    Inline caps_inline(const Inline& in)
    {
        auto has_lower = [](std::string_view w) {
            return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        };
        auto has_upper = [](std::string_view w) {
            return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        };
        // a word with a stop is a degree or an abbreviation («S.Pd.», «Kab.»): recase leaves it
        auto kept = [&](std::string_view w) { return has_lower(w) && w.find('.') == std::string_view::npos; };
        std::size_t capitals = 0, mixed = 0;
        for (const Span& sp : in.spans) {
            if (sp.line_break) continue;
            for (const std::string& w : detail::split_words(sp.text)) {
                if (kept(w)) ++mixed;
                else if (has_upper(w)) ++capitals;
            }
        }
        Inline o;
        for (const Span& sp : in.spans) {
            if (sp.line_break || mixed == 0 || capitals < 2 || mixed >= capitals) {
                o.spans.push_back(sp);
                if (!sp.line_break) o.spans.back().text = caps(sp.text);
                continue;
            }
            // runs of words in capitals recased together (a phrase recases better than a word),
            // each mixed-case word a span of its own that keeps its case; a run after the title's
            // first word is recased as the middle of a title («dan», not «Dan»)
            const std::vector<std::string> words = detail::split_words(sp.text);
            const bool lead = !sp.text.empty() && sp.text.front() == ' ';
            const bool trail = !sp.text.empty() && sp.text.back() == ' ';
            std::string run, pending = lead ? " " : "";
            auto emit = [&](std::string text, std::uint8_t style) {
                Span part = sp;
                part.text = std::move(text);
                part.style = style;
                o.spans.push_back(std::move(part));
            };
            auto recased_run = [&]() {
                if (o.spans.empty() && pending.empty()) return caps(run);
                const std::string r = caps("X " + run);
                return r.size() > 2 && r.compare(0, 2, "X ") == 0 ? r.substr(2) : caps(run);
            };
            for (std::size_t k = 0; k < words.size(); ++k) {
                const bool last = k + 1 == words.size();
                if (!kept(words[k])) {
                    run += (run.empty() ? "" : " ") + words[k];
                    if (!last) continue;
                    emit(pending + recased_run() + (trail ? " " : ""), sp.style);
                    pending.clear();
                    run.clear();
                    continue;
                }
                if (!run.empty()) {
                    emit(pending + recased_run() + " ", sp.style);
                    pending.clear();
                    run.clear();
                } else if (!pending.empty()) {
                    emit(pending, sp.style);
                    pending.clear();
                }
                emit(words[k], static_cast<std::uint8_t>(sp.style | model::kKeepCase));
                if (!last || trail) pending = " ";
            }
            if (!pending.empty()) emit(pending, sp.style);
        }
        return o;
    }

    std::string image_name(const std::string& part, const std::string& role)
    {
        // the extension only, letters and digits, so a hostile part name cannot lead outside the
        // output's folder
        std::string ext = part.substr(part.rfind('.') == std::string::npos ? part.size() : part.rfind('.'));
        bool safe = ext.size() >= 2 && ext.size() <= 6;
        for (std::size_t i = 1; i < ext.size(); ++i) safe = safe && std::isalnum(static_cast<unsigned char>(ext[i]));
        if (!safe) ext = ".bin";
        for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string name = opt_.image_stem + "-" + role + ext;
        return name;
    }

    std::string extract_image(const std::string& part, const std::string& role)
    {
        const std::string* bytes = pkg_.get(part);
        if (!bytes) return {};
        const std::string name = image_name(part, role);
        if (written_images_.insert(name).second) out_.images.emplace_back(name, *bytes);
        return name;
    }

    int image_counter_ = 0;
    /// A paragraph named in messages: its number and first words, or the page header's (whose
    /// paragraphs are not numbered with the body's).
    std::string name_id(const Line& l, bool in_header) const { return in_header ? std::string("kepala halaman Word") : para_name_id(l); }
    std::string name_en(const Line& l, bool in_header) const { return in_header ? std::string("the Word page header") : para_name_en(l); }
    std::string note_at(const Line& l, bool in_header) const
    {
        return in_header ? std::string("Word page header") : "Word paragraph " + std::to_string(l.para.number);
    }

    void other_images(const Line& l, const std::string& where_id, const std::string& where_en, bool in_header = false)
    {
        for (const std::string& img : l.para.images) {
            const std::string name = extract_image(img, "gambar-" + std::to_string(++image_counter_));
            if (name.empty()) continue;
            out_.notes.push_back(note_at(l, in_header) + " (" + where_en + "): picture extracted as " + name);
            sink_.warning(pos(in_header ? 0 : l.para.number), "W-IMPOR-GAMBAR",
                          "gambar pada " + name_id(l, in_header) + " (" + where_id + ") disimpan sebagai " + name + " tetapi tidak dimuat dalam naskah",
                          "the picture in " + name_en(l, in_header) + " (" + where_en + ") is saved as " + name + " but not placed in the decree");
        }
    }

    /// The kop's pictures: the first becomes its logo (PNG) or is saved with a warning (another
    /// format naskah does not draw); others are saved with a warning.
    void kop_pictures(const Line& l, bool in_header)
    {
        Metadata& m = d_.meta;
        for (const std::string& img : l.para.images) {
            if (img == logo_part_) continue;  // the same picture in another header (first page, odd, even)
            const std::string* bytes = pkg_.get(img);
            const bool png = bytes && bytes->rfind("\x89PNG\r\n\x1A\n", 0) == 0;
            if (m.logo_path.empty() && png) {
                m.logo_path = extract_image(img, "logo");
                m.logo_pos = pos(in_header ? 0 : l.para.number);
                logo_part_ = img;
            } else if (m.logo_path.empty() && bytes) {
                // naskah draws PNG logos only (EMF, WMF and JPEG are common in Word documents)
                const std::string name = extract_image(img, "logo");
                out_.notes.push_back(note_at(l, in_header) + ": the kop's picture is saved as " + name + "; it is not PNG, so <logo> is left out");
                sink_.warning(pos(in_header ? 0 : l.para.number), "W-IMPOR-GAMBAR",
                              "gambar kop pada " + name_id(l, in_header) + " disimpan sebagai " + name +
                                  " tetapi bukan PNG; ubah menjadi PNG lalu tambahkan <logo berkas=\"…\"/> di <kop>",
                              "the kop's picture in " + name_en(l, in_header) + " is saved as " + name +
                                  " but is not PNG; convert it to PNG and add <logo berkas=\"…\"/> to <kop>");
            } else {
                Line copy = l;
                copy.para.images = {img};
                other_images(copy, "kop", "kop", in_header);
            }
        }
    }

    static const char* kind_word(std::string_view text)
    {
        for (const char* k : {"KEPUTUSAN", "PERATURAN", "INSTRUKSI", "SURAT KEPUTUSAN"})
            if (starts_word(text, k) && std::isupper(static_cast<unsigned char>(text[1]))) return k;
        return nullptr;
    }

    bool part_label(const Line& l) const
    {
        for (const char* w : {"Menimbang", "Mengingat", "Memperhatikan", "Menetapkan"})
            if (after_label(l.para.text(), w) != std::string_view::npos) return true;
        return false;
    }

    std::size_t i_ = 0;
    std::string logo_part_;  ///< the package part the kop's logo came from

    bool head();
    bool signature_start(std::size_t k) const;
    void kop_weight(const WPara& p);  ///< a kop name line's weight into out_.kop_bold
    // Peraturan
    bool heading_at(std::size_t k, DivisionKind* kind = nullptr, std::string* number = nullptr) const;
    bool ayat_line(const Line& l, int first_ayat_x) const;
    bool body_end(const Line& l) const;
    void body();
    void divisions(std::size_t from, std::size_t to, std::vector<Division>& out, std::vector<Clause>* loose, bool quoted);
    std::size_t pasal_content(std::size_t k, std::size_t to, std::vector<Clause>& clauses, bool quoted, bool roman);
    std::size_t change_end(std::size_t k, std::size_t to, const Entry& instruction) const;
    void closing_order_line();
    void promulgation();
    bool gazette_line(const Line& l);
    void penjelasan();
    void settle_numbers();
    void keep_order_as_text(const Line& l);
    bool gazette_form(const std::string& text) const;
    std::string order_gazette_;  ///< the gazette as the closing order names it, in mixed case
    int order_para_ = 0;         ///< the closing order's paragraph when it is naskah's own sentence
    std::size_t order_line_ = 0;
    /// The distribution list; `own_heading`: headed by the office's own sentence, not «Tembusan».
    void tembusan(bool own_heading = false);
    static bool own_tembusan_heading(std::string_view text);
    void certification();
    void parts();
    void closing(bool in_lampiran);
    void lampiran();
    bool table(const WTable& t, Lampiran& lamp, int para);
    bool work_plan(const Table& t, WorkPlan& out);
    void detect_variant();
};

bool Recogniser::head()
{
    // the NOMOR line, before any part label
    std::size_t nomor = lines_.size();
    for (std::size_t k = 0; k < lines_.size(); ++k) {
        if (lines_[k].table) break;
        if (part_label(lines_[k])) break;
        if (starts_word(lines_[k].text, "NOMOR") && std::isupper(static_cast<unsigned char>(lines_[k].text[1]))) {
            if (nomor == lines_.size()) nomor = k;
            // a gazette print's kop has a "NOMOR : 8 TAHUN : 2013" line of its own: the title
            // block's NOMOR is the one under the PERATURAN/KEPUTUSAN line
            bool under_kind = false;
            for (std::size_t j = k; j-- > 0 && k - j <= 3;)
                if (kind_word(lines_[j].text)) under_kind = true;
            if (under_kind) {
                nomor = k;
                break;
            }
        }
    }
    std::size_t heading = lines_.size();
    std::string number_text;
    if (nomor < lines_.size()) {
        for (std::size_t k = nomor; k-- > 0;) {
            if (lines_[k].text.empty()) continue;
            if (kind_word(lines_[k].text)) {
                heading = k;
                break;
            }
            if (nomor - k > 3) break;
        }
        if (heading == lines_.size() && nomor > 0) heading = nomor - 1;
        number_text = lines_[nomor].stored().substr(5);
    } else {
        for (std::size_t k = 0; k < lines_.size() && k < 40; ++k) {
            const std::size_t n = lines_[k].text.find(" NOMOR ");
            if (kind_word(lines_[k].text) && n != std::string::npos) {
                heading = nomor = k;
                const std::string st = lines_[k].stored();
                number_text = st.size() >= n + 7 ? st.substr(n + 7) : std::string();
                break;
            }
        }
    }
    if (heading >= lines_.size()) {
        sink_.error(SourcePos{pkg_.path, 0, 0}, "E-IMPOR-STRUKTUR",
                    "kepala keputusan tidak ditemukan: seharusnya ada baris \"KEPUTUSAN …\" disusul \"NOMOR …\" sebelum Menimbang",
                    "the decree's title block was not found: expected a line \"KEPUTUSAN …\" followed by \"NOMOR …\" before Menimbang");
        return false;
    }
    Metadata& m = d_.meta;
    // kop, SALINAN and the logo
    for (std::size_t k = 0; k < heading; ++k) {
        const Line& l = lines_[k];
        kop_pictures(l, false);
        if (l.text.empty()) continue;
        if (upper_ascii(l.text) == "SALINAN") {
            m.variant = Variant::Salinan;
            continue;
        }
        const Styled s = styled(l.para);
        // a line Word shows in capitals is the institution's name; one in mixed case an address
        bool address = false;
        for (const WRun& r : l.para.runs)
            if (!r.caps)
                for (char c : r.text) address = address || (c >= 'a' && c <= 'z');
        m.kop_lines.push_back(address ? to_inline(s, 0, s.text.size(), pos(l.para.number), kBold)
                                      : caps_inline(to_inline(s, 0, s.text.size(), pos(l.para.number), kBold)));
        m.kop_address.push_back(address);
        if (!address) kop_weight(l.para);
    }
    // heading: kind + issuer, over one or more lines
    std::string heading_text;
    for (std::size_t k = heading; k < nomor; ++k) heading_text += (heading_text.empty() ? "" : " ") + lines_[k].stored();
    if (heading == nomor) heading_text = lines_[heading].stored().substr(0, upper_ascii(lines_[heading].stored()).find(" NOMOR "));
    const char* kind = kind_word(upper_id(heading_text));
    if (kind) {
        std::string k = kind;
        m.kind = caps(k);
        if (!m.kind.empty()) {
            for (std::size_t c = 1; c < m.kind.size(); ++c) m.kind[c] = static_cast<char>(std::tolower(static_cast<unsigned char>(m.kind[c])));
        }
        if (k == "PERATURAN") {
            d_.instrument = Instrument::Peraturan;
            // a Perda: "PERATURAN DAERAH KABUPATEN …" is kind "Peraturan Daerah" by the region
            if (starts_word(clean(heading_text.substr(k.size())), "DAERAH")) {
                k += " DAERAH";
                m.kind = "Peraturan Daerah";
            }
        }
        m.issuer = caps(clean(heading_text.substr(std::min(k.size(), heading_text.size()))));
    } else {
        m.issuer = caps(heading_text);
    }
    m.issuer_pos = pos(lines_[heading].para.number);
    // number
    number_text = clean(number_text);
    if (!number_text.empty() && number_text[0] == ':') number_text = clean(number_text.substr(1));
    m.number_pos = pos(lines_[nomor].para.number);
    if (number_text.empty() || number_text.find("${nomor_naskah}") != std::string::npos) m.number.reset();
    else m.number = number_text;
    i_ = nomor + 1;
    // TENTANG and the title, the official
    std::size_t end = i_;
    // an Instruksi may open «Dalam rangka …, dengan ini menginstruksikan:» with no Menimbang: its
    // first line can end in a comma too, but it is no official's line
    auto opening_line = [&](const Line& l) {
        return model::is_instruksi(m) && (starts_word(l.text, "Dalam rangka") || starts_word(l.text, "Dengan ini") ||
                                          !detail::decision_word(l.text).empty());
    };
    while (end < lines_.size() && !lines_[end].table && !part_label(lines_[end]) && !opening_line(lines_[end])) ++end;
    std::size_t official = end;
    for (std::size_t k = end; k-- > i_;)
        if (ends_with(lines_[k].text, ",")) {
            official = k;
            break;
        }
    std::size_t official_start = official;
    while (official_start > i_ && official < end && !lines_[official_start - 1].text.empty() &&
           !ends_with(lines_[official_start - 1].text, ",") && upper_ascii(lines_[official_start - 1].text) != "DENGAN RAHMAT TUHAN YANG MAHA ESA" &&
           official_start - 1 > i_ && lines_[official_start - 2].text.empty())
        --official_start;
    Inline title;
    bool in_title = false;
    for (std::size_t k = i_; k < official_start; ++k) {
        const Line& l = lines_[k];
        if (l.text.empty()) continue;
        if (upper_ascii(l.text) == "DENGAN RAHMAT TUHAN YANG MAHA ESA") {
            m.rahmat = true;
            continue;
        }
        std::size_t from = 0;
        if (!in_title && starts_word(l.text, "TENTANG")) {
            in_title = true;
            const std::string raw = l.para.text();
            from = after_label(raw, "TENTANG");
            if (clean(raw.substr(from)).empty()) continue;
        } else if (!in_title) {
            in_title = true;  // a title without "TENTANG" (rare)
        }
        const Styled s = styled(l.para);
        Inline part = to_inline(s, from, s.text.size(), pos(l.para.number), kBold);
        if (!title.spans.empty() && !part.spans.empty()) title.spans.push_back(Span{" ", kPlain, false, part.pos});
        if (title.spans.empty()) title.pos = part.pos;
        for (Span& sp : part.spans) title.spans.push_back(sp);
    }
    // merge spans the joining split
    {
        Inline merged;
        merged.pos = title.pos;
        for (Span& sp : title.spans) {
            if (!merged.spans.empty() && !sp.line_break && !merged.spans.back().line_break && merged.spans.back().style == sp.style)
                merged.spans.back().text += sp.text;
            else merged.spans.push_back(sp);
        }
        title = merged;
    }
    m.title = caps_inline(title);
    if (!m.title.spans.empty() && !m.title.spans.back().line_break && ends_with(m.title.spans.back().text, "."))
        m.title.spans.back().text.pop_back();
    if (official < end) {
        std::string o;
        for (std::size_t k = official_start; k <= official; ++k) o += (o.empty() ? "" : " ") + lines_[k].stored();
        o.pop_back();
        for (const char* dlg : {"Plt.", "Plh."})
            if (o.rfind(dlg, 0) == 0) o = clean(o.substr(std::strlen(dlg)));
        m.official = caps(clean(o));
        m.official_pos = pos(lines_[official].para.number);
        for (std::size_t k = official + 1; k < end; ++k) unplaced(lines_[k], "kepala", "head");
    } else {
        sink_.warning(pos(lines_[nomor].para.number), "W-IMPOR-PEJABAT",
                      "baris jabatan pejabat (diakhiri koma) sebelum Menimbang tidak ditemukan",
                      "the official's line (ending with a comma) before Menimbang was not found");
    }
    i_ = end;
    return true;
}

void Recogniser::parts()
{
    enum class P { None, Menimbang, Mengingat, Memperhatikan, Menetapkan, Kepada, Diktum } state = P::None;
    // An Instruksi names its addressees («Kepada : 1. …») and then «Untuk :» before KESATU; the
    // labels are read only in one, so a Keputusan's diktum «Kepada yang bersangkutan …» stays text.
    bool instruksi = model::is_instruksi(d_.meta);
    std::vector<Entry> entries;
    std::string diktum_label_text;
    std::string menetapkan;
    int menetapkan_para = 0;
    std::string opening_text;
    bool opening_open = false;
    auto finish = [&]() {
        switch (state) {
        case P::Menimbang: d_.menimbang = part_items(entries, Numbering::Letter); break;
        case P::Mengingat: d_.mengingat = part_items(entries, Numbering::Number); break;
        case P::Memperhatikan: d_.memperhatikan = part_items(entries, Numbering::Number); break;
        case P::Kepada: d_.kepada = part_items(entries, Numbering::Number); break;
        case P::Diktum: {
            Diktum dk;
            dk.label = diktum_label_text;
            dk.pos = entries.empty() ? SourcePos{} : entries[0].content.pos;
            dk.blocks = blocks_of(entries);
            const std::string typed = dk.label;
            dk.label.clear();
            d_.diktum.push_back(std::move(dk));
            if (model::diktum_label(d_, d_.diktum.size() - 1) != typed) d_.diktum.back().label = typed;
            break;
        }
        default: break;
        }
        entries.clear();
    };
    for (; i_ < lines_.size(); ++i_) {
        const Line& l = lines_[i_];
        if (l.table) break;
        const std::string raw = l.para.text();
        if (enactment_line(l.text) || lampiran_line(l.text)) break;
        if (state == P::Diktum && (signature_start(i_) || upper_ascii(l.text).rfind("SALINAN SESUAI", 0) == 0)) break;
        if (upper_ascii(l.text) == "DENGAN PERSETUJUAN BERSAMA") {
            // a Perda's joint approval: the council's lines, "dan", the regional head's lines
            finish();
            state = P::None;
            const int at = l.para.number;
            std::string council, head;
            bool second = false;
            std::size_t k = i_ + 1;
            for (; k < lines_.size() && !lines_[k].table; ++k) {
                const Line& x = lines_[k];
                if (x.text.empty()) continue;
                if (!detail::decision_word(x.text).empty() || part_label(x) || heading_at(k)) break;
                if (!second && upper_ascii(x.text) == "DAN") {
                    second = true;
                    continue;
                }
                std::string& into = second ? head : council;
                into += (into.empty() ? "" : " ") + x.stored();
            }
            if (second && !council.empty() && !head.empty()) {
                d_.meta.joint_approval = std::make_pair(caps(clean(council)), caps(clean(head)));
                d_.meta.joint_approval_pos = pos(at);
                i_ = k - 1;
            } else {
                unplaced(l, "persetujuan bersama", "joint approval");
            }
            continue;
        }
        // a Peraturan's body starts at its first BAB, Bagian, Paragraf or Pasal heading
        if (d_.instrument == Instrument::Peraturan && (state == P::None || state == P::Menetapkan) && heading_at(i_)) break;
        std::size_t from = std::string::npos;
        P next = P::None;
        for (auto [w, p] : {std::pair{"Menimbang", P::Menimbang}, std::pair{"Mengingat", P::Mengingat},
                            std::pair{"Memperhatikan", P::Memperhatikan}, std::pair{"Menetapkan", P::Menetapkan}}) {
            if ((from = after_label(raw, w)) != std::string::npos) {
                next = p;
                break;
            }
        }
        if (next == P::None && instruksi && d_.kepada.empty() && state != P::Kepada &&
            (from = after_label(raw, "Kepada")) != std::string::npos && from > 0 && raw.find(':') < from) {
            finish();
            state = P::Kepada;
            if (!clean(raw.substr(from)).empty() || l.para.num_id) entries.push_back(entry(l, from, true));
            continue;
        }
        if (next == P::None && state == P::Kepada && (from = after_label(raw, "Untuk")) != std::string::npos &&
            raw.find(':') < from) {
            // «Untuk :» stands alone; the diktum follows
            finish();
            state = P::None;
            if (!clean(raw.substr(from)).empty()) unplaced(l, "setelah Untuk", "after Untuk");
            continue;
        }
        std::string label;
        std::size_t rest = 0;
        if (next == P::None && state != P::Menimbang && state != P::Mengingat && state != P::Memperhatikan && state != P::Kepada &&
            diktum_label(raw, label, rest)) {
            finish();
            state = P::Diktum;
            diktum_label_text = label;
            entries.push_back(entry(l, rest, true));
            continue;
        }
        if (next == P::None && detail::is_memutuskan(l.text)) {
            finish();
            state = P::None;
            // its punctuation tells house styles apart («MEMUTUSKAN:», «MEMUTUSKAN :», «MEMUTUSKAN»)
            const std::string typed = clean(l.text);
            const std::size_t colon = typed.rfind(':');
            out_.decision_line = colon == std::string::npos ? "MEMUTUSKAN" : colon > 0 && is_blank(typed[colon - 1]) ? "MEMUTUSKAN :" : "MEMUTUSKAN:";
            continue;
        }
        if (next == P::None && detail::is_menginstruksikan(l.text)) {
            // no shipped style prints it: the decree carries the word as its own convention
            finish();
            state = P::None;
            instruksi = true;
            const std::string typed = clean(l.text);
            const std::size_t colon = typed.rfind(':');
            const std::string tail = colon == std::string::npos ? "" : colon > 0 && is_blank(typed[colon - 1]) ? " :" : ":";
            d_.style_settings.push_back(StyleSetting{"bagian.memutuskan", "MENGINSTRUKSIKAN" + tail, pos(l.para.number)});
            continue;
        }
        if (next == P::Menetapkan) {
            finish();
            state = P::Menetapkan;
            menetapkan = clean(raw.substr(from));
            menetapkan_para = l.para.number;
            continue;
        }
        if (next != P::None) {
            finish();
            state = next;
            if (!clean(raw.substr(from)).empty() || l.para.num_id) entries.push_back(entry(l, from, true));
            continue;
        }
        if (state == P::Menetapkan && !l.text.empty() && d_.instrument == Instrument::Peraturan) {
            // Menetapkan runs on to its full stop; what follows it is the body
            if (ends_with(clean(menetapkan), ".")) break;
            menetapkan += " " + l.stored();
            continue;
        }
        if (state == P::Menetapkan && !l.text.empty()) {
            // Menetapkan runs on while the lines continue "KEPUTUSAN … TENTANG …"; a line that
            // does not starts the diktum, even without a KESATU label
            const std::string expected = alnum_upper(upper_id(decree_heading(d_.meta)) + " TENTANG " + upper_id(d_.meta.title.plain()));
            const std::string so_far = alnum_upper(upper_id(menetapkan + " " + l.text));
            if (expected.rfind(so_far, 0) == 0 || so_far.size() < 12) {
                menetapkan += " " + l.stored();
                continue;
            }
            finish();
            state = P::Diktum;
            diktum_label_text.clear();
            sink_.warning(pos(l.para.number), "W-IMPOR-DIKTUM",
                          para_name_id(l) + ": diktum tanpa label (KESATU, KEDUA, …); diberi label menurut urutannya",
                          para_name_en(l) + ": a diktum without a label (KESATU, KEDUA, …); it is labelled by its position");
        }
        if (l.text.empty()) {
            other_images(l, "isi", "body");
            continue;
        }
        if (state == P::None && instruksi && (opening_open || (!d_.opening && d_.menimbang.empty() && d_.kepada.empty() && d_.diktum.empty()))) {
            // an Instruksi opened «Dalam rangka …, dengan ini menginstruksikan:» instead of Menimbang;
            // the sentence runs to its colon
            if (!d_.opening) d_.opening = Inline::from_text("", pos(l.para.number));
            opening_text += (opening_text.empty() ? "" : " ") + l.stored();
            d_.opening = Inline::from_text(clean(opening_text), d_.opening->pos);
            opening_open = !ends_with(clean(l.text), ":");
            continue;
        }
        if (state == P::None) {
            // text between the parts with no label (e.g. before Menimbang): kept in the next part
            unplaced(l, "antara bagian", "between parts");
            continue;
        }
        other_images(l, "isi", "body");
        entries.push_back(entry(l, 0, false));
    }
    finish();
    // Menetapkan is built from the metadata; say so when the document's differs
    if (menetapkan_para) {
        std::string expected = upper_id(decree_heading(d_.meta)) + " TENTANG " + upper_id(d_.meta.title.plain());
        if (alnum_upper(expected) != alnum_upper(upper_id(menetapkan))) {
            sink_.add(Diagnostic{Severity::Note, pos(menetapkan_para), "N-IMPOR-MENETAPKAN",
                                 sink_.pick("paragraf Word ke-" + std::to_string(menetapkan_para) + " \"" + first_words(menetapkan) +
                                                "\": Menetapkan berbeda dari yang disusun gaya dari jenis, penerbit, dan judul; disimpan sebagai <menetapkan>",
                                            "Word paragraph " + std::to_string(menetapkan_para) + " \"" + first_words(menetapkan) +
                                                "\": Menetapkan differs from what the style builds from the kind, issuer and title; kept as <menetapkan>"),
                                 {}});
            d_.menetapkan = Inline::from_text(clean(menetapkan), pos(menetapkan_para));
        }
    }
}

void Recogniser::closing(bool in_lampiran)
{
    Metadata& m = d_.meta;
    auto skip_empty = [&]() {
        while (i_ < lines_.size() && !lines_[i_].table && lines_[i_].text.empty()) {
            other_images(lines_[i_], "tanda tangan", "signature");
            ++i_;
        }
    };
    auto at = [&](std::size_t k) -> const Line* { return k < lines_.size() && !lines_[k].table ? &lines_[k] : nullptr; };
    skip_empty();
    if (const Line* l = at(i_); l && in_lampiran && l->text.find(',') != std::string::npos) {
        // "Wates, 16 Desember 2015" over a Lampiran's signature (tempat-tanggal): naskah prints it
        Date dt;
        if (detail::parse_date_id(l->text.substr(l->text.find(',') + 1), dt)) {
            ++i_;
            skip_empty();
        }
    }
    if (const Line* l = at(i_); l && enactment_line(l->text)) {
        const bool issued = starts_word(l->text, "Dikeluarkan");
        // an Instruksi is «Dikeluarkan di» (Permendagri 1/2023) where a Keputusan is «Ditetapkan di»:
        // the decree keeps its word as its own convention
        if (issued && !in_lampiran) d_.style_settings.push_back(StyleSetting{"penetapan.di", "Dikeluarkan di", pos(l->para.number)});
        std::string place = clean(l->text.substr(issued ? 11 : 10));
        if (starts_word(place, "di")) place = clean(place.substr(2));
        if (!place.empty() && place[0] == ':') place = clean(place.substr(1));
        if (!in_lampiran) {
            m.place = place;
            m.place_pos = pos(l->para.number);
        }
        ++i_;
        skip_empty();
        if (const Line* t = at(i_); t && (starts_word(t->text, "pada") || starts_word(t->text, "tanggal"))) {
            std::string date = t->text;
            if (starts_word(date, "pada")) date = clean(date.substr(4));
            if (starts_word(date, "tanggal")) date = clean(date.substr(7));
            if (!date.empty() && date[0] == ':') date = clean(date.substr(1));
            Date dt;
            if (!in_lampiran) {
                m.date_pos = pos(t->para.number);
                if (date.find("${tanggal_naskah}") != std::string::npos || date.empty()) m.date.reset();
                else if (detail::parse_date_id(date, dt)) m.date = dt;
                else {
                    m.date.reset();
                    sink_.warning(pos(t->para.number), "W-IMPOR-TANGGAL",
                                  para_name_id(*t) + ": \"" + date + "\" bukan tanggal lengkap; tanggal dibiarkan terbuka (diisi saat penandatanganan)",
                                  para_name_en(*t) + ": \"" + date + "\" is not a complete date; the date is left open (filled in at signing)");
                    out_.notes.push_back("Word paragraph " + std::to_string(t->para.number) + " (date, left open): " + t->text);
                }
            }
            ++i_;
        }
    }
    skip_empty();
    // the official's title, with a delegation
    const Line* o = at(i_);
    if (!o) return;
    std::string official;
    std::string delegation;
    {
        std::string t = o->text;
        for (const char* dlg : {"a.n.", "an.", "a.n", "Plt.", "Plh.", "Plt", "Plh"}) {
            if (t.rfind(dlg, 0) == 0 && (t.size() == std::strlen(dlg) || t[std::strlen(dlg)] == ' ')) {
                delegation = dlg;
                if (delegation == "an." || delegation == "a.n") delegation = "a.n.";
                if (delegation == "Plt" || delegation == "Plh") delegation += ".";
                t = clean(t.substr(std::strlen(dlg)));
                break;
            }
        }
        official = t;
    }
    // the same words as typed, for the model
    std::string official_stored = o->stored();
    if (!delegation.empty()) {
        const std::size_t sp = official_stored.find(' ');
        official_stored = sp == std::string::npos ? std::string() : clean(official_stored.substr(sp + 1));
    }
    // a signature block starts with the official's title; anything else is not one
    const std::string want = upper_ascii(m.official);
    auto norm = [](std::string s) {
        s = clean(s);
        if (ends_with(s, ",")) s.pop_back();
        return upper_ascii(clean(s));
    };
    std::size_t k = i_;
    std::string joined = official;
    while (!ends_with(joined, ",") && at(k + 1) && !at(k + 1)->text.empty() && k - i_ < 3) {
        ++k;
        joined += " " + at(k)->text;
        official_stored += " " + at(k)->stored();
    }
    if (!ends_with(joined, ",") && norm(joined) != want) return;
    if (!in_lampiran) {
        m.signer.delegation = delegation;
        m.signer.pos = pos(o->para.number);
        if (m.official.empty()) m.official = caps(norm(joined));
        else if (norm(joined) != want) {
            // the signature names another title than the line above Menimbang ("Rektor")
            std::string t = clean(official_stored);
            if (ends_with(t, ",")) t.pop_back();
            m.signer.title = caps(clean(t));
        }
    }
    i_ = k + 1;
    if (delegation == "a.n.") {
        if (const Line* t = at(i_); t && !t->text.empty()) {
            std::string own = t->stored();
            if (ends_with(own, ",")) own.pop_back();
            if (!in_lampiran) m.signer.own_title = caps(clean(own));
            ++i_;
        }
    }
    // signing space: empty lines, "ttd.", a placeholder, a scanned signature
    while (const Line* t = at(i_)) {
        const std::string u = upper_ascii(t->text);
        // "Cap/ttd" is a gazette print's mark in every variant (perda-kulon-progo), not a copy's
        if (t->text.empty() || u == "TTD." || u == "TTD" || u == "(TTD)" || u == "CAP/TTD" || u == "CAP/TTD." || t->text == "${ttd_pengirim}") {
            if (u.rfind("TTD", 0) == 0 || u == "(TTD)") saw_ttd_ = true;
            other_images(*t, "tanda tangan", "signature");
            ++i_;
            continue;
        }
        break;
    }
    if (const Line* n = at(i_)) {
        if (!in_lampiran) {
            std::string name = n->stored();
            m.signer.name = name == "${nama_pengirim}" ? name : person(name);
            if (name == "${nama_pengirim}")
                sink_.warning(pos(n->para.number), "W-IMPOR-NAMA",
                              para_name_id(*n) + ": nama penanda tangan adalah tempat isian SRIKANDI; ganti dengan nama sebenarnya",
                              para_name_en(*n) + ": the signer's name is SRIKANDI's placeholder; replace it with the real name");
            m.signer.pos = pos(n->para.number);
        }
        ++i_;
    }
    // the signer's rank (pangkat) and NIP, under the name
    while (const Line* t = at(i_)) {
        if (t->text.empty()) break;
        if (starts_word(t->text, "NIP")) {
            std::string nip = clean(t->stored().substr(3));
            while (!nip.empty() && (nip[0] == '.' || nip[0] == ':' || nip[0] == ' ')) nip.erase(0, 1);
            if (!in_lampiran) {
                if (m.signer.nip.empty() && !nip.empty()) {
                    m.signer.nip = nip;
                    // «NIP. 1978…» or «NIP 1978…»: house styles differ in it
                    out_.nip_label = t->text.size() > 3 && t->text[3] == '.' ? "NIP." : "NIP";
                }
                else unplaced(*t, "NIP penanda tangan", "signer's NIP");
            }
            ++i_;
            continue;
        }
        bool rank = false;
        for (const char* w : {"Pembina", "Penata", "Pengatur", "Juru", "Pengatur"}) rank = rank || starts_word(t->text, w);
        rank = rank || (t->text.size() < 60 && t->text.find('(') != std::string::npos && t->text.find('/') != std::string::npos &&
                        !starts_word(t->text, "Tembusan") && !starts_word(t->text, "Salinan") && !lampiran_line(t->text));
        if (rank && m.signer.nip.empty()) {
            if (!in_lampiran) {
                if (m.signer.rank.empty()) m.signer.rank = t->stored();
                else unplaced(*t, "pangkat penanda tangan", "signer's rank");
            }
            ++i_;
            continue;
        }
        break;
    }
}

void Recogniser::detect_variant()
{
    Metadata& m = d_.meta;
    for (const auto& h : doc_.headers)
        for (const WPara& p : h)
            if (upper_ascii(clean(p.shown())) == "SALINAN") m.variant = Variant::Salinan;
    if (saw_ttd_) m.variant = Variant::Salinan;
    for (const auto& f : doc_.footers)
        for (const WPara& p : f) {
            const std::string t = clean(p.shown());
            if (t.find("ditandatangani secara elektronik") != std::string::npos && m.variant == Variant::Asli) m.variant = Variant::Tte;
        }
}

void Recogniser::kop_weight(const WPara& p)
{
    const int bold = p.all_bold() ? 1 : 0;
    if (out_.kop_bold == -2) out_.kop_bold = bold;
    else if (out_.kop_bold != bold) out_.kop_bold = -1;
}

bool Recogniser::signature_start(std::size_t k) const
{
    if (k >= lines_.size() || lines_[k].table || d_.meta.official.empty()) return false;
    std::string t = lines_[k].text;
    for (const char* dlg : {"a.n.", "an.", "Plt.", "Plh."})
        if (t.rfind(dlg, 0) == 0) t = clean(t.substr(std::strlen(dlg)));
    const std::string want = upper_ascii(d_.meta.official);
    auto norm = [](std::string s) {
        s = clean(s);
        if (ends_with(s, ",")) s.pop_back();
        return upper_ascii(clean(s));
    };
    if (norm(t) == want) return true;
    if (k + 1 < lines_.size() && !lines_[k + 1].table && norm(t + " " + lines_[k + 1].text) == want) return true;
    // a Lampiran's closing signature under the title the decree's own signature printed when it
    // differs from the official's (jabatan-ttd, «KEPALA DINAS,»), with the signer's name or a NIP
    // line under it
    const std::string& title = d_.meta.signer.title;
    if (title.empty() || norm(t) != upper_ascii(clean(title))) return false;
    const std::string name = upper_ascii(clean(d_.meta.signer.name));
    for (std::size_t n = k + 1; n < lines_.size() && n <= k + 8 && !lines_[n].table; ++n) {
        const std::string u = upper_ascii(clean(lines_[n].text));
        if ((!name.empty() && u == name) || starts_word(lines_[n].text, "NIP")) return true;
    }
    return false;
}

bool Recogniser::own_tembusan_heading(std::string_view text)
{
    // «Salinan Keputusan ini disampaikan kepada Yth. :» heads the list as «Tembusan :» does;
    // «Salinan sesuai dengan aslinya» (the certification) has no «disampaikan»
    const std::string t = clean(text);
    const std::string upper = upper_ascii(t);
    return starts_word(t, "Salinan") && !t.empty() && t.back() == ':' && upper.find(" DISAMPAIKAN") != std::string::npos;
}

void Recogniser::tembusan(bool own_heading)
{
    const Line& head = lines_[i_];
    if (own_heading)
        d_.style_settings.push_back(StyleSetting{"tembusan.judul", clean(head.text), pos(head.para.number)});
    std::string rest = own_heading ? std::string() : clean(head.text.substr(8));
    if (!rest.empty() && rest[0] == ':') rest = clean(rest.substr(1));
    // "Tembusan:", "Tembusan Yth.:", "Tembusan disampaikan kepada Yth.:" head the list; text
    // after them on the same line is its first item
    const bool heading_only = rest.empty() || rest.back() == ':' || upper_ascii(rest) == "YTH." || upper_ascii(rest) == "YTH";
    if (!heading_only) {
        const std::size_t from = head.para.text().find(rest.substr(0, std::min<std::size_t>(rest.size(), 6)));
        Entry e = entry(head, from == std::string::npos ? 0 : from, true);
        d_.meta.tembusan.push_back(e.content);
    }
    ++i_;
    while (i_ < lines_.size() && !lines_[i_].table) {
        const Line& l = lines_[i_];
        if (l.text.empty() || starts_word(l.text, "Salinan") || lampiran_line(l.text)) break;
        Entry e = entry(l, 0, true);
        if (!e.content.empty()) d_.meta.tembusan.push_back(e.content);
        ++i_;
    }
}

void Recogniser::certification()
{
    const Line& head = lines_[i_];
    ++i_;
    std::vector<const Line*> ls;
    while (i_ < lines_.size() && !lines_[i_].table) {
        const Line& l = lines_[i_];
        if (!l.text.empty()) ls.push_back(&l);
        ++i_;
        if (!l.text.empty() && ends_with(l.text, ",")) break;
        if (ls.size() > 4) break;
    }
    Certification c;
    c.pos = pos(head.para.number);
    if (!ls.empty() && ends_with(ls.back()->text, ",")) {
        std::string t = ls.back()->stored();
        if (ends_with(t, ",")) t.pop_back();
        c.title = caps(clean(t));
        std::string office;
        for (std::size_t k = 0; k + 1 < ls.size(); ++k) office += (office.empty() ? "" : " ") + ls[k]->stored();
        // no office line: the certifier's title names the unit itself («KEPALA BAGIAN HUKUM,»)
        c.office = office.empty() ? std::string() : caps(office);
    } else {
        for (const Line* l : ls) unplaced(*l, "pengesahan salinan", "certification");
        return;
    }
    while (i_ < lines_.size() && !lines_[i_].table) {
        const std::string u = upper_ascii(lines_[i_].text);
        if (lines_[i_].text.empty() || u == "TTD." || u == "TTD") {
            other_images(lines_[i_], "pengesahan salinan", "certification");
            ++i_;
            continue;
        }
        break;
    }
    if (i_ < lines_.size() && !lines_[i_].table) {
        c.name = person(lines_[i_].stored());
        // how the certification is set, for the house style: the office on its own line(s) over
        // the title, and the certifier's name as Word shows it
        if (!d_.meta.certification) {
            out_.certification_office_line = c.office.empty() ? -1 : 1;
            bool lower = false;
            for (char ch : lines_[i_].text) lower = lower || (ch >= 'a' && ch <= 'z');
            out_.certification_name_upper = lower ? 0 : 1;
        }
        ++i_;
    }
    if (i_ < lines_.size() && !lines_[i_].table && starts_word(lines_[i_].text, "NIP")) {
        std::string nip = clean(lines_[i_].text.substr(3));
        while (!nip.empty() && (nip[0] == '.' || nip[0] == ':' || nip[0] == ' ')) nip.erase(0, 1);
        c.nip = nip;
        ++i_;
    }
    if (!d_.meta.certification) d_.meta.certification = c;
}

bool Recogniser::table(const WTable& wt, Lampiran& lamp, int para)
{
    Table t;
    t.pos = pos(para);
    std::size_t ncols = wt.grid.size();
    for (const WRow& r : wt.rows) {
        std::size_t n = static_cast<std::size_t>(r.grid_before + r.grid_after);
        for (const WCell& c : r.cells) n += static_cast<std::size_t>(c.span);
        ncols = std::max(ncols, n);
    }
    if (ncols == 0) return true;
    if (ncols > limits::kTableColumns || wt.rows.size() > limits::kTableRows || ncols * wt.rows.size() > limits::kTableSlots) {
        // past naskah's table limits (docs/robustness.md) the text is kept as paragraphs
        sink_.warning(pos(para), "W-IMPOR-TABEL",
                      "tabel mulai paragraf Word ke-" + std::to_string(para) + " melebihi batas tabel naskah (" + std::to_string(wt.rows.size()) +
                          " baris, " + std::to_string(ncols) + " kolom); isinya disimpan sebagai paragraf",
                      "the table starting at Word paragraph " + std::to_string(para) + " exceeds naskah's table limits (" +
                          std::to_string(wt.rows.size()) + " rows, " + std::to_string(ncols) + " columns); its text is kept as paragraphs");
        for (const WRow& wr : wt.rows)
            for (const WCell& wc : wr.cells)
                for (const WPara& p : wc.paras) {
                    Line l;
                    l.para = p;
                    l.text = clean(p.shown());
                    if (!l.text.empty()) lamp.content.emplace_back(paragraph_block(entry(l, 0, false).content));
                }
        return true;
    }
    for (std::size_t k = 0; k < ncols; ++k) {
        ColumnWidth w;
        if (k < wt.grid.size() && wt.grid[k] > 0) {
            w.kind = ColumnWidth::Kind::Fixed;
            w.value = std::round(wt.grid[k] * 25.4 / 1440.0 * 10) / 10;
            if (w.value <= 0) w.kind = ColumnWidth::Kind::Auto;
        }
        t.columns.push_back(w);
    }
    struct Origin {
        std::size_t row = 0, cell = 0;
        bool header = false;
        bool open = false;
    };
    std::vector<Origin> open(ncols);
    std::vector<Row> rows;
    std::vector<bool> header_flags;
    bool header_run = true;
    for (const WRow& wr : wt.rows) {
        Row row;
        row.pos = pos(wr.cells.empty() || wr.cells[0].paras.empty() ? para : wr.cells[0].paras[0].number);
        std::size_t col = 0;
        auto pad = [&](std::size_t count) {
            for (std::size_t k = 0; k < count && col < ncols; ++k) {
                Cell e;
                e.pos = row.pos;
                open[col].open = false;
                row.cells.push_back(e);
                ++col;
            }
        };
        pad(static_cast<std::size_t>(wr.grid_before));
        bool all_keep = true, any_para = false;
        for (const WCell& wc : wr.cells) {
            if (col >= ncols) break;
            const std::size_t span = std::min<std::size_t>(static_cast<std::size_t>(wc.span), ncols - col);
            for (const WPara& p : wc.paras) {
                any_para = true;
                all_keep = all_keep && p.keep_next;
            }
            if (wc.merge == WCell::Merge::Continue && open[col].open) {
                Origin& o = open[col];
                Cell& origin = rows[o.row].cells[o.cell];
                origin.rowspan += 1;
                bool content = false;
                for (const WPara& p : wc.paras) content = content || !clean(p.text()).empty();
                if (content) {
                    std::vector<Entry> es;
                    for (const WPara& p : wc.paras) {
                        Line l;
                        l.para = p;
                        l.text = clean(p.shown());
                        es.push_back(entry(l, 0, false, true));
                    }
                    for (Block& b : blocks_of(es)) origin.blocks.push_back(std::move(b));
                    sink_.warning(pos(wc.paras[0].number), "W-IMPOR-GABUNG",
                                  "paragraf Word ke-" + std::to_string(wc.paras[0].number) +
                                      ": sel lanjutan gabungan baris (vMerge) berisi teks; teksnya dipindah ke sel awal gabungan",
                                  "Word paragraph " + std::to_string(wc.paras[0].number) +
                                      ": a continued row-merged cell (vMerge) holds text; it is moved into the merge's first cell");
                }
                col += span;
                continue;
            }
            Cell c;
            c.colspan = static_cast<int>(span);
            c.pos = pos(wc.paras.empty() ? para : wc.paras[0].number);
            if (wc.has_fill) c.fill = wc.fill;
            if (wc.valign == "center") c.valign = VAlign::Middle;
            else if (wc.valign == "bottom") c.valign = VAlign::Bottom;
            bool bold = false, all_bold = true;
            std::string jc;
            bool same_jc = true, first = true;
            for (const WPara& p : wc.paras) {
                if (clean(p.text()).empty()) continue;
                bold = true;
                all_bold = all_bold && p.all_bold();
                const std::string j = p.jc.empty() ? "left" : p.jc;
                if (first) jc = j;
                else if (j != jc) same_jc = false;
                first = false;
            }
            c.bold = bold && all_bold;
            if (same_jc) {
                if (jc == "center") c.halign = HAlign::Center;
                else if (jc == "right") c.halign = HAlign::Right;
                else if (jc == "both") c.halign = HAlign::Justify;
            }
            std::vector<Entry> es;
            for (const WPara& p : wc.paras) {
                Line l;
                l.para = p;
                l.text = clean(p.shown());
                Entry e = entry(l, 0, false, true);
                if (c.bold)
                    for (Span& s : e.content.spans) s.style = static_cast<std::uint8_t>(s.style & ~kBold);
                es.push_back(std::move(e));
                other_images(l, "tabel", "table");
            }
            c.blocks = blocks_of(es);
            if (wc.nested_table)
                sink_.warning(c.pos, "W-IMPOR-TABEL", "paragraf Word ke-" + std::to_string(c.pos.line) + ": tabel di dalam sel diratakan menjadi paragraf",
                              "Word paragraph " + std::to_string(c.pos.line) + ": a table inside a cell is flattened into paragraphs");
            for (std::size_t k = col; k < col + span; ++k) open[k].open = false;
            if (wc.merge == WCell::Merge::Restart) {
                open[col] = Origin{rows.size(), row.cells.size(), header_run && wr.header, true};
            }
            row.cells.push_back(std::move(c));
            col += span;
        }
        if (col < ncols) pad(ncols - col);
        row.keep_with_next = any_para && all_keep;
        header_run = header_run && wr.header;
        header_flags.push_back(header_run);
        rows.push_back(std::move(row));
    }
    // group rows: one bold cell over the whole width
    for (Row& r : rows) {
        if (r.cells.size() == 1 && r.cells[0].colspan == static_cast<int>(ncols) && ncols > 1 && r.cells[0].bold && !r.cells[0].fill &&
            !r.cells[0].halign && r.cells[0].valign == VAlign::Top && r.cells[0].rowspan == 1) {
            r.group = true;
            r.keep_with_next = true;
        }
    }
    if (!rows.empty() && !rows.back().group) rows.back().keep_with_next = false;
    for (std::size_t k = 0; k < rows.size(); ++k) {
        if (header_flags[k]) {
            rows[k].keep_with_next = false;
            t.header.push_back(std::move(rows[k]));
        } else {
            t.body.push_back(std::move(rows[k]));
        }
    }
    // a "1 | 2 | 3 …" row closing the header (or opening the body) is naskah's <nomor-kolom/>
    auto number_row = [&](const Row& r) {
        if (r.cells.size() != ncols || ncols < 2) return false;
        bool numbers = true;
        for (std::size_t k = 0; k < ncols && numbers; ++k) {
            const Cell& c = r.cells[k];
            numbers = c.colspan == 1 && c.rowspan == 1 && c.blocks.size() == 1 && !c.blocks[0].is_list &&
                      c.blocks[0].paragraph.plain() == std::to_string(k + 1) && !c.fill;
        }
        return numbers;
    };
    if (t.header.empty()) {
        // Word repeats only a leading run of header rows, so a header naskah does not repeat
        // (<baris ulang="tidak">) comes without w:tblHeader: the rows above a 1 | 2 | 3 row are
        // the header all the same
        for (std::size_t k = 1; k <= 3 && k < t.body.size(); ++k) {
            if (!number_row(t.body[k])) continue;
            for (std::size_t r = 0; r < k; ++r) {
                t.body[r].repeat = false;
                t.body[r].keep_with_next = false;
                t.header.push_back(std::move(t.body[r]));
            }
            t.body.erase(t.body.begin(), t.body.begin() + static_cast<std::ptrdiff_t>(k));
            break;
        }
    }
    if (!t.header.empty() && number_row(t.header.back())) {
        t.column_numbers = true;
        t.header.pop_back();
    } else if (!t.body.empty() && number_row(t.body[0])) {
        t.column_numbers = true;
        t.body.erase(t.body.begin());
    }
    DiagnosticSink quiet;
    ResolvedGrid g;
    if (!resolve_grid(t, g, quiet)) {
        // header spans running into the body: all rows become body rows
        for (Row& r : t.header) t.body.insert(t.body.begin(), std::move(r));
        t.header.clear();
        DiagnosticSink quiet2;
        if (!resolve_grid(t, g, quiet2)) {
            sink_.warning(pos(para), "W-IMPOR-TABEL",
                          "tabel mulai paragraf Word ke-" + std::to_string(para) + " tidak membentuk kisi yang sah; isinya disimpan sebagai paragraf",
                          "the table starting at Word paragraph " + std::to_string(para) + " does not form a valid grid; its text is kept as paragraphs");
            for (const WRow& wr : wt.rows)
                for (const WCell& wc : wr.cells)
                    for (const WPara& p : wc.paras) {
                        Line l;
                        l.para = p;
                        l.text = clean(p.shown());
                        if (l.text.empty()) continue;
                        lamp.content.emplace_back(paragraph_block(entry(l, 0, false).content));
                    }
            return true;
        }
    }
    WorkPlan wp;
    if (work_plan(t, wp)) lamp.content.emplace_back(std::move(wp));
    else lamp.content.emplace_back(std::move(t));
    return true;
}

bool Recogniser::work_plan(const Table& t, WorkPlan& out)
{
    auto text = [](const Cell& c) -> std::string {
        if (c.blocks.empty()) return {};
        if (c.blocks.size() != 1 || c.blocks[0].is_list) return "\x01";
        return c.blocks[0].paragraph.plain();
    };
    if (t.header.size() != 2 || t.columns.size() < 17) return false;
    const Row& top = t.header[0];
    const Row& second = t.header[1];
    const std::size_t extras = t.columns.size() - 17;
    if (top.cells.size() != 6 + extras || second.cells.size() != 12) return false;
    const char* heads[] = {"NO.", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR KEBERHASILAN", "PELAKSANAAN (BULAN)"};
    for (int k = 0; k < 5; ++k)
        if (upper_ascii(text(top.cells[static_cast<std::size_t>(k)])) != heads[k]) return false;
    if (upper_ascii(text(top.cells.back())) != "KET.") return false;
    for (int k = 0; k < 12; ++k)
        if (text(second.cells[static_cast<std::size_t>(k)]) != std::to_string(k + 1)) return false;
    for (std::size_t e = 0; e < extras; ++e) {
        ExtraColumn x;
        x.heading = caps(text(top.cells[5 + e]));
        x.width = t.columns[16 + e];
        x.pos = top.cells[5 + e].pos;
        out.extra_columns.push_back(x);
    }
    out.pos = t.pos;
    auto inline_of = [](const Cell& c, Inline& in) {
        if (c.blocks.empty()) {
            in = Inline{};
            in.pos = c.pos;
            return true;
        }
        if (c.blocks.size() != 1 || c.blocks[0].is_list) return false;
        in = c.blocks[0].paragraph;
        return true;
    };
    const std::size_t full = 17 + extras;  // no, kegiatan, sub, indikator, 12 months, extras, ket
    const std::size_t cont = full - 2;
    int remaining = 0;  // sub rows of the current activity still to come
    for (const Row& r : t.body) {
        if (r.group) {
            if (remaining) return false;
            Section sec;
            sec.pos = r.pos;
            Inline title;
            if (!inline_of(r.cells[0], title) || title.spans.empty() || title.spans[0].line_break) return false;
            std::string& first = title.spans[0].text;
            const std::size_t dot = first.find(". ");
            if (dot == std::string::npos || first.substr(0, dot) != roman(static_cast<int>(out.sections.size() + 1))) return false;
            first.erase(0, dot + 2);
            if (first.empty()) title.spans.erase(title.spans.begin());
            sec.title = caps_inline(title);
            out.sections.push_back(std::move(sec));
            continue;
        }
        if (out.sections.empty()) return false;
        Section& sec = out.sections.back();
        std::size_t base = 0;
        if (r.cells.size() == full) {
            if (remaining) return false;
            const Cell& no = r.cells[0];
            if (text(no) != std::to_string(sec.activities.size() + 1) + ".") return false;
            Activity a;
            a.pos = r.pos;
            if (!inline_of(r.cells[1], a.name) || r.cells[1].rowspan != no.rowspan) return false;
            remaining = no.rowspan;
            sec.activities.push_back(std::move(a));
            base = 2;
        } else if (r.cells.size() != cont || !remaining) {
            return false;
        }
        Activity& a = sec.activities.back();
        const int total = sec.activities.back().subs.empty() ? remaining : static_cast<int>(a.subs.size()) + remaining;
        SubActivity sub;
        sub.pos = r.pos;
        if (!inline_of(r.cells[base], sub.text) || !inline_of(r.cells[base + 1], sub.indicator)) return false;
        if (total > 1) {
            const std::string number = std::to_string(a.subs.size() + 1) + ". ";
            if (sub.text.spans.empty() || sub.text.spans[0].line_break || sub.text.spans[0].text.rfind(number, 0) != 0) return false;
            sub.text.spans[0].text.erase(0, number.size());
            if (sub.text.spans[0].text.empty()) sub.text.spans.erase(sub.text.spans.begin());
        }
        for (int mth = 0; mth < 12; ++mth) {
            const Cell& mc = r.cells[base + 2 + static_cast<std::size_t>(mth)];
            const std::string mt = text(mc);
            if (!mt.empty() && mt != "\xE2\x9C\x93") return false;
            if (mc.fill) sub.months |= static_cast<std::uint16_t>(1u << mth);
        }
        if (!sub.months) return false;
        for (std::size_t e = 0; e < extras; ++e) {
            Inline x;
            if (!inline_of(r.cells[base + 14 + e], x)) return false;
            sub.extra.push_back(x);
        }
        if (!inline_of(r.cells[base + 14 + extras], sub.remark)) return false;
        a.subs.push_back(std::move(sub));
        --remaining;
    }
    if (remaining || out.sections.empty()) return false;
    for (const Section& s : out.sections)
        if (s.activities.empty()) return false;
    return true;
}

void Recogniser::lampiran()
{
    const Line& head = lines_[i_];
    Lampiran lamp;
    lamp.pos = pos(head.para.number);
    lamp.orientation = head.landscape ? Orientation::Landscape : Orientation::Portrait;
    out_.lampiran_labelled = head.text.find(':') != std::string::npos;
    ++i_;
    bool saw_tentang = false, saw_tanggal = false;
    while (i_ < lines_.size() && !lines_[i_].table) {
        const Line& l = lines_[i_];
        if (l.text.empty()) {
            if (saw_tentang) break;
            ++i_;
            continue;
        }
        if (starts_word(l.text, "NOMOR") || kind_word(l.text) || starts_word(l.text, "TANGGAL")) {
            if (starts_word(l.text, "TANGGAL")) saw_tanggal = true;
            ++i_;
            continue;
        }
        if (starts_word(l.text, "TENTANG")) {
            saw_tentang = true;
            ++i_;
            continue;
        }
        if (saw_tentang && l.para.jc != "center" && l.para.left > 0 && l.para.left >= head.para.left - 200) {
            ++i_;
            continue;
        }
        break;
    }
    if (!saw_tanggal) out_.lampiran_date_line = false;
    while (i_ < lines_.size() && !lines_[i_].table && lines_[i_].text.empty()) ++i_;
    if (i_ < lines_.size() && !lines_[i_].table && !lampiran_line(lines_[i_].text)) {
        const Line& t = lines_[i_];
        const Styled s = styled(t.para);
        lamp.title = to_inline(s, 0, s.text.size(), pos(t.para.number), kBold);
        ++i_;
        while (t.para.jc == "center" && i_ < lines_.size() && !lines_[i_].table && !lines_[i_].text.empty() && lines_[i_].para.jc == "center") {
            const Styled s2 = styled(lines_[i_].para);
            Inline more = to_inline(s2, 0, s2.text.size(), pos(lines_[i_].para.number), kBold);
            lamp.title.spans.push_back(Span{" ", kPlain, false, more.pos});
            for (Span& sp : more.spans) lamp.title.spans.push_back(sp);
            ++i_;
        }
        lamp.title = caps_inline(lamp.title);
        if (!lamp.title.spans.empty() && !lamp.title.spans.back().line_break && ends_with(lamp.title.spans.back().text, "."))
            lamp.title.spans.back().text.pop_back();
    }
    std::vector<Entry> es;
    auto flush = [&]() {
        for (Block& b : blocks_of(es)) lamp.content.emplace_back(std::move(b));
        es.clear();
    };
    while (i_ < lines_.size()) {
        const Line& l = lines_[i_];
        if (l.table) {
            flush();
            table(*l.table, lamp, l.para.number);
            ++i_;
            continue;
        }
        if (lampiran_line(l.text) || enactment_line(l.text) || signature_start(i_) ||
            upper_ascii(l.text).rfind("SALINAN SESUAI", 0) == 0)
            break;
        if (l.text.find(',') != std::string::npos) {
            // "Wates, 16 Desember 2015" over the Lampiran's signature (tempat-tanggal)
            Date dt;
            std::size_t n = i_ + 1;
            while (n < lines_.size() && !lines_[n].table && lines_[n].text.empty()) ++n;
            if (detail::parse_date_id(l.text.substr(l.text.find(',') + 1), dt) && signature_start(n)) break;
        }
        if (l.text.empty()) {
            // an empty paragraph between two tables only keeps Word from joining them
            other_images(l, "lampiran", "Lampiran");
            ++i_;
            continue;
        }
        other_images(l, "lampiran", "Lampiran");
        es.push_back(entry(l, 0, false));
        ++i_;
    }
    flush();
    // a Lampiran may go straight from its heading to a table: it then has no title
    d_.lampiran.push_back(std::move(lamp));
    closing(true);
    while (i_ < lines_.size() && !lines_[i_].table && lines_[i_].text.empty()) ++i_;
    if (i_ < lines_.size() && !lines_[i_].table && upper_ascii(lines_[i_].text).rfind("SALINAN SESUAI", 0) == 0) certification();
}

// ---- Peraturan: BAB, Bagian, Paragraf, Pasal, ayat, changes; closing order, Diundangkan, the
// gazette lines and the Penjelasan --------------------------------------------------------------

bool Recogniser::heading_at(std::size_t k, DivisionKind* kind, std::string* number) const
{
    if (k >= lines_.size() || lines_[k].table) return false;
    DivisionKind kd;
    std::string n, rest;
    if (!detail::division_heading(lines_[k].text, kd, n, &rest)) return false;
    if (kind) *kind = kd;
    if (number) *number = n;
    return true;
}

/// "(1)\ttext" typed, or Word numbering whose level reads "(%1)": an ayat, unless it stands
/// deeper than the Pasal's first ayat (then it is a list inside an ayat).
bool Recogniser::ayat_line(const Line& l, int first_ayat_x) const
{
    if (l.table) return false;
    if (first_ayat_x >= 0 && l.para.first_line_x() > first_ayat_x + 200) return false;
    if (l.para.num_id) return l.para.num_format == "decimal" && l.para.num_text.size() >= 4 && l.para.num_text[0] == '(';
    const Marker m = typed_marker(l.para.text());
    return m.found && m.text.size() >= 3 && m.text[0] == '(' && std::isdigit(static_cast<unsigned char>(m.text[1]));
}

bool Recogniser::body_end(const Line& l) const
{
    return l.table || enactment_line(l.text) || starts_word(l.text, "Diundangkan") || lampiran_line(l.text) ||
           l.text.rfind("Agar setiap orang mengetahuinya", 0) == 0 || upper_ascii(l.text) == "PENJELASAN";
}

void Recogniser::body()
{
    std::size_t to = i_;
    while (to < lines_.size() && !body_end(lines_[to]) && !signature_start(to)) ++to;
    divisions(i_, to, d_.body, nullptr, false);
    i_ = to;
}

void Recogniser::divisions(std::size_t k, std::size_t to, std::vector<Division>& out, std::vector<Clause>* loose, bool quoted)
{
    // the open BAB, Bagian and Paragraf; a new heading of a level closes the deeper ones
    Division* bab = nullptr;
    Division* bagian = nullptr;
    Division* paragraf = nullptr;
    while (k < to) {
        const Line& l = lines_[k];
        if (l.table) break;
        if (l.text.empty()) {
            other_images(l, "isi", "body");
            ++k;
            continue;
        }
        DivisionKind kind;
        std::string number, rest;
        if (!detail::division_heading(l.text, kind, number, &rest)) {
            if (loose) {  // a change quoting an ayat without its Pasal
                k = pasal_content(k, to, *loose, true, false);
                continue;
            }
            unplaced(l, "isi peraturan di luar Pasal", "regulation body outside any Pasal");
            ++k;
            continue;
        }
        Division v;
        v.kind = kind;
        v.number = number;
        v.number_given = true;  // settle_numbers() drops what naskah would number alike
        v.pos = pos(l.para.number);
        ++k;
        if (kind == DivisionKind::Pasal) {
            k = pasal_content(k, to, v.clauses, quoted, detail::is_roman(number));
            auto& into = paragraf ? paragraf->children : bagian ? bagian->children : bab ? bab->children : out;
            into.push_back(std::move(v));
            continue;
        }
        // the title: the rest of "BAB I KETENTUAN UMUM", else the next line; a BAB's title may
        // run over more lines, all in capitals
        std::string title = rest;
        int title_para = l.para.number;
        if (title.empty()) {
            while (k < to && !lines_[k].table && lines_[k].text.empty()) ++k;
            if (k < to && !lines_[k].table && !heading_at(k) && !typed_marker(lines_[k].para.text()).found && !lines_[k].para.num_id) {
                title = lines_[k].stored();
                title_para = lines_[k].para.number;
                ++k;
                while (kind == DivisionKind::Bab && k < to && !lines_[k].table && !lines_[k].text.empty() && !heading_at(k) &&
                       lines_[k].text.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) {
                    title += " " + lines_[k].stored();
                    ++k;
                }
            }
        }
        // the style prints a BAB's title in capitals: the format wants it in normal case
        v.title = Inline::from_text(kind == DivisionKind::Bab ? caps(clean(title)) : clean(title), pos(title_para));
        if (kind == DivisionKind::Bab) {
            out.push_back(std::move(v));
            bab = &out.back();
            bagian = paragraf = nullptr;
        } else if (kind == DivisionKind::Bagian) {
            auto& into = bab ? bab->children : out;
            into.push_back(std::move(v));
            bagian = &into.back();
            paragraf = nullptr;
        } else {
            auto& into = bagian ? bagian->children : bab ? bab->children : out;
            into.push_back(std::move(v));
            paragraf = &into.back();
        }
    }
}

std::size_t Recogniser::pasal_content(std::size_t k, std::size_t to, std::vector<Clause>& clauses, bool quoted, bool roman)
{
    std::vector<Entry> es;
    std::ptrdiff_t current = -1;  // the clause the entries go to; -1: a new text clause
    int first_ayat_x = -1, ayat = 0, changes = 0;
    auto flush = [&]() {
        if (es.empty()) return;
        if (current < 0) {
            Clause t;
            t.kind = Clause::Kind::Text;
            t.pos = es[0].content.pos;
            clauses.push_back(std::move(t));
            current = static_cast<std::ptrdiff_t>(clauses.size()) - 1;
        }
        for (Block& b : blocks_of(es)) clauses[static_cast<std::size_t>(current)].blocks.push_back(std::move(b));
        es.clear();
    };
    auto unmarked = [](Entry e) {
        e.marker = false;
        e.typed.clear();
        e.num_id = 0;
        return e;
    };
    auto number_of = [](const std::string& typed, int count) {
        std::string n;
        for (char c : typed)
            if (std::isalnum(static_cast<unsigned char>(c))) n += c;
        return n.empty() ? std::to_string(count) : n;
    };
    while (k < to) {
        const Line& l = lines_[k];
        if (l.table || heading_at(k)) break;
        if (l.text.empty()) {
            other_images(l, "isi", "body");
            ++k;
            continue;
        }
        other_images(l, "isi", "body");
        if (ayat_line(l, first_ayat_x)) {
            flush();
            Entry e = entry(l, 0, false);
            Clause a;
            a.kind = Clause::Kind::Ayat;
            a.pos = pos(l.para.number);
            a.number = number_of(e.typed, ayat + 1);
            a.number_given = true;
            ++ayat;
            if (first_ayat_x < 0) first_ayat_x = l.para.first_line_x();
            clauses.push_back(std::move(a));
            current = static_cast<std::ptrdiff_t>(clauses.size()) - 1;
            es.push_back(unmarked(e));
            ++k;
            continue;
        }
        Entry e = entry(l, 0, false);
        bool change = false;
        if (!quoted && detail::change_instruction(e.content.plain())) {
            // a change instruction quotes what it changes (a heading or an ayat follows), or
            // deletes it; the intro "Beberapa ketentuan … diubah sebagai berikut:" is text
            std::size_t n = k + 1;
            while (n < to && !lines_[n].table && lines_[n].text.empty()) ++n;
            const bool quotes = n < to && (heading_at(n) || ayat_line(lines_[n], -1));
            change = quotes || (e.marker && (changes > 0 || roman));
        }
        if (!change) {
            es.push_back(std::move(e));
            ++k;
            continue;
        }
        flush();
        Clause c;
        c.kind = Clause::Kind::Change;
        c.pos = pos(l.para.number);
        c.number = number_of(e.typed, changes + 1);
        c.number_given = true;
        ++changes;
        const std::size_t end = change_end(k, to, e);
        c.blocks = blocks_of({unmarked(e)});
        divisions(k + 1, end, c.quoted, &c.quoted_clauses, true);
        // the format quotes ayat and divisions; quoted text of another kind stays with the
        // instruction, in order
        std::vector<Clause> kept;
        for (Clause& q : c.quoted_clauses) {
            if (q.kind == Clause::Kind::Ayat) kept.push_back(std::move(q));
            else
                for (Block& b : q.blocks) c.blocks.push_back(std::move(b));
        }
        c.quoted_clauses = std::move(kept);
        clauses.push_back(std::move(c));
        current = -1;
        k = end;
    }
    flush();
    return k;
}

/// Where the text quoted by a change instruction ends: at the next instruction (numbered as its
/// successor, not deeper, naming a change) or at the amending regulation's next Pasal (Roman).
std::size_t Recogniser::change_end(std::size_t k, std::size_t to, const Entry& instruction) const
{
    const int x = lines_[k].para.first_line_x();
    std::string next;
    if (!instruction.typed.empty()) {
        int n = 0;
        for (char c : instruction.typed)
            if (std::isdigit(static_cast<unsigned char>(c))) n = n * 10 + (c - '0');
        next = std::to_string(n + 1) + (instruction.typed.back() == ')' ? ")" : ".");
    }
    for (std::size_t j = k + 1; j < to; ++j) {
        const Line& l = lines_[j];
        if (l.table) return j;
        DivisionKind kind;
        std::string number;
        if (heading_at(j, &kind, &number) && kind == DivisionKind::Pasal && detail::is_roman(number)) return j;
        if (l.text.empty()) continue;
        std::size_t from = 0;
        bool successor = false;
        if (instruction.num_id) {
            successor = l.para.num_id == instruction.num_id && l.para.ilvl == instruction.ilvl;
        } else if (!next.empty()) {
            const Marker m = typed_marker(l.para.text());
            successor = m.found && m.text == next;
            from = m.end;
        }
        if (!successor || l.para.first_line_x() > x + 200) continue;
        if (detail::change_instruction(clean(l.para.text().substr(from)))) return j;
    }
    return to;
}

void Recogniser::closing_order_line()
{
    while (i_ < lines_.size() && !lines_[i_].table && lines_[i_].text.empty()) ++i_;
    if (i_ >= lines_.size() || lines_[i_].table || lines_[i_].text.rfind("Agar setiap orang mengetahuinya", 0) != 0) return;
    const Line& l = lines_[i_];
    std::string short_name, gazette;
    if (detail::closing_order(l.stored(), short_name, gazette)) {
        // naskah composes it from <sebutan> and <pengundangan berita>: derived, not kept
        order_gazette_ = gazette;
        order_para_ = l.para.number;
        order_line_ = i_;
        Metadata plain = d_.meta;
        plain.short_name.clear();
        if (short_instrument(plain) != short_name) d_.meta.short_name = short_name;
    } else {
        keep_order_as_text(l);
    }
    ++i_;
}

/// The closing order in a form naskah does not compose: kept as the last Pasal's text.
void Recogniser::keep_order_as_text(const Line& l)
{
    std::function<Division*(std::vector<Division>&)> last_pasal = [&](std::vector<Division>& vs) -> Division* {
        for (auto it = vs.rbegin(); it != vs.rend(); ++it) {
            if (it->kind == DivisionKind::Pasal) return &*it;
            if (Division* p = last_pasal(it->children)) return p;
        }
        return nullptr;
    };
    Division* found = last_pasal(d_.body);
    if (!found) {
        unplaced(l, "perintah pengundangan", "closing order");
        return;
    }
    Division& last = *found;
    Clause t;
    t.kind = Clause::Kind::Text;
    t.pos = pos(l.para.number);
    t.blocks = blocks_of({entry(l, 0, false)});
    last.clauses.push_back(std::move(t));
    out_.notes.push_back("Word paragraph " + std::to_string(l.para.number) + " (closing order), kept as the last Pasal's text: " + l.text);
    sink_.warning(pos(l.para.number), "W-IMPOR-PERINTAH",
                  para_name_id(l) + ": kalimat perintah pengundangan tidak sama dengan yang disusun naskah dari <sebutan> dan <pengundangan berita>; "
                                    "disimpan sebagai teks Pasal terakhir (perintah=\"tidak\")",
                  para_name_en(l) + ": the closing order differs from what naskah composes from <sebutan> and <pengundangan berita>; "
                                    "kept as the last Pasal's text (perintah=\"tidak\")");
}

void Recogniser::promulgation()
{
    const Line& head = lines_[i_];
    Promulgation p;
    p.pos = p.place_pos = pos(head.para.number);
    std::string place = clean(head.stored().substr(std::min<std::size_t>(11, head.stored().size())));
    if (starts_word(place, "di")) place = clean(place.substr(2));
    if (!place.empty() && place[0] == ':') place = clean(place.substr(1));
    p.place = place;
    ++i_;
    auto at = [&](std::size_t k) -> const Line* { return k < lines_.size() && !lines_[k].table ? &lines_[k] : nullptr; };
    auto skip_empty = [&]() {
        while (at(i_) && lines_[i_].text.empty()) ++i_;
    };
    skip_empty();
    if (const Line* t = at(i_); t && (starts_word(t->text, "pada") || starts_word(t->text, "tanggal"))) {
        std::string date = t->text;
        if (starts_word(date, "pada")) date = clean(date.substr(4));
        if (starts_word(date, "tanggal")) date = clean(date.substr(7));
        if (!date.empty() && date[0] == ':') date = clean(date.substr(1));
        Date dt;
        p.date_pos = pos(t->para.number);
        if (detail::parse_date_id(date, dt)) p.date = dt;
        else if (!date.empty())
            sink_.warning(pos(t->para.number), "W-IMPOR-TANGGAL",
                          para_name_id(*t) + ": \"" + date + "\" bukan tanggal lengkap; tanggal pengundangan dibiarkan terbuka",
                          para_name_en(*t) + ": \"" + date + "\" is not a complete date; the promulgation date is left open");
        ++i_;
    }
    skip_empty();
    // the official (Sekretaris Daerah), over up to three lines, ending with a comma
    std::string official;
    std::size_t k = i_;
    while (const Line* o = at(k)) {
        if (o->text.empty() || k - i_ > 2) break;
        official += (official.empty() ? "" : " ") + o->stored();
        ++k;
        if (ends_with(official, ",")) break;
    }
    if (ends_with(official, ",")) {
        official.pop_back();
        p.official = caps(clean(official));
        p.official_pos = pos(lines_[i_].para.number);
        i_ = k;
        while (const Line* t = at(i_)) {
            const std::string u = upper_ascii(t->text);
            if (t->text.empty() || u == "TTD." || u == "TTD" || u == "(TTD)" || u == "CAP/TTD" || u == "CAP/TTD.") {
                if (u.rfind("TTD", 0) == 0 || u == "(TTD)") saw_ttd_ = true;
                other_images(*t, "tanda tangan pengundangan", "promulgation signature");
                ++i_;
                continue;
            }
            break;
        }
        if (const Line* n = at(i_); n && !gazette_form(n->text)) {
            p.signer.name = person(n->stored());
            p.signer.pos = pos(n->para.number);
            ++i_;
        }
        while (const Line* t = at(i_)) {
            if (t->text.empty() || gazette_form(t->text)) break;
            if (starts_word(t->text, "NIP") && p.signer.nip.empty()) {
                std::string nip = clean(t->stored().substr(3));
                while (!nip.empty() && (nip[0] == '.' || nip[0] == ':' || nip[0] == ' ')) nip.erase(0, 1);
                p.signer.nip = nip;
                ++i_;
                continue;
            }
            bool rank = false;
            for (const char* w : {"Pembina", "Penata", "Pengatur", "Juru"}) rank = rank || starts_word(t->text, w);
            if (rank && p.signer.rank.empty() && p.signer.nip.empty()) {
                p.signer.rank = t->stored();
                ++i_;
                continue;
            }
            break;
        }
    } else {
        sink_.warning(pos(head.para.number), "W-IMPOR-PENGUNDANGAN",
                      para_name_id(head) + ": jabatan pejabat yang mengundangkan (diakhiri koma) tidak ditemukan",
                      para_name_en(head) + ": the promulgating official's title (ending with a comma) was not found");
    }
    p.gazette = order_gazette_;
    p.order = order_para_ != 0;
    d_.meta.promulgation = std::move(p);
}

/// "BERITA DAERAH … TAHUN 2024 NOMOR 1", "LEMBARAN DAERAH … TAHUN … NOMOR …", "NOREG …",
/// "TAMBAHAN … NOMOR …".
bool Recogniser::gazette_form(const std::string& text) const
{
    const std::string u = upper_ascii(text);
    if (starts_word(u, "NOREG") || u.rfind("NOMOR REGISTRASI ", 0) == 0) return true;
    for (char c : text)
        if (c >= 'a' && c <= 'z') return false;
    const std::size_t t = u.rfind(" TAHUN "), n = u.rfind(" NOMOR ");
    if (u.rfind("TAMBAHAN ", 0) == 0) return n != std::string::npos;
    return t != std::string::npos && n != std::string::npos && n > t;
}

bool Recogniser::gazette_line(const Line& l)
{
    auto& pr = d_.meta.promulgation;
    if (!pr || l.table || !gazette_form(l.text)) return false;
    const std::string st = l.stored();
    const std::string u = upper_ascii(st);
    if (starts_word(u, "NOREG")) {
        pr->noreg = caps(clean(st.substr(5)));
        return true;
    }
    if (u.rfind("NOMOR REGISTRASI ", 0) == 0) {
        // the register line in its long form: the decree's own word for it (<konvensi>)
        pr->noreg = caps(clean(st.substr(17)));
        d_.style_settings.push_back(StyleSetting{"peraturan.noreg", "Nomor Registrasi", pos(l.para.number)});
        return true;
    }
    const std::size_t n = u.rfind(" NOMOR ");
    if (u.rfind("TAMBAHAN ", 0) == 0) {
        pr->supplement = clean(st.substr(n + 7));
        return true;
    }
    const std::size_t t = u.rfind(" TAHUN ");
    const std::string gazette = clean(st.substr(0, t));
    if (!pr->gazette.empty() && upper_id(pr->gazette) != upper_id(gazette))
        sink_.warning(pos(l.para.number), "W-IMPOR-BERITA",
                      para_name_id(l) + ": nama berita daerah berbeda dari yang disebut kalimat perintah pengundangan (\"" + pr->gazette + "\")",
                      para_name_en(l) + ": the gazette's name differs from the one the closing order names (\"" + pr->gazette + "\")");
    if (pr->gazette.empty()) pr->gazette = caps(gazette);
    pr->year = clean(st.substr(t + 7, n - t - 7));
    pr->number = clean(st.substr(n + 7));
    return true;
}

void Recogniser::penjelasan()
{
    Penjelasan pj;
    pj.pos = pos(lines_[i_].para.number);
    ++i_;
    auto part_heading = [](const std::string& text, const char* words) {
        // "I. UMUM", "UMUM", "II. PASAL DEMI PASAL"
        std::string t = upper_ascii(text);
        const std::size_t dot = t.find(". ");
        if (dot != std::string::npos && dot <= 4 && detail::is_roman(t.substr(0, dot))) t = clean(t.substr(dot + 2));
        return t == words;
    };
    // the heading: ATAS, the regulation, NOMOR, TENTANG and the title are naskah's own words
    const std::string title = alnum_upper(upper_id(d_.meta.title.plain()));
    while (i_ < lines_.size() && !lines_[i_].table) {
        const Line& l = lines_[i_];
        const std::string u = upper_ascii(l.text);
        if (l.text.empty() || u == "ATAS" || u == "TENTANG" || kind_word(l.text) || starts_word(l.text, "NOMOR") ||
            (!alnum_upper(upper_id(l.text)).empty() && title.find(alnum_upper(upper_id(l.text))) != std::string::npos && l.text.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos)) {
            ++i_;
            continue;
        }
        break;
    }
    struct Open {
        Note* note;
        int x;
        std::vector<Entry> es;
    };
    std::vector<Open> open;
    auto close = [&]() {
        open.back().note->blocks = blocks_of(open.back().es);
        open.pop_back();
    };
    enum class Part { None, General, Articles } part = Part::None;
    std::vector<Entry> general;
    int top_x = -1;
    while (i_ < lines_.size()) {
        const Line& l = lines_[i_];
        if (l.table || lampiran_line(l.text) || upper_ascii(l.text).rfind("SALINAN SESUAI", 0) == 0 || gazette_form(l.text) ||
            starts_word(l.text, "Tembusan"))
            break;
        if (l.text.empty()) {
            other_images(l, "penjelasan", "Penjelasan");
            ++i_;
            continue;
        }
        if (part_heading(l.text, "UMUM") || part_heading(l.text, "PASAL DEMI PASAL")) {
            while (!open.empty()) close();
            part = part_heading(l.text, "UMUM") ? Part::General : Part::Articles;
            ++i_;
            continue;
        }
        other_images(l, "penjelasan", "Penjelasan");
        if (part != Part::Articles) {
            general.push_back(entry(l, 0, false));
            ++i_;
            continue;
        }
        const int x = l.para.first_line_x();
        Note::Kind kind;
        std::string number;
        bool top = false, sub = false;
        if (detail::note_heading(l.text, kind, number)) {
            // a Pasal at the first note's indent is a note of its own; a deeper heading is one
            // when its text stands indented under it (else it is text, as an amendment's
            // quoted "Pasal 3" / "ayat (1)" lines are)
            top = kind == Note::Kind::Pasal && (top_x < 0 || x <= top_x + 200);
            if (!top && !open.empty()) {
                std::size_t n = i_ + 1;
                while (n < lines_.size() && !lines_[n].table && lines_[n].text.empty()) ++n;
                sub = n < lines_.size() && !lines_[n].table && lines_[n].para.first_line_x() > x + 200;
            }
        }
        if (top || sub) {
            Note note;
            note.kind = kind;
            note.number = number;
            note.pos = pos(l.para.number);
            if (top) {
                while (!open.empty()) close();
                if (top_x < 0) top_x = x;
                pj.pasal.push_back(std::move(note));
                open.push_back(Open{&pj.pasal.back(), x, {}});
            } else {
                while (open.size() > 1 && open.back().x >= x - 100) close();
                Note* parent = open.back().note;
                if (!open.back().es.empty()) {
                    // the parent's own text comes before its notes
                    parent->blocks = blocks_of(open.back().es);
                    open.back().es.clear();
                }
                parent->notes.push_back(std::move(note));
                open.push_back(Open{&parent->notes.back(), x, {}});
            }
            ++i_;
            continue;
        }
        while (open.size() > 1 && open.back().x >= x - 100) close();
        if (open.empty()) {
            unplaced(l, "penjelasan pasal demi pasal", "Penjelasan, article by article");
        } else {
            open.back().es.push_back(entry(l, 0, false));
        }
        ++i_;
    }
    while (!open.empty()) close();
    pj.general = blocks_of(general);
    d_.penjelasan = std::move(pj);
}

/// Numbers the document types are kept as given only where naskah would number otherwise
/// (an inserted "3A", a Pasal 7 after Pasal 5): one by one, in reading order.
void Recogniser::settle_numbers()
{
    struct Slot {
        std::string* number;
        bool* given;
        std::string typed;
    };
    std::vector<Slot> slots;
    std::function<void(std::vector<Clause>&)> clauses;
    std::function<void(std::vector<Division>&, bool)> divisions = [&](std::vector<Division>& vs, bool quoted) {
        for (Division& v : vs) {
            // quoted text keeps the numbers of the regulation it amends
            if (!quoted) slots.push_back(Slot{&v.number, &v.number_given, v.number});
            clauses(v.clauses);
            divisions(v.children, quoted);
        }
    };
    clauses = [&](std::vector<Clause>& cs) {
        for (Clause& c : cs) {
            if (c.kind == Clause::Kind::Text) continue;
            slots.push_back(Slot{&c.number, &c.number_given, c.number});
            if (c.kind == Clause::Kind::Change) divisions(c.quoted, true);
        }
    };
    divisions(d_.body, false);
    for (Slot& s : slots) {
        *s.given = false;
        number_body(d_);
        if (*s.number != s.typed) *s.given = true;
        *s.number = s.typed;
    }
    number_body(d_);
}

bool Recogniser::run()
{
    // diktum labels KESATU … KEENAM PULUH, once per process (ICU's spell-out rules)
    static const std::vector<std::string> ordinals = [] {
        std::vector<std::string> o;
        for (int n = 1; n <= 60; ++n) o.push_back(upper_id(ordinal_id(n)));
        o.push_back("PERTAMA");
        std::sort(o.begin(), o.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
        return o;
    }();
    ordinals_ = ordinals;
    linearise();
    if (!head()) return false;
    parts();
    const bool regulation = d_.instrument == Instrument::Peraturan;
    if (regulation) {
        body();
        closing_order_line();
    }
    closing(false);
    while (i_ < lines_.size()) {
        const Line& l = lines_[i_];
        if (regulation && !l.table) {
            if (starts_word(l.text, "Diundangkan") && !d_.meta.promulgation) {
                promulgation();
                continue;
            }
            if (gazette_line(l)) {
                ++i_;
                continue;
            }
            if (upper_ascii(l.text) == "PENJELASAN" && !d_.penjelasan) {
                penjelasan();
                continue;
            }
        }
        if (l.table) {
            sink_.warning(pos(l.para.number), "W-IMPOR-TABEL",
                          "tabel pada paragraf Word ke-" + std::to_string(l.para.number) + " berdiri di luar Lampiran; dimuat dalam Lampiran baru",
                          "the table at Word paragraph " + std::to_string(l.para.number) + " stands outside any Lampiran; it goes into a new Lampiran");
            Lampiran lamp;
            lamp.pos = pos(l.para.number);
            lamp.title = Inline::from_text("Lampiran", lamp.pos);
            table(*l.table, lamp, l.para.number);
            d_.lampiran.push_back(std::move(lamp));
            ++i_;
            continue;
        }
        if (lampiran_line(l.text)) {
            lampiran();
            continue;
        }
        if (starts_word(l.text, "Tembusan")) {
            tembusan();
            continue;
        }
        if (own_tembusan_heading(l.text)) {
            tembusan(true);
            continue;
        }
        if (upper_ascii(l.text).rfind("SALINAN SESUAI", 0) == 0) {
            certification();
            continue;
        }
        if (l.text.empty()) other_images(l, "penutup", "closing");
        else unplaced(l, "setelah tanda tangan", "after the signature");
        ++i_;
    }
    if (regulation) {
        // naskah composes the closing order only with a promulgation to name the gazette
        if (order_para_ && !d_.meta.promulgation) keep_order_as_text(lines_[order_line_]);
        settle_numbers();
    }
    detect_variant();
    {
        // a kop kept in the page header; its pictures (a logo) are the kop's either way
        const bool kop_in_body = !d_.meta.kop_lines.empty();
        bool header_kop = false;
        for (const auto& h : doc_.headers) {
            for (const WPara& p : h) {
                if (!p.images.empty()) {
                    Line hl;
                    hl.para = p;
                    hl.text = clean(p.shown());
                    kop_pictures(hl, true);
                }
                if (kop_in_body || header_kop) continue;
                const std::string t = clean(p.text());
                if (t.empty() || upper_ascii(t) == "SALINAN" || t.find_first_not_of("0123456789- ") == std::string::npos) continue;
                const Styled s = styled(p);
                bool address = false;
                for (const WRun& r : p.runs)
                    if (!r.caps)
                        for (char c : r.text) address = address || (c >= 'a' && c <= 'z');
                d_.meta.kop_lines.push_back(address ? to_inline(s, 0, s.text.size(), pos(0), kBold)
                                                    : caps_inline(to_inline(s, 0, s.text.size(), pos(0), kBold)));
                d_.meta.kop_address.push_back(address);
                if (!address) kop_weight(p);
            }
            if (!kop_in_body && !d_.meta.kop_lines.empty()) header_kop = true;
        }
    }
    if (d_.meta.kop_lines.empty()) {
        sink_.warning(pos(0), "W-IMPOR-KOP", "kop tidak ditemukan; diisi dengan nama penerbit", "no kop was found; the issuer's name is used");
        d_.meta.kop_lines.push_back(Inline::from_text(d_.meta.issuer));
        d_.meta.kop_address.push_back(false);
    }
    if (d_.meta.place.empty())
        sink_.warning(pos(0), "W-IMPOR-PENETAPAN", "\"Ditetapkan di …\" tidak ditemukan", "\"Ditetapkan di …\" was not found");
    if (doc_.tracked_insertions || doc_.tracked_deletions)
        sink_.warning(pos(0), "W-IMPOR-LACAK",
                      "dokumen memuat perubahan terlacak (" + std::to_string(doc_.tracked_insertions) + " sisipan, " +
                          std::to_string(doc_.tracked_deletions) + " hapusan); dibaca seolah semuanya diterima",
                      "the document has tracked changes (" + std::to_string(doc_.tracked_insertions) + " insertions, " +
                          std::to_string(doc_.tracked_deletions) + " deletions); read as if all were accepted");
    if (doc_.comments)
        sink_.warning(pos(0), "W-IMPOR-KOMENTAR", "dokumen memuat " + std::to_string(doc_.comments) + " komentar; komentar tidak diimpor",
                      "the document has " + std::to_string(doc_.comments) + " comments; comments are not imported");
    return true;
}

}  // namespace

bool recognise(const WDocument& doc, const Package& pkg, const RecogniseOptions& options, ImportResult& out, DiagnosticSink& sink)
{
    // `out` is fresh: the caller owns one per import
    out.decree.source_file = pkg.path;
    Recogniser r(doc, pkg, options, out, sink);
    return r.run();
}

}  // namespace naskah::import
