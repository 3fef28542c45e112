// The parts of a decree in order: Menimbang, Mengingat, Memperhatikan, diktum and the Lampiran
// they cite, typed labels, and the signature. Conventions: Lampiran II UU 12/2011 as summarised in
// shared/reference/decree-conventions.md §1.
#include <algorithm>
#include <cstring>
#include <map>
#include <regex>
#include <set>

#include "check/citation.hpp"
#include "check/context.hpp"
#include "check/data_lists.hpp"
#include "check/text_util.hpp"
#include "style/style.hpp"

namespace naskah::check {

using namespace naskah::model;

namespace {

std::string item_label(const Item& it, std::size_t index, Numbering n)
{
    if (!it.label.empty()) return text::strip_label(it.label);
    return text::strip_label(list_marker(n, index));
}

// Where a printed page's furniture starts at the end of an item, else `e`: a regulation printed
// in the Berita Negara and downloaded from the ministry of law's site carries on every page the
// footer «www.djpp.kemenkumham.go.id» and the running head «2014, No.33 2» (year, gazette number,
// page); an item broken over a page keeps them in a transcription after its own final mark.
std::size_t page_furniture(const std::string& s, std::size_t e)
{
    const std::size_t from = e > 90 ? e - 90 : 0;
    // std::regex is slow to build (3 M instructions) and to run; nearly every item ends without
    // a web address, so ask first and build it only for one that does
    if (std::string_view(s).substr(from, e - from).find("www.") == std::string_view::npos) return e;
    static const std::regex kFurniture(R"(\s(www\.[A-Za-z0-9.-]+\.[a-z]{2,}(/\S*)?)(\s+\d{4},\s*No\.\s?\d+(\s+\d+)?)?\s*$)");
    std::smatch m;
    const std::string tail = s.substr(from, e - from);
    if (!std::regex_search(tail, m, kFurniture)) return e;
    std::size_t b = from + static_cast<std::size_t>(m.position(0));
    while (b > 0 && s[b - 1] == ' ') --b;
    // only after the item's own final mark: an address the item itself ends with is its text
    if (b == 0 || std::string_view(";:.,").find(s[b - 1]) == std::string_view::npos) return e;
    return b;
}

// Offset of the last character that is not a space, and that character.
std::size_t last_char(const std::string& s, std::string& ch)
{
    std::size_t e = s.size();
    while (e > 0 && s[e - 1] == ' ') --e;
    e = page_furniture(s, e);
    if (e == 0) return std::string::npos;
    std::size_t b = e - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    ch = s.substr(b, e - b);
    return b;
}

// Checks that a paragraph ends with `want`; `what_id`/`what_en` name the item in messages.
void check_ending(Context& cx, std::string_view code, const Inline& last, const std::string& want, const std::string& what_id,
                  const std::string& what_en, const std::string& extra_hint_id = {}, const std::string& extra_hint_en = {})
{
    const Text t = make_text(last);
    std::string ch;
    const std::size_t at = last_char(t.s, ch);
    if (at == std::string::npos || ch == want) return;
    const bool punct = ch == "." || ch == "," || ch == ";" || ch == ":";
    const SourcePos pos = punct ? cx.at(t, at) : cx.at(t, at + ch.size());
    const std::string id = what_id + (punct ? " diakhiri «" + ch + "»" : " tidak diakhiri tanda baca") + "; seharusnya «" + want + "»";
    const std::string en = what_en + (punct ? " ends with «" + ch + "»" : " has no final punctuation") + "; expected «" + want + "»";
    std::string hint_id = punct ? "ganti «" + ch + "» dengan «" + want + "»" : "tambahkan «" + want + "»";
    std::string hint_en = punct ? "replace «" + ch + "» with «" + want + "»" : "add «" + want + "»";
    if (!extra_hint_id.empty()) {
        hint_id += " (" + extra_hint_id + ")";
        hint_en += " (" + extra_hint_en + ")";
    }
    cx.report(code, pos, id, en, hint_id, hint_en);
}

// A letter label: "a" … "z", or past z "aa", "ab" … when the list is that long (so that "di" in
// "huruf a di atas" is not taken for one).
bool is_letter_label(std::string_view w, std::size_t items)
{
    if (w.empty() || w.size() > 2 || (w.size() == 2 && items <= 26)) return false;
    for (char c : w)
        if (c < 'a' || c > 'z') return false;
    return true;
}

struct LetterRef {
    std::string letter;
    std::size_t offset;
};

// "huruf a, huruf b, dan huruf c", "huruf a dan b", "huruf a sampai dengan huruf d", starting at
// the offset just after the first "huruf".
std::vector<LetterRef> parse_letters(const std::string& s, std::size_t i, std::size_t items)
{
    std::vector<LetterRef> out;
    bool range = false;
    auto word_at = [&](std::size_t p, std::size_t& end) {
        while (p < s.size() && (s[p] == ' ' || s[p] == ',')) ++p;
        end = p;
        while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) ++end;
        return std::pair<std::size_t, std::string_view>(p, std::string_view(s).substr(p, end - p));
    };
    while (i < s.size()) {
        std::size_t end = 0;
        auto [p, w] = word_at(i, end);
        if (!is_letter_label(w, items)) break;
        if (range && !out.empty() && w.size() == 1 && out.back().letter.size() == 1)
            for (char c = static_cast<char>(out.back().letter[0] + 1); c < w[0]; ++c) out.push_back({std::string(1, c), p});
        out.push_back({std::string(w), p});
        range = false;
        i = end;
        // connectors between letters
        for (;;) {
            std::size_t e2 = 0;
            const std::string_view v = word_at(i, e2).second;
            if (v == "dan" || v == "atau" || v == "serta" || v == "huruf") {
                i = e2;
                continue;
            }
            if (v == "sampai") {
                std::size_t e3 = 0;
                if (word_at(e2, e3).second == "dengan") {
                    i = e3;
                    range = true;
                    continue;
                }
            }
            break;
        }
    }
    return out;
}

std::string letters_phrase(const std::vector<std::string>& labels)
{
    std::string out;
    for (std::size_t k = 0; k < labels.size(); ++k) {
        if (k > 0) out += labels.size() == 2 ? " dan " : (k + 1 == labels.size() ? ", dan " : ", ");
        out += "huruf " + labels[k];
    }
    return out;
}

// A Mengingat item that opens with a kind of legislation and goes on «<word> <number> Tahun <year>»
// where the word is a letter or two from «Nomor» («Nonor», «Nomer», «Nmor»): a citation with a
// slip of typing, not something other than legislation.
bool misspelt_citation(const std::string& s, std::size_t b)
{
    static const char* kinds[] = {"Undang-Undang ", "Undang-undang ", "Peraturan ", "Keputusan ", "Instruksi "};
    bool kind = false;
    for (const char* k : kinds) kind = kind || s.compare(b, std::strlen(k), k) == 0;
    if (!kind) return false;
    const std::size_t tahun = s.find(" Tahun ", b);
    if (tahun == std::string::npos || tahun - b > 160 || tahun + 11 > s.size()) return false;
    for (std::size_t k = tahun + 7; k < tahun + 11; ++k)
        if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
    // the word before the number before «Tahun»
    std::size_t e = tahun;
    while (e > b && std::isdigit(static_cast<unsigned char>(s[e - 1]))) --e;
    if (e == tahun || e == b || s[e - 1] != ' ') return false;
    std::size_t w = e - 1;
    while (w > b && s[w - 1] != ' ') --w;
    const std::string word = s.substr(w, e - 1 - w);
    return !word.empty() && word != "Nomor" && text::edit_distance(word, "Nomor") <= 2;
}

// A Mengingat item that opens with «Undang - Undang», «Undang – Undang» or «Undang -Undang»: the
// kind written with a spaced hyphen or a dash is KATA-ULANG's slip (reported there); read with the
// hyphen closed up, the item is a citation of legislation like any other.
bool spaced_kind_citation(const std::string& s, std::size_t b)
{
    if (s.compare(b, 6, "Undang") != 0) return false;
    std::size_t k = b + 6;
    const std::size_t gap = k;
    while (k < s.size() && s[k] == ' ') ++k;
    std::size_t mark = 0;
    if (s.compare(k, 1, "-") == 0) mark = 1;
    else if (s.compare(k, 3, "\u2013") == 0 || s.compare(k, 3, "\u2014") == 0) mark = 3;
    if (mark == 0) return false;
    k += mark;
    std::size_t after = k;
    while (after < s.size() && s[after] == ' ') ++after;
    if (after == k && k - mark == gap) return false;  // «Undang-Undang»: nothing to close up
    if (s.compare(after, 6, "Undang") != 0 && s.compare(after, 6, "undang") != 0) return false;
    const std::string closed = "Undang-" + s.substr(after);
    return citation_at(closed, 0).has_value();
}

}  // namespace

