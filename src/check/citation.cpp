#include "check/citation.hpp"

#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>

#include "check/text_util.hpp"

namespace naskah::check {

namespace {

struct Kind {
    const char* prefix;
    Level level;
};

// Longest first: "Peraturan Pemerintah Pengganti Undang-Undang" before "Peraturan Pemerintah".
const Kind kKinds[] = {
    {"Undang-Undang Dasar Negara Republik Indonesia Tahun 1945", kUud},
    {"Ketetapan Majelis Permusyawaratan Rakyat", kTapMpr},
    {"Peraturan Pemerintah Pengganti Undang-Undang", kUndangUndang},
    {"Undang-Undang", kUndangUndang},
    {"Undang-undang", kUndangUndang},  // the form before UU 10/2004; KAPITAL reports its case
    {"Peraturan Pemerintah", kPp},
    {"Peraturan Presiden", kPerpres},
    {"Peraturan Daerah Provinsi", kPerdaProv},
    {"Peraturan Daerah Propinsi", kPerdaProv},  // before UU 32/2004
    {"Peraturan Gubernur", kPergub},
    {"Peraturan Daerah Kabupaten", kPerdaKab},
    {"Peraturan Daerah Kota", kPerdaKab},
    {"Peraturan Daerah", kPerdaProv},  // without its region ("Peraturan Daerah Nomor 8 Tahun 2016"): the highest regional one
    {"Peraturan Bupati", kPerbup},
    {"Peraturan Wali Kota", kPerbup},
    {"Peraturan Walikota", kPerbup},
    {"Peraturan", kRegulasi},
    {"Keputusan", kKeputusan},
    {"Instruksi", kKeputusan},
};

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80); }

// w.find_first_of(";(),.:") != npos, without a memchr over the six marks for each byte
bool has_stop_mark(std::string_view w)
{
    for (const char c : w)
        if (c == ';' || c == '(' || c == ')' || c == ',' || c == '.' || c == ':') return true;
    return false;
}

bool connector(std::string_view w)
{
    return w == "dan" || w == "atau" || w == "dari" || w == "di" || w == "serta" || w == "untuk" || w == "pada";
}

std::size_t skip_spaces(std::string_view s, std::size_t i)
{
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

std::size_t word_end(std::string_view s, std::size_t i)
{
    while (i < s.size() && s[i] != ' ') ++i;
    return i;
}

bool starts_with_at(std::string_view s, std::size_t i, std::string_view w)
{
    return s.compare(i, w.size(), w) == 0 && (i + w.size() == s.size() || !is_word_byte(s[i + w.size()]));
}

// Like starts_with_at for a kind's name, where a hyphen may have been typed as an en or em dash
// ("Undang–Undang"): returns the length matched in `s`, 0 for no match; `dashed` says a dash was.
std::size_t match_kind(std::string_view s, std::size_t i, std::string_view prefix, bool& dashed)
{
    dashed = false;
    std::size_t k = i;
    for (char c : prefix) {
        // "Undang- Undang": a hyphen left with a space where a line was broken in the original
        if (c == '-' && k + 1 < s.size() && s[k] == '-' && s[k + 1] == ' ' && k + 2 < s.size() && std::isupper(static_cast<unsigned char>(s[k + 2]))) {
            k += 2;
            continue;
        }
        if (c == '-' && k < s.size() && s[k] != '-') {
            if (s.compare(k, 3, "\xE2\x80\x93") == 0 || s.compare(k, 3, "\xE2\x80\x94") == 0) {
                k += 3;
                dashed = true;
                continue;
            }
            return 0;
        }
        if (k >= s.size() || s[k] != c) return 0;
        ++k;
    }
    if (k < s.size() && is_word_byte(s[k])) return 0;
    return k - i;
}

int plausible_year(std::string_view digits)
{
    if (digits.size() != 4) return 0;
    for (char c : digits)
        if (c < '0' || c > '9') return 0;
    const int y = std::stoi(std::string(digits));
    return y >= 1945 && y <= 2100 ? y : 0;
}

// "tanggal 17 Januari 2022": returns the offset after it, or `i` when there is none.
std::size_t skip_date(std::string_view s, std::size_t i)
{
    std::size_t j = skip_spaces(s, i);
    if (!starts_with_at(s, j, "tanggal")) return i;
    j = skip_spaces(s, j + 7);
    for (int part = 0; part < 3; ++part) {
        const std::size_t e = word_end(s, j);
        if (e == j) return i;
        j = skip_spaces(s, e);
    }
    return j;
}

// A "Nomor" before `limit`: only then can a citation start at `q` (saves parsing every capital).
bool has_number_ahead(std::string_view s, std::size_t q, std::size_t limit)
{
    const std::size_t p = s.find(" Nomor ", q);
    return p != std::string_view::npos && p < limit;
}

}  // namespace

