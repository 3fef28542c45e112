// Text: spelling, foreign words, words run together or repeated, spaces, brackets, quotes and
// placeholders, in every paragraph the drafter typed.
#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <unordered_set>

#include "check/areas.hpp"
#include "check/citation.hpp"
#include "check/context.hpp"
#include "check/lexicon.hpp"
#include "check/speller.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

using namespace naskah::model;

namespace {

// The input's own proper names: people, offices and places named in the metadata.
std::unordered_set<std::string> own_names(const Decree& d)
{
    std::unordered_set<std::string> out;
    auto add = [&](const std::string& s) {
        for (const auto& w : text::words(s)) out.insert(text::lower(w.view(s)));
    };
    const Metadata& m = d.meta;
    add(m.issuer);
    add(m.official);
    add(m.place);
    add(m.signer.name);
    add(m.signer.own_title);
    for (const auto& k : m.kop_lines) add(k.plain());
    if (m.certification) {
        add(m.certification->office);
        add(m.certification->title);
        add(m.certification->name);
    }
    return out;
}

bool rank(std::string_view lw)
{
    for (const char* r : {"jenderal", "letjen", "mayjen", "brigjen", "kolonel", "letkol", "mayor", "kapten", "lettu", "letda", "serma",
                          "sertu", "serda", "laksamana", "laksma", "marsekal", "komjen", "irjen", "kombes", "akbp", "kompol", "akp", "iptu",
                          "ipda", "aiptu", "aipda", "bripka", "brigpol", "briptu", "bripda"})
        if (lw == r) return true;
    return false;
}

// Table cells that hold only a person's name ("Fajar Ramadhan", "Hasan Basri, S.H., M.H."): two
// to five capitalised words, degrees after a comma, and no longer word of the lexicon among them
// ("Jabatan Fungsioanl" is a job title with a slip, not a name). Their words are proper names.
// What follows a name's comma is degrees only: short capitalised pieces («S.Sos», «S.Pd.», «MM»,
// «M.Si.», «S.H., M.H.»), not words («Kepala Dinas, Pelaksana»).
bool degree_tail(std::string_view tail)
{
    const auto ws = text::words(tail);
    if (ws.empty()) return false;
    for (const auto& w : ws) {
        const std::string_view v = w.view(tail);
        if (text::cp_count(v) > 5 || !text::starts_upper(v)) return false;
    }
    return true;
}

// A title written before a person's name, with its stop (PUEBI, singkatan gelar: «Prof.», «Dr.»,
// «dr.» a physician, «drg.», «drh.», «Ir.», «Drs.», «Dra.», «H.», «Hj.»; «rer.nat.» after «Dr.»):
// «Prof. Dr. Ine Minara S. Ruky, S.E., M.E.», «dr. Agustin Kusumayati, M.Sc., Ph.D.» (Keputusan
// Rektor Universitas Indonesia 496 and 1281/2020, training part of tests/corpus). It is no part of
// the name, so it is not counted among the name's words, and «dr» in lower case is no slip there.
static bool title_before_name(std::string_view w)
{
    for (const char* t : {"Prof", "Dr", "dr", "drg", "drh", "Ir", "Drs", "Dra", "H", "Hj", "rer", "nat"})
        if (w == t) return true;
    return false;
}

bool name_only(const std::string& s, Speller* speller)
{
    const std::size_t comma = s.find(',');
    const std::string head = s.substr(0, comma);
    auto ws = text::words(head);
    {
        std::size_t lead = 0;
        while (lead + 1 < ws.size() && title_before_name(ws[lead].view(head)) && ws[lead].end < head.size() && head[ws[lead].end] == '.') ++lead;
        ws.erase(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(lead));
    }
    if (ws.empty() || ws.size() > 5) return false;
    const bool degrees = comma != std::string::npos;  // "…, S.H., M.H." follows only a person's name
    // degrees proper after the comma (S.Psi, MM, M.Si.): a word in lower case in such a name («Al
    // hamid, S.Psi,MM») is a slip of capitals (KAPITAL), not of spelling
    const bool real_degrees = degrees && degree_tail(std::string_view(s).substr(comma + 1));
    if (ws.size() == 1 && !degrees) return false;
    // a military or police rank before it: "KAPTEN LAUT (P) DARWAN", "Kompol Budi"
    if (ws.size() >= 2 && rank(text::lower(ws[0].view(head)))) return true;
    for (const auto& w : ws) {
        const std::string_view v = w.view(head);
        if (!text::starts_upper(v) && !(real_degrees && &w != &ws.front())) return false;
        if (!degrees && speller && text::cp_count(v) >= 6 && speller->in_lexicon(text::lower(v))) return false;
    }
    return true;
}

bool vowel_letter(char c)
{
    // an ASCII capital is lower-cased inline (a libc call per letter was a tenth of reads_as_word)
    const auto b = static_cast<unsigned char>(c);
    c = b < 0x80 ? static_cast<char>(b >= 'A' && b <= 'Z' ? b | 0x20 : b) : static_cast<char>(std::tolower(b));
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// A word in capitals that reads as a word rather than letters: KOMPREHENSIP, not BKPSDM.
bool reads_as_word(std::string_view w)
{
    // (asked of most words: six letters need six bytes)
    if (w.size() < 6) return false;
    std::size_t vowels = 0, letters = 0;
    for (char c : w) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80 ? !((b | 0x20) >= 'a' && (b | 0x20) <= 'z') : !std::isalpha(b)) continue;
        ++letters;
        vowels += vowel_letter(c);
    }
    return letters >= 6 && vowels * 10 >= letters * 3;
}

// Same length, one letter different: PPIP and PPID.
bool one_letter_apart(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) return false;
    std::size_t diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff += a[i] != b[i];
    return diff == 1;
}

// An acronym or a brand in mixed case: a word that starts with a small letter and has a capital
// («iOS», «eKTP»), or two capitals together after a small letter («PerKI», «KemenPAN»); not
// two words run together («PelaksanaTeknis», «AngkatanUdara»: KATA-GABUNG) or «IlIa».
bool internal_capital(std::string_view w)
{
    auto up = [](char c) { return c >= 'A' && c <= 'Z'; };
    auto low = [](char c) { return c >= 'a' && c <= 'z'; };
    if (w.empty()) return false;
    bool small = false;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (low(w[i])) small = true;
        else if (up(w[i]) && small && (low(w[0]) || (i + 1 < w.size() && up(w[i + 1])) || i + 1 == w.size())) return true;
    }
    return false;
}

// One substitution, insertion or deletion apart (bytes): «Deman» and «Demam».
bool one_edit_apart(std::string_view a, std::string_view b)
{
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1 || a == b) return false;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
    return a.substr(i) == b.substr(i + 1);
}

bool digits_only(std::string_view w)
{
    if (w.empty()) return false;
    for (char c : w)
        if (c < '0' || c > '9') return false;
    return true;
}

bool letter_at(const std::string& s, std::size_t i)
{
    if (i >= s.size()) return false;
    std::size_t k = i;
    return text::is_letter(text::next_cp(s, k));
}

bool letter_before(const std::string& s, std::size_t i)
{
    if (i == 0) return false;
    std::size_t b = i - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    return letter_at(s, b);
}

bool alnum_before(const std::string& s, std::size_t i)
{
    return letter_before(s, i) || (i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1])));
}

// An echelon grade: "eselon IIa", "Ib" (Roman numeral and a letter), not a word to spell.
bool echelon_grade(std::string_view w)
{
    if (w.size() < 2 || (w.back() != 'a' && w.back() != 'b')) return false;
    const std::string_view r = w.substr(0, w.size() - 1);
    return r == "I" || r == "II" || r == "III" || r == "IV" || r == "V";
}

