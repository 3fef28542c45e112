// Typed labels, the title's punctuation, the signer's name, and consistency: anything typed in more
// than one place (title, issuer, number, dates, citations) must agree with the decree's own.
#include <algorithm>
#include <map>
#include <optional>
#include <vector>

#include "check/areas.hpp"
#include "check/citation.hpp"
#include "check/context.hpp"
#include "check/speller.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

using namespace naskah::model;

namespace {

// The years a decree of the Republic can bear: from its founding to a horizon no draft reaches.
constexpr int kFirstYear = 1945;
constexpr int kLastYear = 2100;


// A typed label reduced to its number: "(1)" and "1." are 1; "Pasal II" and "II." are 2 (amending
// regulations number their articles in Roman numerals); a letter label stays as it is.
std::string label_value(std::string label)
{
    label = text::strip_label(label);
    while (!label.empty() && (label.front() == '(' || label.front() == ' ')) label.erase(label.begin());
    for (const char* word : {"Pasal ", "Ayat ", "Angka ", "Huruf ", "Butir "})
        if (label.rfind(word, 0) == 0) label = label.substr(std::char_traits<char>::length(word));
    if (const int roman = text::from_roman(label); roman > 0) return std::to_string(roman);
    return label;
}

// The number or letter after a label's value: "3" after "2", "c" after "b", "C" after "B"; empty
// when there is none.
std::string successor(const std::string& v)
{
    if (!v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }) && v.size() < 9)
        return std::to_string(std::stol(v) + 1);
    if (v.size() == 1 && ((v[0] >= 'a' && v[0] < 'z') || (v[0] >= 'A' && v[0] < 'Z'))) return std::string(1, static_cast<char>(v[0] + 1));
    return {};
}

// `typed_only`: in text an amendment quotes the labels are the amended regulation's; only a
// number typed twice is checked there.
void check_labels(Context& cx, const std::vector<Item>& items, Numbering numbering, const std::string& part_id, const std::string& part_en,
                  bool typed_only = false)
{
    if (numbering == Numbering::Bullet || numbering == Numbering::Dash || numbering == Numbering::None) return;
    // a list lettered in capitals from its first item ("A.", "B.", "C.") is in sequence too: the
    // case of the letters is the office's style (Keputusan Bupati Donggala)
    const bool capital_letters = numbering == Numbering::Letter && !items.empty() && !items[0].label.empty() &&
                                 label_value(items[0].label) == "A";
    // the numbers printed before this item (its typed label, else the list's own marker), and
    // whether the one before was reported: a number is out of sequence when it does not follow
    // the number printed before it, so "1, 2, 2, 3, 4" is one slip (the second 2), not four
    std::string prev, prev2;
    bool prev_reported = false;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& it = items[i];
        std::string printed = label_value(it.label.empty() ? list_marker(numbering, i) : it.label);
        if (it.label.empty() && capital_letters) printed = text::upper(printed);
        bool reported = false;
        if (!it.label.empty() && !typed_only) {
            const std::string& got = printed;
            std::string want = label_value(list_marker(numbering, i));
            if (capital_letters) want = text::upper(want);
            // "(1)", "Pasal II" or "III." in sequence are numbered right, whatever the list's own
            // markers; so is the number after the one printed before, or after the one before
            // that when the previous was the odd one ("1, 2, 2, 4": only the second 2 is wrong)
            // (a letter after a letter in a numbered list is still the wrong kind of marker:
            // Mengingat "a., b." is a slip at each item)
            const auto numeric = [](const std::string& v) { return !v.empty() && std::isdigit(static_cast<unsigned char>(v[0])); };
            const bool same_kind = numeric(got) == numeric(want);
            const bool follows = same_kind && i > 0 && got == successor(prev);
            const bool skips_odd = same_kind && i > 1 && prev_reported && got == successor(successor(prev2));
            if (got != want && got != std::to_string(i + 1) && !follows && !skips_odd) {
                reported = true;
                cx.report("PENOMORAN", cx.attribute_pos(it.pos, "label"),
                          "label «" + it.label + "» pada butir ke-" + std::to_string(i + 1) + " " + part_id + " tidak berurutan; seharusnya «" + want + "»",
                          "label «" + it.label + "» on item " + std::to_string(i + 1) + " of " + part_en + " is out of sequence; expected «" + want + "»",
                          "hapus label=\"…\" agar naskah menomori sendiri", "drop label=\"…\" and let naskah number it");
            }
        }
        prev2 = prev;
        prev = printed;
        prev_reported = reported;
        // the item's own number typed again at the head of its text ("3. Keputusan Presiden …" in
        // item 3): printed twice, once by the list and once by the text
        if (const Inline* p = first_paragraph(it.blocks); p && (numbering == Numbering::Number || numbering == Numbering::Letter)) {
            const Text t = make_text(*p);
            std::size_t b = 0;
            while (b < t.s.size() && t.s[b] == ' ') ++b;
            std::string own = label_value(it.label.empty() ? list_marker(numbering, i) : it.label);
            std::size_t e = b;
            while (e < t.s.size() && std::isalnum(static_cast<unsigned char>(t.s[e]))) ++e;
            const std::string typed = t.s.substr(b, e - b);
            const bool marked = e > b && e + 1 < t.s.size() && (t.s[e] == '.' || t.s[e] == ')') && t.s[e + 1] == ' ';
            if (marked && !own.empty() && (typed == own || (numbering == Numbering::Number && typed == std::to_string(i + 1))))
                cx.report("PENOMORAN", cx.at(t, b),
                          "nomor butir ke-" + std::to_string(i + 1) + " " + part_id + " diketik lagi di awal teksnya («" + t.s.substr(b, e + 1 - b) +
                              "»): nomor tercetak dua kali",
                          "the number of item " + std::to_string(i + 1) + " of " + part_en + " is typed again at the head of its text («" +
                              t.s.substr(b, e + 1 - b) + "»): it prints twice",
                          "hapus «" + t.s.substr(b, e + 2 - b) + "» dari teks", "remove «" + t.s.substr(b, e + 2 - b) + "» from the text");
        }
        for (const auto& b : it.blocks)
            if (b.is_list) check_labels(cx, b.list.items, b.list.numbering, part_id, part_en, typed_only);
    }
}

void check_nested(Context& cx, const std::vector<Block>& blocks, const std::string& part_id, const std::string& part_en,
                  bool typed_only = false)
{
    for (const auto& b : blocks)
        if (b.is_list) check_labels(cx, b.list.items, b.list.numbering, part_id, part_en, typed_only);
}

// Text of several inline lines joined by spaces, keeping the way back to each line.
Text join_lines(const std::vector<Inline>& lines)
{
    Text out;
    for (const auto& l : lines) {
        Text t = make_text(l);
        if (t.empty()) continue;
        if (!out.s.empty()) out.s += ' ';
        const std::size_t shift = out.s.size();
        if (out.segs.empty()) out.pos = t.pos;
        out.s += t.s;
        for (auto seg : t.segs) {
            seg.begin += shift;
            seg.end += shift;
            out.segs.push_back(seg);
        }
    }
    return out;
}

std::size_t first_letter_of(const std::string& s)
{
    std::size_t b = 0;
    while (b < s.size() && s[b] == ' ') ++b;
    return b;
}

// A placeholder on either side makes a comparison meaningless; ISIAN reports it.
bool has_placeholder(std::string_view s) { return s.find("\xE2\x80\xA6") != std::string_view::npos || s.find("...") != std::string_view::npos; }

// Position of the first difference of a diff in the found text.
std::size_t hunk_offset(const std::vector<text::Token>& bt, const text::DiffHunk& h, std::size_t fallback)
{
    if (h.b_begin < bt.size()) return bt[h.b_begin].begin;
    if (!bt.empty()) return bt.back().end;
    return fallback;
}

const char* kMonths[] = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"};

int month_number(std::string_view w)
{
    for (int m = 0; m < 12; ++m)
        if (w == kMonths[m]) return m + 1;
    if (w == "Pebruari") return 2;
    if (w == "Nopember") return 11;
    return 0;
}

std::string date_text(const Date& d) { return std::to_string(d.day) + " " + kMonths[d.month - 1] + " " + std::to_string(d.year); }