std::string Citation::name() const
{
    if (level == kUud) return kind;
    std::string out = kind + " Nomor " + number;
    if (year && number.find('/') == std::string::npos) out += " Tahun " + std::to_string(year);
    return out;
}

namespace {

// The citation at `at` once its kind `k` (`matched` bytes, `dashed`) is known: the costly part
// (the kind's words up to "Nomor", the number, the year, the title and where it ends).
std::optional<Citation> citation_of_kind(std::string_view s, std::size_t at, const Kind& k, std::size_t matched, bool dashed);

// citation_of_kind's answers by the text's bytes and the offset. Five rules read each Mengingat
// item from its first letter and find_citations reads it again (about 13,000 instructions a
// time, most of them the title's search for a following citation); the answer depends on
// nothing else, so a thread keeps it, up to 512 KiB of texts, then starts afresh.
struct CitationMemo {
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
    };
    std::unordered_map<std::string, std::vector<std::pair<std::size_t, std::optional<Citation>>>, Hash, std::equal_to<>> by_text;
    std::size_t bytes = 0;
};

}  // namespace

std::optional<Citation> citation_at(std::string_view s, std::size_t at)
{
    if (at > 0 && is_word_byte(s[at - 1])) return std::nullopt;
    for (const auto& k : kKinds) {
        const std::string_view prefix(k.prefix);
        bool dashed = false;
        const std::size_t matched = match_kind(s, at, prefix, dashed);
        if (!matched) continue;
        if (s.compare(at + matched, 1, "-") == 0) continue;  // "Undang-Undangan"
        // the first kind that matches decides (citation_of_kind answers for it, or none does)
        thread_local CitationMemo memo;
        if (auto it = memo.by_text.find(s); it != memo.by_text.end())
            for (const auto& [where, found] : it->second)
                if (where == at) return found;
        // (a title's search asks citation_at again, which may add to the memo or clear it)
        std::optional<Citation> found = citation_of_kind(s, at, k, matched, dashed);
        auto it = memo.by_text.find(s);
        if (it == memo.by_text.end()) {
            if (memo.bytes > (512u << 10)) {
                memo.by_text.clear();
                memo.bytes = 0;
            }
            memo.bytes += s.size();
            it = memo.by_text.emplace(std::string(s), std::vector<std::pair<std::size_t, std::optional<Citation>>>{}).first;
        }
        it->second.emplace_back(at, found);
        return found;
    }
    return std::nullopt;
}