void check_closing_menimbang(Context& cx, const Item& last, const std::string& label);

// ---- Menimbang -------------------------------------------------------------------------------------

void check_menimbang(Context& cx)
{
    const auto& items = cx.decree.menimbang;
    const bool period_last = cx.convention_last_menimbang_period();
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < items.size(); ++i) labels.push_back(item_label(items[i], i, Numbering::Letter));

    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string what_id = "butir Menimbang huruf " + labels[i];
        const std::string what_en = "Menimbang item " + labels[i];
        const Inline* first = first_paragraph(items[i].blocks);
        if (!first) continue;
        const Text t = make_text(*first);
        const auto ws = text::words(t.s);
        if (!ws.empty()) {
            const std::string_view w = ws[0].view(t.s);
            const bool office_habit = w == "Bahwa" && cx.convention_menimbang_bahwa_capital();
            if (w != "bahwa" && !office_habit) {
                const SourcePos pos = cx.at(t, ws[0].begin);
                // "Bahwa" capitalised is a variant of the convention, not a wrong instrument: a warning
                if (text::lower(w) == "bahwa")
                    cx.report_warning("MENIMBANG-BAHWA", pos, what_id + " diawali «" + std::string(w) + "»; «bahwa» ditulis dengan huruf kecil",
                              what_en + " begins with «" + std::string(w) + "»; «bahwa» is written in lower case",
                              "maksud Anda: bahwa?", "did you mean: bahwa?");
                else
                    cx.report("MENIMBANG-BAHWA", pos, what_id + " tidak diawali «bahwa»", what_en + " does not begin with «bahwa»",
                              "awali dengan «bahwa …»", "begin it with «bahwa …»");
            }
        }

        if (const Inline* last = last_paragraph(items[i].blocks)) {
            const bool is_last = i + 1 == items.size();
            const std::string want = is_last && period_last ? "." : ";";
            if (is_last && !period_last)
                check_ending(cx, "MENIMBANG-AKHIR", *last, want, what_id, what_en,
                             "gaya rumah dapat mengizinkan titik: periksa menimbang-akhir-titik=\"ya\"",
                             "a house style may allow a full stop: periksa menimbang-akhir-titik=\"ya\"");
            else
                check_ending(cx, "MENIMBANG-AKHIR", *last, want, what_id, what_en);
        }

        // "sebagaimana dimaksud dalam huruf a dan huruf b" points at items above this one
        std::vector<LetterRef> refs;
        std::size_t ref_at = std::string::npos;
        for (const char* phrase : {"dimaksud dalam huruf ", "dimaksud pada huruf ", "dimaksud huruf "}) {
            for (std::size_t p = t.s.find(phrase); p != std::string::npos; p = t.s.find(phrase, p + 1)) {
                const std::size_t after = p + std::char_traits<char>::length(phrase);
                if (ref_at == std::string::npos) ref_at = after - 6;
                for (auto& r : parse_letters(t.s, after, items.size())) refs.push_back(r);
            }
        }
        std::set<std::string> cited;
        for (const auto& r : refs) {
            cited.insert(r.letter);
            const auto it = std::find(labels.begin(), labels.end(), r.letter);
            const std::size_t idx = static_cast<std::size_t>(it - labels.begin());
            if (idx < i) continue;
            const SourcePos pos = cx.at(t, r.offset);
            if (idx == i)
                cx.report("MENIMBANG-RUJUKAN", pos, what_id + " merujuk dirinya sendiri (huruf " + r.letter + ")",
                          what_en + " refers to itself (huruf " + r.letter + ")");
            else if (idx < labels.size())
                cx.report("MENIMBANG-RUJUKAN", pos,
                          what_id + " merujuk huruf " + r.letter + ", yang ada di bawahnya; rujukan hanya ke butir di atas",
                          what_en + " refers to huruf " + r.letter + ", which comes after it; refer only to items above");
            else
                cx.report("MENIMBANG-RUJUKAN", pos,
                          what_id + " merujuk huruf " + r.letter + ", padahal Menimbang hanya sampai huruf " + labels.back(),
                          what_en + " refers to huruf " + r.letter + ", but Menimbang ends at huruf " + labels.back());
        }
        // the closing item of a list of considerations; a single one is the whole reason and is not held to it
        if (i + 1 == items.size() && items.size() > 1) check_closing_menimbang(cx, items[i], labels[i]);
        const bool closing = i + 1 == items.size() && i > 0 && t.s.find("berdasarkan pertimbangan") != std::string::npos;
        if (closing && !refs.empty()) {
            std::vector<std::string> missing, all;
            for (std::size_t k = 0; k < i; ++k) {
                all.push_back(labels[k]);
                if (!cited.count(labels[k])) missing.push_back(labels[k]);
            }
            if (!missing.empty()) {
                std::string list;
                for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
                cx.report("MENIMBANG-RUJUKAN-KURANG", cx.at(t, ref_at),
                          what_id + " tidak merujuk huruf " + list + " di atasnya",
                          what_en + " does not refer to huruf " + list + " above it",
                          "sebagaimana dimaksud dalam " + letters_phrase(all), "sebagaimana dimaksud dalam " + letters_phrase(all));
            }
        }
    }
}