struct Quote {
    Text text;
    std::string where_id, where_en;
};

// Paragraphs of Menimbang, Mengingat, Memperhatikan and the diktum, with where they are.
std::vector<Quote> body_paragraphs(const Decree& d)
{
    std::vector<Quote> out;
    auto add_items = [&](const std::vector<Item>& items, Numbering n, const std::string& part_id, const std::string& part_en,
                         const char* unit_id, const char* unit_en) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string label = items[i].label.empty() ? text::strip_label(list_marker(n, i)) : text::strip_label(items[i].label);
            // a part with one item has no number to name
            const std::string where_id = items.size() == 1 ? part_id : part_id + " " + unit_id + " " + label;
            const std::string where_en = items.size() == 1 ? part_en : part_en + " " + unit_en + " " + label;
            std::vector<const std::vector<Block>*> stack{&items[i].blocks};
            while (!stack.empty()) {
                const auto* blocks = stack.back();
                stack.pop_back();
                for (const auto& b : *blocks) {
                    if (!b.is_list) out.push_back({make_text(b.paragraph), where_id, where_en});
                    else
                        for (const auto& it : b.list.items) stack.push_back(&it.blocks);
                }
            }
        }
    };
    add_items(d.menimbang, Numbering::Letter, "Menimbang", "Menimbang", "huruf", "item");
    add_items(d.mengingat, Numbering::Number, "Mengingat", "Mengingat", "angka", "item");
    add_items(d.memperhatikan, Numbering::Number, "Memperhatikan", "Memperhatikan", "angka", "item");
    // a Peraturan's Pasal, with their diktum's place in the rules below ("Pasal" like "Diktum": dates
    // in them may lie ahead); text quoted by an amendment is the amended regulation's
    for (const Division* p : body_pasal(d))
        for (const Clause& c : p->clauses) {
            std::vector<const std::vector<Block>*> stack{&c.blocks};
            while (!stack.empty()) {
                const auto* blocks = stack.back();
                stack.pop_back();
                for (const auto& b : *blocks) {
                    if (!b.is_list) out.push_back({make_text(b.paragraph), "Pasal " + p->number, "Pasal " + p->number});
                    else
                        for (const auto& it : b.list.items) stack.push_back(&it.blocks);
                }
            }
        }
    for (std::size_t i = 0; i < d.diktum.size(); ++i) {
        std::vector<const std::vector<Block>*> stack{&d.diktum[i].blocks};
        while (!stack.empty()) {
            const auto* blocks = stack.back();
            stack.pop_back();
            for (const auto& b : *blocks) {
                if (!b.is_list) out.push_back({make_text(b.paragraph), "Diktum " + diktum_label(d, i), "Diktum " + diktum_label(d, i)});
                else
                    for (const auto& it : b.list.items) stack.push_back(&it.blocks);
            }
        }
    }
    return out;
}

// The institution an issuer heads, as a kop names it: "Bupati Malang" → "Kabupaten Malang",
// "Rektor Universitas Islam Negeri Walisongo Semarang" → "Universitas Islam Negeri Walisongo
// Semarang". An issuer that is an institution already comes back as it is.
std::string institution_of(const std::string& issuer)
{
    // the office of an eselon-I official of a ministry is its unit: a Direktur Jenderal heads a
    // Direktorat Jenderal (Permendikbud/Permenristekdikti tata naskah dinas), a Kepala Badan a Badan
    static const std::pair<const char*, const char*> kOfficials[] = {
        {"Bupati ", "Kabupaten "},
        {"Wali Kota ", "Kota "},
        {"Walikota ", "Kota "},
        {"Gubernur ", "Provinsi "},
        {"Menteri ", "Kementerian "},
        {"Direktur Jenderal ", "Direktorat Jenderal "},
        {"Sekretaris Jenderal ", "Sekretariat Jenderal "},
        {"Inspektur Jenderal ", "Inspektorat Jenderal "},
        {"Rektor ", ""},
        // a regional company's board (Direksi Perusahaan Umum Daerah Air Minum …) and its president
        // director: the kop names the company
        {"Direksi ", ""},
        {"Direktur Utama ", ""},
        {"Ketua ", ""},
        {"Kepala ", ""},
        {"Direktur ", ""},
        {"Sekretaris ", ""}};
    for (const auto& [official, institution] : kOfficials) {
        const std::string o = official;
        // the eselon-I title alone ("Sekretaris Jenderal", the ministry unnamed) heads its unit, not
        // a "Jenderal" that "Sekretaris " would leave
        if (text::lower(issuer + " ") == text::lower(o) && std::string(institution).find("Jenderal") != std::string::npos) {
            std::string unit = institution;
            unit.pop_back();
            return unit;
        }
        if (issuer.size() > o.size() && (issuer.rfind(o, 0) == 0 || text::lower(issuer).rfind(text::lower(o), 0) == 0))
            return institution + issuer.substr(o.size());
    }
    return issuer;
}

// The certifying office of a salinan is often the unit that keeps the originals rather than the
// issuer: the Sekretariat Kabinet or Kementerian Sekretariat Negara for the President ("Deputi
// Sekretaris Kabinet Bidang Hukum", "Bidang Hukum dan Perundang-undangan"), a legal subunit for a
// region ("Ka. Sub Bag. Dokumentasi dan Sosialisasi Produk Hukum"). Such a unit is compared only
// when it names a region, where a neighbour's name copied in shows.
bool certifying_unit(const std::string& office)
{
    for (const char* unit : {"Deputi", "Asisten Deputi", "Sekretariat Kabinet", "Kementerian Sekretariat Negara", "Sekretariat Negara",
                             "Biro", "Bagian", "Bidang", "Subbagian", "Sub Bagian", "Ka. Sub", "Kasubbag", "Kasubag", "Kepala Bagian",
                             "Kabag"})
        if (office.rfind(unit, 0) == 0) {
            for (const char* area : {"Kabupaten", "Kota ", "Provinsi"})
                if (office.find(area) != std::string::npos) return false;
            return true;
        }
    return false;
}

// A certifier's title that ends with a bare unit ("Kepala Biro", "Kepala Bagian", "Kabag")
// leaves the unit's name to the office: jabatan="Kepala Biro" kantor="Hukum dan Organisasi" is the
// Biro Hukum dan Organisasi, one printed line split in two. The office is then the unit's name,
// and a certifying unit as certifying_unit() knows them. A title that names its unit in full
// ("Kepala Biro Hukum") leaves the office to name the institution, which is compared.
bool certifying_unit_split(const std::string& title, const std::string& office)
{
    const auto ws = text::words(title);
    if (ws.empty() || office.empty()) return false;
    const std::string last = text::lower(ws.back().view(title));
    bool bare_unit = false;
    for (const char* u : {"biro", "bagian", "bidang", "subbagian", "deputi", "kabag", "kasubbag", "kasubag"}) bare_unit = bare_unit || last == u;
    if (!bare_unit) return false;
    std::string t = title;
    if (text::lower(t).rfind("kepala ", 0) == 0) t.erase(0, 7);
    return certifying_unit(t + " " + office);
}

// Other names of the office an official's institution may go by: a Direktur's is a Direktorat
// and a Sekretaris's a Sekretariat, beside the name without the title institution_of() gives.
std::vector<std::string> institutions_of(const std::string& issuer)
{
    std::vector<std::string> out{institution_of(issuer)};
    for (const auto& [official, office] : {std::pair<const char*, const char*>{"direktur ", "Direktorat "}, {"sekretaris ", "Sekretariat "}}) {
        const std::string o = official;
        if (issuer.size() > o.size() && text::lower(issuer).rfind(o, 0) == 0) out.push_back(office + issuer.substr(o.size()));
    }
    return out;
}