namespace {

std::optional<Citation> citation_of_kind(std::string_view s, std::size_t at, const Kind& k, std::size_t matched, bool dashed)
{
    {
        const std::string_view prefix(k.prefix);
        Citation c;
        c.level = k.level;
        c.begin = at;
        c.dash_in_kind = dashed;
        if (k.level == kUud) {
            c.kind = std::string(prefix);
            c.group = "uud";
            c.year = 1945;
            c.end = at + matched;
            return c;
        }
        // the kind runs to "Nomor": "Peraturan Menteri Pendayagunaan … Republik Indonesia Nomor"
        std::size_t i = at;
        std::size_t kind_end = std::string::npos;
        std::size_t kind_word = 5;  // "Nomor"
        bool lowercase_region_seen = false;
        // "Menteri " in [at, i) is its first occurrence from `at` ending by i (one search, not one a word)
        const std::size_t menteri = s.find("Menteri ", at);
        for (int n = 0; n < 24 && i < s.size(); ++n) {
            i = skip_spaces(s, i);
            const std::size_t e = word_end(s, i);
            const std::string_view w = s.substr(i, e - i);
            // "Nomor:" and "No" are slips of the form, still a citation
            if (w == "Nomor" || w == "Nomor:" || w == "No" || w == "No.") {
                kind_end = i;
                kind_word = w.size() - (w.back() == ':' ? 1 : 0);
                break;
            }
            // a ministry's name holds commas: "Peraturan Menteri Riset, Teknologi, dan Pendidikan Tinggi Nomor"
            const bool ministry = menteri != std::string_view::npos && menteri + 8 <= i;
            if (ministry && w.size() > 1 && w.back() == ',' && !has_stop_mark(w.substr(0, w.size() - 1)) && text::starts_upper(w)) {
                i = e;
                continue;
            }
            if (w.empty() || has_stop_mark(w)) break;
            if (!text::starts_upper(w) && !connector(w)) {
                // a region's name with its first letter lost, «Peraturan Gubernur ulawesi Utara Nomor
                // 48 …»: one such word right after a regional head's kind, a capitalised word or
                // "Nomor" after it
                bool region = !lowercase_region_seen;
                if (region) {
                    region = false;
                    const std::string_view head = s.substr(at, i - at);
                    using namespace std::string_view_literals;  // (lengths known: no strlen for each lower-case word)
                    for (const std::string_view kind_name : {"Peraturan Gubernur "sv, "Peraturan Bupati "sv, "Peraturan Wali Kota "sv, "Peraturan Walikota "sv,
                                                             "Keputusan Gubernur "sv, "Keputusan Bupati "sv, "Keputusan Wali Kota "sv, "Keputusan Walikota "sv})
                        region |= head == kind_name;
                    // the region's other words (at most three, capitalised, no other kind) and then "Nomor"
                    std::size_t n2 = skip_spaces(s, e);
                    bool nomor = false;
                    for (int ahead = 0; ahead < 4 && region && n2 < s.size(); ++ahead) {
                        const std::size_t e2 = word_end(s, n2);
                        const std::string_view w2 = s.substr(n2, e2 - n2);
                        if (w2 == "Nomor") {
                            nomor = true;
                            break;
                        }
                        if (!text::starts_upper(w2) || w2 == "Peraturan" || w2 == "Keputusan" || has_stop_mark(w2)) break;
                        n2 = skip_spaces(s, e2);
                    }
                    region = region && nomor && w.size() >= 4 && w != "tentang" && w != "sebagaimana";
                }
                if (!region) break;
                lowercase_region_seen = true;
            }
            i = e;
        }
        if (kind_end == std::string::npos) return std::nullopt;
        std::size_t ke = kind_end;
        while (ke > at && s[ke - 1] == ' ') --ke;
        c.kind = std::string(s.substr(at, ke - at));
        for (const char* dash : {"\xE2\x80\x93", "\xE2\x80\x94"})
            for (std::size_t p = c.kind.find(dash); p != std::string::npos; p = c.kind.find(dash, p)) c.kind.replace(p, 3, "-");
        c.group = text::lower(c.kind);
        for (const char* drop : {" republik indonesia"}) {
            const std::size_t p = c.group.find(drop);
            if (p != std::string::npos) c.group.erase(p, std::strlen(drop));
        }
        i = skip_spaces(s, kind_end + kind_word);
        if (i < s.size() && s[i] == ':') i = skip_spaces(s, i + 1);
        std::size_t e = word_end(s, i);
        while (e > i && (s[e - 1] == ',' || s[e - 1] == ';' || s[e - 1] == ')' || s[e - 1] == '.')) --e;
        c.number = std::string(s.substr(i, e - i));
        if (!text::has_digit(c.number)) return std::nullopt;
        c.number_value = std::strtol(c.number.c_str(), nullptr, 10);
        c.end = e;
        i = skip_spaces(s, e);
        if (starts_with_at(s, i, "Tahun") || starts_with_at(s, i, "tahun")) {  // "Nomor 13 tahun 2000": KAPITAL's slip
            const std::size_t y = skip_spaces(s, i + 5);
            std::size_t ye = y;
            while (ye < s.size() && std::isdigit(static_cast<unsigned char>(s[ye]))) ++ye;
            if (int year = plausible_year(s.substr(y, ye - y))) {
                c.year = year;
                c.year_begin = y;
                c.end = ye;
                i = skip_spaces(s, ye);
            }
        }
        if (!c.year) {
            // a slash number carries its year last: 612/ORT.04-Kpt/05/KPU/XII/2020
            std::size_t p = c.number.size();
            while (p > 0) {
                const std::size_t slash = c.number.rfind('/', p - 1);
                const std::size_t from = slash == std::string::npos ? 0 : slash + 1;
                if (int year = plausible_year(std::string_view(c.number).substr(from, p - from))) {
                    c.year = year;
                    c.year_begin = (c.end - c.number.size()) + from;
                    break;
                }
                if (slash == std::string::npos) break;
                p = slash;
            }
        }
        i = skip_date(s, i);
        if (i < s.size() && s[i] == ',') i = skip_spaces(s, i + 1);
        if (starts_with_at(s, i, "tentang") || starts_with_at(s, i, "Tentang")) {  // "Tentang": KAPITAL's slip, still the title
            c.title_begin = skip_spaces(s, i + 7);
            std::size_t end = s.size();
            for (std::string_view stop : {std::string_view(" ("), std::string_view(";"), std::string_view(", sebagaimana"),
                                          std::string_view(" sebagaimana"), std::string_view(" Sebagaimana Telah"),
                                          std::string_view(" Sebagaimana Diubah"), std::string_view(", perlu "), std::string_view(" perlu menetapkan"), std::string_view(" perlu dibentuk"),
                                          std::string_view(", maka "), std::string_view(". ")}) {
                const std::size_t p = s.find(stop, c.title_begin);
                if (p != std::string_view::npos && p < end) end = p;
            }
            // a title's words after a comma are capitalised or a conjunction ("Kedudukan, Tugas, dan
            // Fungsi"): ", sudah tidak sesuai lagi …" is the sentence going on
            for (std::size_t p = s.find(", ", c.title_begin); p != std::string_view::npos && p < end; p = s.find(", ", p + 2)) {
                const std::size_t q = p + 2;
                if (q >= s.size() || !std::islower(static_cast<unsigned char>(s[q]))) continue;
                const std::string_view next = s.substr(q, word_end(s, q) - q);
                if (next == "dan" || next == "serta" || next == "atau" || next == "dan/atau") continue;
                end = p;
                break;
            }
            // the title ends where the next citation begins: "… tentang Pemilihan Umum dan Peraturan Pemerintah Nomor …"
            // ("Perubahan atas Peraturan … Nomor 52 …" is one title: only a joining word ends it)
            for (std::size_t p = c.title_begin; p < end; ++p) {
                if (s[p] != ' ') continue;
                std::size_t q = p + 1;
                bool joined = p > 0 && s[p - 1] == ',';
                for (std::string_view join : {std::string_view("dan "), std::string_view("serta "), std::string_view("juncto "),
                                              std::string_view("jo. ")})
                    if (s.compare(q, join.size(), join) == 0) {
                        q += join.size();
                        joined = true;
                    }
                if (!joined) continue;
                const char ch = q < s.size() ? s[q] : ' ';
                if ((ch == 'U' || ch == 'P' || ch == 'K' || ch == 'I') && has_number_ahead(s, q, end) && citation_at(s, q)) {
                    end = p > 0 && s[p - 1] == ',' ? p - 1 : p;
                    break;
                }
            }
            while (end > c.title_begin && (s[end - 1] == '.' || s[end - 1] == ',' || s[end - 1] == ' ')) --end;
            c.title_end = end;
            c.end = end;
        }
        return c;
    }
}

}  // namespace