// Before Keppres 44/1999 (19 May 1999), the first regulation of drafting technique, decrees were
// not held to its forms: the closing Menimbang naming the decree, the Lembaran of each citation
// (Keputusan Presiden 132/1998, Keputusan Ketua LAPAN 137/1998).
bool before_drafting_rules(const Context& cx)
{
    const auto& d = cx.decree.meta.date;
    return d && d->valid() && d->year * 10000 + d->month * 100 + d->day < 19990519;
}

// The closing Menimbang item names what is enacted: "…, perlu menetapkan Keputusan … tentang …"
// (UU 12/2011 Lampiran II). Called by check_menimbang for the last item.
void check_closing_menimbang(Context& cx, const Item& last, const std::string& label)
{
    if (before_drafting_rules(cx)) return;
    const std::string all = text::lower(blocks_plain(last.blocks));
    const std::string kind = text::lower(cx.decree.meta.kind.empty() ? std::string("keputusan") : cx.decree.meta.kind);
    const std::size_t perlu = all.find("perlu ");
    if (perlu != std::string::npos && all.find(kind, perlu) != std::string::npos) return;
    const Inline* para = last_paragraph(last.blocks);
    if (!para) return;
    const Text t = make_text(*para);
    std::string ch;
    const std::size_t end = last_char(t.s, ch);
    const std::string kind_name = cx.decree.meta.kind.empty() ? std::string("Keputusan") : cx.decree.meta.kind;
    const std::string phrase = "perlu menetapkan " + kind_name + " " + cx.decree.meta.issuer + " tentang " + cx.decree.meta.title.plain();
    cx.report("MENIMBANG-PENUTUP", cx.at(t, end == std::string::npos ? 0 : end),
              "butir Menimbang huruf " + label + ", yang terakhir, tidak menyebut " + kind_name + " yang ditetapkan",
              "Menimbang item " + label + ", the last, does not name the " + kind_name + " being enacted",
              "akhiri dengan «…, " + phrase + ";»", "end it with «…, " + phrase + ";»");
}

// ---- Mengingat -------------------------------------------------------------------------------------

// A Peraturan Pemerintah with no Penjelasan has no Tambahan Lembaran Negara: the Tambahan holds
// the Penjelasan of what the Lembaran Negara holds (Permenkumham 23/2023 Pasal 2 ayat (2)), and
// below the Undang-Undang a Penjelasan is given only where needed (UU 12/2011 Lampiran II). Which
// PP have none is data: the rows of data/rujukan/register.txt whose Tambahan is "-" (each one
// with no Penjelasan in its own text and cited without a Tambahan in three signed PP/UU texts or
// more, never with one). In the 253 tuning texts of the h24prec probe (tools/scale) the PP cited
// with a Lembaran Negara and no Tambahan were 103 of 425 citations (the gaji, pensiun and
// tunjangan PP of every decade), the UU none of 530.
bool without_tambahan(const Citation& c)
{
    static const DataRows rows = [] {
        DataRows r;
        std::string error;
        if (!(data_is_compiled() && compiled_rujukan_rows("register.txt", r))) read_rujukan_rows(style::data_dir() + "/data/rujukan/register.txt", r, error);
        return r;
    }();
    if (c.level != kPp) return false;
    for (const auto& row : rows)
        if (row.size() >= 6 && row[0] == "PP" && row[1] == c.number && row[2] == std::to_string(c.year)) return row[5] == "-";
    return false;
}

// Whether a ministerial or agency regulation is asked for its Berita Negara reference.
// * Not a regulation of 2008 or before. Under UU 10/2004 Pasal 46 ayat (2) the Berita Negara took
//   only the regulations another regulation ordered into it; the promulgation of every
//   ministerial regulation there became the practice after Perpres 1/2007 (on promulgation) and
//   is the rule of UU 12/2011 (Pasal 8 and 81). Ministerial regulations of 2007 and 2008 are cited
//   without one because they have none (Permenpan PER/09/M.PAN/5/2007 and PER/20/M.PAN/11/2008,
//   Permenkominfo 41/PER/M.KOMINFO/11/2007).
// * Not the regulation of a body a minister forms, which is no legislation in the sense of
//   Pasal 8 ayat (1) UU 12/2011 (bodies formed by a law or by the government on a law's order):
//   the national accreditation bodies (BAN-PT, BAN-S/M, BAN PAUD), the independent accreditation
//   bodies (LAM), a unit inside a ministry (Direktur Jenderal, Sekretaris Jenderal, Deputi,
//   Inspektur, Kepala Biro).
// * Not the regulation of an organ of a university: the Rektor, and the Majelis Wali Amanat, Senat
//   Akademik and Dewan Guru Besar of a PTN Badan Hukum (its statuta, e.g. PP 68/2013 on Universitas
//   Indonesia) rule inside the university and are promulgated nowhere: the Rektor of Universitas
//   Indonesia cites «Peraturan Majelis Wali Amanat Universitas Indonesia Nomor 004/SK/MWA-UI/2015»
//   with no gazette (Keputusan Rektor 496 and 1281/2020, training part of tests/corpus).
bool promulgated_in_berita_negara(const Citation& c)
{
    if (c.year && c.year <= 2008) return false;
    for (const char* body : {"Badan Akreditasi Nasional", "Lembaga Akreditasi Mandiri", "BAN-PT", "Direktur Jenderal", "Sekretaris Jenderal",
                             "Deputi", "Inspektur", "Kepala Biro", "Rektor", "Majelis Wali Amanat", "Senat Akademik", "Dewan Guru Besar"})
        if (c.kind.find(body) != std::string::npos) return false;
    return true;
}

void check_mengingat_duplicates(Context& cx);

// «(Lembaran Negara Tahun 2014 Nomor 6, Tambahan Lebaran Negara Republik Indonesia Nomor 5494)»
// (Peraturan Menteri Koordinator Bidang Perekonomian 1/2020, training part of tests/corpus): the
// gazette's word typed one letter wrong before «Negara». «Lebaran» is a word of its own, so the
// spelling check is silent, and the gazette looked missing. The offset in `tail` of such a word
// (one edit from «Lembaran», not «Lembaran» itself), or npos.
static std::size_t misspelt_lembaran(const std::string& tail)
{
    for (std::size_t n = tail.find(" Negara"); n != std::string::npos; n = tail.find(" Negara", n + 1)) {
        std::size_t b = n;
        while (b > 0 && std::isalpha(static_cast<unsigned char>(tail[b - 1]))) --b;
        const std::string word = tail.substr(b, n - b);
        if (word.size() >= 6 && word != "Lembaran" && word != "lembaran" && text::edit_distance(word, "Lembaran") == 1) return b;
    }
    return std::string::npos;
}

