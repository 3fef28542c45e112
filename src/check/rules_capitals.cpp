// Capitals (KAPITAL): the slips of case a legal reviewer marks in real decrees, each matched by a
// narrow pattern so that a finding is nearly always a real slip (issue 16). The reference is UU
// 12/2011 Lampiran II (a cited title is capitalised except its conjunctions and prepositions; a
// reference to this instrument, its Lampiran and its Diktum is capitalised) and PUEBI (names of
// months and days are capitalised, the words "bulan" and "hari" before them are not).
//
// A paragraph gets at most one finding per kind, and a document one per kind (per word for the
// words of cited titles): the corpus lists "Tentang … Dan …" in one cited title, or "Undang-undang"
// in three Mengingat items, as one slip, and a drafter fixes them together.
#include <algorithm>
#include <array>
#include <optional>
#include <cstring>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "check/context.hpp"
#include "check/lexicon.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

using namespace naskah::model;

namespace {

using text::Token;

// inlined: with the list constant at each call, a comparison is a length test and a few word-sized
// loads, not a call and a memcmp per entry (KAPITAL asks these lists about every word)
[[gnu::always_inline]] inline bool in(std::string_view w, std::initializer_list<std::string_view> set)
{
    for (auto s : set)
        if (w == s) return true;
    return false;
}

bool is_number(std::string_view w)
{
    if (w.empty()) return false;
    for (char c : w)
        if (c < '0' || c > '9') return false;
    return true;
}

bool is_year(std::string_view w) { return w.size() == 4 && is_number(w); }

// "Dan": an initial capital followed by lower case only (a title in capitals is another matter).
bool title_case(std::string_view w)
{
    if (!text::starts_upper(w) || w.size() <= 1) return false;
    // (an ASCII rest is its own lower case when it has no capital: no string built for it)
    bool ascii = true;
    for (const char c : w.substr(1)) {
        if (c >= 'A' && c <= 'Z') return false;
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    }
    return ascii || text::lower(w.substr(1)) == w.substr(1);
}

bool is_month(std::string_view w)
{
    return in(w, {"Januari", "Februari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
                  "Nopember", "November", "Desember"});
}

bool is_day(std::string_view w) { return in(w, {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Jum\u2019at", "Sabtu", "Minggu", "Ahad"}); }

// Conjunctions and prepositions a cited title writes in lower case (UU 12/2011 Lampiran II).
// Not "atas": "Perubahan Atas" is the form of UU 10/2004 and many offices keep it.
bool function_word(std::string_view lw)
{
    return in(lw, {"dan", "atau", "serta", "yang", "dengan", "secara", "sebagai", "bagi", "pada", "di", "dari",
                   "kepada", "oleh", "untuk", "terhadap", "tentang", "dalam"});
}

bool ordinal_caps(std::string_view w)
{
    return text::all_upper(w) && in(w, {"KESATU", "PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN",
                                        "KESEMBILAN", "KESEPULUH"});
}

bool number_word(std::string_view lw)
{
    // by the first letter: asked of most words twice, so only the few words with that letter are compared
    if (lw.size() < 3) return false;
    switch (lw[0]) {
    case 's': return in(lw, {"satu", "sembilan", "sepuluh", "sebelas", "seratus", "seribu"});
    case 'd': return in(lw, {"dua", "delapan"});
    case 't': return in(lw, {"tiga", "tujuh"});
    case 'e': return in(lw, {"empat", "enam"});
    case 'l': return lw == "lima";
    case 'p': return lw == "puluh";
    case 'b': return lw == "belas";
    case 'r': return in(lw, {"ratus", "ribu"});
    case 'j': return lw == "juta";
    case 'm': return lw == "miliar";
    default: return false;
    }
}

// "darI", "kaBupaten": a capital inside a word that begins in lower case (not "e-KTP", "MoU").
bool capital_inside(std::string_view w)
{
    if (w.size() < 3 || text::has_digit(w) || w.find('-') != std::string_view::npos) return false;
    std::size_t k = 0;
    if (!text::is_lower(text::next_cp(w, k))) return false;
    while (k < w.size()) {
        // an ASCII byte is its own code point: no decoder call for it
        const auto b = static_cast<unsigned char>(w[k]);
        const char32_t c = b < 0x80 ? (++k, char32_t(b)) : text::next_cp(w, k);
        if (text::is_letter(c) && !text::is_lower(c)) return true;
    }
    return false;
}

// Prepositions and conjunctions a cited title keeps in lower case: function_word's and «atas», «antara»,
// «ke», «melalui», «menurut», «mengenai», «sampai», «hingga», «tanpa», «sejak», «selama», «sesuai», «per»,
// «maupun», «beserta», «akan», «antar», «agar», «supaya», «karena», «jika», «apabila», «bahwa», «sehingga»,
// «yaitu», «yakni», «juncto», «jo», «guna», «demi», «daripada», «para», «dan/atau», «nya», «selaku»,
// «menjadi». Asked of most words of a decree: by the first letter, so only the few entries with that
// letter are compared (the whole list of 53 was about 300 instructions a word).
bool lower_in_title(std::string_view lw)
{
    if (lw.size() < 2 || lw.size() > 8) return false;  // (the lists' lengths: «di» to «terhadap», «dan/atau»)
    switch (lw[0]) {
    case 'a': return in(lw, {"atau", "atas", "antara", "akan", "antar", "agar", "apabila"});
    case 'b': return in(lw, {"bagi", "beserta", "bahwa"});
    case 'd': return in(lw, {"dan", "dengan", "di", "dari", "dalam", "demi", "daripada", "dan/atau"});
    case 'g': return lw == "guna";
    case 'h': return lw == "hingga";
    case 'j': return in(lw, {"jika", "juncto", "jo"});
    case 'k': return in(lw, {"kepada", "ke", "karena"});
    case 'm': return in(lw, {"melalui", "menurut", "mengenai", "maupun", "menjadi"});
    case 'n': return lw == "nya";
    case 'o': return lw == "oleh";
    case 'p': return in(lw, {"pada", "per", "para"});
    case 's': return in(lw, {"serta", "secara", "sebagai", "sampai", "sejak", "selama", "sesuai", "supaya", "sehingga", "selaku"});
    case 't': return in(lw, {"terhadap", "tentang", "tanpa"});
    case 'u': return lw == "untuk";
    case 'y': return in(lw, {"yang", "yaitu", "yakni"});
    default: return false;
    }
}

// A verb of the prefix meN- (lower case): its passive with di- is a word of the lexicon ("melakukan" →
// "dilakukan", "menetapkan" → "ditetapkan", "mengatur" → "diatur"), which "menteri", "media" or
// "metode" have not.
bool active_verb(const std::string& w)
{
    if (w.size() < 6 || w.compare(0, 2, "me") != 0) return false;
    const auto has = [](const std::string& c) { return lexicon::contains(c); };
    const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
    if (w.compare(0, 4, "meng") == 0) return has("di" + w.substr(4)) || (vowel(w[4]) && has("dik" + w.substr(4)));
    if (w.compare(0, 4, "meny") == 0) return vowel(w[4]) && has("dis" + w.substr(4));
    if (w.compare(0, 3, "mem") == 0) return (vowel(w[3]) && has("dip" + w.substr(3))) || (std::strchr("bfp", w[3]) && has("di" + w.substr(3)));
    if (w.compare(0, 3, "men") == 0) return (vowel(w[3]) && has("dit" + w.substr(3))) || (std::strchr("cdjt", w[3]) && has("di" + w.substr(3)));
    return std::strchr("lrwy", w[2]) && has("di" + w.substr(2));
}

// "Penetapan", "Undang-Undang": a word in title case, each part of a reduplication capitalised
bool capitalised(std::string_view w)
{
    if (title_case(w)) return true;
    const std::size_t h = w.find('-');
    return h != std::string_view::npos && h > 1 && h + 2 < w.size() && title_case(w.substr(0, h)) && title_case(w.substr(h + 1));
}

// The name of a language, a people or a nation typed in lower case ("jawa", "indonesia"); a
// switch on the first letter keeps the word-by-word loop from comparing every word with the list.
bool people_name(std::string_view w)
{
    if (w.size() < 4 || w.size() > 11) return false;
    switch (w[0]) {
    case 'a': return w == "arab";
    case 'b': return w == "bali" || w == "belanda" || w == "batak" || w == "bugis" || w == "betawi";
    case 'd': return w == "dayak";
    case 'i': return w == "indonesia" || w == "inggris";
    case 'j': return w == "jawa" || w == "jepang";
    case 'm': return w == "madura" || w == "melayu" || w == "mandarin" || w == "minangkabau";
    case 's': return w == "sunda";
    default: return false;
    }
}

// "XII", "IV": a Roman numeral in capitals (the ordinal of «ke-XII»)
bool ordinal_roman(std::string_view w)
{
    if (w.empty() || w.size() > 6) return false;
    for (char c : w)
        if (!std::strchr("IVXLC", c)) return false;
    return true;
}

// "Diktum Kesatu" for a diktum labelled KESATU
bool ordinal_title_case(std::string_view w) { return title_case(w) && ordinal_caps(text::upper(w)); }

class CapitalRules {
public:
    explicit CapitalRules(Context& cx) : cx_(cx) {}

    // Enacted before EYD (16 August 1972): legislation then wrote a reference to an article in lower
    // case, «pasal 5», in 1,440 of the 1,815 PP/UU texts of 1945-1972 of the dump (79 %), and in 32 of
    // the 253 PP of 1973-1979, 14 of the 401 of the 1980s: the convention of its time.
    bool before_eyd() const
    {
        const auto& d = cx_.decree.meta.date;
        return d && d->valid() && d->year * 10000 + d->month * 100 + d->day < 19720816;
    }

    // The terms the decree defines with a capital initial («Pimpinan DPRD adalah …», «… yang
    // selanjutnya disebut Sekretaris DPRD adalah …»): two to six words, the first in title case and
    // a later one capitalised too (a name or an abbreviation), only conjunctions and prepositions in
    // lower case between. UU 12/2011 Lampiran II: a term defined in the general provisions is
    // written with its capital initials wherever it is used (norm, Penjelasan, Lampiran).
    void collect_terms(const Text& t)
    {
        t_ = &t;
        toks_ = cx_.tokens(t);
        // the list of definitions follows «… yang dimaksud dengan:» (Pasal 1, or a diktum) and
        // ends at the first item that is no definition
        const bool opens = t.s.find("dimaksud dengan") != std::string::npos && t.s.find_last_not_of(" ") == t.s.rfind(':');
        if (opens) {
            in_definitions_ = true;
            return;
        }
        if (!in_definitions_) return;
        // «X adalah …»; in «X yang selanjutnya disebut Y adalah …» the term used is Y, and X is
        // the name it stands for (written out again, in whatever case, it is not the term)
        std::size_t k = 0;
        while (k < toks_.size() && toks_[k].word && !in(word(k), {"adalah", "yang"})) ++k;
        const bool defines = k > 0 && k < toks_.size() && (toks_[k].view(t.s) == "," || (toks_[k].word && in(word(k), {"adalah", "yang"})));
        if (!defines) {
            in_definitions_ = false;
            return;
        }
        if (word(k) == "adalah") add_term(0, k);
        for (std::size_t i = 0; i + 2 < toks_.size(); ++i) {
            if (!toks_[i].word || word(i) != "selanjutnya" || !toks_[i + 1].word || !in(word(i + 1), {"disebut", "disingkat"})) continue;
            std::size_t e = i + 2;
            while (e < toks_.size() && toks_[e].word && word(e) != "adalah" && word(e) != "yang") ++e;
            add_term(i + 2, e);
        }
    }

    // How often each defined term is used as defined and with its first word in lower case
    // (outside the definitions): where the lower case is the decree's own habit
    // («anggota DPRD» 167 times in PP 16/2010), it is one correction, not one per paragraph.
    void count_terms(const Text& t)
    {
        if (terms_.empty()) return;
        t_ = &t;
        toks_ = cx_.tokens(t);
        uses_.resize(terms_.size());
        for (std::size_t i = 0; i < toks_.size(); ++i) {
            if (!toks_[i].word) continue;
            const std::string_view w = word(i);
            if (const auto* term = defined_lower(i)) ++uses_[term - terms_.data()].second;
            else if (text::starts_upper(w))
                for (std::size_t n = 0; n < terms_.size(); ++n)
                    if (terms_[n][0] == w && follows(i, terms_[n])) ++uses_[n].first;
        }
    }

    void run(const Text& t)
    {
        t_ = &t;
        toks_ = cx_.tokens(t);
        std::array<bool, 22> done{};
        std::set<const std::vector<std::string>*> terms_here;  // the defined terms reported in this paragraph
        bool title_before = false;  // a cited title may have run up to here
        const bool menimbang = t.s.rfind("bahwa ", 0) == 0;
        const bool clause = t.s.find("mestinya") != std::string::npos;  // «… sebagaimana mestinya», the correction clause
        if (t.table_cell) name_in_cell();
        // a BAB, Bagian or Paragraf title (the only text read from an attribute) is a title: its
        // conjunctions and prepositions are in lower case («Sasaran Dalam Penetapan», Perda
        // Sulawesi Utara 2/2016; PUEBI)
        if (!t.segs.empty() && t.segs[0].anchor == Anchor::Attribute)
            if (const std::size_t j = title_slip(0); j != std::string::npos && first("heading" + text::lower(word(j)) + t.s)) {
                const std::string w(word(j)), lw = text::lower(w);
                report(j, "«" + w + "» dalam judul bab/bagian: kata tugas ditulis dengan huruf kecil («" + lw + "», PUEBI)",
                       "«" + w + "» in a heading: conjunctions and prepositions are in lower case («" + lw + "», PUEBI)");
            }
        // the decree's own title restated without "tentang" ("maka Indikator Kinerja Utama di
        // Lingkungan Dinas … perlu ditetapkan"): a title, with its capitals
        if (!own_title_) own_title_ = cx_.decree.meta.title.plain();  // once a decree, not once a paragraph
        const std::string& own = *own_title_;
        const std::size_t own_at = own.size() >= 20 ? t.s.find(own) : std::string::npos;
        // «… sebagaimana telah diubah dengan peraturan pemerintah pengganti undang-undang nomor 2
        // Tahun 2015» (Keputusan Sekda Sumedang 41.1/2022): a kind of legislation typed all in lower
        // case before its number is a citation, whose kind is capitalised («Peraturan Pemerintah
        // Pengganti Undang-Undang Nomor 2»; UU 12/2011 Lampiran II). Never so in the signed PP/UU
        // texts of tools/scale. Once a decree.
        // Every kind must be followed by « nomor » or « Nomor »: a paragraph with neither (most of
        // them) is not searched for the six kinds, and the kinds are views (no string built for
        // each, five of them too long for the short-string buffer).
        const bool has_number = holds_nomor(t.s);
        if (has_number && !seen_.count("kind-lower"))
            for (const std::string_view k : {std::string_view("peraturan pemerintah pengganti undang-undang"), std::string_view("peraturan pemerintah"),
                                             std::string_view("peraturan presiden"), std::string_view("keputusan presiden"),
                                             std::string_view("peraturan daerah"), std::string_view("undang-undang")}) {
                std::size_t p = t.s.find(k);
                for (; p != std::string::npos; p = t.s.find(k, p + 1)) {
                    if (p > 0 && (std::isalpha(static_cast<unsigned char>(t.s[p - 1])) || t.s[p - 1] == '-')) continue;
                    const std::size_t n = p + k.size();
                    if (t.s.compare(n, 7, " nomor ") != 0 && t.s.compare(n, 7, " Nomor ") != 0) continue;
                    if (n + 7 >= t.s.size() || !std::isdigit(static_cast<unsigned char>(t.s[n + 7]))) continue;
                    break;
                }
                if (p == std::string::npos || !first("kind-lower")) continue;
                const std::string cited = t.s.substr(p, k.size() + 8);
                const std::string kind = title_case_kind(std::string(k));
                cx_.report("KAPITAL", cx_.at(t, p), "«" + cited + "»: jenis peraturan yang dikutip ditulis dengan huruf kapital awal («" + kind + " Nomor»)",
                           "«" + cited + "»: the kind of a cited instrument is capitalised («" + kind + " Nomor»)");
                break;
            }
        // the <tentang> element itself is the title, typed in title case («… pada Hari Sabtu …»)
        if (!own.empty() && t.s == own) title_before = true;
        for (std::size_t i = 0; i < toks_.size(); ++i) {
            if (!toks_[i].word) continue;
            if (own_at != std::string::npos && toks_[i].begin >= own_at && toks_[i].begin < own_at + own.size()) title_before = true;
            const std::string_view w = word(i);
            const std::string_view prev = i > 0 && toks_[i - 1].word ? word(i - 1) : std::string_view{};
            const std::string_view next = i + 1 < toks_.size() && toks_[i + 1].word ? word(i + 1) : std::string_view{};

            if (text::same_ignoring_case(w, "tentang")) title_before = true;
            // "terdiri darI": a capital inside a word
            if (capital_inside(w) && first("9" + std::string(w))) {
                // "danTelekomunikasi": two words run together, the second with its capital; the slip
                // is the missing space (SPASI-TANDA, as «Tahun2003»), not the capital
                std::size_t cap = 0;
                while (cap < w.size() && !(w[cap] >= 'A' && w[cap] <= 'Z')) ++cap;
                const std::string head(w.substr(0, cap)), tail(cap < w.size() ? text::lower(w.substr(cap)) : std::string());
                if (cap >= 2 && cap < w.size() && lexicon::contains(head) && lexicon::contains(tail)) {
                    if (cx_.enabled("SPASI-TANDA"))
                        cx_.report("SPASI-TANDA", cx_.at(*t_, toks_[i].begin),
                                   "«" + std::string(w) + "»: spasi hilang di antara dua kata («" + head + " " + std::string(w.substr(cap)) + "»)",
                                   "«" + std::string(w) + "»: a missing space between two words («" + head + " " + std::string(w.substr(cap)) + "»)",
                                   head + " " + std::string(w.substr(cap)), head + " " + std::string(w.substr(cap)));
                } else {
                    report(i, "«" + std::string(w) + "»: huruf kapital di dalam kata", "«" + std::string(w) + "»: a capital letter inside a word");
                }
            }
            // "seratus Sembilan ribu": an amount in words is in lower case throughout
            // (the rare number word before it asked before lower-casing: nothing here has side effects but first())
            if (!done[10] && text::starts_upper(w) && !prev.empty() && number_word(prev) && !text::all_upper(w) && number_word(text::lower(w)) &&
                first("10")) {
                done[10] = true;
                report(i, "«" + std::string(prev) + " " + std::string(w) + "»: bilangan yang ditulis dengan huruf memakai huruf kecil",
                       "«" + std::string(prev) + " " + std::string(w) + "»: a number in words is in lower case");
            }
            // "Setda kabupaten Donggala", "di provinsi Sulawesi Utara": the area's name is a proper name
            if (!done[11] && in(w, {"kabupaten", "provinsi"}) && !next.empty() && text::starts_upper(next) && !text::all_upper(next) &&
                lexicon::is_area_word(text::lower(next)) && first("11")) {
                done[11] = true;
                report(i, "«" + std::string(w) + " " + std::string(next) + "»: nama daerah ditulis «" + text::capitalise(w) + " " + std::string(next) + "»",
                       "«" + std::string(w) + " " + std::string(next) + "»: the area's name is «" + text::capitalise(w) + " " + std::string(next) + "»");
            }
            // "komitmen pemerintah Kabupaten Sumedang" (Sekda Sumedang 41.1/2022): the government of
            // a named region is an institution's name, «Pemerintah Kabupaten Sumedang» (PUEBI: names
            // of institutions); «pemerintah daerah» with no name stays a common noun
            if (!done[19] && w == "pemerintah" && in(next, {"Kabupaten", "Kota", "Provinsi"}) && i + 2 < toks_.size() && toks_[i + 2].word &&
                toks_[i + 1].begin == toks_[i].end + 1 && toks_[i + 2].begin == toks_[i + 1].end + 1 && text::starts_upper(word(i + 2)) &&
                !text::all_upper(word(i + 2)) && lexicon::is_area_word(text::lower(word(i + 2))) && first("19")) {
                done[19] = true;
                const std::string name = std::string(next) + " " + std::string(word(i + 2));
                report(i, "«pemerintah " + name + "»: nama lembaga ditulis «Pemerintah " + name + "»",
                       "«pemerintah " + name + "»: the institution's name is «Pemerintah " + name + "»");
            }
            // "warga Negara Indonesia": a common noun
            if (!done[12] && w == "Negara" && prev == "warga" && first("12")) {
                done[12] = true;
                report(i, "«warga Negara»: ditulis «warga negara»", "«warga Negara»: write «warga negara»");
            }
            // "di Lingkungan Pemerintah Daerah" in a Menimbang's own words: a common noun.
            if (!done[8] && menimbang && !title_before && w == "Lingkungan" && prev == "di" && first("8")) {
                done[8] = true;
                report(i, "«di Lingkungan» dalam kalimat: «di lingkungan»", "«di Lingkungan» in running text: «di lingkungan»");
            }
            // «dipimpin oleh sekretaris DPRD» where Pasal 1 defines «Sekretaris DPRD» (Peraturan Wali
            // Kota Surabaya 68/2021): a defined term keeps its capital initials (UU 12/2011
            // Lampiran II). Once a paragraph and term: each place is its own correction.
            if (!terms_.empty() && text::is_lower(first_cp(w)))
                if (const auto* term = defined_lower(i); term && terms_here.insert(term).second) {
                    std::string used(w), defined((*term)[0]);
                    for (std::size_t k = 1; k < term->size(); ++k) used += " " + (*term)[k], defined += " " + (*term)[k];
                    // («Anggota DPRD adalah anggota DPRD provinsi, …»: the definition explains its
                    // term by the common noun)
                    if (t.s.find(defined + " adalah") == std::string::npos && (habit_ok(*term) || first("term" + defined)))
                        report(i, "«" + used + "»: istilah yang didefinisikan ditulis «" + defined + "» (UU 12/2011 Lampiran II)",
                               "«" + used + "»: a defined term is written «" + defined + "» (UU 12/2011 Lampiran II)");
                }
            // "Undang-undang" in a citation: both halves capitalised ("Undang-Undang"); as a common noun
            // it is "undang-undang", so a capital U with a small u is wrong either way.
            if (!done[0] && w == "Undang-undang" && first("0")) {
                done[0] = true;
                report(i, "«Undang-undang»: ditulis «Undang-Undang» (nama jenis peraturan) atau «undang-undang» (kata umum)",
                       "«Undang-undang»: write «Undang-Undang» (a kind of legislation) or «undang-undang» (common noun)");
            }
            // "ketentuan Peraturan Perundang-Undangan": a common noun in running text.
            if (!done[1] && w == "Peraturan" && (next == "Perundang-Undangan" || next == "Perundang-undangan") && !prev.empty() &&
                text::is_lower(first_cp(prev)) && !in(prev, {"tentang", "atas"}) && first("1")) {
                done[1] = true;
                report(i, "«Peraturan " + std::string(next) + "» dalam kalimat: «peraturan perundang-undangan»",
                       "«Peraturan " + std::string(next) + "» in running text: «peraturan perundang-undangan»");
            }
            // "Nomor 47 tahun 2021"
            if (!done[2] && w == "tahun" && i + 1 < toks_.size() && toks_[i + 1].word && is_year(word(i + 1)) && i >= 2 &&
                toks_[i - 1].word && is_number(word(i - 1)) && toks_[i - 2].word && word(i - 2) == "Nomor" && first("2")) {
                done[2] = true;
                report(i, "«Nomor " + std::string(prev) + " tahun»: dalam kutipan ditulis «Tahun»",
                       "«Nomor " + std::string(prev) + " tahun»: a citation writes «Tahun»");
            }
            // «Undang-Undang Nomor 19 Tahun 2016 tentang perubahan atas …», «… Tahun 2016 tentang
            // pedoman Pengelola …» (Keputusan Bupati Boven Digoel 2024): a cited title begins with a
            // capital (UU 12/2011 Lampiran II: the name of a regulation; PUEBI, huruf kapital: judul).
            // After «Tahun YYYY tentang» only, where the words cannot be running text; the signed PP
            // texts of tools/scale never write it (one PDF artefact, «tentang pokok- Pokok»).
            if (text::same_ignoring_case(w, "tentang") && i >= 2 && is_year(prev) && toks_[i - 2].word && word(i - 2) == "Tahun" &&
                i + 1 < toks_.size() && toks_[i + 1].word && toks_[i].end + 1 == toks_[i + 1].begin && text::cp_count(next) >= 3 &&
                text::is_lower(first_cp(next)) && !lower_in_title(text::lower(next)) && !text::has_digit(next) &&
                (toks_[i + 1].end >= t.s.size() || t.s[toks_[i + 1].end] != '-') && first("26" + lower_run(i + 1))) {
                report(i + 1, "«tentang " + std::string(next) + "»: judul peraturan yang dikutip diawali huruf kapital («" + text::capitalise(next) + "»)",
                       "«tentang " + std::string(next) + "»: a cited title begins with a capital («" + text::capitalise(next) + "»)");
            }
            // «Tambahan lembaran Negara Republik Indonesia» (Peraturan Sekjen Komisi Yudisial 6/2014):
            // the gazettes are names, each word capitalised (UU 12/2011 Lampiran II). Mixed case
            // only, or the words in lower case before «Republik»: «diundangkan dalam lembaran
            // daerah» in lower case is the common noun. Once a decree.
            if (in(w, {"Lembaran", "lembaran", "Berita", "berita"}) && in(next, {"Negara", "negara", "Daerah", "daerah"}) &&
                toks_[i].end + 1 == toks_[i + 1].begin) {
                const bool tambahan = text::same_ignoring_case(prev, "Tambahan") && toks_[i - 1].end + 1 == toks_[i].begin;
                const bool any_lower = text::is_lower(first_cp(w)) || text::is_lower(first_cp(next)) || (tambahan && text::is_lower(first_cp(prev)));
                const bool any_upper = title_case(w) || title_case(next) || (tambahan && title_case(prev));
                const bool republik = i + 2 < toks_.size() && toks_[i + 2].word && word(i + 2) == "Republik";
                const std::size_t open = t.s.rfind('(', toks_[i].begin), close = t.s.rfind(')', toks_[i].begin);
                const bool bracket = open != std::string::npos && (close == std::string::npos || close < open);
                if (bracket && any_lower && (any_upper || republik) && first("27")) {
                    const std::size_t at = tambahan && text::is_lower(first_cp(prev)) ? i - 1 : text::is_lower(first_cp(w)) ? i : i + 1;
                    std::string phrase = (tambahan ? std::string(prev) + " " : std::string()) + std::string(w) + " " + std::string(next);
                    std::string right = (tambahan ? "Tambahan " : "") + text::capitalise(text::lower(w)) + " " + text::capitalise(text::lower(next));
                    report(at, "«" + phrase + "»: nama lembaran resmi ditulis «" + right + "» (UU 12/2011 Lampiran II)",
                           "«" + phrase + "»: the official gazette is written «" + right + "» (UU 12/2011 Lampiran II)");
                }
            }
            // "Keputusan Kepala BAPETEN nomor 06-P/Ka-BAPETEN/XI-00": the number of a cited
            // instrument is «Nomor» (UU 12/2011 Lampiran II; Peraturan Kepala BAPETEN 8/2012 writes
            // «… BAPETEN Nomor 06-P/…» elsewhere), after the kind and its capitalised office
            if (w == "nomor" && i + 1 < toks_.size() && toks_[i + 1].word && text::is_ascii_digit(word(i + 1)[0]) && cited_kind_before(i) &&
                first("23")) {
                report(i, "«" + std::string(prev) + " nomor " + std::string(next) + "»: nomor peraturan yang dikutip ditulis «Nomor»",
                       "«" + std::string(prev) + " nomor " + std::string(next) + "»: the number of a cited instrument is «Nomor»");
            }
            // "Ketua Badan Perencanaan Pembangunan nasional": the last word of an office's name in
            // lower case after its words in title case (PUEBI, huruf kapital: nama lembaga; Keputusan
            // Presiden 99/1993), where the name ends the text or a mark follows
            if (in(w, {"nasional", "daerah", "umum", "pusat", "negara"}) && (i + 1 >= toks_.size() || !toks_[i + 1].word) && office_before(i) &&
                first("24")) {
                report(i, "«" + std::string(prev) + " " + std::string(w) + "»: kata dalam nama lembaga diawali huruf kapital («" + text::capitalise(w) + "», PUEBI)",
                       "«" + std::string(prev) + " " + std::string(w) + "»: each word of an office's name is capitalised («" + text::capitalise(w) + "», PUEBI)");
            }
            // "diktum KESATU": a reference to a Diktum is capitalised. Every place is reported (one
            // line of output with its places, as RUJUKAN's «dimaksud pada diktum»): a decree that
            // writes it so writes it at each reference, and each is a slip to correct (session 20:
            // the Keputusan Menteri Koordinator Bidang Kemaritiman dan Investasi 114/S/2020 writes
            // «diktum KEDUA» six times, of which the first place only was reported)
            if (w == "diktum" && ordinal_caps(next)) {
                report(i, "«diktum " + std::string(next) + "»: ditulis «Diktum " + std::string(next) + "»",
                       "«diktum " + std::string(next) + "»: write «Diktum " + std::string(next) + "»");
            }
            // "dalam lampiran yang …", "keputusan ini": this instrument and its Lampiran are named with a capital.
            if (!done[4] && ((w == "lampiran" && in(prev, {"dalam", "pada"}) && lampiran_end(i + 1)) ||
                             (in(w, {"keputusan", "peraturan"}) && (next == "ini" || names_itself(i + 1)))) && (w != "lampiran" || first("4"))) {
                done[4] = true;
                const std::string cap = text::capitalise(w);
                report(i, "«" + std::string(w) + "» yang menunjuk " + (w == "lampiran" ? "Lampiran naskah ini" : "naskah ini") + ": ditulis «" + cap + "»",
                       "«" + std::string(w) + "» naming " + (w == "lampiran" ? "this instrument's Lampiran" : "this instrument") + ": write «" + cap + "»");
            }
            // "mulai Bulan Mei", "Hari Senin", "pada Tanggal 15 Februari" in running text (a title,
            // cited or the decree's own, capitalises them: «Penggunaan Bahasa Jawa pada Hari Sabtu»).
            if (!done[5] && !title_before && !prev.empty() && !text::starts_upper(prev) &&
                ((w == "Bulan" && is_month(next)) || (w == "Hari" && is_day(next)) ||
                 (w == "Tanggal" && is_number(next) && i + 2 < toks_.size() && toks_[i + 2].word && is_month(word(i + 2)))) && first("5")) {
                done[5] = true;
                const std::string low = text::lower(w);
                report(i, "«" + std::string(w) + " " + std::string(next) + "» dalam kalimat: «" + low + " " + std::string(next) + "»",
                       "«" + std::string(w) + " " + std::string(next) + "» in running text: «" + low + " " + std::string(next) + "»");
            }
            // "Pasal 18 Ayat (6)", "sehingga pasal 8"
            if (!done[6] && ((w == "Ayat" && i >= 2 && toks_[i - 1].word && is_number(word(i - 1)) && toks_[i - 2].word &&
                              word(i - 2) == "Pasal") ||
                             (w == "pasal" && is_number(next) && !before_eyd())) && first("6")) {
                done[6] = true;
                report(i, w == "Ayat" ? "«Pasal … Ayat»: ditulis «Pasal … ayat»" : "«pasal " + std::string(next) + "»: ditulis «Pasal " + std::string(next) + "»",
                       w == "Ayat" ? "«Pasal … Ayat»: write «Pasal … ayat»" : "«pasal " + std::string(next) + "»: write «Pasal " + std::string(next) + "»");
            }
            // "sebagaimana dimaksud Diktum Kesatu": the diktum is labelled in capitals
            if (!done[13] && text::same_ignoring_case(w, "diktum") && ordinal_title_case(next) && first("13" + std::string(next))) {
                done[13] = true;
                const std::string caps = text::upper(next);
                report(i + 1, "«" + std::string(w) + " " + std::string(next) + "»: label diktum ditulis «Diktum " + caps + "»",
                       "«" + std::string(w) + " " + std::string(next) + "»: the diktum's label is «Diktum " + caps + "»");
            }
            // "Teknis Tersebut diatas", "Non Departemen Sebagaimana Telah …": words that are never
            // part of a name or a title, capitalised in the middle of a sentence
            if (!done[14] && in(w, {"Tersebut", "Sebagaimana"}) && i > 0 && toks_[i - 1].word && !text::all_upper(prev) &&
                first("14" + std::string(w))) {
                done[14] = true;
                report(i, "«" + std::string(w) + "» di tengah kalimat: «" + text::lower(w) + "»",
                       "«" + std::string(w) + "» in the middle of a sentence: «" + text::lower(w) + "»");
            }
            // "diperingati secara Nasional sebagaimana …": an adverbial phrase in running text
            if (!done[16] && prev == "secara" && title_case(w) && (next.empty() || text::is_lower(first_cp(next))) &&
                i + 1 < toks_.size() && lexicon::contains(text::lower(w)) && first("16" + text::lower(w))) {
                done[16] = true;
                report(i, "«secara " + std::string(w) + "» dalam kalimat: «secara " + text::lower(w) + "»",
                       "«secara " + std::string(w) + "» in running text: «secara " + text::lower(w) + "»");
            }
            // "dapat Melakukan penggandaan": an active verb capitalised between words in lower case
            // (PUEBI: a capital begins a sentence, a name or a title's words)
            // ("Birokrasi Bersih dan Melayani": a name in title case, its conjunction in lower case)
            const bool in_name = i >= 2 && toks_[i - 2].word && text::starts_upper(word(i - 2)) && lower_in_title(prev);
            if (!done[17] && !title_before && !in_name && title_case(w) && !prev.empty() && text::is_lower(first_cp(prev)) &&
                (i + 1 >= toks_.size() || !toks_[i + 1].word || text::is_lower(first_cp(next))) && active_verb(text::lower(w)) &&
                first("17" + text::lower(w))) {
                done[17] = true;
                report(i, "«" + std::string(prev) + " " + std::string(w) + "»: kata kerja di tengah kalimat ditulis dengan huruf kecil: «" +
                              text::lower(w) + "»",
                       "«" + std::string(prev) + " " + std::string(w) + "»: a verb in mid-sentence is in lower case: «" + text::lower(w) + "»");
            }
            // «Hari Sumpah Pemuda Ke-97 Tahun 2025» (Keputusan Bupati Donggala, Sumpah Pemuda 2025,
            // which writes «ke-97» everywhere else, its title too): the prefix of an ordinal in
            // figures is in lower case, in a title as in a sentence (PUEBI: «abad ke-20», «HUT ke-75»).
            // After a word (not a sentence's first), outside a text in capitals. Once a decree.
            if (w.size() > 3 && w.compare(0, 3, "Ke-") == 0 && (text::has_digit(w.substr(3, 1)) || ordinal_roman(w.substr(3))) && i > 0 &&
                toks_[i - 1].word && !text::all_upper(prev) && first("25")) {
                report(i, "«" + std::string(w) + "»: bilangan tingkat ditulis «ke-" + std::string(w.substr(3)) + "» (huruf kecil, PUEBI)",
                       "«" + std::string(w) + "»: an ordinal is written «ke-" + std::string(w.substr(3)) + "» (lower case, PUEBI)");
            }
            // «untuk kegiatan yang Dan fungsi …»: a conjunction capitalised between words in lower
            // case, where no title or name can run (PUEBI, huruf kapital: a capital begins a
            // sentence, a name or a title's words, and a title keeps «dan», «atau», «serta» in lower
            // case anyway). The signed PP/UU texts of tools/scale write it 8 times in 5,871 texts,
            // each a slip or a scan's misreading. Once a paragraph.
            if (!done[20] && in(w, {"Dan", "Atau", "Serta", "Dan/atau", "Dan/Atau"}) && !prev.empty() && text::is_lower(first_cp(prev)) &&
                !next.empty() && text::is_lower(first_cp(next)) && toks_[i - 1].end + 1 == toks_[i].begin &&
                toks_[i].end + 1 == toks_[i + 1].begin) {
                done[20] = true;
                report(i, "«" + std::string(prev) + " " + std::string(w) + " " + std::string(next) + "»: kata sambung di tengah kalimat ditulis dengan huruf kecil («" +
                              text::lower(w) + "», PUEBI)",
                       "«" + std::string(prev) + " " + std::string(w) + " " + std::string(next) + "»: a conjunction in mid-sentence is in lower case («" +
                           text::lower(w) + "», PUEBI)");
            }
            // «disampaikan Kepada Bupati melalui …», «ditetapkan Sebagai berikut»: a preposition
            // capitalised between words in lower case, as the conjunctions above (PUEBI, huruf
            // kapital; a title keeps its prepositions in lower case too). «Dalam» and «Yang» are not
            // judged: between lower-case words in the PP/UU dump they mostly open a sentence whose
            // stop the extraction lost («Cukup jelas Yang dimaksud …»). Nor a sentence's opening
            // phrase («Dengan demikian», «Oleh karena itu», «Untuk itu», «Pada dasarnya», «Dengan
            // berlakunya …»): there the slip is the stop missing before it. Once a paragraph.
            if (!done[21] && in(w, {"Kepada", "Dengan", "Sebagai", "Terhadap", "Bagi", "Oleh", "Untuk", "Dari", "Pada"}) &&
                !prev.empty() && text::is_lower(first_cp(prev)) && !next.empty() && text::is_lower(first_cp(next)) &&
                !in(next, {"demikian", "karena", "itu"}) && !(next.size() > 5 && next.substr(next.size() - 3) == "nya") &&
                toks_[i - 1].word && toks_[i - 1].end + 1 == toks_[i].begin && toks_[i].end + 1 == toks_[i + 1].begin) {
                done[21] = true;
                report(i, "«" + std::string(prev) + " " + std::string(w) + " " + std::string(next) + "»: kata depan di tengah kalimat ditulis dengan huruf kecil («" +
                              text::lower(w) + "», PUEBI)",
                       "«" + std::string(prev) + " " + std::string(w) + " " + std::string(next) + "»: a preposition in mid-sentence is in lower case («" +
                           text::lower(w) + "», PUEBI)");
            }
            // «bahasa daerah/jawa»: the name of a language, a people or a nation is capitalised
            // (PUEBI, huruf kapital); not inside an address («www.indonesia.go.id», «…@jawa…»)
            if (people_name(w) && !address_around(i) && first("21" + std::string(w))) {
                report(i, "«" + std::string(w) + "»: nama bahasa, suku, atau bangsa diawali huruf kapital («" + text::capitalise(w) + "», PUEBI)",
                       "«" + std::string(w) + "»: the name of a language, people or nation is capitalised («" + text::capitalise(w) + "», PUEBI)");
            }
            // «diperingati sebagai hari Sumpah Pemuda»: the name of a commemoration is capitalised
            // whole, «Hari Sumpah Pemuda» (PUEBI, huruf kapital: nama hari besar dan peristiwa
            // sejarah); «hari Senin», «hari Jum'at» are right, and a word after «hari» in title
            // case is no common noun either way. Once a decree.
            // «hari» as a unit of time is no commemoration: «paling lama 30 (tiga puluh) hari
            // Direktorat Jenderal memberitahukan …», «per orang per hari Berdasarkan kontrak» (signed
            // PP texts of tools/scale: a sentence or a table cell going on with a capital)
            const bool duration = i > 0 && (!toks_[i - 1].word || text::has_digit(prev) || number_word(prev) ||
                                            in(prev, {"per", "setiap", "tiap", "beberapa", "satu", "sehari", "hari"}));
            if (w == "hari" && !duration && i + 1 < toks_.size() && toks_[i + 1].word && title_case(next) && !is_day(next) && !is_month(next) &&
                first("22")) {
                report(i, "«hari " + std::string(next) + "»: nama hari peringatan ditulis «Hari " + std::string(next) + "» (PUEBI)",
                       "«hari " + std::string(next) + "»: the name of a commemoration is «Hari " + std::string(next) + "» (PUEBI)");
            }
            // «… (Lembaran Negara … Nomor 9) Sebagai Undang-Undang», «Menjadi Undang-Undang»: the
            // end of a cited title of a law that enacts a Perppu or an emergency law writes
            // «menjadi/sebagai Undang-Undang» (UU 12/2011 Lampiran II)
            if ((w == "Sebagai" || w == "Menjadi") && next.size() > 7 && next.substr(0, 7) == "Undang-" && i > 0 &&
                (toks_[i - 1].word ? !text::all_upper(prev) : toks_[i - 1].view(t.s) == ")") && first("20" + std::string(w))) {
                const std::string low = text::lower(w);
                report(i, "«" + std::string(w) + " " + std::string(next) + "» dalam judul yang dikutip: ditulis «" + low + " Undang-Undang»",
                       "«" + std::string(w) + " " + std::string(next) + "» inside a cited title: write «" + low + " Undang-Undang»");
            }
            // the closing clause of a Keputusan, «apabila di kemudian hari terdapat kekeliruan dalam
            // penetapan ini akan diadakan perbaikan sebagaimana mestinya»: its nouns are common nouns
            // («dalam Penetapan ini akan diadakan Perubahan …», Kominfo Kalbar 124/2024); «Keputusan
            // ini», the instrument itself, keeps its capital
            if (clause && w.size() >= 9 &&
                in(w, {"Penetapan", "Perubahan", "Perbaikan", "Pembetulan", "Penyempurnaan", "Peninjauan", "Kekeliruan", "Kesalahan"}) &&
                !prev.empty() && text::is_lower(first_cp(prev)) && correction_clause(toks_[i].begin) && first("19" + std::string(w))) {
                const std::string low = text::lower(w);
                report(i, "«" + std::string(w) + "» dalam kalimat «… sebagaimana mestinya»: kata umum ditulis «" + low + "»",
                       "«" + std::string(w) + "» in the clause «… sebagaimana mestinya»: a common noun, «" + low + "»");
            }
            // "Keputusan Kepala Dinas Komunikasi Dan Informatika Provinsi …" in running text: a
            // conjunction inside the name of an office is in lower case (PUEBI, huruf kapital:
            // nama lembaga); a cited title is judged above, a title typed in capitals is left alone
            if (!done[18] && !title_before && (w == "Dan" || w == "Atau" || w == "Serta") && i > 0 && toks_[i - 1].word && toks_[i - 1].end + 1 == toks_[i].begin &&
                title_case(prev) && i + 1 < toks_.size() && toks_[i + 1].word && toks_[i].end + 1 == toks_[i + 1].begin && title_case(next) &&
                first("18" + std::string(prev) + std::string(w) + std::string(next))) {
                done[18] = true;
                report(i, "«" + std::string(prev) + " " + std::string(w) + " " + std::string(next) + "»: kata tugas dalam nama ditulis dengan huruf kecil («" +
                              text::lower(w) + "», PUEBI)",
                       "«" + std::string(prev) + " " + std::string(w) + " " + std::string(next) + "»: a conjunction inside a name is in lower case («" +
                           text::lower(w) + "», PUEBI)");
            }
            // "dan/atau Lain-lain pendapatan": a reduplication capitalised between words in lower case
            // ("Undang-undang" has its own rule below)
            if (const std::size_t h = w.find('-'); h != std::string_view::npos && h > 1 && h + 1 < w.size() &&
                text::same_ignoring_case(w.substr(0, h), w.substr(h + 1)) && title_case(w.substr(0, h)) && text::is_lower(first_cp(w.substr(h + 1))) &&
                !text::same_ignoring_case(w.substr(0, h), "undang") && !prev.empty() && text::is_lower(first_cp(prev)) && !next.empty() &&
                text::is_lower(first_cp(next)) && !title_before && first("redup" + text::lower(w))) {
                report(i, "«" + std::string(w) + "» di tengah kalimat: «" + text::lower(w) + "»",
                       "«" + std::string(w) + "» in the middle of a sentence: «" + text::lower(w) + "»");
            }
            // a word in lower case inside a cited title whose words are capitalised: "tentang
            // Penetapan mulai berlakunya Undang-Undang …", "tentang Dinas pemuda dan Olahraga …"
            if (!done[15] && text::same_ignoring_case(w, "tentang") && i > 0 && toks_[i - 1].word && text::has_digit(word(i - 1))) {
                if (const std::size_t j = lower_slip(i + 1); j != std::string::npos && first("15" + title_key(i + 1))) {
                    done[15] = true;
                    report(j, "«" + std::string(word(j - 1)) + " " + std::string(word(j)) + "» dalam judul yang dikutip: kata «" +
                                  std::string(word(j)) + "» ditulis dengan huruf awal kapital",
                           "«" + std::string(word(j - 1)) + " " + std::string(word(j)) + "» inside a cited title: «" + std::string(word(j)) +
                               "» is capitalised");
                }
            }
            // A capitalised conjunction or preposition inside a cited title: after "tentang", or
            // "Tentang" itself right after the number of the instrument cited.
            if (!done[7]) {
                if (w == "Tentang" && i > 0 && toks_[i - 1].word && text::has_digit(word(i - 1)) && !text::all_upper(next) && first("7" + text::lower(w))) {
                    done[7] = true;
                    report(i, title_message(i));
                } else if (text::same_ignoring_case(w, "tentang")) {
                    // once per cited title: the same title quoted again is the same slip (and the
                    // first capitalised word of a title only: the corpus's reviewers mark one)
                    if (const std::size_t j = title_slip(i + 1); j != std::string::npos && first("7" + text::lower(word(j)) + "|" + title_key(i + 1))) {
                        done[7] = true;
                        report(j, title_message(j));
                    }
                }
            }
        }
    }

private:
    Context& cx_;
    const Text* t_ = nullptr;
    std::span<const Token> toks_;  ///< the Context's tokens of *t_
    std::optional<std::string> own_title_;  ///< the decree's title as plain text
    std::set<std::string> seen_;  ///< kinds (and title words) already reported in this document
    std::vector<std::vector<std::string>> terms_;  ///< the defined terms, word by word
    std::vector<std::string> lower_heads_;  ///< per term: its first word in lower case
    bool in_definitions_ = false;  ///< collect_terms() is inside a list of definitions
    std::vector<std::pair<int, int>> uses_;  ///< per term: uses as defined, uses with a lower-case first word

    // The words after token `i` are the rest of `term`, as defined, each after one space.
    bool follows(std::size_t i, const std::vector<std::string>& term) const
    {
        if (i + term.size() > toks_.size()) return false;
        for (std::size_t k = 1; k < term.size(); ++k)
            if (!toks_[i + k].word || word(i + k) != term[k] || toks_[i + k - 1].end + 1 != toks_[i + k].begin) return false;
        return true;
    }

    void add_term(std::size_t b, std::size_t e)
    {
        if (e <= b + 1 || e - b > 6 || !title_case(word(b))) return;
        std::vector<std::string> term;
        bool capital_later = false;
        for (std::size_t j = b; j < e; ++j) {
            const std::string_view v = word(j);
            if (text::starts_upper(v)) capital_later = capital_later || j > b;
            else if (j + 1 == e || !lower_in_title(text::lower(v))) return;
            term.emplace_back(v);
        }
        if (capital_later && std::find(terms_.begin(), terms_.end(), term) == terms_.end()) {
            lower_heads_.push_back(text::lower(term[0]));
            terms_.push_back(std::move(term));
        }
    }

    // The lower-case form of `term` is no more frequent than the defined one: each place is a slip.
    bool habit_ok(const std::vector<std::string>& term) const
    {
        const std::size_t n = static_cast<std::size_t>(&term - terms_.data());
        return n < uses_.size() && uses_[n].second <= uses_[n].first;
    }

    // A defined term at token `i` with its first word in lower case and the rest as defined
    // («pimpinan DPRD» for «Pimpinan DPRD»): the term, or null.
    const std::vector<std::string>* defined_lower(std::size_t i) const
    {
        const std::string_view w = word(i);
        if (w.size() < 3 || !text::is_lower(first_cp(w))) return nullptr;
        for (std::size_t n = 0; n < terms_.size(); ++n)
            if (lower_heads_[n] == w && follows(i, terms_[n])) return &terms_[n];
        return nullptr;
    }

    bool first(const std::string& key) { return seen_.insert(key).second; }

    /// Whether `s` holds « nomor » or « Nomor »: found by its «omor » (`find` stops at each
    /// occurrence of the first byte, and a space is about every seventh byte of a paragraph).
    static bool holds_nomor(std::string_view s)
    {
        for (std::size_t p = s.find("omor "); p != std::string_view::npos; p = s.find("omor ", p + 1))
            if (p >= 2 && (s[p - 1] == 'n' || s[p - 1] == 'N') && s[p - 2] == ' ') return true;
        return false;
    }

    /// «peraturan pemerintah pengganti undang-undang» → «Peraturan Pemerintah Pengganti Undang-Undang».
    static std::string title_case_kind(const std::string& k)
    {
        std::string out = k;
        for (std::size_t i = 0; i < out.size(); ++i)
            if (i == 0 || out[i - 1] == ' ' || out[i - 1] == '-') out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
        return out;
    }

    /// Whether the tokens from `k` are the instrument's own office, capitalised words and then
    /// "ini" ("peraturan Kepala BAPETEN ini", "keputusan Bupati ini"): this instrument named in
    /// lower case. The first word must be the office's in its short name («Peraturan Kepala …»),
    /// so «keputusan Panitia ini», another body's decision, is not this instrument.
    bool names_itself(std::size_t k) const
    {
        const std::string own = model::short_instrument(cx_.decree.meta);
        const std::size_t sp = own.find(' ');
        if (sp == std::string::npos || k >= toks_.size() || !toks_[k].word) return false;
        const std::string_view office = std::string_view(own).substr(sp + 1, own.find(' ', sp + 1) - sp - 1);
        if (word(k) != office) return false;
        for (std::size_t j = k; j < toks_.size() && j < k + 8; ++j) {
            if (!toks_[j].word) return false;
            if (word(j) == "ini") return j > k;
            if (!text::starts_upper(word(j))) return false;
        }
        return false;
    }

    std::string_view word(std::size_t i) const { return toks_[i].view(t_->s); }

    // Before token `i`: an office's head word («Badan», «Dinas», «Kementerian», …) and then two
    // words or more in title case, none a conjunction or preposition, right up to `i`.
    bool office_before(std::size_t i) const
    {
        std::size_t n = 0;
        for (std::size_t k = i; k-- > 0 && n < 8; ++n) {
            if (!toks_[k].word || !title_case(word(k))) return false;
            if (n >= 2 && in(word(k), {"Badan", "Dinas", "Kementerian", "Departemen", "Lembaga", "Komisi", "Dewan", "Majelis", "Kantor"})) return true;
        }
        return false;
    }

    // Before token `i`: the kind of an instrument in title case, then only capitalised words (its
    // office: «Keputusan Kepala BAPETEN», «Peraturan Menteri Dalam Negeri»), within eight words.
    bool cited_kind_before(std::size_t i) const
    {
        for (std::size_t k = i; k-- > 0 && k + 9 > i;) {
            if (!toks_[k].word) return false;
            const std::string_view v = word(k);
            if (in(v, {"Keputusan", "Peraturan", "Undang-Undang", "Instruksi", "Edaran", "Qanun", "Perda", "Perpres", "Permen", "Pergub", "Perbup",
                       "Perwal", "Kepres", "Keppres"}))
                return true;
            if (!text::starts_upper(v) || (k + 1 < i && v == "Dalam" && word(k + 1) != "Negeri")) return false;
        }
        return false;
    }
    static char32_t first_cp(std::string_view w)
    {
        std::size_t k = 0;
        return text::next_cp(w, k);
    }

    // Token `i` is part of an address: a «.», «@» or «:» touches it.
    bool address_around(std::size_t i) const
    {
        const std::string& s = t_->s;
        const auto mark = [](char c) { return c == '.' || c == '@' || c == ':' || c == '_'; };
        return (toks_[i].begin > 0 && mark(s[toks_[i].begin - 1])) || (toks_[i].end < s.size() && mark(s[toks_[i].end]) &&
                                                                       toks_[i].end + 1 < s.size() && s[toks_[i].end + 1] != ' ');
    }

    // Offset `at` lies in a correction clause: after «kekeliruan» or «kesalahan» and before
    // «sebagaimana mestinya» (asked only at the few words the clause's rule names).
    bool correction_clause(std::size_t at) const
    {
        const std::string& s = t_->s;
        const std::size_t end = s.find("sebagaimana mestinya", at);
        if (end == std::string::npos) return false;
        const std::size_t k = s.rfind("kekeliruan", at), e = s.rfind("kesalahan", at);
        return (k != std::string::npos && at - k < 120) || (e != std::string::npos && at - e < 120);
    }

    // "dalam lampiran yang …", "dalam lampiran I", "dalam lampiran keputusan ini", or the end.
    bool lampiran_end(std::size_t j) const
    {
        if (j >= toks_.size()) return true;
        if (!toks_[j].word) return in(toks_[j].view(t_->s), {";", ".", ","});
        const std::string_view n = word(j);
        if (in(n, {"yang", "keputusan", "peraturan", "ini", "I", "II", "III", "IV", "V"})) return true;
        // "dalam lampiran Peraturan Badan … (BAN-PT) ini": the instrument named in full, then "ini"
        if (in(n, {"Keputusan", "Peraturan"}))
            for (std::size_t k = j + 1; k < toks_.size() && k < j + 16; ++k) {
                if (!toks_[k].word && in(toks_[k].view(t_->s), {";", "."})) break;
                if (toks_[k].word && word(k) == "ini") return true;
            }
        return false;
    }

    // The title after token `from` runs to ";", ",", ":", "(", a sentence's end or "sebagaimana";
    // the first capitalised conjunction or preposition in it, or npos. A title typed in capitals
    // is not judged word by word.
    std::size_t title_slip(std::size_t from) const
    {
        bool listed = false;  // past a comma inside the title
        for (std::size_t j = from; j < toks_.size(); ++j) {
            const std::string_view v = toks_[j].view(t_->s);
            if (!toks_[j].word) {
                // a title that lists («… Lembaga Sertifikasi, Lembaga Kursus, dan/atau Laboratorium
                // Dalam Pemanfaatan Tenaga Nuklir», Peraturan Kepala BAPETEN 14/2008) goes on after
                // the comma with a word in title case, or a conjunction and one
                if (v == "," && j > from && toks_[j - 1].word && title_case(word(j - 1)) && list_goes_on(j + 1)) {
                    listed = true;
                    continue;
                }
                if (in(v, {";", ",", ":", "("})) return std::string::npos;
                if (v == "." && (toks_[j].end >= t_->s.size() || t_->s[toks_[j].end] == ' ')) return std::string::npos;
                continue;
            }
            // the title ends at «sebagaimana» (in any case: «… Non Departemen Sebagaimana Telah …
            // Diubah Terakhir Dengan …», Keputusan Presiden 9/2004, is running text) or, past a
            // comma, at a number (the next citation)
            if (text::same_ignoring_case(v, "sebagaimana") || (listed && text::has_digit(v))) return std::string::npos;
            // «tentang Antara Lain Pembentukan …» (Perda Sulawesi Utara 2/2016): «antara lain», «among
            // others», is the citing sentence's words, never a title's (alone, «Antara Pemerintah»
            // may be a title's word the reviewers leave)
            if (v == "Antara" && j + 1 < toks_.size() && toks_[j + 1].word && word(j + 1) == "Lain") return j;
            if (j == from || !title_case(v)) continue;
            const std::string lw = text::lower(v);
            if (!function_word(lw)) continue;
            const std::string_view after = j + 1 < toks_.size() && toks_[j + 1].word ? word(j + 1) : std::string_view{};
            const std::string_view before = toks_[j - 1].word ? word(j - 1) : std::string_view{};
            if (text::all_upper(after) || text::all_upper(before)) continue;
            if (lw == "dalam" && after == "Negeri") continue;  // Kementerian/Menteri Dalam Negeri
            // «peran serta», «ikut serta»: compounds (KBBI), capitalised whole in a title («Tata Cara
            // Peran Serta Masyarakat dalam Penataan Ruang», PP 69/1996)
            if (lw == "serta" && (before == "Peran" || before == "Ikut")) continue;
            if (lw == "yang" && (after == "Maha" || after == "Mulia")) continue;  // Tuhan Yang Maha Esa
            if (lw == "tentang" && text::has_digit(before)) return j;
            if (before.empty() || !text::starts_upper(before)) continue;  // a title's words are capitalised
            return j;
        }
        return std::string::npos;
    }

    // After a comma at `k - 1` inside a cited title: a word in title case, or «dan», «atau»,
    // «serta», «dan/atau» and one.
    bool list_goes_on(std::size_t k) const
    {
        if (k < toks_.size() && toks_[k].word && in(word(k), {"dan", "atau", "serta", "dan/atau"})) {
            ++k;
            if (k + 1 < toks_.size() && !toks_[k].word && toks_[k].view(t_->s) == "/") k += 2;  // «dan/atau» as three tokens
        }
        return k < toks_.size() && toks_[k].word && title_case(word(k)) && !in(word(k), {"Peraturan", "Keputusan", "Undang-Undang", "Instruksi"});
    }

    // The cited title from token `from`, in lower case, up to punctuation or the first word of the
    // sentence going on (in lower case, no conjunction or preposition): one key per title.
    std::string title_key(std::size_t from) const
    {
        std::string key;
        for (std::size_t j = from; j < toks_.size() && key.size() < 160; ++j) {
            const std::string_view v = toks_[j].view(t_->s);
            if (!toks_[j].word) {
                if (in(v, {";", ",", ":", "(", "."})) break;
                continue;
            }
            const std::string lw = text::lower(v);
            if (text::is_lower(first_cp(v)) && !lower_in_title(lw)) break;
            key += lw + " ";
        }
        return key;
    }

    // Up to five words from token `from`, in lower case: one key per cited title whatever its case.
    std::string lower_run(std::size_t from) const
    {
        std::string key;
        for (std::size_t j = from; j < toks_.size() && j < from + 5 && toks_[j].word; ++j) key += text::lower(word(j)) + " ";
        return key;
    }

    // In the title after token `from` (up to ";", ",", "(", ":", a sentence's end or
    // "sebagaimana"), whose first word is capitalised: a word in lower case that is no
    // conjunction or preposition, after a capitalised word and before another; or npos.
    std::size_t lower_slip(std::size_t from) const
    {
        if (from >= toks_.size() || !toks_[from].word || !title_case(word(from))) return std::string::npos;
        std::size_t candidate = std::string::npos;
        bool capital_after = false;
        int words = 0, capitals = 0;  // the title's own words (no conjunction, preposition or number)
        for (std::size_t j = from; j < toks_.size(); ++j) {
            const std::string_view v = toks_[j].view(t_->s);
            if (!toks_[j].word) {
                if (in(v, {";", ",", ":", "(", ")"})) break;
                if (v == "." && (toks_[j].end >= t_->s.size() || t_->s[toks_[j].end] == ' ')) break;
                continue;
            }
            const std::string lw = text::lower(v);
            // the sentence going on after the title: "tentang Satu Data perlu dibentuk …"
            if (in(lw, {"sebagaimana", "perlu", "maka", "sudah", "telah", "dapat", "wajib", "harus", "merupakan", "adalah", "ditetapkan",
                        "dinyatakan", "diubah", "dicabut", "mengatur", "berlaku"}))
                break;
            if (text::has_digit(v) || text::all_upper(v) || lower_in_title(lw)) continue;
            ++words;
            const bool cap = capitalised(v);
            if (cap) ++capitals;
            // after a capitalised word, or after «di» that follows one («Kinerja Utama di lingkungan
            // Instansi Pemerintah»: a place in a title, «di Lingkungan»)
            const auto after_capital = [&](std::size_t p) {
                return toks_[p].word && capitalised(word(p)) && !lower_in_title(text::lower(word(p)));
            };
            if (candidate == std::string::npos && text::is_lower(first_cp(v)) && text::cp_count(v) >= 3 &&
                (after_capital(j - 1) || (j >= from + 2 && toks_[j - 1].word && word(j - 1) == "di" && after_capital(j - 2))))
                candidate = j;
            else if (candidate != std::string::npos && cap)
                capital_after = true;
        }
        // a title capitalised throughout but for this word (at least three capitalised words, three
        // in five): not a title written in sentence case ("Pendelegasian wewenang untuk …")
        if (candidate != std::string::npos && capital_after && capitals >= 3 && capitals * 5 >= words * 3) return candidate;
        return std::string::npos;
    }

    std::pair<std::string, std::string> title_message(std::size_t j) const
    {
        const std::string w(word(j));
        const std::string lw = text::lower(w);
        return {"«" + w + "» dalam judul yang dikutip: kata tugas ditulis dengan huruf kecil («" + lw + "», UU 12/2011 Lampiran II)",
                "«" + w + "» inside a cited title: conjunctions and prepositions are in lower case («" + lw + "», UU 12/2011 Lampiran II)"};
    }

    // "Al hamid, S.Psi,MM": a table cell holding a person's name with degrees after a comma (the
    // first word after it has a stop: S.Psi, M.Si., Dr.); every word of the name is capitalised
    // (PUEBI: a person's name), but for "bin", "binti", "van", "de" and the like.
    void name_in_cell()
    {
        const std::string& s = t_->s;
        const std::size_t comma = s.find(',');
        if (comma == std::string::npos) return;
        std::size_t d = comma + 1;
        while (d < s.size() && s[d] == ' ') ++d;
        std::size_t de = d;
        while (de < s.size() && s[de] != ' ' && s[de] != ',') ++de;
        const std::string_view degree(s.data() + d, de - d);
        if (degree.size() < 2 || degree.find('.') == std::string_view::npos || !text::starts_upper(degree)) return;
        std::vector<std::size_t> name;
        for (std::size_t i = 0; i < toks_.size() && toks_[i].begin < comma; ++i) {
            if (!toks_[i].word || text::has_digit(word(i))) return;  // a name is words only
            name.push_back(i);
        }
        if (name.size() < 2 || name.size() > 5 || !text::starts_upper(word(name[0]))) return;
        // «YOGA, S.pt», «M.si»: the letter after a degree's stop is a capital (S.Pt., M.Si., A.Md.:
        // Permenristekdikti 59/2018 on degrees; no Indonesian degree writes it in lower case)
        for (std::size_t p = d; p + 2 < s.size(); ++p) {
            if (s[p] == ' ' && (s.compare(p + 1, 4, "PADA") == 0 || s.compare(p + 1, 4, "pada") == 0 || s.compare(p + 1, 6, "selaku") == 0)) break;
            if (s[p] >= 'A' && s[p] <= 'Z' && s[p + 1] == '.' && s[p + 2] >= 'a' && s[p + 2] <= 'z' && (p == d || s[p - 1] == ' ' || s[p - 1] == ',') &&
                first("degree" + s.substr(p, 4))) {
                std::size_t e = p + 2;
                while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
                const std::string deg = s.substr(p, e - p), right = deg.substr(0, 2) + static_cast<char>(deg[2] - 'a' + 'A') + deg.substr(3);
                cx_.report("KAPITAL", cx_.at(*t_, p), "«" + deg + "»: gelar ditulis «" + right + "» (huruf kapital sesudah titik)",
                           "«" + deg + "»: the degree is written «" + right + "» (a capital after the stop)");
                break;
            }
        }
        // «MARIA MARGARETHA SAPKoT,A.Md»: one small letter inside a name typed in capitals
        bool caps = true;
        for (const std::size_t k : name) caps = caps && (text::all_upper(word(k)) || one_small_inside(word(k)));
        if (caps)
            for (const std::size_t k : name)
                if (one_small_inside(word(k)) && first("namecase" + std::string(word(k)))) {
                    report(k, "«" + std::string(word(k)) + "» dalam nama yang ditulis dengan huruf kapital: «" + text::upper(word(k)) + "»",
                           "«" + std::string(word(k)) + "» in a name typed in capitals: «" + text::upper(word(k)) + "»");
                    return;
                }
        for (std::size_t k = 1; k < name.size(); ++k) {
            const std::string_view w = word(name[k]);
            if (!text::is_lower(first_cp(w)) || in(w, {"bin", "binti", "van", "von", "der", "de", "da", "dos", "la"})) continue;
            if (first("name" + std::string(w)))
                report(name[k], "«" + std::string(w) + "» dalam nama orang: setiap unsur nama diawali huruf kapital",
                       "«" + std::string(w) + "» in a person's name: every part of a name begins with a capital");
            return;
        }
    }

    // «SAPKoT»: capitals but for one small letter between them (three capitals or more)
    static bool one_small_inside(std::string_view w)
    {
        if (w.size() < 4) return false;
        int small = 0, capitals = 0;
        for (std::size_t k = 0; k < w.size(); ++k) {
            const char c = w[k];
            if (c >= 'a' && c <= 'z') {
                if (k == 0 || k + 1 == w.size()) return false;
                ++small;
            } else if (c >= 'A' && c <= 'Z') {
                ++capitals;
            } else {
                return false;
            }
        }
        return small == 1 && capitals >= 3;
    }

    void report(std::size_t i, const std::string& id, const std::string& en)
    {
        cx_.report("KAPITAL", cx_.at(*t_, toks_[i].begin), id, en);
    }
    void report(std::size_t i, const std::pair<std::string, std::string>& m) { report(i, m.first, m.second); }
};

}  // namespace

void check_capitals(Context& cx)
{
    if (!cx.enabled("KAPITAL")) return;
    CapitalRules rules(cx);
    for (const auto& t : cx.texts()) rules.collect_terms(t);
    for (const auto& t : cx.texts()) rules.count_terms(t);
    for (const auto& t : cx.texts()) rules.run(t);
}

}  // namespace naskah::check