namespace {

// Whether `s` has "Nomor", " No ", " No. " or "Undang-Undang Dasar": one pass over its N's
// (searching " No " and " No. " stopped at every space of every paragraph).
bool maybe_citations(std::string_view s)
{
    for (std::size_t p = s.find('N'); p != std::string_view::npos; p = s.find('N', p + 1)) {
        if (s.compare(p, 5, "Nomor") == 0) return true;
        if (p > 0 && s[p - 1] == ' ' && s.compare(p, 3, "No ") == 0) return true;
        if (p > 0 && s[p - 1] == ' ' && s.compare(p, 4, "No. ") == 0) return true;
    }
    return s.find("Undang-Undang Dasar") != std::string_view::npos;
}

std::vector<Citation> scan_citations(std::string_view s, bool top_level)
{
    std::vector<Citation> out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c != 'U' && c != 'P' && c != 'K' && c != 'I') continue;
        if (auto cit = citation_at(s, i)) {
            out.push_back(*cit);
            // inside a title, "Perubahan atas Peraturan … Nomor 52 …" quotes another regulation
            if (top_level && cit->has_title()) i = cit->title_end;
            else i = cit->begin + cit->kind.size();
        }
    }
    return out;
}

}  // namespace

std::vector<Citation> find_citations(std::string_view s, bool top_level)
{
    // every kind but the constitution needs its "Nomor": most texts have neither, and are
    // asked about for each of their words' capitals otherwise
    if (!maybe_citations(s)) return {};
    // Six rules ask about the same paragraphs (the reference: 600 scans of 150 texts, 2.7 M
    // instructions): the answers of this thread are kept by the text's bytes, up to 512 KiB of
    // texts (a decree's worth), then dropped whole. The answer depends on nothing else.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view v) const { return std::hash<std::string_view>{}(v); }
    };
    struct Memo {
        std::unordered_map<std::string, std::vector<Citation>, Hash, std::equal_to<>> found[2];
        std::size_t bytes = 0;
    };
    thread_local Memo memo;
    auto& found = memo.found[top_level ? 1 : 0];
    if (auto it = found.find(s); it != found.end()) return it->second;
    if (memo.bytes > (512u << 10)) {
        memo.found[0].clear();
        memo.found[1].clear();
        memo.bytes = 0;
    }
    memo.bytes += s.size();
    return found.emplace(std::string(s), scan_citations(s, top_level)).first->second;
}