// What follows a number's leading figures: "" for «103», "/M" for «228/M». A Keputusan Presiden of
// the appointment series (Nomor 228/M Tahun 2001, the Kabinet Gotong Royong; 84/P Tahun 2009) is
// numbered apart from the decrees of the regular series, so within one year its number says
// nothing about the order: Keputusan Presiden 30/2003 cites 228/M/2001 (9 August) before 103/2001
// (13 September). Numbers of one series are compared; of two, only the years.
static std::string_view number_series(std::string_view number)
{
    std::size_t k = 0;
    while (k < number.size() && std::isdigit(static_cast<unsigned char>(number[k]))) ++k;
    return number.substr(k);
}

// the item, up to its first «;», names a Staatsblad (or Stbl./Stb.) and its year: «(Staatsblad 1847
// Nomor 23)», «(Staatsblad Tahun 1927 Nomor 419)», «(Staatsblad 1847: 23)», «(Stbl. 1937 No. 170)»
static bool colonial_citation(const std::string& s, std::size_t b)
{
    const std::size_t end = std::min(s.size(), s.find(';', b));
    for (const char* word : {"Staatsblad ", "Staatsblad: ", "Stbl. ", "Stbl ", "Stb. "}) {
        const std::size_t w = s.find(word, b);
        if (w == std::string::npos || w >= end) continue;
        std::size_t d = w + std::strlen(word);
        if (s.compare(d, 6, "Tahun ") == 0) d += 6;
        if (d + 4 <= s.size() && std::isdigit(static_cast<unsigned char>(s[d])) && std::isdigit(static_cast<unsigned char>(s[d + 1])) &&
            std::isdigit(static_cast<unsigned char>(s[d + 2])) && std::isdigit(static_cast<unsigned char>(s[d + 3])))
            return true;
    }
    return false;
}