// A national office or institution is named with and without "Republik Indonesia": "Presiden" and
// "Presiden Republik Indonesia", "Menteri Riset, Teknologi, dan Pendidikan Tinggi" in the Menimbang
// of a regulation whose <penerbit> adds "Republik Indonesia", "Kementerian …" in the kop. Only a
// national name ends so, and the tail is optional on either side (case aside). Where "Negara"
// comes before it ("Kepolisian Negara Republik Indonesia") it is part of the name itself.
std::string without_republik(const std::string& name)
{
    std::string s = name;
    while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.pop_back();
    const std::string ri = " republik indonesia";
    if (s.size() <= ri.size() || text::lower(s.substr(s.size() - ri.size())) != ri) return name;
    s.erase(s.size() - ri.size());
    while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.pop_back();
    const std::string neg = " negara";
    if (s.empty() || (s.size() >= neg.size() && text::lower(s.substr(s.size() - neg.size())) == neg) || text::lower(s) == "negara") return name;
    return s;
}

// An eselon-I official of a ministry ("Direktur Jenderal Pembelajaran dan Kemahasiswaan
// Kementerian Riset, Teknologi, dan Pendidikan Tinggi"): the official's own title (the unit) and
// the ministry it belongs to. The title is often written without the ministry (in <pejabat>, the
// certification, "Keputusan Direktur Jenderal … tentang"), and the kop puts the ministry above the
// unit (Permendikbud/Permenristekdikti tata naskah dinas). The ministry's word is found by its
// stem ("Kementerin" misspelt is EJAAN's finding where it stands) and written right here.
struct EselonOne {
    std::string unit;      ///< "Direktur Jenderal Pembelajaran dan Kemahasiswaan"
    std::string ministry;  ///< "Kementerian Riset, Teknologi, dan Pendidikan Tinggi Republik Indonesia"
};

std::optional<EselonOne> eselon_one(const std::string& issuer)
{
    const std::string lower = text::lower(issuer);
    std::size_t title = 0;
    for (const char* t : {"direktur jenderal ", "sekretaris jenderal ", "inspektur jenderal ", "kepala badan "})
        if (lower.rfind(t, 0) == 0) title = std::string(t).size();
    if (title == 0) return std::nullopt;
    for (const auto& w : text::words(issuer)) {
        if (w.begin <= title) continue;  // the unit has a name of at least one word
        const std::string lw = text::lower(w.view(issuer));
        const bool kementerian = lw.rfind("kement", 0) == 0;
        if (!kementerian && lw != "departemen") continue;
        std::string unit = issuer.substr(0, w.begin);
        while (!unit.empty() && (unit.back() == ' ' || unit.back() == ',')) unit.pop_back();
        const std::size_t end = w.begin + w.view(issuer).size();
        const std::string rest = issuer.substr(end);
        if (rest.empty()) return std::nullopt;
        return EselonOne{unit, (kementerian ? std::string("Kementerian") : std::string("Departemen")) + rest};
    }
    return std::nullopt;
}

// Whether a text names a ministry: then it is compared with the issuer's, not passed as the unit alone.
bool names_ministry(const std::string& s)
{
    for (const auto& w : text::words(s)) {
        const std::string lw = text::lower(w.view(s));
        if (lw.rfind("kement", 0) == 0 || lw == "departemen") return true;
    }
    return false;
}

bool agrees(const std::string& a, const std::string& b, const text::DiffOptions& opt)
{
    const auto at = text::tokenize(a);
    const auto bt = text::tokenize(b);
    return text::diff_tokens(a, at, b, bt, opt).empty();
}

// The issuer named another way that is the same office: without "Republik Indonesia" on either
// side, an eselon-I official without the ministry.
bool same_issuer(const std::string& issuer, const std::string& found, const text::DiffOptions& opt)
{
    std::vector<std::string> names{issuer};
    if (const auto e = eselon_one(issuer); e && !names_ministry(found)) names.push_back(e->unit);
    for (const auto& n : names) {
        const std::string x = without_republik(n), y = without_republik(found);
        if ((x != n || y != found || n != issuer) && agrees(x, y, opt)) return true;
    }
    return false;
}

// The institution another way: without "Republik Indonesia", a Direktorat for a Direktur, and an
// eselon-I unit alone or under its ministry (the kop's two lines).
bool same_institution(const std::string& issuer, const std::string& found, const text::DiffOptions& opt)
{
    std::vector<std::string> names = institutions_of(issuer);
    if (const auto e = eselon_one(issuer))
        for (const auto& unit : institutions_of(e->unit)) {
            if (!names_ministry(found)) names.push_back(unit);
            names.push_back(e->ministry + " " + unit);
            names.push_back(without_republik(e->ministry) + " " + unit);
        }
    for (const auto& n : names)
        if (agrees(n, found, opt) || agrees(without_republik(n), without_republik(found), opt)) return true;
    return false;
}

// Every difference is a word of <penerbit> that no list knows, a letter or two from the word the
// other text writes («Komisi Pemilhan Umum» against the kop's «KOMISI PEMILIHAN UMUM»): the slip is in
// <penerbit>, which EJAAN reports there; KONSISTEN-PENERBIT would point at the right text and
// offer the misspelt word as its fix.
bool slip_in_penerbit(const std::string& issuer, const std::vector<text::Token>& at, const std::string& found,
                      const std::vector<text::Token>& bt, const std::vector<text::DiffHunk>& hunks)
{
    Speller* sp = Speller::instance();
    if (!sp || hunks.empty()) return false;
    for (const auto& h : hunks) {
        if (h.a_end != h.a_begin + 1 || h.b_end != h.b_begin + 1) return false;
        const std::string wa = text::lower(at[h.a_begin].view(issuer)), wb = text::lower(bt[h.b_begin].view(found));
        if (text::cp_count(wa) < 5 || sp->in_lexicon(wa) || sp->known(wa) || !sp->in_lexicon(wb) || text::edit_distance(wa, wb) > 2) return false;
    }
    return true;
}

// a short name in brackets after the issuer («Badan Pengawas Tenaga Nuklir (BAPETEN)», a legal
// database's «Presiden Republik Indonesia (KEPPRES)») is an alias: the official's title line, the
// kop and the closing Menimbang name the issuer without it
std::string without_alias(const std::string& issuer)
{
    if (issuer.empty() || issuer.back() != ')') return issuer;
    const std::size_t open = issuer.rfind(" (");
    if (open == std::string::npos || issuer.size() - open < 5) return issuer;
    for (std::size_t k = open + 2; k + 1 < issuer.size(); ++k)
        if (!std::isupper(static_cast<unsigned char>(issuer[k])) && issuer[k] != '-') return issuer;
    return issuer.substr(0, open);
}

// the issuer as a passage should name it: without the alias unless the passage writes the alias too
std::string issuer_as_in(const std::string& issuer, std::string_view passage)
{
    const std::string bare = without_alias(issuer);
    if (bare.size() < issuer.size() && passage.find(std::string_view(issuer).substr(bare.size())) == std::string_view::npos) return bare;
    return issuer;
}