// A lower-case Roman numeral used as a list label: «(ii)», «iii)», «ii.» opening a paragraph, or
// after «butir», «angka» or «huruf» («butir iv»). Signed PP texts number sub-items so (PP 9/2006
// «(i) penerbitan Resi Gudang; (ii) …»); «(i)» is one letter and never spelt anyway.
bool roman_label(const std::string& s, std::size_t b, std::size_t e)
{
    // views, not C strings: asked of every word, the 17 strlen calls cost more than the rest
    static constexpr std::string_view numerals[] = {"ii",  "iii", "iv",   "vi",  "vii", "viii", "ix",  "xi",  "xii",
                                                    "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};
    const std::string_view w = std::string_view(s).substr(b, e - b);
    if (w.size() < 2 || w.size() > 5 || (w[0] != 'i' && w[0] != 'v' && w[0] != 'x')) return false;
    bool numeral = false;
    for (const std::string_view n : numerals) numeral = numeral || w == n;
    if (!numeral) return false;
    if (e < s.size() && s[e] == ')') return true;
    if (e < s.size() && s[e] == '.' && s.find_first_not_of(' ') == b) return true;
    std::size_t p = b;
    while (p > 0 && s[p - 1] == ' ') --p;
    std::size_t q = p;
    while (q > 0 && std::isalpha(static_cast<unsigned char>(s[q - 1]))) --q;
    const std::string_view before = std::string_view(s).substr(q, p - q);
    return p < b && (before == "butir" || before == "angka" || before == "huruf");
}

// The names of cited instruments: the kind with its region, and the title. A title is quoted as
// promulgated (not the drafter's wording to change); both keep the spelling of their year
// ("Peraturan Daerah Propinsi Sulawesi Utara Nomor 1 Tahun 2000").
struct CitedSpan {
    std::size_t begin = 0, end = 0;
    int year = 0;       ///< of the cited instrument; 0 when not read
    bool title = false;
};

std::vector<CitedSpan> cited_names(const std::string& s)
{
    std::vector<CitedSpan> out;
    for (const auto& c : find_citations(s, true)) {
        out.push_back({c.begin, c.year_begin != std::string::npos ? c.year_begin : c.end, c.year, false});
        if (c.has_title()) out.push_back({c.title_begin, c.title_end, c.year, true});
    }
    return out;
}

const CitedSpan* inside(const std::vector<CitedSpan>& spans, std::size_t at)
{
    for (const auto& sp : spans)
        if (at >= sp.begin && at < sp.end) return &sp;
    return nullptr;
}

// The spellings before EYD (Ejaan yang Disempurnakan, Keputusan Presiden 57/1972, in force from
// 16 August 1972): the Republic's (Soewandi, 1947-1972) wrote «dj», «tj», «nj», «sj», «ch» and «j»
// for EYD's j, c, ny, sy, kh and y («jang», «mengadjukan», «mempertjepat», «menjelenggarakan»,
// «masjarakat», «chusus»), and Van Ophuijsen's before it «oe» for u as well («oentoek»). These are
// the days from which a decree or a cited title is judged by EYD, as yyyymmdd and as the year of a
// cited title (read by its year alone: one of 1972 may be of either spelling).
constexpr int kEydSince = 19720816;
constexpr int kSoewandiSince = 19470319;  // Keputusan Menteri PP dan K 264/Bhg. A of 19 March 1947: oe → u

// The EYD form of a word in lower case written in the spelling before EYD, letter pairs read left
// to right so that «mengadjukan» becomes «mengajukan», not «mengadyukan»; the word itself when it
// has none of them. `oe`: Van Ophuijsen's «oe» too.
std::string eyd_form(std::string_view lw, bool oe)
{
    std::string out;
    out.reserve(lw.size() + 2);
    for (std::size_t i = 0; i < lw.size(); ++i) {
        const char c = lw[i], n = i + 1 < lw.size() ? lw[i + 1] : '\0';
        if (c == 'd' && n == 'j') out += 'j';
        else if (c == 't' && n == 'j') out += 'c';
        else if (c == 'n' && n == 'j') out += "ny";
        else if (c == 's' && n == 'j') out += "sy";
        else if (c == 'c' && n == 'h') out += "kh";
        else if (oe && c == 'o' && n == 'e') out += 'u';
        else {
            out += c == 'j' ? 'y' : c;
            continue;
        }
        ++i;
    }
    return out;
}

// The other way: an EYD word in lower case in the spelling before EYD (a suggestion shown in the
// spelling the decree writes: «mengadjukan» for «mengajukan»).
std::string old_form(std::string_view lw, bool oe)
{
    std::string out;
    out.reserve(lw.size() + 4);
    for (std::size_t i = 0; i < lw.size(); ++i) {
        const char c = lw[i], n = i + 1 < lw.size() ? lw[i + 1] : '\0';
        if (c == 'n' && n == 'y') out += "nj", ++i;
        else if (c == 's' && n == 'y') out += "sj", ++i;
        else if (c == 'k' && n == 'h') out += "ch", ++i;
        else if (c == 'j') out += "dj";
        else if (c == 'c') out += "tj";
        else if (c == 'y') out += 'j';
        else if (oe && c == 'u') out += "oe";
        else out += c;
    }
    return out;
}

// Whether a word in lower case has a letter pair only the spelling before EYD writes (dj, tj, nj,
// sj, ch; oe with `oe`): a «j» alone is y in it and j in EYD, so it tells nothing.
bool old_digraph(std::string_view lw, bool oe)
{
    for (std::size_t i = 0; i + 1 < lw.size(); ++i) {
        const char c = lw[i], n = lw[i + 1];
        if ((n == 'j' && (c == 'd' || c == 't' || c == 'n' || c == 's')) || (c == 'c' && n == 'h') || (oe && c == 'o' && n == 'e')) return true;
    }
    return false;
}

// `lw` (lower case) in the case of `like`: «DJAWA» → «JAWA», «Djawa» → «Jawa».
std::string cased_like(std::string_view like, const std::string& lw)
{
    if (text::all_upper(like)) return text::upper(lw);
    return text::starts_upper(like) ? text::capitalise(lw) : lw;
}

char32_t first_cp(std::string_view w)
{
    std::size_t k = 0;
    return text::next_cp(w, k);
}

// Nouns of place and time that follow the preposition "di" and, joined to it, happen to make a
// passive verb of the lexicon ("di tempat" / "ditempatkan" does not, but "di muka" / "dimuka" might).
bool locative(std::string_view w)
{
    if (w.size() < 4 || w.size() > 10) return false;  // (the entries' lengths)
    using namespace std::string_view_literals;
    for (const std::string_view p : {"muka"sv, "depan"sv, "belakang"sv, "atas"sv, "bawah"sv, "dalam"sv, "luar"sv, "samping"sv, "sana"sv, "sini"sv, "situ"sv, "mana"sv, "antara"sv,
                          "tengah"sv, "tempat"sv, "rumah"sv, "kantor"sv, "lapangan"sv, "lokasi"sv, "wilayah"sv, "bidang"sv, "tingkat"sv, "lingkungan"sv, "daerah"sv,
                          "kota"sv, "desa"sv, "kecamatan"sv, "kabupaten"sv, "provinsi"sv, "pusat"sv, "sekitar"sv, "balik"sv, "seberang"sv, "ujung"sv, "pinggir"sv,
                          "akhir"sv, "awal"sv, "hari"sv, "masa"sv, "saat"sv, "waktu"sv, "kemudian"sv})
        if (w == p) return true;
    return false;
}

// A noun made with the suffix -an of a root of four letters or more ("bagian" of "bagi",
// "ruangan" of "ruang"): Indonesian has no passive di-…-an (the passive confixes are di-…-kan and
// di-…-i), so «di bagian» is the preposition before a noun, even where signed texts wrote
// «dibagian» often enough for the lexicon to hold it (umum.txt). A root ending in -an itself
// ("tahan", "makan": «di tahan» is «ditahan») is left to the rule: "tah" and "mak" are too short.
bool noun_in_an(std::string_view w)
{
    if (w.size() < 6 || w.substr(w.size() - 2) != "an" || w.substr(w.size() - 3) == "kan") return false;
    const std::string root(w.substr(0, w.size() - 2));
    for (unsigned char c : root)
        if (c < 'a' || c > 'z') return false;
    Speller* sp = Speller::instance();
    return sp && sp->in_lexicon(root);
}

class TextRules {
public:
    TextRules(Context& cx) : cx_(cx), names_(own_names(cx.decree))
    {
        if (const auto& d = cx.decree.meta.date; d && d->valid()) date_ = d->year * 10000 + d->month * 100 + d->day;
        old_spelling_ = date_ && date_ < kEydSince;
        van_ophuijsen_ = date_ && date_ < kSoewandiSince;
        // the last paragraph of each Menimbang and Mengingat item, where the rule on the item's end
        // reports an item that breaks off
        for (const auto& [items, code] : {std::pair{&cx.decree.menimbang, "MENIMBANG-AKHIR"}, std::pair{&cx.decree.mengingat, "MENGINGAT-AKHIR"}})
            if (cx.enabled(code))
                for (const auto& it : *items)
                    if (const Inline* last = last_paragraph(it.blocks)) item_ends_.insert({last->pos.line, last->pos.column});
        for (const auto& it : cx.decree.mengingat)
            if (const Inline* first = first_paragraph(it.blocks)) mengingat_starts_.insert({first->pos.line, first->pos.column});
        if (cx.enabled("EJAAN") || cx.enabled("KATA-ASING") || cx.enabled("KATA-GABUNG")) {
            std::string why;
            speller_ = Speller::instance(&why);
            if (!speller_)
                cx.report("PERIKSA-DATA", cx.decree.pos, "kamus ejaan tidak terbaca (" + why + "); ejaan tidak diperiksa",
                          "the spelling dictionary cannot be read (" + why + "); spelling is not checked");
        }
    }

    /// The texts checked, for the acronyms the decree uses (gathered only when a slip is suspected).
    void set_texts(const std::vector<Text>* texts)
    {
        texts_ = texts;
        // a term the decree defines ("yang selanjutnya disingkat Siskum", "… disebut JDIH") is its own name
        for (const auto& t : *texts) {
            // (most paragraphs define nothing and hold no bracket: their words are not copied out)
            const bool defines = t.s.find("disingkat") != std::string::npos || t.s.find("disebut") != std::string::npos;
            if (!defines && t.s.find('(') == std::string::npos) continue;
            const auto& ws = cx_.words(t);
            for (std::size_t k = 0; defines && k + 1 < ws.size(); ++k) {
                const std::string_view v = ws[k].view(t.s);
                if (v != "disingkat" && v != "disebut") continue;
                for (std::size_t j = k + 1; j < ws.size() && j <= k + 4; ++j) {
                    const std::string_view d = ws[j].view(t.s);
                    if (!text::starts_upper(d)) break;
                    names_.insert(text::lower(d));
                }
            }
            // and so is an abbreviation in brackets after the words it abbreviates: «Peraturan
            // Komisi Informasi (PerKI)», «Sistem Informasi Hukum (SiKum)»: its capitals are the
            // initials of those words, the last one that of the word just before the bracket
            for (std::size_t k = 1; k < ws.size(); ++k) {
                const std::size_t b = ws[k].begin, e = ws[k].end;
                if (b == 0 || t.s[b - 1] != '(' || e >= t.s.size() || t.s[e] != ')') continue;
                const std::string_view d = ws[k].view(t.s);
                std::string caps;
                for (char c : d)
                    if (c >= 'A' && c <= 'Z') caps += c;
                if (caps.size() < 2 || !text::starts_upper(d)) continue;
                std::string initials;  // of the words before the bracket, nearest last
                for (std::size_t j = k; j-- > 0 && k - j <= 10;) {
                    const std::string_view v = ws[j].view(t.s);
                    if (text::starts_upper(v)) initials.insert(initials.begin(), v[0]);
                }
                if (initials.empty() || initials.back() != caps.back()) continue;
                std::size_t at = initials.size();  // caps must be a subsequence, read from the end
                bool ok = true;
                for (std::size_t c = caps.size(); c-- > 0 && ok;) {
                    while (at > 0 && initials[at - 1] != caps[c]) --at;
                    if (at == 0) ok = false;
                    else --at;
                }
                if (ok) names_.insert(text::lower(d));
            }
        }
    }

    /// Checks texts[k]; its neighbours tell whether it is one of a list of names.
    /// A capitalised word of the decree's title that no dictionary knows, written the same in
    /// at least two other places, is the name of what the decree is about («Motif Batik Gebleg
    /// Renteng»), in lower case too; unless it is a letter or a syllable from a word the decree
    /// writes elsewhere (a misspelt title copied into Menimbang and the Diktum is still a slip).
    void gather_title_names()
    {
        if (!speller_ || !texts_) return;
        const std::string title = cx_.decree.meta.title.plain();
        for (const auto& tw : text::words(title)) {
            const std::string w(tw.view(title));
            if (!text::starts_upper(w) || text::all_upper(w) || text::cp_count(w) < 4 || text::has_digit(w)) continue;
            if (speller_->in_lexicon(w) || speller_->replacement(w) || proper_name_word(w)) continue;
            std::size_t seen = 0;
            for (const auto& t : *texts_)
                for (const auto& x : cx_.words(t)) seen += x.view(t.s) == w;
            if (seen < 3 || speller_->known(w) || written_elsewhere(w)) continue;
            names_.insert(text::lower(w));
            title_names_.insert(text::lower(w));
        }
    }

    void run(const std::vector<Text>& texts, std::size_t k)
    {
        const Text& t = texts[k];
        const auto& toks = cx_.tokens(t);
        // a paragraph that is only a name with its degrees («Hasan Basri, S.H., M.H.») in a list
        // outside a table too
        const std::size_t comma = t.s.find(',');
        bool names = (t.table_cell || (comma != std::string::npos && degree_tail(std::string_view(t.s).substr(comma + 1)))) &&
                     name_only(t.s, speller_);
        // one capitalised word between two names in a table cell's list: a person known by one
        // name («Audin, S.Pd», «Wirda», «Siti Rafiah Makahenggeng»)
        if (!names && t.table_cell && k > 0 && k + 1 < texts.size() && texts[k - 1].table_cell && texts[k + 1].table_cell) {
            const auto ws = text::words(t.s);
            if (ws.size() == 1 && text::starts_upper(ws[0].view(t.s)) && !text::all_upper(ws[0].view(t.s)) &&
                text::trim(t.s) == ws[0].view(t.s) && name_only(texts[k - 1].s, speller_) && name_only(texts[k + 1].s, speller_))
                names = true;
        }
        // a member list's cell names a person, then where they serve: «MARKUS JAIWAB PADA DINAS
        // SOSIAL», «Andi Nova, S.E. pada Bappeda» (Keputusan Bupati Boven Digoel 2024): the words
        // before «pada»/«selaku» are a name when they read as one (name_only), the rest is spelt
        // (asked before the whole cell is taken for a name: «MARKUS JAIWAB PADA DINAS KESEHATN» has
        // five capitalised words and none of the lexicon, yet its end is no name)
        name_prefix_end_ = 0;
        if (t.table_cell)
            for (const char* sep : {" PADA ", " pada ", " Pada ", " SELAKU ", " selaku ", " Selaku "}) {
                const std::size_t p = t.s.find(sep);
                if (p == std::string::npos || p == 0) continue;
                if (name_only(t.s.substr(0, p), speller_)) {
                    name_prefix_end_ = p;
                    names = false;
                }
                break;
            }
        spelling(t, toks, names);
        repeated(t, toks);
        punctuation(t);
        spaces(t);
    }

private:
    Context& cx_;
    std::unordered_set<std::string> names_;
    Speller* speller_ = nullptr;
    int date_ = 0;  ///< the date of enactment as yyyymmdd; 0 when not set yet
    bool old_spelling_ = false;   ///< enacted before EYD: the spelling of its time is read (eyd_form)
    bool van_ophuijsen_ = false;  ///< and before the Republic's spelling of 1947: «oe» too
    std::set<std::pair<std::uint32_t, std::uint32_t>> item_ends_;  // where Menimbang/Mengingat items end (see above)
    std::set<std::pair<std::uint32_t, std::uint32_t>> mengingat_starts_;  // the first paragraph of each Mengingat item (as TANDA-BACA reads them)
    bool spaced_percent_ = false;  // "100 %" reported once a decree: a typist's habit, not one slip each time
    std::optional<SourcePos> open_curly_, open_straight_;  // a quote carried over from an earlier paragraph
    const std::vector<Text>* texts_ = nullptr;
    std::size_t name_prefix_end_ = 0;  ///< in the text being spelt, a person's name ends here
    bool acronyms_gathered_ = false;
    bool decree_words_gathered_ = false;
    std::unordered_set<std::string> title_names_;  ///< names the title introduces (gather_title_names)
    bool title_gathered_ = false;
    std::vector<std::string> title_words_;
    std::vector<std::size_t> title_candidates_;  ///< indices into title_words_ (title_variant)
    std::unordered_set<std::string> decree_words_;
    std::set<std::string> acronyms_;  ///< ordered: suggestions come out the same every run

    const std::set<std::string>& acronyms()
    {
        if (!acronyms_gathered_ && texts_)
            for (const auto& t : *texts_)
                for (const auto& w : cx_.tokens(t)) {
                    if (!w.word) continue;
                    const std::string_view v = w.view(t.s);
                    if (text::all_upper(v)) acronyms_.insert(std::string(v));
                }
        acronyms_gathered_ = true;
        return acronyms_;
    }

    // A word in capitals: an official abbreviation, a word of a heading written in capitals, or a
    // slip; reported only when it is one.
    void capitals(const Text& t, const text::Token& tok)
    {
        const std::string w(tok.view(t.s));
        if (speller_->abbreviation(w) || speller_->abbreviation(w + ".") || names_.count(text::lower(w))) return;
        const std::string lw = text::lower(w);
        // an acronym spoken as a word is listed as drafters write it in running text («Polres»,
        // «Bappeda»); a line or a cell set in capitals writes it «POLRES»
        if (speller_->abbreviation(text::capitalise(lw))) return;
        if (speller_->in_lexicon(lw) || lexicon::is_area_word(lw)) return;
        // a heading of a decree enacted before EYD, in the spelling of its time: «PEMERINTAH
        // DAERAH TINGKAT I DJAWA TENGAH», «MENJELENGGARAKAN»
        if (old_spelling_)
            if (const std::string le = eyd_form(lw, van_ophuijsen_); le != lw) {
                if (old_word_known(lw, le)) return;
                if (old_digraph(lw, van_ophuijsen_)) {  // (a «j» alone: read as EYD below)
                    if (reads_as_word(w)) report_old_word(t, tok.begin, w, text::upper(le), van_ophuijsen_, false);
                    return;
                }
            }
        if (reads_as_word(w)) {
            if (speller_->replacement(lw) || speller_->known(lw)) return;
            // a word in capitals is as often a name as a capitalised one (tables list members as
            // «MARKUS TODING, SE PADA BAPPEDA»: MARKUS/markas, SINAGA/singa, PALIKA/paling), so only
            // the suggestions a capitalised word gets count (KOMPREHENSIP → komprehensif still does)
            auto sugg = slip_targets(lw, speller_->suggest(lw));
            // or a word the decree itself writes, a letter or a syllable off («PENGADANAAN»)
            if (sugg.empty())
                if (const auto near = written_elsewhere(lw)) sugg = {*near};
            if (sugg.empty()) return;  // an acronym or a name the lists do not know, not a misspelt word
            for (auto& x : sugg) x = text::upper(x);
            cx_.report_suggest("EJAAN", cx_.at(t, tok.begin), "«" + w + "» tidak ada dalam kamus bahasa Indonesia maupun daftar singkatan",
                               "«" + w + "» is in neither the Indonesian dictionary nor the list of abbreviations", sugg);
            return;
        }
        // a short acronym one letter away from an official one this decree also uses: PPIP for PPID
        if (text::cp_count(w) < 4) return;
        std::vector<std::string> near;
        std::string expansions;
        for (const auto& other : acronyms())
            if (one_letter_apart(w, other) && speller_->abbreviation(other)) {
                near.push_back(other);
                expansions += (expansions.empty() ? "" : ", ") + other + " (" + *speller_->abbreviation(other) + ")";
            }
        if (!near.empty())
            cx_.report_suggest("EJAAN", cx_.at(t, tok.begin), "singkatan «" + w + "» tidak dikenal; keputusan ini juga memakai " + expansions,
                               "the abbreviation «" + w + "» is unknown; this decree also uses " + expansions, near);
    }

    // A regular derived form of a root the lexicon knows, which the lexicon's affixation did not
    // generate: "penjenjangan" (peN-…-an of jenjang), "disuplai", "terlayani", "disetorkan". The
    // root must be four letters or more, so a misspelt word rarely passes as one.
    bool derived_form(const std::string& word)
    {
        const std::string w = text::lower(word);
        if (w.size() != text::cp_count(w) || w.size() < 7 || w.find('-') != std::string::npos) return false;
        auto root_known = [&](const std::string& r) { return r.size() >= 4 && speller_->in_lexicon(r); };
        // "dikemudian", "diluarnya": a preposition joined to a word, whatever else it could be read as
        for (const char* prep : {"di", "ke"})
            if (w.compare(0, 2, prep) == 0 && speller_->in_lexicon(w.substr(2))) return false;
        // with the clitic -nya, as a word of the lexicon takes it («tercukupinya»: ter-…-i of cukup)
        if (w.size() >= 10 && w.compare(w.size() - 3, 3, "nya") == 0 && derived_form(w.substr(0, w.size() - 3))) return true;
        static const char* prefixes[] = {"memper", "diper", "meng", "meny", "peng", "peny", "mem", "men", "pem", "pen", "per", "ber", "ter",
                                          "me", "pe", "di", "ke", "se", ""};
        static const char* suffixes[] = {"kan", "an", "i", ""};
        for (const char* pre : prefixes) {
            const std::string p(pre);
            if (w.compare(0, p.size(), p) != 0) continue;
            for (const char* suf : suffixes) {
                const std::string x(suf);
                if (p.empty() && x.empty()) continue;
                // "dibidang", "diantara", "kedalam": the prepositions di and ke joined to a word are
                // a slip, not a derived form; the passive di- of a derived verb comes with -kan or -i
                if (x.empty() && (p == "di" || p == "ke" || p == "se")) continue;
                // peN- makes nouns, which take -an, never the verbal -kan or -i: «Pembentukkan» is
                // a slip for «Pembentukan»; ke- and se- take neither either (PUEBI; Alwi et al.,
                // Tata Bahasa Baku Bahasa Indonesia, on the confixes peN-…-an and ke-…-an)
                if ((x == "kan" || x == "i") && (p == "peng" || p == "peny" || p == "pem" || p == "pen" || p == "pe" || p == "ke" || p == "se"))
                    continue;
                if (w.size() < p.size() + x.size() + 4 || w.compare(w.size() - x.size(), x.size(), x) != 0) continue;
                const std::string stem = w.substr(p.size(), w.size() - p.size() - x.size());
                // the nasal prefix drops k, p, t and s: "pengkoordinasian", "mensahkan" are slips
                const char c0 = stem[0];
                if (((p == "meng" || p == "peng") && c0 == 'k') || ((p == "mem" || p == "pem") && c0 == 'p') ||
                    ((p == "men" || p == "pen") && (c0 == 't' || c0 == 's')))
                    continue;
                // per- makes no word of a ber- or ter- derivative: «Perberhentian» is a slip for
                // «Pemberhentian» (Keputusan Dirjen Belmawa 232/2019), though «berhenti» is a word
                // («perberasan» has the root «beras», too short to be ber- + a word)
                if ((p == "per" || p == "diper" || p == "memper") && (stem.compare(0, 3, "ber") == 0 || stem.compare(0, 3, "ter") == 0) &&
                    root_known(stem.substr(3)))
                    continue;
                if (root_known(stem)) return true;
                // the nasal prefix drops the root's first consonant: menyusun (susun), memakai (pakai),
                // menulis (tulis), mengirim (kirim)
                if (p == "meny" || p == "peny") { if (root_known("s" + stem)) return true; }
                else if (p == "mem" || p == "pem") { if (root_known("p" + stem)) return true; }
                else if (p == "men" || p == "pen") { if (root_known("t" + stem)) return true; }
                else if (p == "meng" || p == "peng") { if (root_known("k" + stem)) return true; }
            }
        }
        return false;
    }

    // A bound form written joined to a word, as PUEBI has it (II.B, Kata Berimbuhan: «antikorupsi»,
    // «pascasarjana», «nonalam», «antarlembaga», «swakelola», «tunanetra»): the bound form and a lexicon word of
    // four letters or more (or a regular derived form of one; not a non-standard spelling of
    // pengganti.txt, «antiresiko»). The shortest forms (ko-, re-, bi-) need a word of five.
    bool bound_form(const std::string& word)
    {
        const std::string w = text::lower(word);
        if (w.size() != text::cp_count(w) || w.find('-') != std::string::npos) return false;
        static const char* forms[] = {"anti", "antar", "pasca", "pra", "non", "swa", "tuna", "multi", "semi", "sub", "supra", "super",
                                      "ekstra", "inter", "intra", "kontra", "mono", "poli", "pro", "purna", "trans", "ultra", "dwi",
                                      "tri", "eka", "maha", "mikro", "makro", "infra", "hiper", "catur", "panca", "dasa", "ko", "re",
                                      "bi", "awa", "pseudo", "neo", "oto", "bio", "geo", "tele"};
        for (const char* f : forms) {
            const std::string p(f);
            const std::size_t need = p.size() <= 2 ? 5 : 4;
            if (w.size() < p.size() + need || w.compare(0, p.size(), p) != 0) continue;
            const std::string rest = w.substr(p.size());
            if (speller_->replacement(rest)) continue;
            if (speller_->in_lexicon(rest) || derived_form(rest)) return true;
        }
        return false;
    }

    // A compound taking a prefix and a suffix at once is written joined (PUEBI II.B, Gabungan
    // Kata: «pertanggungjawaban», «ketidakadilan», «kekurangtepatan»): ke-, per-, ber-, ter-,
    // di-, se- or pe- and -an, -kan or -i around two lexicon words of four letters or more (not
    // non-standard spellings).
    bool confixed_compound(const std::string& word)
    {
        const std::string w = text::lower(word);
        if (w.size() != text::cp_count(w) || w.size() < 12) return false;
        for (const char* p : {"ke", "per", "ber", "ter", "di", "se", "pe"}) {
            const std::size_t pl = std::char_traits<char>::length(p);
            if (w.compare(0, pl, p) != 0) continue;
            for (const char* x : {"an", "kan", "i"}) {
                const std::size_t xl = std::char_traits<char>::length(x);
                if (w.size() < pl + xl + 8 || w.compare(w.size() - xl, xl, x) != 0) continue;
                const std::string stem = w.substr(pl, w.size() - pl - xl);
                for (std::size_t k = 4; k + 4 <= stem.size(); ++k) {
                    const std::string left = stem.substr(0, k), right = stem.substr(k);
                    if (speller_->replacement(left) || speller_->replacement(right)) continue;
                    if (speller_->in_lexicon(left) && speller_->in_lexicon(right)) return true;
                }
            }
        }
        return false;
    }

    // A number in words written as one word: «Keduapuluhempat» for «Kedua Puluh Empat»,
    // «duapuluh» for «dua puluh» (PUEBI II.I, Angka dan Bilangan: the parts of a number in words
    // are written apart).
    // The parts, or nullopt when the word is not two numerals or more run together.
    static std::optional<std::vector<std::string>> numerals_joined(const std::string& word)
    {
        // two numerals are six letters at least, and every numeral begins with one of these
        // (a cheap refusal: this runs for every word of the decree)
        if (word.size() < 6) return std::nullopt;
        const std::size_t lead = (word[0] == 'k' || word[0] == 'K') && (word[1] == 'e' || word[1] == 'E') ? 2 : 0;
        if (std::string_view("sSdDtTeElLpPbBrRjJ").find(word[lead]) == std::string_view::npos) return std::nullopt;
        {
            // and with the first three letters of one («sem», «dua», «pul» …)
            char head[3];
            for (int i = 0; i < 3; ++i) head[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[lead + i])));
            static const char heads[][3] = {{'s', 'e', 'm'}, {'d', 'e', 'l'}, {'s', 'e', 'p'}, {'s', 'e', 'b'}, {'s', 'e', 'r'}, {'s', 'a', 't'},
                                            {'d', 'u', 'a'}, {'t', 'i', 'g'}, {'e', 'm', 'p'}, {'l', 'i', 'm'}, {'e', 'n', 'a'}, {'t', 'u', 'j'},
                                            {'p', 'u', 'l'}, {'b', 'e', 'l'}, {'r', 'a', 't'}, {'r', 'i', 'b'}, {'j', 'u', 't'}};
            bool any = false;
            for (const auto& h : heads) any = any || (head[0] == h[0] && head[1] == h[1] && head[2] == h[2]);
            if (!any) return std::nullopt;
        }
        const std::string w = text::lower(word);
        static const char* parts[] = {"sembilan", "delapan", "sepuluh", "sebelas", "seratus", "seribu", "satu", "dua", "tiga", "empat",
                                      "lima", "enam", "tujuh", "puluh", "belas", "ratus", "ribu", "juta"};
        std::vector<std::string> out;
        std::size_t at = 0;
        if (w.compare(0, 2, "ke") == 0) at = 2;
        while (at < w.size()) {
            bool matched = false;
            for (const char* p : parts) {
                const std::size_t n = std::char_traits<char>::length(p);
                if (w.compare(at, n, p) == 0) {
                    out.push_back(w.substr(at == 2 && out.empty() ? 0 : at, at == 2 && out.empty() ? n + 2 : n));
                    at += n;
                    matched = true;
                    break;
                }
            }
            if (!matched) return std::nullopt;
        }
        if (out.size() < 2) return std::nullopt;
        return out;
    }

    // «diluar», «kedalam», «dimana»: the preposition joined to a noun of place or time
    // (PUEBI II.F, Kata Depan: di and ke as prepositions are written apart); «keluar» is a word
    // Whether preposition_joined(word) can answer: false for most words, without lower-casing.
    // An ASCII word is «di»/«ke» and a locative of 4 to 10 letters; other words go the long way.
    static bool maybe_preposition_joined(std::string_view word)
    {
        if (word.size() < 5) return false;
        if (!text::same_ignoring_case(word.substr(0, 2), "di") && !text::same_ignoring_case(word.substr(0, 2), "ke")) return false;
        char rest[10];
        const std::size_t n = word.size() - 2;
        for (const char c : word)
            if (static_cast<unsigned char>(c) >= 0x80) return true;
        if (n > sizeof rest) return false;
        for (std::size_t i = 0; i < n; ++i) {
            const char c = word[i + 2];
            rest[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
        }
        return locative(std::string_view(rest, n));
    }

    static std::optional<std::string> preposition_joined(const std::string& word)
    {
        // (asked of every word: refuse cheaply before lower-casing)
        if (word.size() < 5 || !(text::same_ignoring_case(std::string_view(word).substr(0, 2), "di") ||
                                 text::same_ignoring_case(std::string_view(word).substr(0, 2), "ke")))
            return std::nullopt;
        const std::string w = text::lower(word);
        if (w.size() < 5 || (w.compare(0, 2, "di") != 0 && w.compare(0, 2, "ke") != 0)) return std::nullopt;
        const std::string rest = w.substr(2);
        if (!locative(rest) || rest == "balik" || (w[0] == 'k' && rest == "luar")) return std::nullopt;
        return w.substr(0, 2) + " " + rest;
    }

    // The title's word that `w` misspells, when the title writes `w`'s neighbour next to it: a
    // capitalised word of four letters or more, one edit from `w`; nullopt otherwise.
    std::optional<std::string> title_variant(std::string_view w, std::string_view prev, std::string_view next)
    {
        if (!title_gathered_) {
            const std::string title = cx_.decree.meta.title.plain();
            for (const auto& tw : text::words(title)) title_words_.emplace_back(tw.view(title));
            // the title's capitalised words of four letters or more, the ones a slip can mimic
            for (std::size_t i = 0; i < title_words_.size(); ++i)
                if (text::starts_upper(title_words_[i]) && text::cp_count(title_words_[i]) >= 4) title_candidates_.push_back(i);
            title_gathered_ = true;
        }
        const auto& tw = title_words_;
        for (const std::size_t i : title_candidates_) {
            // (one edit apart needs lengths within one; a decree repeats its title's words, so
            // the neighbours alone refuse too few)
            if (tw[i].size() > w.size() + 1 || w.size() > tw[i].size() + 1) continue;
            // (the neighbours first: they settle nearly every candidate without the edit test)
            const bool same_next = !next.empty() && i + 1 < tw.size() && tw[i + 1] == next && text::starts_upper(next);
            const bool same_prev = !prev.empty() && i > 0 && tw[i - 1] == prev && text::starts_upper(prev);
            if (!same_next && !same_prev) continue;
            if (tw[i] == w || !one_edit_apart(tw[i], w)) continue;
            return tw[i];
        }
        return std::nullopt;
    }

    // The word toks[k] with the word across a hyphen that has a space on one side («sekurang-
    // kurangnya» broken as «sekurang- kurangnya», «masing- masing»): the joined form when it is a
    // word, else empty. The word is then written right and the space is the slip (SPASI-TANDA, in
    // repeated()), so neither half is an unknown word of its own.
    std::string across_spaced_hyphen(const Text& t, const std::vector<text::Token>& toks, std::size_t k) const
    {
        if (!speller_) return {};
        auto joined = [&](std::size_t a) -> std::string {  // toks[a], "-", toks[a + 2]
            if (a + 2 >= toks.size() || !toks[a].word || toks[a + 1].word || !toks[a + 2].word) return {};
            const auto& h = toks[a + 1];
            if (h.end != h.begin + 1 || t.s[h.begin] != '-') return {};
            const bool left = toks[a].end == h.begin, right = h.end == toks[a + 2].begin;
            if (left == right) return {};  // joined on both sides is one word; spaced on both, KATA-ULANG's
            const std::string l = text::lower(toks[a].view(t.s)), r = text::lower(toks[a + 2].view(t.s));
            const std::string x = std::string(toks[a].view(t.s)) + "-" + std::string(toks[a + 2].view(t.s));
            if (text::has_digit(x) || !(speller_->in_lexicon(x) || speller_->known(x))) return {};
            // a reduplication, affixed or with a sound changed (sekurang-kurangnya, terus-menerus,
            // perundang-undangan): the halves share four letters, or the whole of a shorter one;
            // two words that only happen to meet at a hyphen («sebagai- mana», a word broken at a
            // line's end) are not one word written with a hyphen
            const std::size_t need = std::min<std::size_t>(4, std::min(l.size(), r.size()));
            const std::string& shorter = l.size() <= r.size() ? l : r;
            const std::string& longer = l.size() <= r.size() ? r : l;
            bool shared = false;
            for (std::size_t i = 0; i + need <= shorter.size() && !shared; ++i)
                shared = longer.find(shorter.substr(i, need)) != std::string::npos;
            return shared ? x : std::string();
        };
        if (auto x = joined(k); !x.empty()) return x;
        return k >= 2 ? joined(k - 2) : std::string();
    }

    // Whether the capitalised word toks[k] belongs to a name in running text: a run of capitalised
    // words followed by a comma and a degree («oleh Rusmin, S.Sos», «Hasan Basri, S.H.»), or
    // following a noun of place or a form of address («Desa Siganteng», «Jl. Gatot Subroto»,
    // «Sdr. Wirda»). Misspelt words of a title or a post («Jabatan Fungsioanl») are neither, nor
    // are the words of a market's or an estate's name («Pasar Klas I»: Kelas).
    bool running_name(const Text& t, const std::vector<text::Token>& toks, std::size_t k) const
    {
        const std::string& s = t.s;
        auto up = [&](std::size_t i) { return toks[i].word && text::starts_upper(toks[i].view(s)); };
        auto joined = [&](std::size_t a, std::size_t b) {  // toks[a] and toks[b] = toks[a + 1] in one name
            const std::string_view gap = std::string_view(s).substr(toks[a].end, toks[b].begin - toks[a].end);
            return gap == " " || (gap == ". " && text::cp_count(toks[a].view(s)) <= 4);
        };
        if (!up(k)) return false;
        std::size_t first = k, last = k;
        while (first > 0 && k - first < 4 && up(first - 1) && joined(first - 1, first)) --first;
        while (last + 1 < toks.size() && last - k < 4 && up(last + 1) && joined(last, last + 1)) ++last;
        // (not Kabupaten, Kota, Provinsi, Kecamatan: their names are in the area lists, and an
        // unknown word after them is a misspelt one, «Kabupaten Donggalla»)
        static const char* places[] = {"Desa", "Kelurahan", "Dusun", "Kampung", "Jalan", "Jl", "Gang", "Gunung", "Sungai", "Pulau",
                                       "Nagari", "Gampong", "Pantai", "Danau", "Bukit", "Teluk", "Tanjung", "Kel", "Sdr", "Sdri",
                                       "Saudara", "Saudari", "Bapak", "Hj", "PT", "CV", "Perum",
                                       // forms of address and titles before a person's name (PUEBI: «Ibu Salmah»,
                                       // «H. Darman», «Dr. Sulastri»)
                                       "Ibu", "Ny", "Tn", "H", "KH", "Dr", "Ir", "Drs", "Dra", "Prof",
                                       // the units of Yogyakarta under its special status (UU 13/2012; since 2019: Kalurahan,
                                       // Padukuhan, Kapanewon, Kemantren) and of other provinces (jorong,
                                       // banjar, lembang, dukuh), and the institutions PUEBI names with a
                                       // capital (universities, places of worship, buildings, ports)
                                       "Padukuhan", "Pedukuhan", "Dukuh", "Kalurahan", "Kapanewon", "Kemantren", "Jorong",
                                       "Banjar", "Lembang", "Universitas", "Institut", "Politeknik", "Akademi", "Yayasan",
                                       "Masjid", "Pesantren", "Gereja", "Pura", "Vihara", "Klenteng", "Hotel", "Gedung",
                                       "Stadion", "Bandara", "Pelabuhan", "Terminal", "Perumahan", "Puskesmas", "RSUD"};
        for (std::size_t i = first; i < k; ++i)
            for (const char* p : places)
                if (toks[i].view(s) == p) return true;
        // a degree after the name's comma: «S.Sos», «S.Pd.», «SE», «MM» (not «RT 01», not a word)
        std::size_t e = toks[last].end;
        if (e >= s.size() || s[e] != ',') return false;
        ++e;
        while (e < s.size() && s[e] == ' ') ++e;
        std::size_t f = e;
        while (f < s.size() && s[f] != ' ' && s[f] != ',' && s[f] != ';' && s[f] != ')') ++f;
        const std::string_view piece = std::string_view(s).substr(e, f - e);
        if (piece.empty() || piece.size() > 9 || !(piece[0] >= 'A' && piece[0] <= 'Z')) return false;
        if (f < s.size() && s[f] == ' ' && f + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[f + 1]))) return false;
        const bool dotted = piece.find('.') != std::string_view::npos && piece.size() >= 3 && piece[1] == '.';
        bool caps = piece.size() >= 2 && piece.size() <= 3;
        for (char c : piece) caps = caps && c >= 'A' && c <= 'Z';
        return dotted || caps;
    }

    // The equivalent is a verb: the lexicon holds its passive or its active form (unggah:
    // diunggah or mengunggah), not only the word («laman»: neither dilaman nor melaman).
    bool passive_of(const std::string& root)
    {
        if (root.size() < 4) return false;
        for (const char* p : {"di", "meng", "mem", "men", "meny", "me"})
            if (speller_->in_lexicon(p + root)) return true;
        const char c = root[0];  // the nasal drops k, p, t, s: kirim → mengirim
        if (c == 'k' && speller_->in_lexicon("meng" + root.substr(1))) return true;
        if (c == 'p' && speller_->in_lexicon("mem" + root.substr(1))) return true;
        if (c == 't' && speller_->in_lexicon("men" + root.substr(1))) return true;
        if (c == 's' && speller_->in_lexicon("meny" + root.substr(1))) return true;
        return false;
    }

    // The decree's own words in lower case (gathered on first need).
    const std::unordered_set<std::string>& decree_words()
    {
        if (!decree_words_gathered_ && texts_)
            for (const auto& t : *texts_)
                for (const auto& w : cx_.words(t)) decree_words_.insert(text::lower(w.view(t.s)));
        decree_words_gathered_ = true;
        return decree_words_;
    }

    // A lexicon word of the decree one edit or one left-out syllable (two letters) from `w`.
    std::optional<std::string> written_elsewhere(const std::string& word)
    {
        const std::string w = text::lower(word);
        if (w.size() < 7 || w.size() != text::cp_count(w) || w.size() > Speller::kLongestWord) return std::nullopt;
        const auto& seen = decree_words();
        for (const auto& s : speller_->suggest(w, 5)) {
            const std::string ls = text::lower(s);
            // the agent noun of the verb the decree writes («penghemat» beside «menghemat»,
            // «pemindah» beside «memindah»): peN- and meN- on one root are a derivation, not a
            // letter typed wrong (the other way round, «mengguna» beside «pengguna», is a slip)
            if (w.compare(0, 2, "pe") == 0 && ls.size() == w.size() && ls.compare(0, 2, "me") == 0 && ls.compare(2, std::string::npos, w, 2) == 0)
                continue;
            if (seen.count(ls)) return ls;
        }
        // a left-out syllable: a decree word two letters longer that is `w` with two letters of
        // the alphabet below inserted at some k >= 1; of several, the one of the smallest (k, first
        // letter, second letter). Read from the decree's words, not by trying all 484 pairs at
        // every k (thousands of strings built and looked up for each unknown word).
        static constexpr std::string_view abc = "abcdefghijklmnoprstuwy";
        const std::string* best = nullptr;
        std::size_t best_k = 0;
        for (const auto& s : seen) {
            if (s.size() != w.size() + 2) continue;
            std::size_t prefix = 0;  // letters s and w share at the front, and at the back
            while (prefix < w.size() && s[prefix] == w[prefix]) ++prefix;
            std::size_t suffix = 0;
            while (suffix < w.size() && s[s.size() - 1 - suffix] == w[w.size() - 1 - suffix]) ++suffix;
            // inserted at k: s = w[0,k) + s[k] + s[k+1] + w[k,…), so k <= prefix and w.size() - k <= suffix
            for (std::size_t k = std::max<std::size_t>(1, w.size() - suffix); k <= prefix && k < w.size(); ++k) {
                if (abc.find(s[k]) == std::string_view::npos || abc.find(s[k + 1]) == std::string_view::npos) continue;
                const bool earlier = !best || k < best_k || (k == best_k && s.compare(k, 2, *best, k, 2) < 0);
                if (earlier && speller_->in_lexicon(s)) {
                    best = &s;
                    best_k = k;
                }
                break;  // a later k of the same word never comes first
            }
        }
        if (best) return *best;
        // a syllable typed twice or an extra one: «PENGADANAAN» where the decree writes «pengadaan»
        // (two adjacent letters too many, the shorter word a lexicon word the decree writes)
        if (w.size() >= 9)
            for (std::size_t k = 1; k + 2 < w.size(); ++k) {
                if (abc.find(w[k]) == std::string_view::npos || abc.find(w[k + 1]) == std::string_view::npos) continue;
                const std::string shorter = w.substr(0, k) + w.substr(k + 2);
                if (seen.count(shorter) && speller_->in_lexicon(shorter)) return shorter;
            }
        return std::nullopt;
    }

    // EJAAN's finding for `w` at `at`, the decree's own `near` (lower case) written as `w` is
    void report_written_elsewhere(const Text& t, std::size_t at, const std::string& w, const std::string& near)
    {
        const std::string fixed = text::starts_upper(w) ? text::capitalise(near) : near;
        cx_.report_suggest("EJAAN", cx_.at(t, at),
                           "«" + w + "» tidak ada dalam kamus bahasa Indonesia; keputusan ini di tempat lain menulis «" + fixed + "»",
                           "«" + w + "» is not in the Indonesian dictionary; this decree writes «" + fixed + "» elsewhere", {fixed});
    }

    // «Pembentukkan»: the noun confix peN-…-an written with the verbal -kan, the standard noun
    // (pembentukan) in the lexicon; that noun, or nullopt
    std::optional<std::string> noun_with_kan(const std::string& w)
    {
        const std::string lw = text::lower(w);
        if (lw.size() < 9 || lw.compare(lw.size() - 4, 4, "kkan") != 0 || (lw.compare(0, 3, "pem") != 0 && lw.compare(0, 3, "pen") != 0))
            return std::nullopt;
        const std::string noun = lw.substr(0, lw.size() - 3) + "an";
        if (!speller_->in_lexicon(noun)) return std::nullopt;
        return noun;
    }

    // Reports «diluar» (preposition_joined) at its token; whether it did.
    bool joined_preposition(const Text& t, const text::Token& tok)
    {
        if (!maybe_preposition_joined(tok.view(t.s))) return false;
        const std::string w(tok.view(t.s));
        const auto apart = preposition_joined(w);
        if (!apart) return false;
        const std::string fixed = text::starts_upper(w) ? text::capitalise(*apart) : *apart;
        cx_.report("KATA-GABUNG", cx_.at(t, tok.begin), "«" + w + "»: kata depan ditulis terpisah dari kata yang mengikutinya",
                   "«" + w + "»: the preposition is written apart from the word after it", "maksud Anda: " + fixed + "?",
                   "did you mean: " + fixed + "?");
        return true;
    }

    // "non" is a bound form, written joined: "Bencana Nonalam", "nonmedis" (KBBI, PUEBI) ("Lembaga
    // Pemerintah Non Departemen" is the name legislation gave those agencies). Reports the
    // phrase starting at token k.
    bool non_phrase(const Text& t, const std::vector<text::Token>& toks, std::size_t k)
    {
        const auto& tok = toks[k];
        if (tok.end - tok.begin != 3) return false;  // «non» in any case is three ASCII bytes, and nothing else lower-cases to it
        if (k + 1 >= toks.size() || !toks[k + 1].word || toks[k + 1].begin != tok.end + 1) return false;
        const std::string_view w = tok.view(t.s), next = toks[k + 1].view(t.s);
        if (!text::same_ignoring_case(w, "non") || text::cp_count(next) < 3 || text::all_upper(next) || text::has_digit(next) || next == "Departemen")
            return false;
        const std::string phrase = std::string(w) + " " + std::string(next);
        const std::string joined = std::string(w) + text::lower(next);
        cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + phrase + "»: «non» ditulis serangkai dengan kata yang mengikutinya",
                   "«" + phrase + "»: «non» is written joined to the word it precedes", "maksud Anda: " + joined + "?",
                   "did you mean: " + joined + "?");
        return true;
    }

    // A word written in the spelling before EYD, `w` as written and `e` its EYD form (eyd_form),
    // is a word when either is: of the lexicon, a name, a regular derived form, a non-standard
    // spelling of the list that its time wrote («idjin», EYD «ijin»), or two lexicon words written
    // as one as that spelling often did («tanggungdjawab»; not a glued function word, «jangdibuat»).
    bool old_word_known(const std::string& w, const std::string& e)
    {
        for (const std::string* x : {&w, &e}) {
            if (speller_->in_lexicon(*x) || proper_name_word(*x) || speller_->abbreviation(*x)) return true;
            if (const Replacement* r = speller_->replacement(*x); r && !r->foreign) return true;
            if (derived_form(*x) || bound_form(*x) || confixed_compound(*x) || speller_->known(*x) || old_root(*x)) return true;
        }
        return joined_compound(e) || old_loan(w) || (e != w && old_loan(e));
    }

    // Passages in double quotes that are mostly words of no Indonesian list: before EYD an amending
    // law quotes the Dutch text it replaces («kata-kata "Nederlandse vlag" diganti dengan "bendera
    // Indonesia"», «"vierentwinting honderd gulden"»), verbatim and not the drafter's spelling. Two
    // words or more, more than half of them unknown to the lexicon; byte ranges of the passages.
    std::vector<std::pair<std::size_t, std::size_t>> foreign_quotes(const Text& t, const std::vector<text::Token>& toks)
    {
        std::vector<std::pair<std::size_t, std::size_t>> out;
        const std::string& s = t.s;
        std::size_t open = std::string::npos, next_tok = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            const bool straight = s[i] == '"';
            const bool left = s.compare(i, 3, "\xE2\x80\x9C") == 0, right = s.compare(i, 3, "\xE2\x80\x9D") == 0;
            if (!straight && !left && !right) continue;
            if (open == std::string::npos && (straight || left)) {
                open = i + (straight ? 1 : 3);
                continue;
            }
            if (open == std::string::npos || left) continue;
            std::size_t words = 0, unknown = 0;
            // (the tokens are in order and the passages do not overlap: one pass over both)
            while (next_tok < toks.size() && toks[next_tok].begin < open) ++next_tok;
            for (; next_tok < toks.size() && toks[next_tok].begin < i; ++next_tok) {
                const auto& tok = toks[next_tok];
                if (!tok.word || tok.end > i) continue;
                const std::string w(tok.view(s));
                if (text::has_digit(w) || text::cp_count(w) < 2) continue;
                ++words;
                unknown += !speller_->in_lexicon(text::lower(w)) && !proper_name_word(w);
            }
            if (words >= 2 && unknown * 2 > words) out.push_back({open, i});
            open = std::string::npos;
        }
        return out;
    }

    // A hyphenated word of a decree before EYD whose every part is a word of its time: «hutang-piutang»,
    // «tarip-tarip», «dipertanggung-djawabkan».
    bool old_hyphenated(const std::string& w)
    {
        if (w.find('-') == std::string::npos || w.size() > 2 * Speller::kLongestWord) return false;
        std::size_t b = 0;
        bool all = true;
        while (all && b <= w.size()) {
            std::size_t e = w.find('-', b);
            if (e == std::string::npos) e = w.size();
            const std::string part = w.substr(b, e - b), lp = text::lower(part);
            if (part.empty()) return false;
            const Replacement* r = speller_->replacement(lp);
            all = speller_->in_lexicon(lp) || (r && !r->foreign) || old_word_known(lp, eyd_form(lp, van_ophuijsen_)) || old_root(lp);
            b = e + 1;
        }
        return all;
    }

    // Two lexicon words of four letters or more written as one, neither a function word, 13
    // letters at most: the spelling before EYD wrote compounds so («kerdjasama», «tanggungdjawab»;
    // ASCII, as every word of both spellings is); two longer words run together
    // («peraturanpemerintah») are a missing space in any spelling.
    bool joined_compound(const std::string& word)
    {
        const std::string lw = text::lower(word);
        if (lw.size() != text::cp_count(lw) || lw.size() > 13) return false;
        for (std::size_t c = 4; c + 4 <= lw.size(); ++c) {
            const std::string a = lw.substr(0, c), b = lw.substr(c);
            if (!Speller::glue_word(a) && !Speller::glue_word(b) && speller_->in_lexicon(a) && speller_->in_lexicon(b)) return true;
        }
        return false;
    }

    // A loan word as the years before EYD spelt it, which EYD's rules for loan words changed (the
    // Pedoman Umum EYD's list of foreign letters, 1975): «kw» for ku («likwidasi», «kwitansi»), a
    // Dutch double vowel («otonoom»), -il/-iil for -al of Dutch -eel («komersiil», «spirituil»,
    // «rasionil», «formil»), p and f for each other («Konperensi», «fihak»), th for t («methode»).
    // Accepted when the form so rewritten is a word.
    bool old_loan(const std::string& word)
    {
        const std::string lw = text::lower(word);
        if (lw.size() != text::cp_count(lw) || lw.size() < 5 || lw.size() > Speller::kLongestWord) return false;
        auto word_ok = [&](const std::string& c) { return c != lw && (speller_->in_lexicon(c) || derived_form(c) || speller_->known(c)); };
        auto replaced_all = [&](std::string_view from, std::string_view to) {
            std::string out;
            for (std::size_t i = 0; i < lw.size();)
                if (lw.compare(i, from.size(), from) == 0) out += to, i += from.size();
                else out += lw[i++];
            return out;
        };
        if (word_ok(replaced_all("kw", "ku")) || word_ok(replaced_all("oo", "o")) || word_ok(replaced_all("ee", "e")) ||
            word_ok(replaced_all("th", "t")) || word_ok(replaced_all("kh", "k")) || word_ok(replaced_all("cc", "ks")))
            return true;
        // a Dutch double consonant («effektif», «effisien», «dollar») or final e («kontrole», «rutine»)
        for (std::size_t i = 0; i + 1 < lw.size(); ++i)
            if (lw[i] == lw[i + 1] && std::string_view("bdfglmnprst").find(lw[i]) != std::string_view::npos && word_ok(lw.substr(0, i) + lw.substr(i + 1)))
                return true;
        if (lw.back() == 'e' && word_ok(lw.substr(0, lw.size() - 1))) return true;
        for (const char* suffix : {"iil", "il"}) {  // komersiil → komersial, formil → formal
            const std::size_t n = std::char_traits<char>::length(suffix);
            if (lw.size() > n + 3 && lw.compare(lw.size() - n, n, suffix) == 0 && word_ok(lw.substr(0, lw.size() - n) + (n == 3 ? "ial" : "al")))
                return true;
        }
        for (std::size_t i = 0; i < lw.size(); ++i)
            if (lw[i] == 'p' || lw[i] == 'f') {
                std::string c = lw;
                c[i] = lw[i] == 'p' ? 'f' : 'p';
                if (word_ok(c)) return true;
            }
        return false;
    }

    // A derived form of a root its time wrote otherwise, listed in `pengganti.txt`: «diijinkan»
    // (ijin: diizinkan), «terhutang» (hutang: terutang), «penasehat» (nasehat: penasihat), «azasnya».
    // The affix rules of derived_form(), with the root replaced by its standard form.
    bool old_root(const std::string& word)
    {
        const std::string w = text::lower(word);
        if (w.size() != text::cp_count(w) || w.size() < 6 || w.size() > Speller::kLongestWord) return false;
        static const char* prefixes[] = {"memper", "diper", "meng", "meny", "peng", "peny", "mem", "men", "pem", "pen", "per", "ber", "ter",
                                          "me", "pe", "di", "ke", "se", ""};
        static const char* suffixes[] = {"kannya", "nya", "kan", "an", "i", ""};
        for (const char* pre : prefixes)
            for (const char* suf : suffixes) {
                const std::size_t pl = std::char_traits<char>::length(pre), sl = std::char_traits<char>::length(suf);
                if (pl + sl == 0 || w.size() < pl + sl + 4 || w.compare(0, pl, pre) != 0 || w.compare(w.size() - sl, sl, suf) != 0) continue;
                const Replacement* r = speller_->replacement(w.substr(pl, w.size() - pl - sl));
                if (!r || r->foreign || r->suggestion.find(' ') != std::string::npos) continue;
                const std::string standard = std::string(pre) + r->suggestion + suf;
                if (speller_->in_lexicon(standard) || derived_form(standard) || speller_->known(standard)) return true;
            }
        return false;
    }

    // EJAAN's finding for `w`, written in the spelling before EYD and no word in it (`e`, its EYD
    // form, is none either): «mengadjkan», with the suggestions in the spelling the decree writes
    // («mengadjukan»). A capitalised word, or any word when `near_common` (a cited title's, whose
    // words are as often Dutch or names), only when near a common word of its first letter.
    void report_old_word(const Text& t, std::size_t at, const std::string& w, const std::string& e, bool oe, bool near_common)
    {
        std::vector<std::string> sugg = speller_->suggest(e);
        if (text::starts_upper(w) || near_common) {
            if (sugg.empty() && text::starts_upper(w)) sugg = two_edits_away(e);
            sugg = slip_targets(e, std::move(sugg));
            if (sugg.empty()) return;
        }
        const std::string lw = text::lower(w), le = text::lower(e);
        if (le != lw)
            for (auto& x : sugg) x = cased_like(w, old_form(text::lower(x), oe));
        const std::string eyd_id = le != lw ? " (dalam EYD «" + e + "»)" : "", eyd_en = le != lw ? " (in EYD «" + e + "»)" : "";
        cx_.report_suggest("EJAAN", cx_.at(t, at), "«" + w + "» tidak ada dalam kamus bahasa Indonesia, juga dalam ejaan sebelum EYD" + eyd_id,
                           "«" + w + "» is not in the Indonesian dictionary, in the spelling before EYD either" + eyd_en, sugg);
    }

    // A word of a title cited from before EYD, quoted in the spelling of its time: a word of six
    // letters or more that is no word in that spelling or in EYD, near a common word (a slip of
    // typing; a name or a Dutch word of the title is near none).
    void old_title_word(const Text& t, const std::vector<text::Token>& toks, std::size_t k, bool oe)
    {
        const std::string w(toks[k].view(t.s));
        if (text::cp_count(w) < 6 || w.size() != text::cp_count(w) || w.size() > Speller::kLongestWord) return;
        const std::string e = cased_like(w, eyd_form(text::lower(w), oe));
        if (old_word_known(w, e) || running_name(t, toks, k)) return;
        report_old_word(t, toks[k].begin, w, e, oe, true);
    }

    bool proper_name_word(const std::string& w) const
    {
        const std::string lw = text::lower(w);
        return names_.count(lw) > 0 || lexicon::is_area_word(lw);
    }

    // The words an unknown capitalised word may be a slip of. Names resemble rare words one
    // letter off (Basuki/masuki, Hino/hina, Pindad/pindah is kept: pindah is common), so a
    // suggestion counts only when drafters commonly write it (data/ejaan/umum.txt) and it begins
    // with the same letter (a slip rarely hits the first); a word of four letters or fewer
    // (Adi, Ika, Card) is one letter from too many words, so only its truncation counts
    // (Nomo → Nomor). Over 1,202 signed PP/UU texts this halves the reports and keeps the slips.
    static std::vector<std::string> slip_targets(const std::string& w, std::vector<std::string> sugg)
    {
        const std::string lw = text::lower(w);
        const bool short_word = text::cp_count(w) <= 4;
        std::erase_if(sugg, [&](const std::string& s) {
            const std::string ls = text::lower(s);
            if (ls.empty() || ls[0] != lw[0] || !lexicon::is_common(ls)) return true;
            return short_word && ls.compare(0, lw.size(), lw) != 0;
        });
        return sugg;
    }

    // A long word with a letter too many and one more slip: "Kapuapaten" (Kabupaten). Only for
    // words of nine letters or more: shorter names are two edits from too many words.
    std::vector<std::string> two_edits_away(const std::string& w)
    {
        // a word longer than any lexicon word with two letters more is no slip of one, and the
        // search below costs the square of its length (a fuzzed 3,000-letter word took 8 s)
        if (text::cp_count(w) < 9 || w.size() != text::cp_count(w) || w.size() > Speller::kLongestWord) return {};
        for (std::size_t k = 0; k < w.size(); ++k) {
            const std::string shorter = w.substr(0, k) + w.substr(k + 1);
            if (speller_->in_lexicon(text::lower(shorter))) return {text::starts_upper(shorter) ? shorter : text::capitalise(shorter)};
            if (auto near = speller_->suggest(shorter, 1); !near.empty()) return near;
        }
        // a syllable left out of a long derived word: «Pelaksaan» (Pelaksanaan), «Pengembanan»
        const std::string lw = text::lower(w);
        static const std::string abc = "abcdefghijklmnoprstuwy";
        for (std::size_t k = 1; k < lw.size(); ++k)
            for (char a : abc)
                for (char b : abc) {
                    const std::string longer = lw.substr(0, k) + a + b + lw.substr(k);
                    if (speller_->in_lexicon(longer)) return {text::starts_upper(w) ? text::capitalise(longer) : longer};
                }
        return {};
    }

    // «Convention on Nuclear Safety», «Agreement between the Government of the Republic of Indonesia
    // and the Government of Australia on …»: capitalised words joined by English function words are
    // a foreign name (a ratification gives the agreement's own name, UU 12/2011 Lampiran II), not
    // words to spell one by one. A run of capitalised words and such joints is one when a joint
    // stands between two capitalised words no Indonesian list knows, or when it holds two joints
    // and two such words («Protocol to Amend the Agreement»); its ends are trimmed to capitalised
    // words. In capitals («AGREEMENT BETWEEN THE
    // GOVERNMENT …») the same. The function words are none that Indonesian writes.
    static bool english_joint(std::string_view w)
    {
        // asked of every word of the decree: rejected by first letter and length before any compare
        const std::size_t n = w.size();
        if (n == 0 || n > 10) return false;
        switch (w[0]) {
            case 'a': case 'b': case 'c': case 'f': case 'i': case 'o': case 'r': case 't': case 'u': case 'w':
            case 'A': case 'B': case 'C': case 'F': case 'I': case 'O': case 'R': case 'T': case 'U': case 'W': break;
            default: return false;
        }
        char low[10];
        const bool lower = w[0] >= 'a';
        for (std::size_t k = 0; k < n; ++k) {
            const char c = w[k];
            if (lower ? (c < 'a' || c > 'z') : (c < 'A' || c > 'Z')) return false;  // «of» or «OF», not «Of»
            low[k] = lower ? c : static_cast<char>(c + ('a' - 'A'));
        }
        const std::string_view l(low, n);
        auto any = [&](std::initializer_list<std::string_view> words) {
            for (std::string_view j : words)
                if (l == j) return true;
            return false;
        };
        switch (n) {
            case 1: return lower && l == "a";  // «Convention on Early Notification of a Nuclear Accident»
            case 2: return any({"of", "on", "in", "to", "at", "by", "an"});
            case 3: return any({"for", "and", "the", "its"});
            case 4: return any({"with", "from", "into", "upon"});
            case 5: return any({"among", "under", "their"});
            case 6: return l == "within";
            case 7: return any({"between", "against"});
            case 9: return l == "regarding";
            case 10: return l == "concerning";
            default: return false;
        }
    }

    /// The foreign names of `toks` as token index ranges [first, last], in order.
    std::vector<std::pair<std::size_t, std::size_t>> foreign_names(const Text& t, const std::vector<text::Token>& toks) const
    {
        std::vector<std::pair<std::size_t, std::size_t>> out;
        auto joint = [&](std::size_t i) { return toks[i].word && english_joint(toks[i].view(t.s)); };
        if (std::none_of(toks.begin(), toks.end(), [&](const text::Token& tk) { return tk.word && english_joint(tk.view(t.s)); }))
            return out;
        auto capitalised = [&](std::size_t i) { return toks[i].word && text::starts_upper(toks[i].view(t.s)) && !joint(i); };
        auto foreign = [&](std::size_t i) {
            const std::string_view v = toks[i].view(t.s);
            return capitalised(i) && v.size() > 1 && !text::has_digit(v) && !speller_->in_lexicon(v);
        };
        auto next_to = [&](std::size_t a, std::size_t b) { return toks[a].end + 1 == toks[b].begin && t.s[toks[a].end] == ' '; };
        // «Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects
        // Launched into Outer Space» (Keputusan Presiden 4/1999): a comma inside the name, after a
        // capitalised word and before an English function word in lower case and a capitalised word.
        // Taken only once the run holds a joint already: «Rapat Pleno, the …» is no name.
        auto comma_inside = [&](std::size_t i) {
            return i + 3 < toks.size() && capitalised(i) && !toks[i + 1].word && toks[i].end == toks[i + 1].begin &&
                   toks[i + 1].end == toks[i + 1].begin + 1 && t.s[toks[i + 1].begin] == ',' && next_to(i + 1, i + 2) && joint(i + 2) &&
                   !text::starts_upper(toks[i + 2].view(t.s)) && next_to(i + 2, i + 3) && capitalised(i + 3);
        };
        std::size_t k = 0;
        while (k < toks.size()) {
            if (!(capitalised(k) || joint(k))) {
                ++k;
                continue;
            }
            std::size_t e = k;
            bool english = joint(k);
            while (e + 1 < toks.size()) {
                if (next_to(e, e + 1) && (capitalised(e + 1) || joint(e + 1))) {
                    ++e;
                    english = english || joint(e);
                } else if (english && comma_inside(e)) {
                    e += 2;  // the comma and the function word; the capitalised word follows
                } else {
                    break;
                }
            }
            const std::size_t run_end = e;
            std::size_t a = k;
            // joints in front, and Indonesian words not joined to the name («Pengesahan», not the
            // «Memorandum» of «Memorandum of Understanding»)
            while (a <= e && !foreign(a) && (joint(a) || a == e || !joint(a + 1))) ++a;
            while (e > a && !capitalised(e)) --e;
            int joints = 0, foreigners = 0;
            bool joined = false;
            for (std::size_t i = a; i <= e && a <= e; ++i) {
                joints += joint(i);
                foreigners += foreign(i);
                if (joint(i) && i > a && i < e && foreign(i - 1) && foreign(i + 1)) joined = true;
            }
            if (a <= e && (joined || (joints >= 2 && foreigners >= 2))) out.emplace_back(a, e);
            k = run_end + 1;
        }
        return out;
    }

    bool skip_word(const Text& t, const text::Token& tok, bool names)
    {
        const std::string_view w = tok.view(t.s);
        // (a code point is at most four bytes: only a word under eight bytes can be one code point)
        if (names || tok.begin < name_prefix_end_ || w.size() < 2 || text::has_digit(w) || (w.size() < 8 && text::cp_count(w) < 2)) return true;
        if (t.style_at(tok.begin) & kItalic) return true;  // foreign words are italic by convention
        // parts of addresses and abbreviations: Lapor.go.id, S.H., dll.
        if (tok.begin >= 2 && t.s[tok.begin - 1] == '.' && letter_before(t.s, tok.begin - 1)) return true;
        if (tok.end + 1 < t.s.size() && t.s[tok.end] == '.' && letter_at(t.s, tok.end + 1)) return true;
        if ((tok.begin > 0 && t.s[tok.begin - 1] == '@') || (tok.end < t.s.size() && t.s[tok.end] == '@')) return true;
        // a web address's scheme: «https://jdih…» (a new-user trial got EJAAN «https»)
        if (t.s.compare(tok.end, 3, "://") == 0) return true;
        // parts of a document number: HK.01.07/Menkes/382/2020
        if (tok.end + 1 < t.s.size() && t.s[tok.end] == '.' && std::isdigit(static_cast<unsigned char>(t.s[tok.end + 1]))) return true;
        if ((tok.begin > 0 && t.s[tok.begin - 1] == '/') || (tok.end < t.s.size() && t.s[tok.end] == '/')) {
            std::size_t b = tok.begin, e = tok.end;
            while (b > 0 && t.s[b - 1] != ' ') --b;
            while (e < t.s.size() && t.s[e] != ' ') ++e;
            for (std::size_t k = b; k < e; ++k)
                if (std::isdigit(static_cast<unsigned char>(t.s[k]))) return true;
            // a web address, its colon left out or not («http//www…»: TANDA-BACA's slip, not a word's)
            if (std::string_view(t.s).substr(b, e - b).find("//") != std::string_view::npos) return true;
        }
        // a hyphenated word whose parts are acronyms or single letters: e-PPID, SK-nya
        if (w.find('-') != std::string_view::npos) {
            bool all_skippable = true;
            std::size_t b = 0;
            while (b <= w.size()) {
                std::size_t e = w.find('-', b);
                if (e == std::string_view::npos) e = w.size();
                const std::string_view part = w.substr(b, e - b);
                if (!(text::cp_count(part) < 2 || text::all_upper(part) || text::has_digit(part))) all_skippable = false;
                b = e + 1;
            }
            if (all_skippable) return true;
        }
        return false;
    }

    void spelling(const Text& t, const std::vector<text::Token>& toks, bool names)
    {
        if (!speller_) return;
        // titles of cited regulations are quoted verbatim: their wording is not the drafter's to change
        const auto quoted = cited_names(t.s);
        const auto dutch = old_spelling_ ? foreign_quotes(t, toks) : std::vector<std::pair<std::size_t, std::size_t>>{};
        std::size_t next_quote = 0;
        std::size_t skip_until = 0;  // the rest of a foreign phrase already reported
        const auto names_abroad = foreign_names(t, toks);
        std::size_t next_name = 0;  // the first of names_abroad not yet reached
        for (std::size_t k = 0; k < toks.size(); ++k) {
            const auto& tok = toks[k];
            // «sampai dengan» is abbreviated «s.d.», with a full stop after each letter like «a.n.»,
            // «u.p.» (PUEBI, Singkatan): «1:100.000 s/d 1:50.000» (PP 21/2003, its Lampiran). Not in
            // the 230 signed PP texts of the tuning probe, which write «sampai dengan» or «s.d.».
            // (an abbreviation rule of EYD's: before it «s/d» was common usage, 149 of the 1,815 PP/UU
            // texts of 1945-1972 of the dump write it; the decree's own date decides, as below)
            if (tok.word && !names && !old_spelling_ && tok.begin >= skip_until && tok.view(t.s) == "s" && t.s.compare(tok.begin, 3, "s/d") == 0 &&
                (tok.begin == 0 || !std::isalnum(static_cast<unsigned char>(t.s[tok.begin - 1]))) &&
                (tok.begin + 3 == t.s.size() || !std::isalnum(static_cast<unsigned char>(t.s[tok.begin + 3]))) &&
                !(t.style_at(tok.begin) & kItalic)) {
                cx_.report("EJAAN", cx_.at(t, tok.begin), "«s/d»: singkatan «sampai dengan» ditulis «s.d.»",
                           "«s/d»: «sampai dengan» is abbreviated «s.d.»", "maksud Anda: s.d.?", "did you mean: s.d.?");
                continue;
            }
            if (!tok.word || tok.begin < skip_until || skip_word(t, tok, names)) continue;
            while (next_quote < dutch.size() && dutch[next_quote].second <= tok.begin) ++next_quote;  // (tokens come in order)
            if (next_quote < dutch.size() && tok.begin >= dutch[next_quote].first) continue;
            while (next_name < names_abroad.size() && names_abroad[next_name].second < k) ++next_name;
            if (next_name < names_abroad.size() && names_abroad[next_name].first <= k) {
                const auto [a, e] = names_abroad[next_name];
                skip_until = toks[e].end;
                const std::string name(t.s, toks[a].begin, toks[e].end - toks[a].begin);
                // set in italics, or in the decree's own title or a heading, which are printed in
                // capitals (the Menetapkan line restating the title): nothing to say
                if ((t.style_at(toks[a].begin) & kItalic) || t.s == cx_.decree.meta.title.plain() || text::all_upper(name) ||
                    !cx_.enabled("KATA-ASING"))
                    continue;
                cx_.report("KATA-ASING", cx_.at(t, toks[a].begin), "nama asing «" + name + "» ditulis miring (UU 12/2011 Lampiran II)",
                           "set the foreign name «" + name + "» in italics (UU 12/2011 Lampiran II)");
                continue;
            }
            const CitedSpan* cited = inside(quoted, tok.begin);
            const std::string w(tok.view(t.s));
            if (echelon_grade(w) || roman_label(t.s, tok.begin, tok.end)) continue;
            if (!across_spaced_hyphen(t, toks, k).empty()) continue;
            // a cited title is quoted verbatim (its wording, its foreign words and the spellings of
            // its time are not the drafter's to change); what is checked there is a slip of typing:
            // a non-standard spelling of the list, or an unknown word one edit from a word
            // («Lembaga Pemerintah Non Departeman»)
            if (cited && cited->title) {
                // titles enacted under UU 12/2011 follow its spelling: "Bencana Nonalam" (Keppres
                // 12/2020), not "Non Alam" as quoted; older ones wrote "Non Departemen"
                if (cited->year >= 2011 && k + 1 < toks.size() && non_phrase(t, toks, k)) continue;
                if (!cited->year || cited->year >= 1973) {
                    if (joined_preposition(t, tok)) continue;
                }
                if (text::all_upper(w)) continue;
                // a title of before the 1972 spelling (EYD) is quoted in the spelling of its time
                // ("Djawa", "Jogjakarta", «Pemerintahan Daerah jang Berhak Mengatur»); a word no
                // spelling knows is still a slip of typing
                if (cited->year && cited->year < 1973) {
                    old_title_word(t, toks, k, cited->year <= 1947);
                    continue;
                }
                if (speller_->in_lexicon(w) || proper_name_word(w)) continue;
                // a company's name in the title: «Penambahan Penyertaan Modal Negara ke dalam Modal
                // Saham PT Pindad, PT Dahana, dan PT Barata Indonesia»
                if (running_name(t, toks, k)) continue;
                if (const Replacement* r = speller_->replacement(w)) {
                    if (!r->foreign && !r->since)
                        cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + w + "» tidak baku; bentuk bakunya «" + r->suggestion + "»",
                                   "«" + w + "» is not the standard spelling; the standard form is «" + r->suggestion + "»",
                                   "maksud Anda: " + (text::starts_upper(w) ? text::capitalise(r->suggestion) : r->suggestion) + "?",
                                   "did you mean: " + (text::starts_upper(w) ? text::capitalise(r->suggestion) : r->suggestion) + "?");
                    continue;
                }
                if (const auto apart = preposition_joined(w); apart && !text::starts_upper(w)) {
                    cx_.report("KATA-GABUNG", cx_.at(t, tok.begin), "«" + w + "»: kata depan ditulis terpisah dari kata yang mengikutinya",
                               "«" + w + "»: the preposition is written apart from the word after it", "maksud Anda: " + *apart + "?",
                               "did you mean: " + *apart + "?");
                    continue;
                }
                if (const auto noun = noun_with_kan(w)) {
                    const std::string fixed = text::starts_upper(w) ? text::capitalise(*noun) : *noun;
                    cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + w + "»: imbuhan pe-…-an, bukan -kan; bentuk bakunya «" + fixed + "»",
                               "«" + w + "»: the noun takes pe-…-an, not -kan; the standard form is «" + fixed + "»",
                               "maksud Anda: " + fixed + "?", "did you mean: " + fixed + "?");
                    continue;
                }
                // (short words of a title are as often names or English: «Road Map»)
                if (text::cp_count(w) < 6 || speller_->known(w) || derived_form(w) || bound_form(w)) continue;
                const auto sugg = speller_->suggest(w);
                if (!sugg.empty())
                    cx_.report_suggest("EJAAN", cx_.at(t, tok.begin),
                                       "«" + w + "» dalam judul yang dikutip tidak ada dalam kamus; mirip «" + sugg.front() + "»",
                                       "«" + w + "» in a cited title is not in the dictionary; close to «" + sugg.front() + "»", sugg);
                continue;
            }
            // the passive prefix written apart from a foreign verb: «di upload» (PUEBI: «di-upload»,
            // or the Indonesian «diunggah»); a preposition before a foreign noun («di website»)
            // makes no word of the lexicon with the equivalent («dilaman»)
            if (std::string_view(w) == "di" && k + 1 < toks.size() && toks[k + 1].word && toks[k + 1].begin == tok.end + 1) {
                const std::string next(toks[k + 1].view(t.s));
                if (const Replacement* r = speller_->replacement(next); r && r->foreign && r->suggestion.find(' ') == std::string::npos &&
                                                                      passive_of(r->suggestion)) {
                    const std::string phrase = w + " " + next;
                    cx_.report("EJAAN", cx_.at(t, tok.begin),
                               "«" + phrase + "»: awalan «di-» ditulis serangkai: «di" + r->suggestion + "» atau «di-" + next + "»",
                               "«" + phrase + "»: the prefix «di-» is written joined: «di" + r->suggestion + "» or «di-" + next + "»",
                               "maksud Anda: di" + r->suggestion + "?", "did you mean: di" + r->suggestion + "?");
                    skip_until = toks[k + 1].end;
                    continue;
                }
            }
            // a foreign phrase of the list ("soft copy", "stand alone"): one finding for the phrase
            if (k + 1 < toks.size() && toks[k + 1].word && toks[k + 1].begin == tok.end + 1 &&
                !(t.style_at(toks[k + 1].begin) & kItalic)) {
                const std::string_view next = toks[k + 1].view(t.s);
                // the phrase is built and looked up only after a word some phrase of the list starts with
                const bool listed = speller_->starts_phrase(w);
                const std::string phrase = listed ? w + " " + std::string(next) : std::string();
                const Replacement* r = listed ? speller_->replacement(phrase) : nullptr;
                auto written = [&] { return w + " " + std::string(next); };
                if (r && r->foreign) {
                    cx_.report("KATA-ASING", cx_.at(t, tok.begin),
                               "kata asing «" + phrase + "» ditulis miring, atau gunakan padanannya «" + r->suggestion + "»",
                               "set the foreign words «" + phrase + "» in italics, or replace them with «" + r->suggestion + "»",
                               "maksud Anda: " + r->suggestion + "?", "did you mean: " + r->suggestion + "?");
                    skip_until = toks[k + 1].end;
                    continue;
                } else if (r) {  // "Olah Raga" → olahraga
                    const std::string sug = text::starts_upper(w) ? text::capitalise(r->suggestion) : r->suggestion;
                    cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + phrase + "» tidak baku; bentuk bakunya «" + r->suggestion + "»",
                               "«" + phrase + "» is not the standard spelling; the standard form is «" + r->suggestion + "»",
                               "maksud Anda: " + sug + "?", "did you mean: " + sug + "?");
                    skip_until = toks[k + 1].end;
                    continue;
                }
                if (non_phrase(t, toks, k)) {
                    skip_until = toks[k + 1].end;
                    continue;
                }
                // the passive prefix written apart: "telah di ubah", "di emban" (a preposition "di"
                // is followed by a place or a time, which with "di" joined makes no word of the lexicon)
                if (std::string_view(w) == "di" && text::is_lower(first_cp(next)) && text::cp_count(next) >= 4 && !(t.style_at(toks[k + 1].begin) & kItalic) &&
                    speller_->in_lexicon("di" + std::string(next)) && !locative(next) && !noun_in_an(next)) {
                    const std::string joined = "di" + std::string(next);
                    cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + written() + "»: awalan «di-» ditulis serangkai: «" + joined + "»",
                               "«" + written() + "»: the prefix «di-» is written joined: «" + joined + "»", "maksud Anda: " + joined + "?",
                               "did you mean: " + joined + "?");
                    skip_until = toks[k + 1].end;
                    continue;
                }
            }
            // a compound taking a prefix and a suffix at once, written apart: «dipertanggung
            // jawabkan», «menindak lanjuti» (PUEBI: a compound with a prefix and a suffix together is
            // written as one word, «dipertanggungjawabkan»; Keputusan Bupati Boven Digoel 2024). The
            // first word opens with di-, me-, pe- or ke-, the second is a lexicon root of four letters
            // or more with -kan, -i or -an, and the two joined are a word of the lexicon.
            if (k + 1 < toks.size() && toks[k + 1].word && toks[k + 1].begin == tok.end + 1 && text::is_lower(first_cp(w)) &&
                text::cp_count(w) >= 6 && (w.rfind("di", 0) == 0 || w.rfind("me", 0) == 0 || w.rfind("pe", 0) == 0 || w.rfind("ke", 0) == 0) &&
                !(t.style_at(toks[k + 1].begin) & kItalic)) {
                const std::string next(toks[k + 1].view(t.s));
                const auto root_with = [&](std::string_view suffix) {
                    return next.size() >= suffix.size() + 4 && next.compare(next.size() - suffix.size(), suffix.size(), suffix) == 0 &&
                           speller_->in_lexicon(next.substr(0, next.size() - suffix.size()));
                };
                if (text::is_lower(first_cp(next)) && (root_with("kan") || root_with("an") || root_with("i")) && speller_->in_lexicon(w + next)) {
                    const std::string joined = w + next;
                    cx_.report("EJAAN", cx_.at(t, tok.begin),
                               "«" + w + " " + next + "»: gabungan kata yang mendapat awalan dan akhiran sekaligus ditulis serangkai: «" + joined + "»",
                               "«" + w + " " + next + "»: a compound taking a prefix and a suffix at once is written as one word: «" + joined + "»",
                               "maksud Anda: " + joined + "?", "did you mean: " + joined + "?");
                    skip_until = toks[k + 1].end;
                    continue;
                }
            }
            // the currency symbol takes no full stop (PUEBI, singkatan: «Rp (rupiah)» like «kg», «cm») and is
            // written against the amount («Rp300,00»): «Rp. 65.336.000,00»
            // (EYD's rule: before it the symbol took its full stop, «Rp. 500» in 458 of the 1,815 PP/UU
            // texts of 1945-1972 of the dump, «Rp500» in none)
            if (std::string_view(w) == "Rp" && !old_spelling_ && tok.end < t.s.size() && t.s[tok.end] == '.') {
                std::size_t d = tok.end + 1;
                while (d < t.s.size() && t.s[d] == ' ') ++d;
                if (d < t.s.size() && std::isdigit(static_cast<unsigned char>(t.s[d]))) {
                    std::size_t e = d;
                    while (e < t.s.size() && (std::isdigit(static_cast<unsigned char>(t.s[e])) || t.s[e] == '.' || t.s[e] == ',')) ++e;
                    while (e > d && (t.s[e - 1] == '.' || t.s[e - 1] == ',')) --e;
                    const std::string written = t.s.substr(tok.begin, e - tok.begin), fixed = "Rp" + t.s.substr(d, e - d);
                    cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + written + "»: lambang mata uang ditulis tanpa titik dan spasi: «" + fixed + "»",
                               "«" + written + "»: the currency symbol takes no full stop or space: «" + fixed + "»", "maksud Anda: " + fixed + "?",
                               "did you mean: " + fixed + "?");
                    continue;
                }
            }
            // abbreviations with their full stop: dll., dsb., Jl., Kab.
            if (tok.end < t.s.size() && t.s[tok.end] == '.' && (speller_->is_term(w + ".") || speller_->abbreviation(w + "."))) continue;
            // official abbreviations start with a capital (Setda, Kasubag) or are units (km, ha)
            if ((text::starts_upper(w) || w.size() <= 2) && speller_->abbreviation(w)) continue;
            // a pair of abbreviations joined by a slash drops the first one's full stop: «Kab/Kota»
            if (tok.end < t.s.size() && t.s[tok.end] == '/' && text::starts_upper(w) && speller_->abbreviation(w + ".")) continue;
            // an acronym of a common noun is written in lower case (PUEBI II.H, Singkatan dan Akronim: «pemilu», «rudal»):
            // «fasyankes» for the listed «Fasyankes» (a syllabic acronym, not one of initials)
            if (!text::starts_upper(w) && reads_as_word(w) && speller_->abbreviation(text::capitalise(w))) continue;
            // se- with a name is written with a hyphen (PUEBI, Tanda Hubung: «se-Indonesia», «se-Jawa»):
            // «se-Kalbar», «se-Kabupaten Donggala»
            if (w.size() > 3 && w[0] == 's' && w[1] == 'e' && w[2] == '-' && text::starts_upper(w.substr(3))) {
                const std::string name = w.substr(3);
                if (speller_->abbreviation(name) || speller_->in_lexicon(name) || proper_name_word(name) || text::all_upper(name)) continue;
            }
            if (text::all_upper(w)) {
                if (!(t.style_at(tok.begin) & kItalic)) capitals(t, tok);
                continue;
            }
            const bool upper_first = text::starts_upper(w);
            auto shown = [&](const std::string& s) { return upper_first ? text::capitalise(s) : s; };
            // a capitalised word may be a name: of the issuer, the signer, an area (asked only of
            // words the lists do not settle: most capitalised words are words)
            auto proper_name = [&] {
                if (!upper_first) return false;
                const std::string lw = text::lower(w);
                return names_.count(lw) > 0 || lexicon::is_area_word(lw);
            };
            const Replacement* r = speller_->replacement(w);
            if (r && proper_name()) continue;
            // a capital inside a word («iOS», «eKTP», «KemenPAN») makes a name or an acronym, not a
            // misspelt word
            if (!r && internal_capital(w)) continue;
            // before EYD the forms its standard later replaced were the spelling of the day («ijin»,
            // «Nopember», «tarip», «hutang»: written in 84, 51, 33 and 23 of the 670 tuning texts of
            // 1945-1972 of the dump)
            if (r && !r->foreign && old_spelling_) continue;
            if (r && r->since) {  // the official spelling of its time: the decree's, or the cited instrument's
                if (date_ && date_ < r->since) continue;
                // the name of a cited instrument is quoted as it was promulgated: regions kept
                // "Peraturan Daerah Propinsi …" for a while after UU 32/2004
                if (cited) continue;
            }
            if (r) {
                if (r->foreign)
                    cx_.report("KATA-ASING", cx_.at(t, tok.begin),
                               "kata asing «" + w + "» ditulis miring, atau gunakan padanannya «" + r->suggestion + "»",
                               "set the foreign word «" + w + "» in italics, or replace it with «" + r->suggestion + "»",
                               "maksud Anda: " + shown(r->suggestion) + "?", "did you mean: " + shown(r->suggestion) + "?");
                else
                    cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + w + "» tidak baku; bentuk bakunya «" + r->suggestion + "»",
                               "«" + w + "» is not the standard spelling; the standard form is «" + r->suggestion + "»",
                               "maksud Anda: " + shown(r->suggestion) + "?", "did you mean: " + shown(r->suggestion) + "?");
                continue;
            }
            // a decree enacted before EYD (16 August 1972) writes the spelling of its time: «jang»,
            // «mengadjukan», «kerdjasama» pass as «yang», «mengajukan», «kerjasama» would; a word
            // that is none in either spelling is reported («mengadjkan»), with suggestions in the
            // decree's spelling
            if (old_spelling_ && !speller_->in_lexicon(w)) {
                const std::string lw = text::lower(w);
                // Van Ophuijsen's «oe» in a decree of the Republic's spelling (from 19 March 1947):
                // «oentoek» is told its word («untuk»); names keep «oe» (Soekarno) and pass
                if (!van_ophuijsen_ && !upper_first && lw.find("oe") != std::string::npos) {
                    const std::string le = eyd_form(lw, true);
                    if (!old_word_known(w, cased_like(w, eyd_form(lw, false))) && old_word_known(le, le)) {
                        const std::string fixed = old_form(le, false);  // in the decree's spelling: «djoega» → «djuga»
                        cx_.report_suggest("EJAAN", cx_.at(t, tok.begin),
                                           "«" + w + "»: «oe» ejaan Van Ophuijsen; sejak ejaan Republik (1947) ditulis «" + fixed + "»",
                                           "«" + w + "»: «oe» is Van Ophuijsen's spelling; since the Republic's (1947) it is «" + fixed + "»",
                                           {fixed});
                        continue;
                    }
                }
                if (const std::string le = eyd_form(lw, van_ophuijsen_); le != lw) {
                    const std::string e = cased_like(w, le);
                    if (old_word_known(w, e)) continue;
                    // a «j» alone is y in the old spelling and j in EYD, and texts of the time come
                    // retyped in EYD's letters («kerjasama», «diijinkan»): such a word is read as EYD
                    // below; one with a pair only the old spelling writes («mengadjkan») is its slip
                    if (old_digraph(lw, van_ophuijsen_)) {
                        if (!proper_name() && !running_name(t, toks, k)) report_old_word(t, tok.begin, w, e, van_ophuijsen_, false);
                        continue;
                    }
                }
                if (old_root(w) || old_loan(w) || old_hyphenated(w)) continue;
            }
            // the compiled lexicon first, then a split into two of its words, and only then
            // Hunspell: most decrees never need it loaded
            if (joined_preposition(t, tok)) continue;
            if (const auto parts = numerals_joined(w)) {
                std::string fixed;
                for (const auto& p : *parts) fixed += (fixed.empty() ? "" : " ") + (upper_first ? text::capitalise(p) : p);
                cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + w + "»: bilangan dengan huruf ditulis terpisah: «" + fixed + "»",
                           "«" + w + "»: the words of a number are written apart: «" + fixed + "»", "maksud Anda: " + fixed + "?",
                           "did you mean: " + fixed + "?");
                continue;
            }
            // a name the decree's title writes, with one word a letter off: «Deman Berdarah»
            // where the title has «Demam Berdarah» (both words of the lexicon)
            if (upper_first && text::cp_count(w) >= 4) {
                const bool has_prev = k > 0 && toks[k - 1].word && toks[k - 1].end + 1 == tok.begin;
                const bool has_next = k + 1 < toks.size() && toks[k + 1].word && toks[k + 1].begin == tok.end + 1;
                const std::string_view prev = has_prev ? toks[k - 1].view(t.s) : std::string_view();
                const std::string_view next = has_next ? toks[k + 1].view(t.s) : std::string_view();
                if (const auto other = title_variant(w, prev, next)) {
                    cx_.report_suggest("EJAAN", cx_.at(t, tok.begin), "«" + w + "»: judul keputusan ini menulis «" + *other + "»",
                                       "«" + w + "»: the decree's title writes «" + *other + "»", {*other});
                    continue;
                }
            }
            if (speller_->in_lexicon(w) || proper_name() || title_names_.count(text::lower(w)) || running_name(t, toks, k)) continue;
            // two official abbreviations run together: «Kanwilkemenkumham» (Kanwil Kemenkumham)
            // (abbreviations are short: a longer word is none, and each cut would copy all of it)
            if (upper_first && w.size() >= 6 && w.size() <= 2 * Speller::kLongestWord) {
                bool reported = false;
                for (std::size_t c = 2; c + 2 <= w.size() && !reported; ++c) {
                    const std::string a = w.substr(0, c), b = text::capitalise(w.substr(c));
                    if (!speller_->abbreviation(a) || !speller_->abbreviation(b)) continue;
                    cx_.report("KATA-GABUNG", cx_.at(t, tok.begin), "«" + w + "» tampak sebagai dua singkatan yang tergabung",
                               "«" + w + "» looks like two abbreviations run together", "maksud Anda: " + a + " " + b + "?",
                               "did you mean: " + a + " " + b + "?");
                    reported = true;
                }
                if (reported) continue;
            }
            // a bound form joined to a word is written so (PUEBI): «antarlembaga» is not two words
            if (bound_form(w) || confixed_compound(w)) continue;
            if (auto split = speller_->split(w)) {
                cx_.report("KATA-GABUNG", cx_.at(t, tok.begin), "«" + w + "» tampak sebagai dua kata yang tergabung",
                           "«" + w + "» looks like two words run together", "maksud Anda: " + *split + "?", "did you mean: " + *split + "?");
                continue;
            }
            // the noun confix peN-…-an written with the verbal -kan: «Pembentukkan» for
            // «Pembentukan» (Hunspell's affix rules let it pass; peN- never takes -kan)
            if (const auto noun = noun_with_kan(w)) {
                const std::string fixed = shown(*noun);
                cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + w + "»: imbuhan pe-…-an, bukan -kan; bentuk bakunya «" + fixed + "»",
                           "«" + w + "»: the noun takes pe-…-an, not -kan; the standard form is «" + fixed + "»", "maksud Anda: " + fixed + "?",
                           "did you mean: " + fixed + "?");
                continue;
            }
            if (derived_form(w) || bound_form(w) || speller_->known(w)) {
                // Hunspell's affix rules and the derived forms accept more than Indonesian has
                // («Pelaksaan» as pe-laksa-an):
                // a word the lexicon lacks, a letter or a syllable from a word this decree writes
                // elsewhere, is that word misspelt
                if (const auto near = written_elsewhere(w)) report_written_elsewhere(t, tok.begin, w, *near);
                continue;
            }
            // a space typed one letter off: «persandiand an» for «persandian dan»; one finding
            if (k + 1 < toks.size() && toks[k + 1].word && toks[k + 1].begin == tok.end + 1 && w.size() >= 4 &&
                static_cast<unsigned char>(w.back()) < 0x80 && std::isalpha(static_cast<unsigned char>(w.back()))) {
                const std::string next(toks[k + 1].view(t.s));
                const std::string left = w.substr(0, w.size() - 1), right = w.substr(w.size() - 1) + next;
                if (!speller_->in_lexicon(next) && speller_->in_lexicon(right) && (speller_->known(left) || derived_form(left))) {
                    const std::string fixed = left + " " + right;
                    cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + w + " " + next + "»: spasi salah tempat; maksudnya «" + fixed + "»",
                               "«" + w + " " + next + "»: a space in the wrong place; «" + fixed + "» is meant", "maksud Anda: " + fixed + "?",
                               "did you mean: " + fixed + "?");
                    skip_until = toks[k + 1].end;
                    continue;
                }
            }
            // the name after «Kabupaten», «Kota», «Provinsi» is NAMA-WILAYAH's, judged against the
            // official list (one slip, one finding; and a former or old-spelt name is no slip)
            if (upper_first && k > 0 && toks[k - 1].word && toks[k - 1].end + 1 == tok.begin && cx_.enabled("NAMA-WILAYAH")) {
                const std::string_view before = toks[k - 1].view(t.s);
                if (text::same_ignoring_case(before, "Kabupaten") || text::same_ignoring_case(before, "Kota") ||
                    text::same_ignoring_case(before, "Provinsi") || text::same_ignoring_case(before, "Propinsi"))
                    continue;
            }
            auto sugg = speller_->suggest(w);
            if (upper_first) {
                // an unknown capitalised word far from every word of the lexicon is a name
                // (Gebleg, Ratumbuysang), not a slip: reported only with the word it is near
                if (sugg.empty()) sugg = two_edits_away(w);
                sugg = slip_targets(w, std::move(sugg));
                // no common word near, but one the decree itself writes: «Menguggah» where another
                // item writes «Mengunggah» (Keputusan Bupati Boven Digoel 2024; «mengunggah» is in
                // too few signed PP texts to be common). The decree proves the word.
                if (sugg.empty()) {
                    // (of the same first letter, as above: «Criteria» of an English name is no «kriteria»)
                    if (const auto near = written_elsewhere(w); near && (*near)[0] == text::lower(w)[0]) report_written_elsewhere(t, tok.begin, w, *near);
                    continue;
                }
                cx_.report_suggest("EJAAN", cx_.at(t, tok.begin),
                                   "«" + w + "» tidak ada dalam kamus bahasa Indonesia maupun daftar istilah; mirip «" + sugg.front() + "»",
                                   "«" + w + "» is in neither the Indonesian dictionary nor the term list; close to «" + sugg.front() + "»", sugg);
                continue;
            }
            cx_.report_suggest("EJAAN", cx_.at(t, tok.begin), "«" + w + "» tidak ada dalam kamus bahasa Indonesia maupun daftar istilah",
                               "«" + w + "» is in neither the Indonesian dictionary nor the term list", sugg);
        }
    }

    // "Papua - Papua Pegunungan", "Jawa – Jawa Barat": two areas about a spaced dash, the second
    // a province or kabupaten/kota whose name begins with the first (a Balai's area in a Kementerian
    // PU list), is no reduplication. Only a name of the area data counts: «Daerah – Daerah Otonom»
    // (Kominfo Kalbar 49.1/2024, quoting UU 25/1956) is one.
    static bool name_range(const Text& t, const std::vector<text::Token>& toks, std::size_t second)
    {
        const Areas* areas = area_data();
        if (areas == nullptr || !text::starts_upper(toks[second].view(t.s))) return false;
        std::size_t end = toks[second].end;
        for (std::size_t n = second + 1; n < toks.size() && n <= second + 2; ++n) {
            if (!toks[n].word || toks[n].begin != end + 1 || !text::starts_upper(toks[n].view(t.s))) break;
            end = toks[n].end;
            const std::string name = text::lower(std::string_view(t.s).substr(toks[second].begin, end - toks[second].begin));
            for (const auto& p : areas->provinces)
                if (text::lower(p.name) == name) return true;
            for (const auto& r : areas->regencies)
                if (text::lower(r.short_name) == name) return true;
        }
        return false;
    }

    void repeated(const Text& t, const std::vector<text::Token>& toks)
    {
        for (std::size_t k = 1; k < toks.size(); ++k) {
            const auto& a = toks[k - 1];
            const auto& b = toks[k];
            // a reduplication written with spaces about its hyphen: "kegiatan - kegiatan" (PUEBI:
            // "kegiatan-kegiatan"); with a space on one side only ("Undang- Undang") it is a
            // spacing slip of a word written right
            if (a.word && !b.word && b.end == b.begin + 1 && t.s[b.begin] == '-' && k + 1 < toks.size() && toks[k + 1].word &&
                (a.end < b.begin || b.end < toks[k + 1].begin) && !text::has_digit(a.view(t.s)) &&
                text::same_ignoring_case(a.view(t.s), toks[k + 1].view(t.s)) && !name_range(t, toks, k + 1)) {
                const std::string wa(a.view(t.s)), wb(toks[k + 1].view(t.s));
                if (a.end == b.begin || b.end == toks[k + 1].begin)  // "Undang- Undang": a space on one side, a typing slip
                    space_slip(t, a.end == b.begin ? b.end : a.end, "spasi di samping tanda hubung bentuk ulang «" + wa + "-" + wb + "»",
                               "a space beside the hyphen of the reduplication «" + wa + "-" + wb + "»");
                else
                cx_.report("KATA-ULANG", cx_.at(t, a.begin), "bentuk ulang «" + std::string(t.s, a.begin, toks[k + 1].end - a.begin) +
                               "» ditulis dengan tanda hubung tanpa spasi: «" + wa + "-" + wb + "»",
                           "the reduplication «" + std::string(t.s, a.begin, toks[k + 1].end - a.begin) +
                               "» is written with a hyphen and no spaces: «" + wa + "-" + wb + "»",
                           "maksud Anda: " + wa + "-" + wb + "?", "did you mean: " + wa + "-" + wb + "?");
            }
            // «sekurang- kurangnya», «sebaik- baiknya»: a word with a hyphen (an affixed
            // reduplication, a compound) and a space on one side of it, as with «Undang- Undang»
            else if (a.word && !b.word && k + 1 < toks.size() && !text::same_ignoring_case(a.view(t.s), toks[k + 1].view(t.s))) {
                if (const std::string x = across_spaced_hyphen(t, toks, k - 1); !x.empty())
                    space_slip(t, a.end == b.begin ? b.end : a.end, "spasi di samping tanda hubung «" + x + "»",
                               "a space beside the hyphen of «" + x + "»");
            }
            // "Daerah – Daerah": a dash with spaces where a reduplication takes a hyphen and none
            // (PUEBI: «Daerah-Daerah»); two different words about a dash are a range
            // Written without spaces, «Daerah–daerah» (Sekda Sumedang 41.1/2022, the title of UU
            // 14/1950) is the same slip: a dash joins no word to itself. «Undang–Undang» is left to
            // MENGINGAT-JENIS, which names the kind's hyphen.
            const bool spaced = k + 1 < toks.size() && a.end < b.begin && b.end < toks[k + 1].begin;
            const bool joined = k + 1 < toks.size() && a.end == b.begin && b.end == toks[k + 1].begin && text::lower(a.view(t.s)) != "undang";
            if (a.word && !b.word && k + 1 < toks.size() && toks[k + 1].word && (spaced || joined) &&
                (b.view(t.s) == "\xE2\x80\x93" || b.view(t.s) == "\xE2\x80\x94") && !text::has_digit(a.view(t.s)) &&
                text::same_ignoring_case(a.view(t.s), toks[k + 1].view(t.s)) && !name_range(t, toks, k + 1)) {
                // KATA-ULANG, as the same slip with a spaced hyphen above: the reduplication's form
                const std::string wa(a.view(t.s)), wb(toks[k + 1].view(t.s));
                cx_.report("KATA-ULANG", cx_.at(t, a.begin), "bentuk ulang «" + std::string(t.s, a.begin, toks[k + 1].end - a.begin) +
                               "» ditulis dengan tanda hubung tanpa spasi: «" + wa + "-" + wb + "»",
                           "the reduplication «" + std::string(t.s, a.begin, toks[k + 1].end - a.begin) + "» is written with a hyphen and no spaces: «" + wa +
                               "-" + wb + "»",
                           "maksud Anda: " + wa + "-" + wb + "?", "did you mean: " + wa + "-" + wb + "?");
            }
            // "Peraturan Daerah … No 2 Tahun 2000": a citation writes «Nomor», and an abbreviation
            // keeps its stop (PUEBI)
            if (a.word && b.word && a.view(t.s) == "No" && a.end + 1 == b.begin && digits_only(b.view(t.s)) && k + 1 < toks.size() &&
                toks[k + 1].word && toks[k + 1].view(t.s) == "Tahun")
                space_slip(t, a.begin, "«No " + std::string(b.view(t.s)) + " Tahun» dalam kutipan: ditulis «Nomor " + std::string(b.view(t.s)) + "»",
                           "«No " + std::string(b.view(t.s)) + " Tahun» in a citation: write «Nomor " + std::string(b.view(t.s)) + "»");
            // a word of a reference run into its number: "Tahun2003", "Nomor112"
            if (b.word) glued_number(t, b);
            if (k == 1 && a.word) reduplication_two(t, a);
            if (b.word) reduplication_two(t, b);
            if (!a.word || !b.word) continue;
            const std::string_view wa = a.view(t.s), wb = b.view(t.s);
            // the pair of conjunctions is written with a slash (UU 12/2011, Lampiran II, 264)
            if (wa == "dan" && wb == "atau" && b.begin == a.begin + 4)
                cx_.report("EJAAN", cx_.at(t, a.begin), "«dan atau» ditulis «dan/atau»", "«dan atau» is written «dan/atau»",
                           "maksud Anda: dan/atau?", "did you mean: dan/atau?");
            if (!text::same_ignoring_case(wa, wb) || text::has_digit(wa)) continue;
            // "Peraturan Daerah Daerah Istimewa Yogyakarta": the second starts a name
            if (k + 2 < toks.size() && toks[k + 2].word && text::lower(wb) == "daerah" && toks[k + 2].view(t.s) == "Istimewa") continue;
            cx_.report("KATA-ULANG", cx_.at(t, b.begin), "kata «" + std::string(wb) + "» terulang",
                       "the word «" + std::string(wb) + "» is repeated", "hapus «" + std::string(wb) + "» yang kedua",
                       "remove the second «" + std::string(wb) + "»");
        }
    }

    // «dokumen2», «masing2»: a reduplication written with the figure 2, the habit of handwriting
    // and chat (PUEBI, "Bentuk Ulang": a reduplication is written in full with a hyphen,
    // «dokumen-dokumen», «masing-masing»). A word of the lexicon in lower case, three letters at
    // least, and the figure 2 alone after it. Not a word that takes a number («roda2», «angka2»,
    // «dari2 (dua)» in the signed PP texts of tools/scale are a space left out before the figure,
    // not a reduplication), nor before the number's words in brackets, nor in a decree signed before
    // EYD took effect (1972), whose spelling wrote it so.
    void reduplication_two(const Text& t, const text::Token& tok)
    {
        const std::string_view w = tok.view(t.s);
        if (w.size() < 4 || w.back() != '2' || (tok.end < t.s.size() && std::isalnum(static_cast<unsigned char>(t.s[tok.end])))) return;
        const std::string_view stem = w.substr(0, w.size() - 1);
        for (const char c : stem)
            if (c < 'a' || c > 'z') return;
        static const std::set<std::string_view> takes_number = {
            "angka", "ayat", "bab", "bagian", "dari", "eselon", "golongan", "huruf", "jilid", "kelas", "kelompok", "ke", "lampiran",
            "lantai", "lokasi", "nomor", "paragraf", "pasal", "periode", "roda", "semester", "seri", "sesi", "tahap", "tahun",
            "tingkat", "tipe", "triwulan", "zona", "sampai", "hingga", "dan", "atau", "per", "kali", "minggu", "bulan", "hari", "jam"};
        const std::string full = std::string(stem) + "-" + std::string(stem);
        // a word of the lexicon, or a stem that only lives reduplicated («masing» of «masing-masing»)
        if (takes_number.count(stem) || !(lexicon::contains(stem) || lexicon::contains(full))) return;
        // a decree signed in 1972 or before: the Republic's spelling before EYD wrote «masing2» itself
        if (const auto& date = cx_.decree.meta.date; date && date->valid() && date->year < 1973) return;
        if (t.s.compare(tok.end, 2, " (") == 0) return;
        cx_.report("KATA-ULANG", cx_.at(t, tok.begin), "«" + std::string(w) + "»: bentuk ulang ditulis lengkap dengan tanda hubung («" + full + "», PUEBI), bukan dengan angka 2",
                   "«" + std::string(w) + "»: a reduplication is written in full with a hyphen («" + full + "», PUEBI), not with the figure 2",
                   "maksud Anda: " + full + "?", "did you mean: " + full + "?");
    }

    void glued_number(const Text& t, const text::Token& tok)
    {
        const std::string_view w = tok.view(t.s);
        for (std::string_view head : {"Nomor", "Tahun", "Pasal", "ayat", "Ayat", "Bab", "BAB", "Lampiran"}) {
            if (w.size() <= head.size() || w.substr(0, head.size()) != head || !std::isdigit(static_cast<unsigned char>(w[head.size()]))) continue;
            const std::size_t at = tok.begin + head.size();
            cx_.report("SPASI-TANDA", cx_.at(t, at), "tidak ada spasi antara «" + std::string(head) + "» dan angkanya",
                       "no space between «" + std::string(head) + "» and its number", "sisipkan spasi sesudah «" + std::string(head) + "»",
                       "insert a space after «" + std::string(head) + "»");
            return;
        }
    }

    // A part of a document number from `i`: capitals or figures up to the next "/" ("BPKAD/"), or
    // the year that ends one ("2025"); not a word of the sentence ("41.500/ bulan").
    static bool code_part(const std::string& s, std::size_t i)
    {
        std::size_t e = i;
        bool digits = true;
        while (e < s.size() && (std::isupper(static_cast<unsigned char>(s[e])) || std::isdigit(static_cast<unsigned char>(s[e])) || s[e] == '.')) {
            digits = digits && !std::isupper(static_cast<unsigned char>(s[e]));
            ++e;
        }
        if (e == i) return false;
        if (e < s.size() && s[e] == '/') return true;
        return digits && e - i == 4 && (e == s.size() || !std::isalnum(static_cast<unsigned char>(s[e])));
    }

    // «Ketua :Presiden; Wakil Ketua merangkap anggota :Menteri …» (Keputusan Presiden 99/1993): a
    // two-column list whose colon opens the second column, the same way on every line of the
    // decree, is the office's layout; one «Anggota :Kepala» among «Ketua : Presiden» lines
    // (Keputusan Presiden 132/1998) is a slip. Layout: two or more such colons and none with a
    // space on both sides between words.
    bool tabular_colons()
    {
        if (tabular_colons_known_) return tabular_colons_;
        tabular_colons_known_ = true;
        std::size_t tight = 0, spaced = 0;
        if (texts_)
            for (const auto& x : *texts_)
                for (std::size_t p = x.s.find(" :"); p != std::string::npos; p = x.s.find(" :", p + 2)) {
                    if (p == 0 || !std::isalnum(static_cast<unsigned char>(x.s[p - 1])) || p + 2 >= x.s.size()) continue;
                    if (std::isalnum(static_cast<unsigned char>(x.s[p + 2]))) ++tight;
                    else if (x.s[p + 2] == ' ' && p + 3 < x.s.size() && std::isalnum(static_cast<unsigned char>(x.s[p + 3]))) ++spaced;
                }
        tabular_colons_ = tight >= 2 && spaced == 0;
        return tabular_colons_;
    }
    bool tabular_colons_known_ = false, tabular_colons_ = false;

    // «Peraturan Daerah … Nomor :8 Tahun 2021»: the colon after a cited law's «Nomor» is TANDA-BACA's
    // slip (the number takes no colon at all, number_colons), reported there; the space before it
    // is part of it
    bool colon_of_cited_number(const Text& t, std::size_t colon) const
    {
        const bool mengingat = mengingat_starts_.count({t.pos.line, t.pos.column}) > 0;
        for (const NumberColon& c : number_colons(t.s, mengingat))
            if (c.at == colon) return true;
        return false;
    }

    void space_slip(const Text& t, std::size_t at, const std::string& id, const std::string& en)
    {
        cx_.report("SPASI-TANDA", cx_.at(t, at), id, en);
    }

    void punctuation(const Text& t)
    {
        const std::string& s = t.s;
        struct Open {
            char c;
            std::size_t at;
        };
        std::vector<Open> stack;
        std::vector<std::size_t> straight_quotes;
        std::vector<std::size_t> curly_open;
        // (this runs for every byte of the decree: a run of spaces, ASCII letters and digits is
        // passed over in a tight loop by a table; a byte from 0x80 asks isalnum, as before)
        static constexpr std::array<bool, 128> kPlain = [] {
            std::array<bool, 128> a{};
            a[' '] = true;
            for (int b = '0'; b <= '9'; ++b) a[b] = true;
            for (int b = 'a'; b <= 'z'; ++b) a[b] = a[b - 0x20] = true;
            return a;
        }();
        auto plain = [](char ch) {
            const auto b = static_cast<unsigned char>(ch);
            return b < 0x80 ? kPlain[b] : std::isalnum(b) != 0;
        };
        for (std::size_t i = 0; i < s.size(); ++i) {
            while (i < s.size() && plain(s[i])) ++i;
            if (i == s.size()) break;
            const char c = s[i];
            // PUEBI: no space inside brackets, before "%", or before ":", ",", ";" and "." (the
            // house forms "Menimbang :", "Nomor :" keep a space after the colon as well)
            const bool space_before = i >= 2 && s[i - 1] == ' ' && std::isalnum(static_cast<unsigned char>(s[i - 2]));
            const bool alnum_after = i + 1 < s.size() && std::isalnum(static_cast<unsigned char>(s[i + 1]));
            if (space_before && alnum_after && (c == ':' || c == ',' || c == ';' || c == '.') && !(c == ':' && tabular_colons()) &&
                !(c == ':' && colon_of_cited_number(t, i)))  // "Anggota :Kepala", "M .01"
                space_slip(t, i - 1, "spasi sebelum «" + std::string(1, c) + "», bukan sesudahnya",
                           "a space before «" + std::string(1, c) + "» rather than after it");
            else if (c == '%' && space_before && std::isdigit(static_cast<unsigned char>(s[i - 2])))  // "100 %"
            {
                if (!spaced_percent_) space_slip(t, i - 1, "spasi sebelum «%»: ditulis serangkai dengan angkanya", "a space before «%»: it is written joined to its number");
                spaced_percent_ = true;
            }
            else if (c == '/' && alnum_before(s, i) && i + 2 < s.size() && s[i + 1] == ' ' && code_part(s, i + 2))
                space_slip(t, i + 1, "spasi sesudah «/» di dalam nomor", "a space after «/» inside a number");  // "0561/ BPKAD/XI/ 2025"
            if (c == '(' || c == '[') {
                stack.push_back({c, i});
                if (alnum_before(s, i))
                    cx_.report("SPASI-TANDA", cx_.at(t, i), "tidak ada spasi sebelum «" + std::string(1, c) + "»",
                               "no space before «" + std::string(1, c) + "»", "sisipkan spasi sebelum «" + std::string(1, c) + "»",
                               "insert a space before «" + std::string(1, c) + "»");
            } else if (c == ')' || c == ']') {
                const char want = c == ')' ? '(' : '[';
                if (!stack.empty() && stack.back().c == want) {
                    stack.pop_back();
                    continue;
                }
                // "a)" or "1)" opening an enumeration is a marker, not a bracket
                std::size_t b = i;
                while (b > 0 && std::isalnum(static_cast<unsigned char>(s[b - 1]))) --b;
                if (i - b >= 1 && i - b <= 2 && (b == 0 || s[b - 1] == ' ')) continue;
                cx_.report("KURUNG", cx_.at(t, i), "«" + std::string(1, c) + "» tanpa pasangan «" + std::string(1, want) + "»",
                           "«" + std::string(1, c) + "» without a matching «" + std::string(1, want) + "»");
            } else if ((c == ',' || c == ';') && (letter_before(s, i) || (i > 0 && s[i - 1] == ')')) && letter_at(s, i + 1)) {
                // after a word, or after a closing bracket: «ayat (1),ditetapkan» (Keputusan Presiden 91/1999)
                cx_.report("SPASI-TANDA", cx_.at(t, i + 1), "tidak ada spasi sesudah «" + std::string(1, c) + "»",
                           "no space after «" + std::string(1, c) + "»", "sisipkan spasi sesudah «" + std::string(1, c) + "»",
                           "insert a space after «" + std::string(1, c) + "»");
            } else if (c == '.' && stop_without_space(s, i)) {
                cx_.report("SPASI-TANDA", cx_.at(t, i + 1), "tidak ada spasi sesudah «.»", "no space after «.»", "sisipkan spasi sesudah «.»",
                           "insert a space after «.»");
            } else if (c == '"') {
                straight_quotes.push_back(i);
            } else if (s.compare(i, 3, "\xE2\x80\x9C") == 0) {  // “
                curly_open.push_back(i);
            } else if (s.compare(i, 3, "\xE2\x80\x9D") == 0) {  // ”
                if (!curly_open.empty()) curly_open.pop_back();
                else if (open_curly_)
                    open_curly_.reset();
                else if (open_straight_) {  // «"Pasal 4 … Udara.”»: opened straight, closed curly (Keppres 132/1998)
                    mixed_quotes(*open_straight_);
                    open_straight_.reset();
                } else if (!(t.quoted_division && only_stops_after(s, i + 3)))  // opened at the quoted Pasal's heading
                    cx_.report("KUTIP", cx_.at(t, i), "«”» tanpa pasangan «“»", "«”» without a matching «“»");
            } else if (s.compare(i, 3, "\xE2\x80\xA6") == 0 || s.compare(i, 3, "...") == 0) {
                cx_.report("ISIAN", cx_.at(t, i), "isian «…» belum diganti dengan teks", "a «…» placeholder is still in the text",
                           "ganti «…» dengan teks yang dimaksud", "replace «…» with the intended text");
                i += 2;
            }
        }
        // an item broken off inside its brackets, "(Lembaran Negara" at a page end, is one slip:
        // the item's end is missing, which MENGINGAT-AKHIR / MENIMBANG-AKHIR report
        const std::size_t last = s.find_last_not_of(' ');
        if (!stack.empty() && last != std::string::npos && std::isalnum(static_cast<unsigned char>(s[last])) &&
            item_ends_.count({t.pos.line, t.pos.column}))
            stack.clear();
        for (const auto& o : stack)
            cx_.report("KURUNG", cx_.at(t, o.at), "«" + std::string(1, o.c) + "» tidak ditutup", "«" + std::string(1, o.c) + "» is never closed",
                       std::string("tambahkan «") + (o.c == '(' ? ")" : "]") + "»", std::string("add «") + (o.c == '(' ? ")" : "]") + "»");
        // A quoted Pasal of an amendment opens its quote at the start of its first paragraph and
        // closes it at the end of its last (Keputusan Presiden 11/2004): an opener left open at a
        // paragraph's start waits for the next unmatched closer.
        std::size_t first = 0;
        while (first < s.size() && s[first] == ' ') ++first;
        if (straight_quotes.size() % 2 == 1) {
            if (open_straight_) open_straight_.reset();
            else if (open_curly_ && straight_quotes.back() != first) {  // «“Pasal 3 … BMG."» (Keppres 9/2004)
                mixed_quotes(cx_.at(t, straight_quotes.back()));
                open_curly_.reset();
            } else if (t.quoted_division && only_stops_after(s, straight_quotes.back() + 1))
                ;  // the closer of a quote opened at the quoted Pasal's heading
            else if (straight_quotes.front() == first) open_straight_ = cx_.at(t, first);
            else
                cx_.report("KUTIP", cx_.at(t, straight_quotes.back()), "tanda petik «\"» tanpa pasangan", "an unmatched quotation mark «\"»");
        }
        if (curly_open.size() == 1 && curly_open.front() == first) {
            report_open_quotes();
            open_curly_ = cx_.at(t, first);
            curly_open.clear();
        }
        for (std::size_t at : curly_open) cx_.report("KUTIP", cx_.at(t, at), "«“» tidak ditutup dengan «”»", "«“» is never closed with «”»");
    }

    // «… pada tanggal ditetapkan.Apabila …»: a sentence's stop with the next sentence run into it
    // (PUEBI: a space follows the stop). Only between a word of the lexicon in lower case, three
    // letters at least and standing alone, and a capitalised word of three letters or more, the
    // second not going on with «.», «/» or «@»: so no abbreviation («Kab.Malang» is KAPITAL's and
    // the abbreviation's), degree («Amd.Kep», «S.Sos»), web address or e-mail. From the injection
    // probe of session 17; none in the training corpus, the samples or the PP texts of tools/scale.
    static bool stop_without_space(const std::string& s, std::size_t i)
    {
        if (i + 3 >= s.size() || !(s[i + 1] >= 'A' && s[i + 1] <= 'Z')) return false;
        std::size_t e = i + 2;
        while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
        if (e - (i + 1) < 3 || (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '.' || s[e] == '/' || s[e] == '@')))
            return false;
        std::size_t b = i;
        while (b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z') --b;
        if (i - b < 3 || (b > 0 && s[b - 1] != ' ' && s[b - 1] != '(')) return false;
        return lexicon::contains(std::string_view(s).substr(b, i - b));
    }

    // A quote opened in one form and closed in the other: reported at the straight mark, the one
    // out of place in a decree that prints curly quotes.
    void mixed_quotes(const SourcePos& at)
    {
        cx_.report("KUTIP", at, "tanda petik lurus «\"» berpasangan dengan tanda petik lengkung («“ … \"» atau «\" … ”»)",
                   "a straight quotation mark «\"» paired with a curly one («“ … \"» or «\" … ”»)", "pakai «“» dan «”»",
                   "use «“» and «”»");
    }

    // Nothing but closing punctuation from `i` to the end: «Udara.”», «Utama.”;».
    static bool only_stops_after(const std::string& s, std::size_t i)
    {
        for (; i < s.size(); ++i)
            if (s[i] != '.' && s[i] != ';' && s[i] != ',' && s[i] != ' ') return false;
        return true;
    }