void check_mengingat(Context& cx)
{
    check_mengingat_duplicates(cx);
    const auto& items = cx.decree.mengingat;
    struct Seen {
        Citation c;
        std::string label;
        SourcePos pos;
    };
    std::vector<Seen> seen;
    // the item a run of misplaced items of one kind should come before, and their kind: a block of
    // Perda cited after a Perbup is one slip to move, reported at its first item
    std::string misplaced_before;
    int misplaced_level = -1;
    // a decree whose Mengingat cites no Lembaran or Berita at all follows an (older) habit of its
    // office: one finding for the whole list, at its first item, not one per item
    bool any_promulgation = false;
    for (const auto& it : items) {
        const std::string all = blocks_plain(it.blocks);
        if (all.find("Lembaran") != std::string::npos || all.find("Berita Negara") != std::string::npos ||
            all.find("Berita Daerah") != std::string::npos)
            any_promulgation = true;
    }
    bool none_reported = false;
    // every item ending with the same other mark ("." in older decrees) is one habit: one finding
    bool uniform_ending = items.size() >= 3;
    std::string common;
    for (const auto& it : items) {
        const Inline* last = last_paragraph(it.blocks);
        std::string ch;
        if (!last || last_char(make_text(*last).s, ch) == std::string::npos || ch == ";" || (!common.empty() && ch != common) ||
            (ch != "." && ch != ",")) {
            uniform_ending = false;
            break;
        }
        common = ch;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string label = item_label(items[i], i, Numbering::Number);
        const std::string what_id = "butir Mengingat angka " + label;
        const std::string what_en = "Mengingat item " + label;
        if (const Inline* last = last_paragraph(items[i].blocks); last && !uniform_ending)
            check_ending(cx, "MENGINGAT-AKHIR", *last, ";", what_id, what_en);
        else if (last && i == 0)
            check_ending(cx, "MENGINGAT-AKHIR", *last, ";", "setiap butir Mengingat (" + std::to_string(items.size()) + " butir)",
                         "every Mengingat item (" + std::to_string(items.size()) + " items)");
        const Inline* first = first_paragraph(items[i].blocks);
        if (!first) continue;
        const Text t = make_text(*first);
        std::size_t b = 0;
        while (b < t.s.size() && t.s[b] == ' ') ++b;
        // a number typed again at the head of the text ("3. Keputusan Presiden …") is PENOMORAN's;
        // the citation is read after it
        {
            std::size_t e = b;
            while (e < t.s.size() && std::isdigit(static_cast<unsigned char>(t.s[e]))) ++e;
            if (e > b && e - b <= 2 && e + 1 < t.s.size() && (t.s[e] == '.' || t.s[e] == ')') && t.s[e + 1] == ' ') {
                b = e + 1;
                while (b < t.s.size() && t.s[b] == ' ') ++b;
            }
        }
        auto cit = citation_at(t.s, b);
        if (!cit && t.s.compare(b, 6, "Pasal ") == 0) {
            // "Pasal 4 ayat (1) Undang-Undang Dasar …" cites a Pasal of the legislation that follows;
            // decrees before 2002 name the constitution "Undang-Undang Dasar 1945", without a number
            if (auto all = find_citations(t.s, true); !all.empty()) cit = all.front();
            // (in whatever capitals: «Undang-undang Dasar 1945» is KAPITAL's slip, Keppres 99/1993)
            else if (t.s.find("Undang-Undang Dasar", b) != std::string::npos || t.s.find("Undang-undang Dasar", b) != std::string::npos) continue;
        }
        const SourcePos start = cx.at(t, b);
        if (cit && cit->dash_in_kind && cit->begin == b) {
            // recognised, and the dash reported for what it is
            const std::string typed = t.s.substr(b, t.s.find(' ', b) == std::string::npos ? std::string::npos : t.s.find(' ', b) - b);
            cx.report("MENGINGAT-JENIS", start,
                      what_id + ": «" + typed + "» ditulis dengan tanda pisah (–); nama jenis peraturan ditulis dengan tanda hubung: «" + cit->kind.substr(0, cit->kind.find(' ')) + "»",
                      what_en + ": «" + typed + "» is written with a dash (–); the kind of legislation takes a hyphen: «" + cit->kind.substr(0, cit->kind.find(' ')) + "»",
                      "maksud Anda: " + cit->kind.substr(0, cit->kind.find(' ')) + "?", "did you mean: " + cit->kind.substr(0, cit->kind.find(' ')) + "?");
        }
        if (!cit) {
            // «Undang-Undang Nonor 16 Tahun 1997 tentang Statistik»: a citation of legislation with a
            // word misspelt in it (EJAAN's to report) is still one; only an item that is no citation
            // of legislation at all is this rule's
            if (misspelt_citation(t.s, b)) continue;
            if (spaced_kind_citation(t.s, b)) continue;
            // a law of the colonial period still in force (UUD 1945 Aturan Peralihan Pasal I) is cited by
            // its name and its Staatsblad: «Kitab Undang-undang Hukum Dagang (Staatsblad 1847 Nomor 23)»,
            // «Indonesische Bedrijvenwet (Staatsblad Tahun 1927 Nomor 419)»; it is legislation
            if (colonial_citation(t.s, b)) continue;
            const std::string head = t.s.substr(b, 40);
            const bool note_like = head.rfind("Berita Acara", 0) == 0 || head.rfind("Surat", 0) == 0 || head.rfind("Nota", 0) == 0 ||
                                   head.rfind("Hasil", 0) == 0 || head.rfind("Memo", 0) == 0;
            cx.report("MENGINGAT-JENIS", start,
                      what_id + " tidak dikenali sebagai peraturan perundang-undangan (Undang-Undang …, Peraturan … Nomor … Tahun …)",
                      what_en + " is not recognised as a citation of legislation (Undang-Undang …, Peraturan … Nomor … Tahun …)",
                      note_like ? "pindahkan ke Memperhatikan" : "", note_like ? "move it to Memperhatikan" : "");
            continue;
        }
        const Citation& c = *cit;
        // an Instruksi (Presiden, Menteri, Gubernur …) directs officials; it is no legislation
        // (UU 12/2011 Pasal 7 and 8) and no basis of authority (Lampiran II angka 28): a reviewer
        // moves it to Memperhatikan. An Instruksi itself rests on its superior's instruction
        // (Instruksi Bupati Kulon Progo 3/2009 citing the Governor's): there it is the basis.
        if (c.kind.rfind("Instruksi", 0) == 0 && c.begin == b && !model::is_instruksi(cx.decree.meta))
            cx.report("MENGINGAT-JENIS", start,
                      what_id + " mengutip " + c.name() + "; instruksi bukan peraturan perundang-undangan (UU 12/2011 Pasal 7 dan 8) dan bukan dasar hukum",
                      what_en + " cites " + c.name() + "; an instruction is not legislation (UU 12/2011 Pasal 7 and 8) nor a legal basis",
                      "pindahkan ke Memperhatikan", "move it to Memperhatikan");

        // Lembaran Negara / Berita Negara right after the first citation, before any amendment
        const char* need = nullptr;
        bool need_tambahan = false;
        bool early_republic = false;
        switch (c.level) {
        case kUndangUndang:
        case kPp:
            // the Republic's laws of 1945-1950 (Yogyakarta) were promulgated in the Berita Negara
            // Republik Indonesia: «Undang-Undang Nomor 3 Tahun 1950 … (Berita Negara Republik
            // Indonesia Tahun 1950 Nomor 3)», with no Tambahan (Keputusan Gubernur DIY 152/2019)
            // Signed legislation mostly cites them with no gazette at all (240 of 286 citations of a
            // UU of 1945-1950 in the UU and PP of github.com/mblonyox/data-peraturan; 19 name the
            // Berita Negara): a reviewer asks for none (Peraturan Walikota Surabaya 68/2021, UU 16/1950)
            // (a decree citing no gazette anywhere is still told so at its first citation)
            early_republic = c.year && c.year <= 1950;
            need = "Lembaran Negara";
            need_tambahan = true;
            break;
        case kPerpres:
            // UU 10/2004 Pasal 45 (and Perpres 1/2007 Pasal 28) put in the Lembaran Negara only the
            // Peraturan Presiden on a treaty's ratification or a state of emergency; every Peraturan
            // Presiden goes there since UU 12/2011 Pasal 81 (12 August 2011). Of 2011, the year alone
            // cannot tell: not asked (Perpres 106/2007 on the LKPP has no Lembaran Negara)
            if (c.year && c.year <= 2011) break;
            need = "Lembaran Negara";
            break;
        case kRegulasi:
            // a Peraturan Bank Indonesia and a Peraturan Otoritas Jasa Keuangan are promulgated in the
            // Lembaran Negara, not the Berita Negara: UU 23/1999 Pasal 1 angka 8 («… dan dimuat dalam
            // Lembaran Negara Republik Indonesia»), UU 21/2011 Pasal 1 angka 10 («… diundangkan dalam
            // Lembaran Negara Republik Indonesia»); Bank Indonesia cites them so (Peraturan Anggota Dewan
            // Gubernur 23/8/PADG/2021, training part of tests/corpus)
            if (c.kind.rfind("Peraturan Bank Indonesia", 0) == 0 || c.kind.rfind("Peraturan Otoritas Jasa Keuangan", 0) == 0)
                need = "Lembaran Negara";
            else if (promulgated_in_berita_negara(c))
                need = "Berita Negara";
            break;
        case kPerdaProv:
        case kPerdaKab: need = "Lembaran Daerah"; break;
        case kPergub:
        case kPerbup: need = "Berita Daerah"; break;
        default: break;
        }
        if (need && !any_promulgation) {
            if (!none_reported && !before_drafting_rules(cx))
                cx.report("MENGINGAT-LEMBARAN", start, "tidak satu pun butir Mengingat menyebut Lembaran Negara, Berita Negara, Lembaran Daerah atau Berita Daerah peraturan yang dikutip",
                          "no Mengingat item cites the Lembaran Negara, Berita Negara, Lembaran Daerah or Berita Daerah of its regulation",
                          "tambahkan sesudah judul setiap peraturan, mis. (Lembaran Negara Republik Indonesia Tahun … Nomor …)",
                          "add after each regulation's title, e.g. (Lembaran Negara Republik Indonesia Tahun … Nomor …)");
            none_reported = true;
        } else if (need && !early_republic) {
            const auto later = find_citations(std::string_view(t.s).substr(c.end), true);
            const std::size_t until = later.empty() ? t.s.size() : c.end + later.front().begin;
            const std::string tail = t.s.substr(c.end, until - c.end);
            const SourcePos at_end = cx.at(t, c.end);
            // an item that breaks off inside its brackets ("(Lembaran Negara" at a page end) is
            // MENGINGAT-AKHIR's and KURUNG's to report, not a missing Lembaran
            const std::size_t open = tail.rfind('(');
            if (open != std::string::npos && tail.find(')', open) == std::string::npos) {
                // fall through to the order of the items
            } else if (const std::size_t typo = misspelt_lembaran(tail); typo != std::string::npos &&
                       (tail.find(need) == std::string::npos ||
                        (need_tambahan && tail.find("Tambahan Lembaran") == std::string::npos && tail.find("Tambahan lembaran") == std::string::npos))) {
                // the gazette is cited, its word mistyped: that is the slip
                const std::string word = tail.substr(typo, tail.find(' ', typo) - typo);
                cx.report("EJAAN", cx.at(t, c.end + typo), "«" + word + " Negara» dalam kutipan lembaran negara: ditulis «Lembaran Negara»",
                          "«" + word + " Negara» in a gazette reference: it is written «Lembaran Negara»", "maksud Anda: Lembaran?",
                          "did you mean: Lembaran?");
            } else if (tail.find(need) == std::string::npos) {
                // a regional regulation is promulgated in its own region's Lembaran/Berita Daerah
                std::string where = citation_region(c);
                if (where.empty()) where = regional(c.level) ? "…" : "Republik Indonesia";
                const std::string brackets = std::string("(") + need + " " + where + " Tahun … Nomor …" +
                                             (need_tambahan ? ", Tambahan Lembaran Negara Republik Indonesia Nomor …" : "") +
                                             (c.level == kPerdaProv || c.level == kPerdaKab ? ", Tambahan Lembaran Daerah " + where + " Nomor …" : "") + ")";
                cx.report("MENGINGAT-LEMBARAN", at_end, c.name() + " dikutip tanpa " + need,
                          c.name() + " is cited without its " + need, "tambahkan " + brackets, "add " + brackets);
            } else if (need_tambahan && text::lower(tail).find("tambahan lembaran") == std::string::npos && !without_tambahan(c)) {
                // "Tambahan Lembaran. Negara" is SPASI-TANDA's; "Tambahan lembaran", "tambahan lembaran
                // Negara" (Peraturan Bupati Majene 13/2022) are the Tambahan with a case slip, KAPITAL's
                cx.report("MENGINGAT-LEMBARAN", at_end, c.name() + " dikutip tanpa Tambahan Lembaran Negara",
                          c.name() + " is cited without its Tambahan Lembaran Negara",
                          "tambahkan «, Tambahan Lembaran Negara Republik Indonesia Nomor …» dalam kurung",
                          "add «, Tambahan Lembaran Negara Republik Indonesia Nomor …» inside the brackets");
            }
        }

        // hierarchy first, then year (and number) among regulations of one issuer
        const Seen* higher = nullptr;
        const Seen* same = nullptr;
        // ministerial and agency regulations stand outside the hierarchy of Pasal 7 UU 12/2011:
        // offices put them before or after their region's own regulations
        for (const auto& s : seen) {
            // and decrees (a minister's Keputusan) are cited beside regulations in no fixed order below Perpres
            auto beside = [&](Level x, Level y) { return (x == kRegulasi || x == kKeputusan) && (regional(y) || y == kRegulasi || y == kKeputusan); };
            // "Peraturan Daerah Nomor 7 …" without its region is the issuer's own: a province's or a kabupaten's
            auto regionless = [&](const Citation& x, const Citation& y) { return x.kind == "Peraturan Daerah" && regional(y.level); };
            const bool unordered = beside(c.level, s.c.level) || beside(s.c.level, c.level) || regionless(c, s.c) || regionless(s.c, c);
            if (!unordered && s.c.level > c.level && (!higher || s.c.level > higher->c.level)) higher = &s;
            if (s.c.group == c.group) same = &s;
        }
        const bool same_block = higher && misplaced_before == higher->label && misplaced_level == static_cast<int>(c.level);
        misplaced_before = higher ? higher->label : std::string();
        misplaced_level = higher ? static_cast<int>(c.level) : -1;
        if (same_block) {
            // reported with the block's first item
        } else if (higher) {
            cx.report("MENGINGAT-URUTAN", start,
                      what_id + " (" + level_name(c.level, false) + ") seharusnya mendahului angka " + higher->label + " (" +
                          level_name(higher->c.level, false) + "): urutkan menurut hierarki peraturan perundang-undangan",
                      what_en + " (" + level_name(c.level, true) + ") should come before item " + higher->label + " (" +
                          level_name(higher->c.level, true) + "): order by the hierarchy of legislation");
        } else if (same && c.year && same->c.year &&
                   (c.year < same->c.year || (c.year == same->c.year && c.number_value && same->c.number_value &&
                                              number_series(c.number) == number_series(same->c.number) &&
                                              c.number_value < same->c.number_value))) {
            cx.report("MENGINGAT-URUTAN", start,
                      what_id + " (" + c.name() + ") seharusnya mendahului angka " + same->label + " (" + same->c.name() +
                          "): dalam jenis yang sama, urutkan menurut tahun dan nomor",
                      what_en + " (" + c.name() + ") should come before item " + same->label + " (" + same->c.name() +
                          "): within one kind, order by year and number");
        }
        seen.push_back({c, label, start});
    }
}