void check_issuer_in(Context& cx, const Text& found, bool trim_leading, bool trim_trailing, const std::string& what_id,
                     const std::string& what_en, bool institution = false)
{
    if (cx.decree.meta.issuer.empty() || found.empty() || has_placeholder(cx.decree.meta.issuer) || has_placeholder(found.s)) return;
    std::string issuer = issuer_as_in(cx.decree.meta.issuer, found.s);
    const auto bt = text::tokenize(found.s);
    text::DiffOptions opt;
    opt.ignore_case = true;
    opt.trim_leading_extra = trim_leading;
    opt.trim_trailing_extra = trim_trailing;
    auto at = text::tokenize(issuer);
    auto hunks = text::diff_tokens(issuer, at, found.s, bt, opt);
    if (hunks.empty() || same_issuer(issuer, found.s, opt)) return;
    if (institution && same_institution(issuer, found.s, opt)) return;
    // an eselon-I official titled without the ministry ("Keputusan Sekretaris Jenderal", as the
    // Kementerian Pekerjaan Umum heads its secretary general's decrees): the kop and the certifying
    // office name the ministry above the unit, which <penerbit> leaves unnamed
    if (institution && !names_ministry(issuer) && names_ministry(found.s)) {
        const std::string li = text::lower(issuer);
        for (const char* t : {"sekretaris jenderal", "direktur jenderal", "inspektur jenderal"})
            if (li.rfind(t, 0) == 0) return;
    }
    // a unit's head issues under the institution it belongs to, and the kop names that institution:
    // «KOMISI YUDISIAL / REPUBLIK INDONESIA» over the Sekretaris Jenderal Komisi Yudisial Republik
    // Indonesia (Peraturan 6/2014), as a ministry's kop stands over its Direktur Jenderal
    if (institution) {
        const auto words = text::words(issuer);
        for (std::size_t k = 1; k < words.size(); ++k) {
            const std::string_view head = words[k].view(issuer);
            bool body = false;
            for (const char* h : {"Komisi", "Kementerian", "Badan", "Lembaga", "Mahkamah", "Dewan", "Majelis", "Kejaksaan", "Kepolisian",
                                  "Universitas", "Institut", "Arsip", "Perpustakaan", "Ombudsman"})
                body = body || head == h;
            if (!body) continue;
            if (agrees(issuer.substr(words[k].begin), found.s, opt)) return;
            break;  // the first institution named is the one above the unit
        }
    }
    // a kop may carry the institution's acronym: "BAN-PT" for Badan Akreditasi Nasional Perguruan Tinggi
    if (institution) {
        std::string initials;
        for (const auto& w : text::words(issuer)) {
            const std::string_view v = w.view(issuer);
            if (text::starts_upper(v)) initials += v[0];
        }
        // a kop's letters may be spaced out ("L A P A N"): a run of single capitals is one word
        std::vector<std::string> candidates;
        std::string run;
        for (const auto& w : text::words(found.s)) {
            std::string letters;
            for (char c : w.view(found.s))
                if (c != '-' && c != '.') letters += c;
            if (letters.size() == 1 && std::isupper(static_cast<unsigned char>(letters[0]))) {
                run += letters;
                continue;
            }
            if (run.size() >= 2) candidates.push_back(run);
            run.clear();
            candidates.push_back(letters);
        }
        if (run.size() >= 2) candidates.push_back(run);
        // an acronym built from syllables ("LAPAN" for Lembaga Penerbangan dan Antariksa Nasional):
        // capitals only, the institution's first letter first, the rest in the name's order
        const std::string name = text::lower(institution_of(issuer));
        auto syllable_acronym = [&](const std::string& a) {
            if (a.size() < 3 || a.size() > 10 || name.empty() || std::tolower(static_cast<unsigned char>(a[0])) != name[0]) return false;
            std::size_t k = 0;
            for (char c : a) {
                if (!std::isupper(static_cast<unsigned char>(c))) return false;
                k = name.find(static_cast<char>(std::tolower(static_cast<unsigned char>(c))), k);
                if (k == std::string::npos) return false;
                ++k;
            }
            return true;
        };
        for (const auto& letters : candidates)
            if ((initials.size() >= 2 && letters == initials) || syllable_acronym(letters)) return;
    }
    // a regional office's kop names the region's government above the office (Permendagri
    // 80/2015 Lampiran: «PEMERINTAH PROVINSI KALIMANTAN BARAT / DINAS KOMUNIKASI DAN INFORMATIKA»
    // for the Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat)
    if (institution) {
        const std::string inst = institution_of(issuer);
        for (const char* area : {" Provinsi ", " Kabupaten ", " Kota "}) {
            const std::size_t p = inst.find(area);
            if (p == std::string::npos || p == 0) continue;
            const std::string stacked = "Pemerintah " + inst.substr(p + 1) + " " + inst.substr(0, p);
            const auto st = text::tokenize(stacked);
            if (text::diff_tokens(stacked, st, found.s, bt, opt).empty()) return;
        }
    }
    // a kop and a certifying office may name the institution rather than the official who heads
    // it ("Pemerintah Kabupaten Malang" for "Bupati Malang"); either is right
    if (institution && institution_of(issuer) != issuer) {
        issuer = institution_of(issuer);
        at = text::tokenize(issuer);
        hunks = text::diff_tokens(issuer, at, found.s, bt, opt);
        if (hunks.empty()) return;
    }
    // a regional regulation's issuer is its region; its kop and official name the head of it
    // ("Gubernur Sulawesi Utara" for "Provinsi Sulawesi Utara"); a board's decree (Keputusan
    // Direksi of a regional company) is signed by its president director, or a director
    for (const auto& [region, head] : {std::pair<const char*, const char*>{"Provinsi ", "Gubernur "}, {"Kabupaten ", "Bupati "}, {"Kota ", "Wali Kota "},
                                       {"Direksi ", "Direktur Utama "}, {"Direksi ", "Direktur "}}) {
        const std::string r = region;
        if (cx.decree.meta.issuer.rfind(r, 0) != 0) continue;
        const std::string official = head + cx.decree.meta.issuer.substr(r.size());
        const auto ot = text::tokenize(official);
        if (text::diff_tokens(official, ot, found.s, bt, opt).empty()) return;
    }
    // a Peraturan Pemerintah is the Government's and is set by the President (UU 12/2011 Pasal 1
    // angka 5): «PERATURAN PEMERINTAH REPUBLIK INDONESIA» is signed «PRESIDEN REPUBLIK INDONESIA,»
    // (PP 67/2000, PP 21/2003), as a Perda of a Provinsi is signed by its Gubernur
    if (text::lower(cx.decree.meta.issuer) == "pemerintah republik indonesia") {
        const std::string official = "Presiden Republik Indonesia";
        const auto ot = text::tokenize(official);
        if (text::diff_tokens(official, ot, found.s, bt, opt).empty()) return;
    }
    // a director's line that names another company is compared as a director's line: what differs is
    // the company, not a missing «Direksi»
    bool director_line = false;
    for (const char* head : {"Direktur Utama ", "Direktur "})
        if (issuer.rfind("Direksi ", 0) == 0 && found.s.rfind(head, 0) == 0) {
            director_line = true;
            issuer = head + issuer.substr(8);
            at = text::tokenize(issuer);
            hunks = text::diff_tokens(issuer, at, found.s, bt, opt);
            if (hunks.empty()) return;
            break;
        }
    const bool named_as_issued = director_line || issuer == cx.decree.meta.issuer || issuer == without_alias(cx.decree.meta.issuer);
    std::string against_id = named_as_issued ? "<penerbit>" : "lembaga penerbit";
    std::string against_en = named_as_issued ? "<penerbit>" : "the issuer's institution";
    // an eselon-I official named without the ministry is compared with the title alone
    if (const auto e = eselon_one(cx.decree.meta.issuer); e && !institution && !names_ministry(found.s)) {
        issuer = e->unit;
        at = text::tokenize(issuer);
        hunks = text::diff_tokens(issuer, at, found.s, bt, opt);
        if (hunks.empty()) return;
        against_id = "jabatan dalam <penerbit>";
        against_en = "the office in <penerbit>";
    }
    if (slip_in_penerbit(issuer, at, found.s, bt, hunks)) return;
    const std::string diff_id = text::describe_diff(issuer, at, found.s, bt, hunks, false);
    const std::string diff_en = text::describe_diff(issuer, at, found.s, bt, hunks, true);
    cx.report("KONSISTEN-PENERBIT", cx.at(found, hunk_offset(bt, hunks.front(), 0)),
              what_id + " berbeda dengan " + against_id + " «" + issuer + "»: " + diff_id,
              what_en + " differs from " + against_en + " «" + issuer + "»: " + diff_en);
}

}  // namespace