std::vector<NumberColon> number_colons(std::string_view s, bool mengingat)
{
    std::vector<NumberColon> out;
    for (const Citation& c : find_citations(s, false)) {
        // minutes and letters ("Berita Acara … Nomor : 13/…") are not legislation; a decree cited
        // as a legal basis in Mengingat is cited in legislation's form ("Keputusan Gubernur … Nomor 7/…")
        if (c.level >= kKeputusan && !mengingat) continue;
        const std::size_t limit = c.year_begin == std::string::npos ? c.end : c.year_begin;
        const std::size_t nomor = s.find("Nomor", c.begin);
        if (nomor == std::string::npos || nomor >= limit) continue;
        std::size_t p = nomor + 5;
        while (p < s.size() && s[p] == ' ') ++p;
        if (p < s.size() && s[p] == ':') out.push_back({p, c.kind});
    }
    return out;
}

std::string citation_region(const Citation& c)
{
    const std::string& k = c.kind;
    auto after = [&](std::string_view head) -> std::string {
        return k.rfind(head, 0) == 0 && k.size() > head.size() ? k.substr(head.size()) : std::string();
    };
    switch (c.level) {
    case kPerdaProv:
    case kPerdaKab: return after("Peraturan Daerah ");
    case kPergub: {
        const std::string rest = after("Peraturan Gubernur ");
        return rest.empty() ? rest : "Provinsi " + rest;
    }
    case kPerbup: {
        if (std::string rest = after("Peraturan Bupati "); !rest.empty()) return "Kabupaten " + rest;
        if (std::string rest = after("Peraturan Wali Kota "); !rest.empty()) return "Kota " + rest;
        if (std::string rest = after("Peraturan Walikota "); !rest.empty()) return "Kota " + rest;
        return {};
    }
    default: return {};
    }
}

const char* level_name(Level l, bool en)
{
    switch (l) {
    case kUud: return en ? "the 1945 Constitution" : "UUD 1945";
    case kTapMpr: return en ? "a TAP MPR" : "Ketetapan MPR";
    case kUndangUndang: return en ? "a law or Perppu" : "Undang-Undang/Perppu";
    case kPp: return en ? "a government regulation" : "Peraturan Pemerintah";
    case kPerpres: return en ? "a presidential regulation" : "Peraturan Presiden";
    case kRegulasi: return en ? "a ministerial or agency regulation" : "peraturan menteri/lembaga";
    case kPerdaProv: return en ? "a provincial regulation" : "Peraturan Daerah Provinsi";
    case kPergub: return en ? "a governor's regulation" : "Peraturan Gubernur";
    case kPerdaKab: return en ? "a kabupaten/kota regulation" : "Peraturan Daerah Kabupaten/Kota";
    case kPerbup: return en ? "a regent's or mayor's regulation" : "Peraturan Bupati/Wali Kota";
    case kKeputusan: return en ? "a decree" : "keputusan";
    }
    return "";
}

}  // namespace naskah::check
