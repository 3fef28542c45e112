// Text: spelling, foreign words, words run together or repeated, spaces, brackets, quotes and
// placeholders, in every paragraph the drafter typed.
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
bool name_only(const std::string& s, Speller* speller)
{
    const std::size_t comma = s.find(',');
    const std::string head = s.substr(0, comma);
    const auto ws = text::words(head);
    if (ws.empty() || ws.size() > 5) return false;
    const bool degrees = comma != std::string::npos;  // "…, S.H., M.H." follows only a person's name
    if (ws.size() == 1 && !degrees) return false;
    // a military or police rank before it: "KAPTEN LAUT (P) DARWAN", "Kompol Budi"
    if (ws.size() >= 2 && rank(text::lower(ws[0].view(head)))) return true;
    for (const auto& w : ws) {
        const std::string_view v = w.view(head);
        if (!text::starts_upper(v)) return false;
        if (!degrees && speller && text::cp_count(v) >= 6 && speller->in_lexicon(text::lower(v))) return false;
    }
    return true;
}

bool vowel_letter(char c)
{
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// A word in capitals that reads as a word rather than letters: KOMPREHENSIP, not BKPSDM.
bool reads_as_word(std::string_view w)
{
    std::size_t vowels = 0, letters = 0;
    for (char c : w) {
        if (!std::isalpha(static_cast<unsigned char>(c))) continue;
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

char32_t first_cp(std::string_view w)
{
    std::size_t k = 0;
    return text::next_cp(w, k);
}

// Nouns of place and time that follow the preposition "di" and, joined to it, happen to make a
// passive verb of the lexicon ("di tempat" / "ditempatkan" does not, but "di muka" / "dimuka" might).
bool locative(std::string_view w)
{
    for (const char* p : {"muka", "depan", "belakang", "atas", "bawah", "dalam", "luar", "samping", "sana", "sini", "situ", "mana", "antara",
                          "tengah", "tempat", "rumah", "kantor", "lapangan", "lokasi", "wilayah", "bidang", "tingkat", "lingkungan", "daerah",
                          "kota", "desa", "kecamatan", "kabupaten", "provinsi", "pusat", "sekitar", "balik", "seberang", "ujung", "pinggir",
                          "akhir", "awal", "hari", "masa", "saat", "waktu", "kemudian"})
        if (w == p) return true;
    return false;
}

class TextRules {
public:
    TextRules(Context& cx) : cx_(cx), names_(own_names(cx.decree))
    {
        if (const auto& d = cx.decree.meta.date; d && d->valid()) date_ = d->year * 10000 + d->month * 100 + d->day;
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
            // (most paragraphs define nothing: their words are not copied out)
            if (t.s.find("disingkat") == std::string::npos && t.s.find("disebut") == std::string::npos) continue;
            const auto& ws = cx_.words(t);
            for (std::size_t k = 0; k + 1 < ws.size(); ++k) {
                const std::string_view v = ws[k].view(t.s);
                if (v != "disingkat" && v != "disebut") continue;
                for (std::size_t j = k + 1; j < ws.size() && j <= k + 4; ++j) {
                    const std::string_view d = ws[j].view(t.s);
                    if (!text::starts_upper(d)) break;
                    names_.insert(text::lower(d));
                }
            }
        }
    }

    void run(const Text& t, bool table_cell)
    {
        const auto& toks = cx_.tokens(t);
        spelling(t, toks, table_cell && name_only(t.s, speller_));
        repeated(t, toks);
        punctuation(t);
        spaces(t);
    }

private:
    Context& cx_;
    std::unordered_set<std::string> names_;
    Speller* speller_ = nullptr;
    int date_ = 0;  ///< the date of enactment as yyyymmdd; 0 when not set yet
    std::optional<SourcePos> open_curly_, open_straight_;  // a quote carried over from an earlier paragraph
    const std::vector<Text>* texts_ = nullptr;
    bool acronyms_gathered_ = false;
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
        if (speller_->in_lexicon(lw) || lexicon::is_area_word(lw)) return;
        if (reads_as_word(w)) {
            if (speller_->replacement(lw) || speller_->known(lw)) return;
            auto sugg = speller_->suggest(lw);
            if (sugg.empty()) return;  // an acronym the lists do not know yet, not a misspelt word
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
                if (w.size() < p.size() + x.size() + 4 || w.compare(w.size() - x.size(), x.size(), x) != 0) continue;
                const std::string stem = w.substr(p.size(), w.size() - p.size() - x.size());
                // the nasal prefix drops k, p, t and s: "pengkoordinasian", "mensahkan" are slips
                const char c0 = stem[0];
                if (((p == "meng" || p == "peng") && c0 == 'k') || ((p == "mem" || p == "pem") && c0 == 'p') ||
                    ((p == "men" || p == "pen") && (c0 == 't' || c0 == 's')))
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

    bool proper_name_word(const std::string& w) const
    {
        const std::string lw = text::lower(w);
        return names_.count(lw) > 0 || lexicon::is_area_word(lw);
    }

    // A long word with a letter too many and one more slip: "Kapuapaten" (Kabupaten). Only for
    // words of nine letters or more: shorter names are two edits from too many words.
    std::vector<std::string> two_edits_away(const std::string& w)
    {
        if (text::cp_count(w) < 9 || w.size() != text::cp_count(w)) return {};
        for (std::size_t k = 0; k < w.size(); ++k) {
            const std::string shorter = w.substr(0, k) + w.substr(k + 1);
            if (speller_->in_lexicon(text::lower(shorter))) return {text::starts_upper(shorter) ? shorter : text::capitalise(shorter)};
            if (auto near = speller_->suggest(shorter, 1); !near.empty()) return near;
        }
        return {};
    }

    bool skip_word(const Text& t, const text::Token& tok, bool names)
    {
        const std::string_view w = tok.view(t.s);
        if (names || text::has_digit(w) || text::cp_count(w) < 2) return true;
        if (t.style_at(tok.begin) & kItalic) return true;  // foreign words are italic by convention
        // parts of addresses and abbreviations: Lapor.go.id, S.H., dll.
        if (tok.begin >= 2 && t.s[tok.begin - 1] == '.' && letter_before(t.s, tok.begin - 1)) return true;
        if (tok.end + 1 < t.s.size() && t.s[tok.end] == '.' && letter_at(t.s, tok.end + 1)) return true;
        if ((tok.begin > 0 && t.s[tok.begin - 1] == '@') || (tok.end < t.s.size() && t.s[tok.end] == '@')) return true;
        // parts of a document number: HK.01.07/Menkes/382/2020
        if (tok.end + 1 < t.s.size() && t.s[tok.end] == '.' && std::isdigit(static_cast<unsigned char>(t.s[tok.end + 1]))) return true;
        if ((tok.begin > 0 && t.s[tok.begin - 1] == '/') || (tok.end < t.s.size() && t.s[tok.end] == '/')) {
            std::size_t b = tok.begin, e = tok.end;
            while (b > 0 && t.s[b - 1] != ' ') --b;
            while (e < t.s.size() && t.s[e] != ' ') ++e;
            for (std::size_t k = b; k < e; ++k)
                if (std::isdigit(static_cast<unsigned char>(t.s[k]))) return true;
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
        std::size_t skip_until = 0;  // the rest of a foreign phrase already reported
        for (std::size_t k = 0; k < toks.size(); ++k) {
            const auto& tok = toks[k];
            if (!tok.word || tok.begin < skip_until || skip_word(t, tok, names)) continue;
            const CitedSpan* cited = inside(quoted, tok.begin);
            const std::string w(tok.view(t.s));
            if (echelon_grade(w)) continue;
            // a cited title is quoted verbatim (its wording, its foreign words and the spellings of
            // its time are not the drafter's to change); what is checked there is a slip of typing:
            // a non-standard spelling of the list, or an unknown word one edit from a word
            // («Lembaga Pemerintah Non Departeman»)
            if (cited && cited->title) {
                // before the 1972 spelling (EYD) titles wrote "Djawa", "Jogjakarta"
                if ((cited->year && cited->year < 1973) || text::all_upper(w) || speller_->in_lexicon(w) || proper_name_word(w)) continue;
                if (const Replacement* r = speller_->replacement(w)) {
                    if (!r->foreign && !r->since)
                        cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + w + "» tidak baku; bentuk bakunya «" + r->suggestion + "»",
                                   "«" + w + "» is not the standard spelling; the standard form is «" + r->suggestion + "»",
                                   "maksud Anda: " + (text::starts_upper(w) ? text::capitalise(r->suggestion) : r->suggestion) + "?",
                                   "did you mean: " + (text::starts_upper(w) ? text::capitalise(r->suggestion) : r->suggestion) + "?");
                    continue;
                }
                // (short words of a title are as often names or English: «Road Map»)
                if (text::cp_count(w) < 6 || speller_->known(w) || derived_form(w)) continue;
                const auto sugg = speller_->suggest(w);
                if (!sugg.empty())
                    cx_.report_suggest("EJAAN", cx_.at(t, tok.begin),
                                       "«" + w + "» dalam judul yang dikutip tidak ada dalam kamus; mirip «" + sugg.front() + "»",
                                       "«" + w + "» in a cited title is not in the dictionary; close to «" + sugg.front() + "»", sugg);
                continue;
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
                // "non" is a bound form, written joined: "Bencana Nonalam", "nonmedis" (KBBI, PUEBI)
                // ("Lembaga Pemerintah Non Departemen" is the name legislation gave those agencies)
                if (text::same_ignoring_case(w, "non") && text::cp_count(next) >= 3 && !text::all_upper(next) && !text::has_digit(next) && next != "Departemen") {
                    const std::string joined = w + text::lower(next);
                    cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + written() + "»: «non» ditulis serangkai dengan kata yang mengikutinya",
                               "«" + written() + "»: «non» is written joined to the word it precedes", "maksud Anda: " + joined + "?",
                               "did you mean: " + joined + "?");
                    skip_until = toks[k + 1].end;
                    continue;
                }
                // the passive prefix written apart: "telah di ubah", "di emban" (a preposition "di"
                // is followed by a place or a time, which with "di" joined makes no word of the lexicon)
                if (std::string_view(w) == "di" && text::is_lower(first_cp(next)) && text::cp_count(next) >= 4 && !(t.style_at(toks[k + 1].begin) & kItalic) &&
                    speller_->in_lexicon("di" + std::string(next)) && !locative(next)) {
                    const std::string joined = "di" + std::string(next);
                    cx_.report("EJAAN", cx_.at(t, tok.begin), "«" + written() + "»: awalan «di-» ditulis serangkai: «" + joined + "»",
                               "«" + written() + "»: the prefix «di-» is written joined: «" + joined + "»", "maksud Anda: " + joined + "?",
                               "did you mean: " + joined + "?");
                    skip_until = toks[k + 1].end;
                    continue;
                }
            }
            // abbreviations with their full stop: dll., dsb., Jl., Kab.
            if (tok.end < t.s.size() && t.s[tok.end] == '.' && (speller_->is_term(w + ".") || speller_->abbreviation(w + "."))) continue;
            // official abbreviations start with a capital (Setda, Kasubag) or are units (km, ha)
            if ((text::starts_upper(w) || w.size() <= 2) && speller_->abbreviation(w)) continue;
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
            // the compiled lexicon first, then a split into two of its words, and only then
            // Hunspell: most decrees never need it loaded
            if (speller_->in_lexicon(w) || proper_name()) continue;
            if (auto split = speller_->split(w)) {
                cx_.report("KATA-GABUNG", cx_.at(t, tok.begin), "«" + w + "» tampak sebagai dua kata yang tergabung",
                           "«" + w + "» looks like two words run together", "maksud Anda: " + *split + "?", "did you mean: " + *split + "?");
                continue;
            }
            if (speller_->known(w) || derived_form(w)) continue;
            auto sugg = speller_->suggest(w);
            if (upper_first) {
                // an unknown capitalised word far from every word of the lexicon is a name
                // (Gebleg, Ratumbuysang), not a slip: reported only with the word it is near
                if (sugg.empty()) sugg = two_edits_away(w);
                if (sugg.empty()) continue;
                cx_.report_suggest("EJAAN", cx_.at(t, tok.begin),
                                   "«" + w + "» tidak ada dalam kamus bahasa Indonesia maupun daftar istilah; mirip «" + sugg.front() + "»",
                                   "«" + w + "» is in neither the Indonesian dictionary nor the term list; close to «" + sugg.front() + "»", sugg);
                continue;
            }
            cx_.report_suggest("EJAAN", cx_.at(t, tok.begin), "«" + w + "» tidak ada dalam kamus bahasa Indonesia maupun daftar istilah",
                               "«" + w + "» is in neither the Indonesian dictionary nor the term list", sugg);
        }
    }

    void repeated(const Text& t, const std::vector<text::Token>& toks)
    {
        for (std::size_t k = 1; k < toks.size(); ++k) {
            const auto& a = toks[k - 1];
            const auto& b = toks[k];
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
        for (std::size_t i = 0; i < s.size(); ++i) {
            const char c = s[i];
            if (std::isalnum(static_cast<unsigned char>(c)) || c == ' ') continue;
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
            } else if ((c == ',' || c == ';') && letter_before(s, i) && letter_at(s, i + 1)) {
                cx_.report("SPASI-TANDA", cx_.at(t, i + 1), "tidak ada spasi sesudah «" + std::string(1, c) + "»",
                           "no space after «" + std::string(1, c) + "»", "sisipkan spasi sesudah «" + std::string(1, c) + "»",
                           "insert a space after «" + std::string(1, c) + "»");
            } else if (c == '"') {
                straight_quotes.push_back(i);
            } else if (s.compare(i, 3, "\xE2\x80\x9C") == 0) {  // “
                curly_open.push_back(i);
            } else if (s.compare(i, 3, "\xE2\x80\x9D") == 0) {  // ”
                if (!curly_open.empty()) curly_open.pop_back();
                else if (open_curly_)
                    open_curly_.reset();
                else if (open_straight_)  // «"Pasal 4 … Udara.”»: the quote is closed, in another style (Keppres 132/1998)
                    open_straight_.reset();
                else
                    cx_.report("KUTIP", cx_.at(t, i), "«”» tanpa pasangan «“»", "«”» without a matching «“»");
            } else if (s.compare(i, 3, "\xE2\x80\xA6") == 0 || s.compare(i, 3, "...") == 0) {
                cx_.report("ISIAN", cx_.at(t, i), "isian «…» belum diganti dengan teks", "a «…» placeholder is still in the text",
                           "ganti «…» dengan teks yang dimaksud", "replace «…» with the intended text");
                i += 2;
            }
        }
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
            else if (open_curly_ && straight_quotes.back() != first) open_curly_.reset();  // «“Pasal 3 … BMG."»
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

public:
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
    for (const auto& t : texts) rules.run(t, t.table_cell);
    rules.report_open_quotes();
}

}  // namespace naskah::check