void check_numbering(Context& cx)
{
    const Decree& d = cx.decree;
    check_labels(cx, d.menimbang, Numbering::Letter, "Menimbang", "Menimbang");
    check_labels(cx, d.mengingat, Numbering::Number, "Mengingat", "Mengingat");
    check_labels(cx, d.memperhatikan, Numbering::Number, "Memperhatikan", "Memperhatikan");
    check_labels(cx, d.kepada, Numbering::Number, "Kepada", "Kepada");
    // after a label out of sequence the count goes on from it: KESATU, KEDUA, KEEMPAT, KELIMA is
    // one slip (KETIGA missing), not two
    long shift = 0;
    for (std::size_t i = 0; i < d.diktum.size(); ++i) {
        const Diktum& dk = d.diktum[i];
        if (!dk.label.empty()) {
            const long n = static_cast<long>(i) + shift;  // the expected ordinal, from 0
            const std::string want = upper_id(ordinal_id(static_cast<int>(n + 1)));
            // articles of a regulation ("Pasal 1", "Pasal I" in an amending one) in sequence are right too
            // older decrees count PERTAMA, KEDUA, …: the same sequence in another word
            static const char* kPertama[] = {"PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH"};
            const bool pertama = n >= 0 && n < 10 && upper_id(dk.label) == kPertama[n];
            const bool wrong = upper_id(dk.label) != want && !pertama && label_value(dk.label) != std::to_string(i + 1);
            if (wrong)
                for (int k = 0; k < 10; ++k)
                    if (upper_id(dk.label) == upper_id(ordinal_id(k + 1)) || upper_id(dk.label) == kPertama[k]) shift = k - static_cast<long>(i);
            if (wrong)
                cx.report("PENOMORAN", cx.attribute_pos(dk.pos, "label"),
                          "label diktum ke-" + std::to_string(i + 1) + " «" + dk.label + "» tidak berurutan; seharusnya «" + want + "»",
                          "the label of diktum " + std::to_string(i + 1) + " «" + dk.label + "» is out of sequence; expected «" + want + "»",
                          "hapus label=\"…\" agar naskah menamai diktum sendiri", "drop label=\"…\" and let naskah name the diktum");
        }
        check_nested(cx, dk.blocks, "Diktum " + diktum_label(d, i), "Diktum " + diktum_label(d, i));
    }
    for (const auto& l : d.lampiran)
        for (const auto& c : l.content)
            if (const auto* b = std::get_if<Block>(&c); b && b->is_list) check_labels(cx, b->list.items, b->list.numbering, "Lampiran", "the Lampiran");
    // lists in a Peraturan's Pasal and ayat (quoted amended text keeps the amended regulation's labels)
    for (const Division* p : body_pasal(d))
        for (const Clause& c : p->clauses)
            if (c.kind != Clause::Kind::Change) {
                check_nested(cx, c.blocks, "Pasal " + p->number, "Pasal " + p->number);
            } else {
                // the amended text it quotes: only a number typed twice
                std::vector<const Clause*> quoted;
                for (const auto& q : c.quoted_clauses) quoted.push_back(&q);
                std::vector<const Division*> divs;
                for (const auto& q : c.quoted) divs.push_back(&q);
                while (!divs.empty()) {
                    const Division* v = divs.back();
                    divs.pop_back();
                    for (const auto& ch : v->children) divs.push_back(&ch);
                    for (const auto& q : v->clauses) quoted.push_back(&q);
                }
                for (const Clause* q : quoted) check_nested(cx, q->blocks, "Pasal " + p->number, "Pasal " + p->number, true);
            }

    // function words inside a title are written in lower case: "Pembentukan Tim Kerja dan Sekretariat"
    {
        const Text t = make_text(d.meta.title);
        if (!text::all_upper(t.s)) {
            static const char* kFunctionWords[] = {"dan", "atau", "di", "ke", "dari", "yang", "untuk", "pada", "dalam", "dengan", "terhadap",
                                                   "oleh", "serta", "bagi", "tentang", "atas", "sebagai", "melalui", "antara"};
            const auto ws = text::words(t.s);
            for (std::size_t k = 1; k < ws.size(); ++k) {
                const std::string w(ws[k].view(t.s));
                const std::string lw = text::lower(w);
                if (w == lw || text::all_upper(w)) continue;
                bool function_word = false;
                for (const char* f : kFunctionWords) function_word = function_word || lw == f;
                if (!function_word) continue;
                // part of a name: Kementerian Dalam Negeri, Luar Negeri
                if (k + 1 < ws.size() && (lw == "dalam" || lw == "luar") && text::lower(ws[k + 1].view(t.s)) == "negeri") continue;
                cx.report("JUDUL-HURUF", cx.at(t, ws[k].begin), "kata «" + w + "» dalam judul (tentang) ditulis dengan huruf kecil",
                          "the word «" + w + "» in the title (tentang) is written in lower case", "maksud Anda: " + lw + "?",
                          "did you mean: " + lw + "?");
            }
        }
    }

    // the title is printed in capitals under TENTANG, with no final punctuation
    const Text title = make_text(d.meta.title);
    std::size_t e = title.s.size();
    while (e > 0 && title.s[e - 1] == ' ') --e;
    if (e > 0) {
        const char c = title.s[e - 1];
        if (c == '.' || c == ',' || c == ';' || c == ':')
            cx.report("JUDUL-AKHIR", cx.at(title, e - 1), std::string("judul (tentang) diakhiri «") + c + "»; judul ditulis tanpa tanda baca di akhir",
                      std::string("the title (tentang) ends with «") + c + "»; a title has no final punctuation",
                      std::string("hapus «") + c + "»", std::string("remove «") + c + "»");
    }
}

// ---- signature -------------------------------------------------------------------------------------

void check_signature(Context& cx)
{
    const Signer& s = cx.decree.meta.signer;
    if (s.name.empty() || cx.convention_degrees_allowed()) return;  // the house style's own convention is no finding
    // UU 12/2011 Lampiran II: "nama lengkap pejabat … tanpa gelar dan pangkat"
    static const char* prefixes[] = {"Prof", "Dr", "Drs", "Dra", "Ir", "H", "Hj", "KH", "K.H", "dr", "drg", "Ns", "apt", "Ustadz",
                                     "Jenderal", "Letjen", "Mayjen", "Brigjen", "Kolonel", "Letkol", "Mayor", "Kapten",
                                     "Lettu", "Letda", "Laksamana", "Marsekal", "Komjen", "Irjen", "Brigjen", "Kombes",
                                     "AKBP", "Kompol", "AKP", "Iptu", "Ipda"};
    static const char* degrees[] = {"SH", "SE", "ST", "SP", "SIP", "SSos", "SPd", "SKom", "SAg", "SHI", "SKM", "SS", "SM",
                                    "MH", "MM", "MSi", "MSc", "MA", "MAP", "MPd", "MT", "MKn", "MAk", "MBA", "MKes", "PhD", "LLM",
                                    "AMd", "BA", "Bsc", "MPA", "MAg"};
    const Text t = make_text(s.name, cx.attribute_pos(s.pos, "nama"), Anchor::Attribute);
    std::vector<std::pair<std::size_t, std::size_t>> found;  // byte ranges of titles and degrees
    const std::size_t comma = t.s.find(',');
    std::size_t i = 0;
    bool leading = true;
    while (i < t.s.size()) {
        while (i < t.s.size() && t.s[i] == ' ') ++i;
        std::size_t e = i;
        while (e < t.s.size() && t.s[e] != ' ') ++e;
        if (e == i) break;
        std::string w = t.s.substr(i, e - i);
        while (!w.empty() && w.back() == ',') w.pop_back();
        std::string bare;
        for (char c : w)
            if (c != '.') bare += c;
        bool hit = false;
        if (comma != std::string::npos && i > comma) {
            hit = true;  // names carry no comma: what follows one is a list of degrees
        } else if (leading) {
            for (const char* p : prefixes)
                if (bare == p && (w.find('.') != std::string::npos || w == p)) hit = true;
        }
        if (!hit && std::count(w.begin(), w.end(), '.') >= 2) hit = true;  // "S.H.", "M.Si."
        if (!hit && i > 0 && (w.find('.') != std::string::npos || text::all_upper(w)))
            for (const char* dg : degrees)
                if (text::lower(bare) == text::lower(dg)) hit = true;
        if (hit) found.push_back({i, e});
        else leading = false;
        i = e;
    }
    if (found.empty()) return;
    std::string clean, list;
    for (std::size_t k = 0, f = 0; k < t.s.size();) {
        if (f < found.size() && k == found[f].first) {
            std::string part = t.s.substr(found[f].first, found[f].second - found[f].first);
            while (!part.empty() && part.back() == ',') part.pop_back();
            list += (list.empty() ? "" : " ") + part;
            k = found[f].second;
            ++f;
            continue;
        }
        clean += t.s[k++];
    }
    // tidy what the removed words leave behind
    std::string tidy;
    for (char c : clean) {
        if (c == ',') continue;
        if (c == ' ' && (tidy.empty() || tidy.back() == ' ')) continue;
        tidy += c;
    }
    while (!tidy.empty() && tidy.back() == ' ') tidy.pop_back();
    while (!list.empty() && list.back() == ',') list.pop_back();
    cx.report("TTD-GELAR", cx.at(t, found.front().first),
              "nama penanda tangan memuat gelar atau pangkat («" + list + "»); nama ditulis lengkap tanpa gelar dan pangkat",
              "the signer's name carries a degree or rank («" + list + "»); the name is written in full without degrees or ranks",
              tidy.empty() ? "" : "maksud Anda: " + tidy + "?", tidy.empty() ? "" : "did you mean: " + tidy + "?");
}