// A fragment typed twice in a row ("tentang Pemilihan Umum Pemilihan Umum"), or one regulation cited
// in two Mengingat items: a copy-and-paste slip.
void check_mengingat_duplicates(Context& cx)
{
    const auto& items = cx.decree.mengingat;
    std::map<std::string, std::string> cited;  // regulation → label of the item citing it first
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string label = item_label(items[i], i, Numbering::Number);
        const Inline* first = first_paragraph(items[i].blocks);
        if (!first) continue;
        const Text t = make_text(*first);
        std::size_t b = 0;
        while (b < t.s.size() && t.s[b] == ' ') ++b;
        if (const auto c = citation_at(t.s, b); c && !c->number.empty()) {
            const std::string key = c->group + "\n" + c->number + "\n" + std::to_string(c->year);
            if (auto [it, fresh] = cited.emplace(key, label); !fresh)
                cx.report("MENGINGAT-GANDA", cx.at(t, b),
                          "butir Mengingat angka " + label + " mengutip " + c->name() + " yang sudah dikutip dalam angka " + it->second,
                          "Mengingat item " + label + " cites " + c->name() + ", already cited in item " + it->second,
                          "hapus butir angka " + label, "remove item " + label);
        }
        // punctuation counts: "Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi" is a list, not a slip
        const auto ws = text::tokenize(t.s);
        for (std::size_t p = 0; p < ws.size(); ++p)
            for (std::size_t len = 2; len <= 12 && p + 2 * len <= ws.size(); ++len) {
                bool same = true;
                for (std::size_t k = 0; k < len && same; ++k) same = ws[p + k].view(t.s) == ws[p + len + k].view(t.s);
                if (!same || !ws[p].word || text::has_digit(ws[p].view(t.s))) continue;
                const std::string fragment = t.s.substr(ws[p].begin, ws[p + len - 1].end - ws[p].begin);
                cx.report("MENGINGAT-GANDA", cx.at(t, ws[p + len].begin),
                          "«" + fragment + "» tertulis dua kali berturut-turut dalam butir Mengingat angka " + label,
                          "«" + fragment + "» is written twice in a row in Mengingat item " + label, "hapus «" + fragment + "» yang kedua",
                          "remove the second «" + fragment + "»");
                p += 2 * len;
                break;
            }
    }
}