public:
    /// The decree's own number («188.45/0561/ BPKAD/XI/ 2025», Donggala 2025): a space after «/»
    /// inside it, by the rule of numbers in running text; the number is no paragraph of the texts.
    void own_number(const Text& t)
    {
        const std::string& s = t.s;
        for (std::size_t i = s.find('/'); i != std::string::npos; i = s.find('/', i + 1))
            if (alnum_before(s, i) && i + 2 < s.size() && s[i + 1] == ' ' && code_part(s, i + 2)) {
                space_slip(t, i + 1, "spasi sesudah «/» di dalam nomor", "a space after «/» inside a number");
                return;  // one slip of the number
            }
    }

    /// The issuer's and the official's names (<penerbit>, <pejabat>) are printed in the title
    /// block and over the signature, yet their words count as the decree's own names everywhere
    /// else, so a slip there («Kementerin Riset», Belmawa 232/2019) was never read. Only the slip
    /// the decree itself proves is reported: a word no list knows, one edit or one syllable from a
    /// word the decree writes elsewhere. Names of offices, places and persons stay names.
    void issuer_field(const std::string& value, const SourcePos& pos)
    {
        if (!speller_ || !cx_.enabled("EJAAN") || value.empty()) return;
        const Text t = make_text(value, pos, Anchor::ElementContent);
        for (const auto& tw : text::words(t.s)) {
            const std::string w(tw.view(t.s));
            if (text::cp_count(w) < 7 || text::has_digit(w) || text::all_upper(w) || internal_capital(w)) continue;
            const std::string lw = text::lower(w);
            if (speller_->in_lexicon(w) || speller_->abbreviation(w) || lexicon::is_area_word(lw) || speller_->replacement(w) ||
                speller_->known(w) || derived_form(w) || bound_form(w))
                continue;
            if (const auto near = written_elsewhere(w)) report_written_elsewhere(t, tw.begin, w, *near);
        }
    }

    /// Reports a quote opened at a paragraph's start and closed in no later paragraph.
    void report_open_quotes()
    {
        if (open_curly_) cx_.report("KUTIP", *open_curly_, "«“» tidak ditutup dengan «”»", "«“» is never closed with «”»");
        if (open_straight_) cx_.report("KUTIP", *open_straight_, "tanda petik «\"» tanpa pasangan", "an unmatched quotation mark «\"»");
        open_curly_.reset();
        open_straight_.reset();
    }