// ---- consistency -----------------------------------------------------------------------------------

void check_consistency(Context& cx)
{
    const Decree& d = cx.decree;
    const Metadata& m = d.meta;
    // a final mark on <tentang> is JUDUL-AKHIR's finding; quotes are compared without it
    std::string title = m.title.plain();
    while (!title.empty() && (title.back() == '.' || title.back() == ',' || title.back() == ';' || title.back() == ':' || title.back() == ' '))
        title.pop_back();

    // the issuer in the official's title, the kop and the certification
    if (!m.official.empty())
        check_issuer_in(cx, make_text(m.official, m.official_pos, Anchor::ElementContent), true, false, "nama penerbit dalam <pejabat>",
                        "the issuer's name in <pejabat>");
    // a regulation printed in the state gazette carries its masthead, not the issuer's kop
    const bool gazette = !m.kop_lines.empty() && text::lower(m.kop_lines.front().plain()).rfind("berita negara", 0) == 0;
    // the kop's address and contact lines (<baris jenis="alamat">: street, telephone, e-mail) name
    // no issuer; only the name lines are compared
    std::vector<Inline> kop_names;
    for (std::size_t k = 0; k < m.kop_lines.size(); ++k)
        if (k >= m.kop_address.size() || !m.kop_address[k]) kop_names.push_back(m.kop_lines[k]);
    if (!kop_names.empty() && !gazette) check_issuer_in(cx, join_lines(kop_names), true, true, "kop", "the kop", true);
    if (m.certification && !m.certification->office.empty() && !certifying_unit(m.certification->office) && !certifying_unit_split(m.certification->title, m.certification->office))
        check_issuer_in(cx, make_text(m.certification->office, cx.attribute_pos(m.certification->pos, "kantor"), Anchor::Attribute), true,
                        true, "kantor pengesahan salinan", "the certifying office", true);

    const auto paragraphs = body_paragraphs(d);

    // "perlu menetapkan Keputusan <penerbit> tentang <judul>" quotes the decree's own title
    const std::string kind = m.kind;
    for (const auto& q : paragraphs) {
        const std::string& s = q.text.s;
        for (std::size_t p = s.find(kind + " "); p != std::string::npos; p = s.find(kind + " ", p + 1)) {
            if (p > 0 && std::isalpha(static_cast<unsigned char>(s[p - 1]))) continue;
            const std::size_t name_begin = p + kind.size() + 1;
            // "Peraturan Daerah tentang …": "tentang" straight after the kind
            const std::size_t t_at = s.compare(name_begin, 8, "tentang ") == 0 ? name_begin - 1 : s.find(" tentang ", name_begin);
            if (t_at == std::string::npos) continue;
            const std::string between = t_at < name_begin ? std::string() : s.substr(name_begin, t_at - name_begin);
            const auto bw = text::words(between);
            // "perlu menetapkan Peraturan Daerah tentang …": a Perda's closing Menimbang names no
            // issuer between the kind and "tentang" (the kind is the whole name), yet quotes the title
            const bool closing_bare = bw.empty() && between.empty() &&
                                      (std::string_view(s).substr(0, p).ends_with("menetapkan ") ||
                                       std::string_view(s).substr(0, p).ends_with("membentuk "));
            bool self = closing_bare || (!bw.empty() && bw.size() <= 14 && between.find_first_of(";:()") == std::string::npos);
            for (const auto& w : bw) {
                const std::string_view v = w.view(between);
                if (v == "Nomor" || v == "ini" || v == "yang" || v == "tanggal") self = false;
            }
            if (!self) continue;
            // issuer as quoted
            if (!closing_bare) {
                const std::string issuer = issuer_as_in(m.issuer, between);
                const auto at = text::tokenize(issuer);
                const auto bt = text::tokenize(between);
                text::DiffOptions opt;
                opt.ignore_case = true;
                const auto hunks = text::diff_tokens(issuer, at, between, bt, opt);
                // mostly other words: another institution's decree quoted without its number
                std::size_t missing = 0;
                for (const auto& h : hunks) missing += h.a_end - h.a_begin;
                if (2 * (at.size() - missing) < at.size()) continue;
                // an official's decree names the office alone: "Keputusan Bupati tentang …" for "Bupati Donggala"
                bool office_alone = false;
                for (const char* office : {"Bupati", "Wali Kota", "Walikota", "Gubernur", "Menteri", "Rektor", "Ketua", "Kepala", "Direktur"})
                    if (text::lower(issuer).rfind(text::lower(office) + " ", 0) == 0 && text::same_ignoring_case(between, office))
                        office_alone = true;
                if (!hunks.empty() && !office_alone && !same_issuer(issuer, between, opt) && !issuer.empty() && !has_placeholder(issuer) &&
                    !has_placeholder(between) && !slip_in_penerbit(issuer, at, between, bt, hunks))
                    cx.report("KONSISTEN-PENERBIT", cx.at(q.text, name_begin + hunk_offset(bt, hunks.front(), 0)),
                              "nama penerbit yang dikutip dalam " + q.where_id + " berbeda dengan <penerbit> «" + issuer + "»: " +
                                  text::describe_diff(issuer, at, between, bt, hunks, false),
                              "the issuer quoted in " + q.where_en + " differs from <penerbit> «" + issuer + "»: " +
                                  text::describe_diff(issuer, at, between, bt, hunks, true));
            }
            // title as quoted, up to the end of the clause
            const std::size_t tb = t_at + 9;
            std::size_t te = s.find(';', tb);
            if (te == std::string::npos) te = s.size();
            const std::string found = s.substr(tb, te - tb);
            const auto at = text::tokenize(title);
            const auto bt = text::tokenize(found);
            text::DiffOptions opt;
            opt.trim_trailing_extra = true;
            opt.ignore_case = true;  // capitals in a quoted title are KAPITAL's
            auto hunks = text::diff_tokens(title, at, found, bt, opt);
            // a final full stop after the quoted title ends the sentence, not the title
            if (!hunks.empty() && hunks.back().a_begin == hunks.back().a_end && hunks.back().b_end == bt.size() &&
                hunks.back().b_end - hunks.back().b_begin == 1 && bt.back().view(found) == ".")
                hunks.pop_back();
            // a gloss in brackets ("… Teknologi Informasi (Chief Information Officer) …") explains a
            // term of the title; it is no other title
            std::erase_if(hunks, [&](const text::DiffHunk& h) {
                return h.a_begin == h.a_end && h.b_end - h.b_begin >= 3 && bt[h.b_begin].view(found) == "(" && bt[h.b_end - 1].view(found) == ")";
            });
            if (!hunks.empty() && !title.empty() && !has_placeholder(title) && !has_placeholder(found))
                cx.report("KONSISTEN-JUDUL", cx.at(q.text, tb + hunk_offset(bt, hunks.front(), 0)),
                          "judul yang dikutip dalam " + q.where_id + " berbeda dengan <tentang>: " +
                              text::describe_diff(title, at, found, bt, hunks, false),
                          "the title quoted in " + q.where_en + " differs from <tentang>: " + text::describe_diff(title, at, found, bt, hunks, true),
                          "salin judul persis dari <tentang>", "copy the title exactly from <tentang>");
            p = te == s.size() ? s.size() - 1 : te;
        }
    }

    // the first diktum restating the title ("KESATU : Penetapan Tim Penilai … Tahun 2025, dengan
    // susunan …", the Donggala and Kalimantan Barat form), and a Menimbang that names what it enacts
    // without the kind ("perlu untuk menetapkan Petunjuk Teknis Pelaksanaan …"): from the title's
    // first word to its last two, the words are the title's. A phrase that names less (a shorter
    // subject, «Indikator Kinerja Utama sebagaimana …») does not end like the title and is not compared.
    auto restated = [&](const Text& t, std::size_t b, const std::string& where_id, const std::string& where_en, std::size_t most = 4) {
        const auto tw = text::words(title);
        if (tw.size() < 4 || b >= t.s.size()) return;
        if (text::lower(t.s.substr(b, tw[0].end + 1)) != text::lower(title.substr(0, tw[0].end)) + " ") return;
        const std::string tail = text::lower(title.substr(tw[tw.size() - 2].begin));
        const std::size_t e = text::lower(t.s).find(tail, b);
        const std::size_t end = e == std::string::npos ? e : e + tail.size();
        if (end == std::string::npos || (end < t.s.size() && std::isalnum(static_cast<unsigned char>(t.s[end])))) return;
        const std::string found = t.s.substr(b, end - b);
        const auto at = text::tokenize(title);
        const auto bt = text::tokenize(found);
        if (bt.size() > at.size() + 4) return;
        text::DiffOptions opt;
        opt.ignore_case = true;
        const auto hunks = text::diff_tokens(title, at, found, bt, opt);
        std::size_t changed = 0;
        for (const auto& h : hunks) changed += (h.a_end - h.a_begin) + (h.b_end - h.b_begin);
        if (hunks.empty() || changed > most) return;
        cx.report("KONSISTEN-JUDUL", cx.at(t, b + hunk_offset(bt, hunks.front(), 0)),
                  where_id + " menyebut judul berbeda dengan <tentang>: " + text::describe_diff(title, at, found, bt, hunks, false),
                  where_en + " names the title otherwise than <tentang>: " + text::describe_diff(title, at, found, bt, hunks, true),
                  "salin judul persis dari <tentang>", "copy the title exactly from <tentang>");
    };
    if (!title.empty() && !has_placeholder(title)) {
        if (!d.diktum.empty())
            if (const Inline* first = first_paragraph(d.diktum.front().blocks)) {
                const Text t = make_text(*first);
                restated(t, first_letter_of(t.s), "Diktum " + diktum_label(d, 0), "Diktum " + diktum_label(d, 0));
            }
        for (std::size_t i = 0; i < d.menimbang.size(); ++i)
            if (const Inline* p = first_paragraph(d.menimbang[i].blocks)) {
                const Text t = make_text(*p);
                const std::size_t k = t.s.find("menetapkan ");
                if (k == std::string::npos || t.s.compare(k + 11, kind.size(), kind) == 0) continue;  // "menetapkan Keputusan …" is compared above
                const std::string letter(1, static_cast<char>('a' + i));
                restated(t, k + 11, "Menimbang huruf " + letter, "Menimbang item " + letter);
            }
        // a Lampiran titled with the regulation's title («TARIF ATAS JENIS PENERIMAAN BUKAN PAJAK …»
        // under PP 21/2003 «… Penerimaan Negara Bukan Pajak …»): the same comparison, so a title of
        // its own («Susunan Keanggotaan Tim») is not compared; and one word only may differ, since
        // a Lampiran often carries a part of the subject («Jadwal Rapat Pleno Tahun 2023» under
        // «Jadwal Rapat Pleno dan Evaluasi Tahun 2023»)
        for (std::size_t i = 0; i < d.lampiran.size(); ++i) {
            const Text t = make_text(d.lampiran[i].title);
            const std::string n = d.lampiran.size() > 1 ? " " + std::to_string(i + 1) : "";
            restated(t, first_letter_of(t.s), "judul Lampiran" + n, "the title of Lampiran" + n, 1);
        }
    }

    // A year no decree of the Republic can bear (before 1945, or a slip such as 2202 for 2022, 9999
    // for a blank): the date is printed as typed, so say it here. KONSISTEN-TAHUN then stays quiet.
    auto plausible = [](const Date& dt) { return dt.year >= kFirstYear && dt.year <= kLastYear; };
    auto implausible_date = [&](const Date& dt, const SourcePos& at, const std::string& what_id, const std::string& what_en) {
        const std::string span = std::to_string(kFirstYear) + "–" + std::to_string(kLastYear);
        cx.report("TANGGAL-WAJAR", at, what_id + " bertahun " + std::to_string(dt.year) + ", di luar " + span + "; salah ketik?",
                  what_en + " is in the year " + std::to_string(dt.year) + ", outside " + span + "; a typing slip?");
    };
    if (m.date && !plausible(*m.date)) implausible_date(*m.date, m.date_pos, "tanggal penetapan", "the date of enactment");
    if (m.promulgation && m.promulgation->date && !plausible(*m.promulgation->date))
        implausible_date(*m.promulgation->date, m.promulgation->date_pos, "tanggal pengundangan", "the date of promulgation");

    // the year in the number is the year of enactment
    if (m.number && m.date && plausible(*m.date)) {
        const std::string& n = *m.number;
        const Text nt = make_text(n, m.number_pos, Anchor::ElementContent);
        std::size_t year_at = std::string::npos;
        int year = 0;
        // a Peraturan's number is typed "7 TAHUN 2024" as printed
        std::size_t tahun = n.find("Tahun ");
        if (tahun == std::string::npos) tahun = n.find("TAHUN ");
        auto digits4 = [&](std::size_t p) {
            if (p + 4 > n.size()) return 0;
            for (std::size_t k = p; k < p + 4; ++k)
                if (!std::isdigit(static_cast<unsigned char>(n[k]))) return 0;
            if (p + 4 < n.size() && std::isdigit(static_cast<unsigned char>(n[p + 4]))) return 0;
            const int y = std::stoi(n.substr(p, 4));
            return y >= kFirstYear && y <= kLastYear ? y : 0;
        };
        if (tahun != std::string::npos && (year = digits4(tahun + 6))) year_at = tahun + 6;
        else if (const std::size_t slash = n.rfind('/'); slash != std::string::npos && (year = digits4(slash + 1))) year_at = slash + 1;
        if (year && year != m.date->year)
            cx.report("KONSISTEN-TAHUN", cx.at(nt, year_at),
                      "tahun dalam nomor (" + std::to_string(year) + ") berbeda dengan tahun penetapan (" + std::to_string(m.date->year) + ")",
                      "the year in the number (" + std::to_string(year) + ") differs from the year of enactment (" +
                          std::to_string(m.date->year) + ")",
                      "maksud Anda: " + n.substr(0, year_at) + std::to_string(m.date->year) + n.substr(year_at + 4) + "?",
                      "did you mean: " + n.substr(0, year_at) + std::to_string(m.date->year) + n.substr(year_at + 4) + "?");
    }

    // area codes inside slash numbers: 15/HK.03.1/3507/2022 is Kabupaten Malang's
    if (const Areas* areas = area_data()) {
        const Regency* own = areas->issuer_regency(m.issuer);
        auto check_codes = [&](const Text& t, std::size_t from, std::size_t to, const std::string& what_id, const std::string& what_en) {
            std::size_t p = from;
            while (p < to) {
                const std::size_t slash = t.s.find('/', p);
                if (slash == std::string::npos || slash >= to) break;
                const std::size_t b = slash + 1;
                std::size_t e = b;
                while (e < to && std::isdigit(static_cast<unsigned char>(t.s[e]))) ++e;
                p = b;
                if (e - b != 4 || e >= to || t.s[e] != '/') continue;  // the last group is the year
                const std::string code = t.s.substr(b, 2) + "." + t.s.substr(b + 2, 2);
                const Regency* r = areas->regency(code);
                if (!r || r == own) continue;
                cx.report("KONSISTEN-WILAYAH", cx.at(t, b),
                          "kode wilayah " + t.s.substr(b, 4) + " dalam " + what_id + " adalah " + std::string(r->name) + ", bukan " + std::string(own->name),
                          "area code " + t.s.substr(b, 4) + " in " + what_en + " is " + std::string(r->name) + "'s, not " + std::string(own->name) + "'s",
                          "maksud Anda: " + std::string(own->code.substr(0, 2)) + std::string(own->code.substr(3, 2)) + "?",
                          "did you mean: " + std::string(own->code.substr(0, 2)) + std::string(own->code.substr(3, 2)) + "?");
            }
        };
        if (own && m.number) {
            const Text nt = make_text(*m.number, m.number_pos, Anchor::ElementContent);
            check_codes(nt, 0, nt.s.size(), "nomor keputusan", "the decree's number");
        }
        const std::string lower_issuer = own ? text::lower(m.issuer) : std::string();
        if (own)
            for (const auto& q : paragraphs) {
                // numbers of the issuer's own documents: "… Komisi Pemilihan Umum Kabupaten Malang Nomor 13/PK.01/3507/2022"
                const std::string lower_s = text::lower(q.text.s);
                for (std::size_t p = lower_s.find(lower_issuer); p != std::string::npos; p = lower_s.find(lower_issuer, p + 1)) {
                    std::size_t k = p + lower_issuer.size();
                    while (k < q.text.s.size() && (q.text.s[k] == ' ' || q.text.s[k] == ':')) ++k;
                    if (q.text.s.compare(k, 5, "Nomor") != 0) continue;
                    k += 5;
                    while (k < q.text.s.size() && (q.text.s[k] == ' ' || q.text.s[k] == ':')) ++k;
                    std::size_t e = k;
                    while (e < q.text.s.size() && q.text.s[e] != ' ') ++e;
                    check_codes(q.text, k, e, "nomor dalam " + q.where_id, "the number in " + q.where_en);
                }
            }
    }

    // the same regulation cited twice carries the same title; Mengingat is the reference
    struct First {
        std::string title;
        std::string where_id, where_en;
        SourcePos pos;
        std::string region;
    };
    std::map<std::string, First> firsts;
    std::vector<const Quote*> order;
    for (const auto& q : paragraphs)
        if (q.where_id.rfind("Mengingat", 0) == 0) order.push_back(&q);
    for (const auto& q : paragraphs)
        if (q.where_id.rfind("Mengingat", 0) != 0) order.push_back(&q);
    for (const Quote* q : order) {
        for (const auto& c : find_citations(q->text.s, true)) {
            if (!c.has_title() || c.number.empty()) continue;
            // a regional regulation is the same one with its region misspelt or left out ("Peraturan
            // Gubernur ulawesi Utara Nomor 48 …"): keyed by its kind of regulation, the region compared apart
            const bool regional = check::regional(c.level);
            const std::string region = regional ? text::lower(citation_region(c)) : std::string();
            const std::string kind_key = regional ? "regional " + std::to_string(c.level == kPerdaKab ? int(kPerdaProv) : int(c.level)) : c.group;
            const std::string key = kind_key + "\n" + c.number + "\n" + std::to_string(c.year);
            const std::string found = q->text.s.substr(c.title_begin, c.title_end - c.title_begin);
            auto it = firsts.find(key);
            if (it == firsts.end()) {
                firsts.emplace(key, First{found, q->where_id, q->where_en, cx.at(q->text, c.title_begin), region});
                continue;
            }
            if (!region.empty() && !it->second.region.empty() && region != it->second.region && text::edit_distance(region, it->second.region) > 2)
                continue;  // two regions' regulations of one number and year
            const std::string& want = it->second.title;
            const auto at = text::tokenize(want);
            // the title found in running text may run on into the sentence
            const std::string run_on = q->text.s.substr(c.title_begin);
            const auto bt = text::tokenize(run_on);
            text::DiffOptions opt;
            opt.trim_trailing_extra = true;
            // a title cited twice with other capitals is KAPITAL's to judge (it knows which words
            // a title capitalises); here only other words are a different title
            opt.ignore_case = true;
            const auto hunks = text::diff_tokens(want, at, run_on, bt, opt);
            if (hunks.empty() || has_placeholder(want) || has_placeholder(found)) continue;
            // a comma more or less ("Pembukuan, Inventarisasi, dan Pelaporan") is punctuation, not another title
            bool words_differ = false;
            for (const auto& h : hunks) {
                for (std::size_t k = h.a_begin; k < h.a_end; ++k) words_differ |= at[k].word;
                for (std::size_t k = h.b_begin; k < h.b_end; ++k) words_differ |= bt[k].word;
            }
            if (!words_differ) continue;
            // the reference typed with a word misspelt ("Non Departeman" in Mengingat, "Departemen"
            // here): EJAAN reports it where it was made; this citation is the right one
            Speller* speller = Speller::instance();
            bool typo = speller != nullptr;
            for (const auto& h : hunks) {
                // the diff may take the misspelt word as missing and its right form as the start of
                // what runs on after the title
                if (h.a_end - h.a_begin != 1 || (h.b_end - h.b_begin != 1 && !(h.b_end == h.b_begin && h.b_begin < bt.size()))) {
                    typo = false;
                    break;
                }
                const std::string_view x = at[h.a_begin].view(want), y = bt[h.b_begin].view(run_on);
                typo = typo && x.size() >= 5 && y.size() >= 5 && text::edit_distance(text::lower(x), text::lower(y)) <= 2 &&
                       !speller->in_lexicon(x) && speller->in_lexicon(y);
            }
            if (typo) continue;
            const std::string line = std::to_string(it->second.pos.line);
            cx.report("KONSISTEN-KUTIPAN", cx.at(q->text, c.title_begin + hunk_offset(bt, hunks.front(), 0)),
                      "judul " + c.name() + " dalam " + q->where_id + " berbeda dengan kutipannya dalam " + it->second.where_id + " (baris " +
                          line + "): " + text::describe_diff(want, at, run_on, bt, hunks, false),
                      "the title of " + c.name() + " in " + q->where_en + " differs from its citation in " + it->second.where_en + " (line " +
                          line + "): " + text::describe_diff(want, at, run_on, bt, hunks, true));
        }
    }

    // nothing cited can be younger than the decree
    if (m.date) {
        const Date& dd = *m.date;
        for (const auto& q : paragraphs) {
            if (q.where_id.rfind("Diktum", 0) == 0 || q.where_id.rfind("Pasal", 0) == 0) continue;
            const std::string& s = q.text.s;
            for (std::size_t p = s.find("tanggal "); p != std::string::npos; p = s.find("tanggal ", p + 1)) {
                const auto ws = text::words(std::string_view(s).substr(p + 8, 40));
                if (ws.size() < 3) continue;
                const std::string_view sub = std::string_view(s).substr(p + 8);
                // "10 November Tahun 2025": the word "Tahun" written between month and year
                const std::size_t yi = ws.size() >= 4 && ws[2].view(sub) == "Tahun" ? 3 : 2;
                const std::string_view day = ws[0].view(sub), month = ws[1].view(sub), year = ws[yi].view(sub);
                const int mo = month_number(month);
                auto digits = [](std::string_view w) {
                    return !w.empty() && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
                };
                // "30 Januari A023" is no date (std::stoi would throw on it: found by fuzz_render)
                if (!mo || day.size() > 2 || year.size() != 4 || !digits(day) || !digits(year)) continue;
                const Date cited{std::stoi(std::string(year)), mo, std::stoi(std::string(day))};
                const bool later = cited.year != dd.year ? cited.year > dd.year : cited.month != dd.month ? cited.month > dd.month : cited.day > dd.day;
                if (later)
                    cx.report("TANGGAL-RUJUKAN", cx.at(q.text, p + 8 + ws[0].begin),
                              "dokumen dalam " + q.where_id + " bertanggal " + date_text(cited) + ", sesudah tanggal penetapan " + date_text(dd),
                              "the document in " + q.where_en + " is dated " + date_text(cited) + ", after the date of enactment " + date_text(dd));
            }
            for (const auto& c : find_citations(s, false)) {
                if (c.year <= dd.year || c.year_begin == std::string::npos) continue;
                cx.report("TANGGAL-RUJUKAN", cx.at(q.text, c.year_begin),
                          c.name() + " dalam " + q.where_id + " berasal dari tahun " + std::to_string(c.year) + ", sesudah tahun penetapan " +
                              std::to_string(dd.year),
                          c.name() + " in " + q.where_en + " dates from " + std::to_string(c.year) + ", after the year of enactment " +
                              std::to_string(dd.year));
            }
        }
    }
}

}  // namespace naskah::check