// ---- Memperhatikan ---------------------------------------------------------------------------------

void check_memperhatikan(Context& cx)
{
    const auto& items = cx.decree.memperhatikan;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string label = items.size() == 1 ? std::string() : " angka " + item_label(items[i], i, Numbering::Number);
        if (const Inline* last = last_paragraph(items[i].blocks))
            check_ending(cx, "MEMPERHATIKAN-AKHIR", *last, ";", "butir Memperhatikan" + label,
                         "Memperhatikan item" + (label.empty() ? std::string() : label.substr(6)));
    }
}

// ---- Diktum and the Lampiran they cite -------------------------------------------------------------

namespace {

// The paragraphs of one operative unit: a diktum of a Keputusan, a Pasal of a Peraturan.
struct Operative {
    std::string name_id, name_en;  ///< "diktum KESATU", "Pasal 3"
    std::vector<const Inline*> paras;
    bool quoted = false;  ///< text an amendment quotes: cites Lampiran, but by the amended regulation's numbers
};

void collect_quoted(const std::vector<Division>& vs, std::vector<const Inline*>& paras);

void collect_clauses(const std::vector<Clause>& cs, std::vector<const Inline*>& paras);

void collect_paragraphs(const std::vector<Block>& top, std::vector<const Inline*>& paras)
{
    std::vector<const std::vector<Block>*> stack{&top};
    while (!stack.empty()) {
        const auto* blocks = stack.back();
        stack.pop_back();
        for (auto b = blocks->rbegin(); b != blocks->rend(); ++b) {
            if (!b->is_list) paras.push_back(&b->paragraph);
            else
                for (auto it = b->list.items.rbegin(); it != b->list.items.rend(); ++it) stack.push_back(&it->blocks);
        }
    }
}

void collect_clauses(const std::vector<Clause>& cs, std::vector<const Inline*>& paras)
{
    for (const Clause& c : cs) {
        collect_paragraphs(c.blocks, paras);
        collect_quoted(c.quoted, paras);
        collect_clauses(c.quoted_clauses, paras);
    }
}

void collect_quoted(const std::vector<Division>& vs, std::vector<const Inline*>& paras)
{
    for (const Division& v : vs) {
        collect_clauses(v.clauses, paras);
        collect_quoted(v.children, paras);
    }
}

}  // namespace