private:

    void spaces(const Text& t)
    {
        if (!cx_.enabled("SPASI-GANDA")) return;
        const Context::WhitespaceFn fn = [&](std::size_t raw_begin, std::size_t len, std::size_t) {
            if (len < 2) return;
            const std::string_view run(cx_.raw().data() + raw_begin, len);
            if (run.find('\n') != std::string_view::npos || run.find('\r') != std::string_view::npos) return;
            const std::string file = t.segs.empty() || t.segs.front().pos.file.empty() ? cx_.decree.source_file : t.segs.front().pos.file.str();
            cx_.report("SPASI-GANDA", cx_.pos_of_raw(raw_begin + 1, file), "spasi ganda", "double space", "hapus spasi yang berlebih",
                       "remove the extra space");
        };
        for (const auto& seg : t.segs) cx_.walk(t, seg, std::string::npos, &fn);
    }
};

}  // namespace

// Placeholders left in the metadata ("Kabupaten …" in a starter file).
void check_metadata_placeholders(Context& cx)
{
    const Metadata& m = cx.decree.meta;
    struct Field {
        const std::string* value;
        SourcePos pos;
        Anchor anchor;
    };
    std::vector<Field> fields = {{&m.issuer, m.issuer_pos, Anchor::ElementContent},
                                 {&m.official, m.official_pos, Anchor::ElementContent},
                                 {&m.place, m.place_pos, Anchor::Attribute},
                                 {&m.signer.name, cx.attribute_pos(m.signer.pos, "nama"), Anchor::Attribute},
                                 {&m.signer.own_title, cx.attribute_pos(m.signer.pos, "jabatan"), Anchor::Attribute}};
    if (m.number) fields.push_back({&*m.number, m.number_pos, Anchor::ElementContent});
    if (m.certification) {
        const auto& c = *m.certification;
        fields.push_back({&c.office, cx.attribute_pos(c.pos, "kantor"), Anchor::Attribute});
        fields.push_back({&c.title, cx.attribute_pos(c.pos, "jabatan"), Anchor::Attribute});
        fields.push_back({&c.name, cx.attribute_pos(c.pos, "nama"), Anchor::Attribute});
        fields.push_back({&c.nip, cx.attribute_pos(c.pos, "nip"), Anchor::Attribute});
    }
    for (const auto& f : fields) {
        std::size_t at = f.value->find("\xE2\x80\xA6");
        if (at == std::string::npos) at = f.value->find("...");
        if (at == std::string::npos) continue;
        const Text t = make_text(*f.value, f.pos, f.anchor);
        cx.report("ISIAN", cx.at(t, at), "isian «…» belum diganti dengan teks", "a «…» placeholder is still in the text",
                  "ganti «…» dengan teks yang dimaksud", "replace «…» with the intended text");
    }
}

void check_text(Context& cx)
{
    check_metadata_placeholders(cx);
    TextRules rules(cx);
    const auto& texts = cx.texts();
    rules.set_texts(&texts);
    rules.gather_title_names();
    for (std::size_t k = 0; k < texts.size(); ++k) rules.run(texts, k);
    rules.report_open_quotes();
    rules.issuer_field(cx.decree.meta.issuer, cx.decree.meta.issuer_pos);
    rules.issuer_field(cx.decree.meta.official, cx.decree.meta.official_pos);
    if (const auto& m = cx.decree.meta; m.number && m.number->find("/ ") != std::string::npos)
        rules.own_number(make_text(*m.number, m.number_pos, Anchor::ElementContent));
}

}  // namespace naskah::check