void check_diktum(Context& cx)
{
    const Decree& d = cx.decree;
    // A Peraturan has Pasal instead of diktum: it is not held to two diktum, its last Pasal says
    // when it takes effect, and its Pasal cite its Lampiran.
    const bool regulation = d.instrument == Instrument::Peraturan;
    const auto pasal = body_pasal(d);
    if (!regulation && d.diktum.size() < 2) {
        const SourcePos pos = d.diktum.empty() ? d.pos : d.diktum.front().pos;
        cx.report("DIKTUM-JUMLAH", pos,
                  "Keputusan memuat " + std::to_string(d.diktum.size()) +
                      " diktum; paling sedikit dua: isi keputusan dan saat mulai berlaku",
                  "the decree has " + std::to_string(d.diktum.size()) + " diktum; it needs at least two: the decision and when it takes effect");
    }
    // «Kepada : 1. … Untuk :» is an Instruksi's form: it instructs addressees; a Keputusan decides
    // (MEMUTUSKAN, Menetapkan) and addresses no one, so addressees there are the wrong <jenis> or
    // the wrong form (a new-user trial rendered «KEPUTUSAN … MEMUTUSKAN … Kepada … Untuk» unwarned)
    if (!d.kepada.empty() && !model::is_instruksi(d.meta))
        cx.report("KEPADA-JENIS", d.kepada.front().pos,
                  "<kepada> (Kepada … Untuk …) adalah bentuk Instruksi, tetapi <jenis> naskah ini «" + d.meta.kind +
                      "»: Keputusan menetapkan (Menetapkan …) tanpa pihak yang diinstruksikan",
                  "<kepada> (Kepada … Untuk …) is an Instruksi's form, but this document's <jenis> is «" + d.meta.kind +
                      "»: a Keputusan enacts (Menetapkan …) and instructs no addressees",
                  "tulis <jenis>Instruksi</jenis>, atau pindahkan isi <kepada> ke dalam diktum",
                  "write <jenis>Instruksi</jenis>, or move <kepada>'s content into the diktum");
    if (!regulation && !d.diktum.empty()) {
        const Diktum& last = d.diktum.back();
        const std::string all = text::lower(blocks_plain(last.blocks));
        if (all.find("berlaku") == std::string::npos) {
            const std::string sentence = d.meta.kind + " ini mulai berlaku pada tanggal ditetapkan.";
            cx.report("DIKTUM-BERLAKU", last.pos,
                      "diktum terakhir (" + diktum_label(d, d.diktum.size() - 1) + ") tidak menyatakan saat mulai berlaku",
                      "the last diktum (" + diktum_label(d, d.diktum.size() - 1) + ") does not say when the decree takes effect",
                      "tambahkan diktum: «" + sentence + "»", "add a diktum: «" + sentence + "»");
        }
    }
    if (regulation && !pasal.empty()) {
        const Division& last = *pasal.back();
        std::string all;
        for (const Clause& c : last.clauses) all += " " + text::lower(blocks_plain(c.blocks));
        if (all.find("berlaku") == std::string::npos) {
            const std::string sentence = short_instrument(d.meta) + " ini mulai berlaku pada tanggal diundangkan.";
            cx.report("DIKTUM-BERLAKU", last.pos, "Pasal terakhir (Pasal " + last.number + ") tidak menyatakan saat mulai berlaku",
                      "the last Pasal (Pasal " + last.number + ") does not say when the regulation takes effect",
                      "tambahkan Pasal: «" + sentence + "»", "add a Pasal: «" + sentence + "»");
        }
    }

    std::vector<std::string> labels;
    for (std::size_t i = 0; i < d.diktum.size(); ++i) labels.push_back(diktum_label(d, i));
    std::vector<Operative> units;
    for (std::size_t i = 0; i < d.diktum.size(); ++i) {
        units.push_back({"diktum " + labels[i], "diktum " + labels[i], {}});
        collect_paragraphs(d.diktum[i].blocks, units.back().paras);
    }
    // a change instruction's words are this regulation's ("… tercantum dalam Lampiran yang merupakan
    // bagian tidak terpisahkan dari Peraturan Gubernur ini"); the text it quotes is the amended one's
    for (const Division* p : pasal) {
        units.push_back({"Pasal " + p->number, "Pasal " + p->number, {}});
        for (const Clause& c : p->clauses) collect_paragraphs(c.blocks, units.back().paras);
        // the amended Pasal 8 reads "… tercantum dalam Lampiran …": the Lampiran this regulation
        // brings (Perda Kulon Progo 8/2013); its numbers may be the amended regulation's
        Operative quoted{"Pasal " + p->number, "Pasal " + p->number, {}, true};
        for (const Clause& c : p->clauses) {
            collect_quoted(c.quoted, quoted.paras);
            collect_clauses(c.quoted_clauses, quoted.paras);
        }
        if (!quoted.paras.empty()) units.push_back(std::move(quoted));
    }
    const std::string self_id = regulation ? "peraturan ini" : "keputusan ini";
    const std::string self_en = regulation ? "the regulation" : "the decree";

    const std::size_t count = d.lampiran.size();
    std::vector<bool> cited(count, false);
    for (std::size_t i = 0; i < units.size(); ++i) {
        const std::vector<const Inline*>& paras = units[i].paras;
        for (const Inline* para : paras) {
            const Text t = make_text(*para);
            const auto toks = text::words(t.s);
            int range_from = 0;
            for (std::size_t k = 0; k < toks.size(); ++k) {
                const std::string_view w = toks[k].view(t.s);
                if (w == "Diktum" && k + 1 < toks.size() && !labels.empty()) {
                    const std::string_view target = toks[k + 1].view(t.s);
                    if (!text::all_upper(target)) continue;
                    const auto it = std::find(labels.begin(), labels.end(), std::string(target));
                    const SourcePos pos = cx.at(t, toks[k + 1].begin);
                    if (it == labels.end())
                        cx.report("DIKTUM-RUJUKAN", pos, "merujuk Diktum " + std::string(target) + ", yang tidak ada (diktum: " + labels.front() + "–" + labels.back() + ")",
                                  "refers to Diktum " + std::string(target) + ", which does not exist (diktum: " + labels.front() + "–" + labels.back() + ")");
                    else if (static_cast<std::size_t>(it - labels.begin()) == i)
                        cx.report("DIKTUM-RUJUKAN", pos, "Diktum " + labels[i] + " merujuk dirinya sendiri",
                                  "Diktum " + labels[i] + " refers to itself");
                    continue;
                }
                // the verb cites a lone Lampiran too: a Perppu's enacting Undang-Undang "ditetapkan
                // menjadi Undang-Undang dan melampirkannya sebagai bagian yang tidak terpisahkan dari
                // Undang-Undang ini" (UU 12/2011 Lampiran II), a ratification "sebagaimana terlampir"
                if (count == 1 && (w == "melampirkannya" || w == "terlampir" || w == "dilampirkan" || w == "dilampirkannya")) {
                    cited[0] = true;
                    continue;
                }
                // "tercantum dalam lampiran yang …" cites it too, in lower case (KAPITAL reports the case)
                const bool lower_cited = w == "lampiran" && k > 0 && (toks[k - 1].view(t.s) == "dalam" || toks[k - 1].view(t.s) == "pada");
                if (w != "Lampiran" && !lower_cited) continue;
                int number = 0;
                std::size_t next = k + 1;
                if (next < toks.size()) number = text::from_roman(toks[next].view(t.s));
                const std::size_t after = number ? toks[next].end : toks[k].end;
                // "Lampiran II Peraturan Menteri … Nomor …" is another regulation's appendix
                std::size_t q = after;
                while (q < t.s.size() && t.s[q] == ' ') ++q;
                if (citation_at(t.s, q)) continue;
                // "Lampiran I, II, III dan IV Peraturan Daerah … Nomor 1 Tahun 2012" likewise
                if (number) {
                    std::size_t m = next + 1;
                    while (m < toks.size() && (text::from_roman(toks[m].view(t.s)) || toks[m].view(t.s) == "dan")) ++m;
                    if (m > next + 1 && m < toks.size() && citation_at(t.s, toks[m].begin)) continue;
                }
                const bool ranged = range_from > 0;
                const int from = ranged ? range_from : number;
                range_from = 0;
                if (number == 0) {
                    if (count == 0 && !units[i].quoted)
                        cx.report("LAMPIRAN-TIDAK-ADA", cx.at(t, toks[k].begin), units[i].name_id + " menyebut Lampiran, padahal " + self_id + " tidak berlampiran",
                                  units[i].name_en + " cites a Lampiran, but " + self_en + " has none");
                    else if (count == 1)
                        cited[0] = true;
                    continue;
                }
                if (static_cast<std::size_t>(number) > count && !units[i].quoted) {
                    const std::string numeral(toks[next].view(t.s));
                    const std::string have_id = count == 0   ? self_id + " tidak berlampiran"
                                                : count == 1 ? self_id + " hanya memiliki satu Lampiran"
                                                             : "Lampiran hanya sampai " + roman(static_cast<int>(count));
                    const std::string have_en = count == 0   ? self_en + " has no Lampiran"
                                                : count == 1 ? self_en + " has one Lampiran only"
                                                             : "the Lampiran end at " + roman(static_cast<int>(count));
                    cx.report("LAMPIRAN-TIDAK-ADA", cx.at(t, toks[next].begin),
                              units[i].name_id + " menyebut Lampiran " + numeral + ", padahal " + have_id,
                              units[i].name_en + " cites Lampiran " + numeral + ", but " + have_en);
                }
                for (int n = std::max(1, from); n <= number && static_cast<std::size_t>(n) <= count; ++n) cited[static_cast<std::size_t>(n - 1)] = true;
                // "Lampiran I sampai dengan Lampiran IV"
                if (next + 3 < toks.size() && toks[next + 1].view(t.s) == "sampai" && toks[next + 2].view(t.s) == "dengan")
                    range_from = number + 1;
            }
        }
    }
    for (std::size_t n = 0; n < count; ++n) {
        if (cited[n]) continue;
        const std::string name = count == 1 ? "Lampiran" : "Lampiran " + roman(static_cast<int>(n + 1));
        const std::string unit_id = regulation ? "Pasal" : "diktum", unit_en = regulation ? "Pasal" : "diktum";
        const std::string self_name = regulation ? short_instrument(d.meta) : std::string("Keputusan");
        cx.report("LAMPIRAN-RUJUKAN", d.lampiran[n].pos, name + " tidak disebut dalam " + unit_id + " mana pun",
                  name + " is not cited by any " + unit_en,
                  "sebut dalam " + unit_id + ": «… sebagaimana tercantum dalam " + name + " yang merupakan bagian tidak terpisahkan dari " + self_name + " ini»",
                  "cite it in a " + unit_en + ": «… sebagaimana tercantum dalam " + name + " yang merupakan bagian tidak terpisahkan dari " + self_name + " ini»");
    }
}

}  // namespace naskah::check
