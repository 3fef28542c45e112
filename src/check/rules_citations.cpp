// Citations of legislation as a whole decree uses them (issue 16), beside the per-citation rules
// of rules_parts.cpp (Mengingat) and rules_drafting.cpp (KUTIPAN-SALAH's gazette and register):
//
// * MEMPERHATIKAN-JENIS: a regulation (legislation) placed under Memperhatikan; it is a legal
//   basis and belongs in Mengingat (UU 12/2011 Lampiran II angka 28; Permendagri 80/2015).
// * MENGINGAT-KURANG: Mengingat lacks a regulation it must cite: the one whose Pasal the
//   Menimbang names as the ground of the decree («untuk melaksanakan ketentuan Pasal 5 …
//   Peraturan Presiden Nomor 33 Tahun 2012», UU 12/2011 Lampiran II angka 28 huruf b), or, for a
//   regional head or a Perda, the law on regional government in force on the date of enactment
//   (the basis of the head's authority: UU 12/2011 Lampiran II angka 39 and the Lampiran of
//   Permendagri 80/2015).
// * KUTIPAN-SALAH: «sebagaimana telah diubah (terakhir) dengan X» where the cited law had been
//   amended again after X, a month or more before the decree (data/rujukan/perubahan.txt).
// * MENGINGAT-LEMBARAN: the gazette's name and number written wrongly («Lembaran Negara
//   Indonesia», «Lembaran Republik Indonesia», «Nomor Tahun 2022 Nomor 7», «Nomor 64 Tahun 2006»,
//   a gazette without its year, «Tambahan Lembaran Negara 2104», a Tambahan with a year), or
//   without «Republik Indonesia» where the decree's other citations write it.
// * KONSISTEN-KUTIPAN: the numbers of one issuer's documents typed in two cases
//   («HK.01.07/MENKES/…» and «Hk.01.07/Menkes/…»); a Peraturan Daerah cited without its region
//   in Mengingat where another names it.
#include <algorithm>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "check/citation.hpp"
#include "check/data_lists.hpp"
#include "check/context.hpp"
#include "check/text_util.hpp"
#include "style/style.hpp"

namespace naskah::check {

using namespace naskah::model;

namespace {

// ---- data ----

struct Amendment {
    std::string law;      ///< "UU 23/2014"
    std::string by;       ///< "UU 9/2015"
    int date = 0;         ///< yyyymmdd of promulgation
};

// data/rujukan/perubahan.txt: "law | amendment | yyyy-mm-dd | evidence", in order of promulgation.
// Null when it cannot be read (PERIKSA-DATA says so).
// data/rujukan/pencabutan.txt has the same form: "law | the law revoking it | yyyy-mm-dd | evidence".
const std::vector<Amendment>* amendments(std::string& why, const char* file = "perubahan.txt")
{
    static std::mutex mutex;
    static std::map<std::string, std::pair<std::vector<Amendment>, std::string>> cache;
    const std::string path = style::data_dir() + "/data/rujukan/" + file;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(path);
    if (it == cache.end()) {
        std::vector<Amendment> rows;
        std::string error;
        auto add = [&](const std::vector<std::string>& cells) {
            if (cells.size() < 3 || cells[2].size() != 10) return;
            Amendment a{cells[0], cells[1], 0};
            a.date = std::atoi(cells[2].substr(0, 4).c_str()) * 10000 + std::atoi(cells[2].substr(5, 2).c_str()) * 100 +
                     std::atoi(cells[2].substr(8, 2).c_str());
            rows.push_back(std::move(a));
        };
        // the build's own list is compiled in (data_lists.hpp); another data folder's is read
        DataRows table;
        if (!(data_is_compiled() && compiled_rujukan_rows(file, table))) read_rujukan_rows(path, table, error);
        for (const auto& cells : table) add(cells);
        it = cache.emplace(path, std::make_pair(std::move(rows), std::move(error))).first;
    }
    why = it->second.second;
    return why.empty() ? &it->second.first : nullptr;
}

int decree_date(const Context& cx)
{
    const auto& d = cx.decree.meta.date;
    return d && d->valid() ? d->year * 10000 + d->month * 100 + d->day : 0;
}

// yyyymmdd + one month (an amendment reaches the legal units of the regions in about that time)
int plus_month(int date)
{
    int y = date / 10000, m = date / 100 % 100 + 1;
    if (m > 12) m = 1, ++y;
    return y * 10000 + m * 100 + date % 100;
}

// "UU 23/2014" for a citation of an Undang-Undang, Perppu, PP or Perpres; empty for the others.
std::string short_name(const Citation& c)
{
    if (c.year <= 0 || c.number.empty() || c.number.find('/') != std::string::npos) return {};
    const std::string k = text::lower(c.kind);
    std::string kind;
    if (c.level == kUndangUndang) kind = k.find("pengganti") != std::string::npos ? "Perppu" : "UU";
    else if (c.level == kPp) kind = "PP";
    else if (c.level == kPerpres) kind = "Perpres";
    else return {};
    return kind + " " + c.number + "/" + std::to_string(c.year);
}

// Regional regulations are matched across a region written differently or left out.
int level_class(Level l)
{
    if (l == kPerdaProv || l == kPerdaKab) return kPerdaProv;
    return l;
}

bool same_regulation(const Citation& a, const Citation& b)
{
    if (a.number != b.number || a.year != b.year) return false;
    if (!regional(a.level) || !regional(b.level)) return a.group == b.group;
    if (level_class(a.level) != level_class(b.level)) return false;
    const std::string ra = text::lower(citation_region(a)), rb = text::lower(citation_region(b));
    return ra.empty() || rb.empty() || ra == rb || text::edit_distance(ra, rb) <= 2;
}

// A number with slashes reduced to what identifies the regulation: «PER/09/M.PAN/5/2007» and
// «PER/9/M.PAN/2007» are one Permenpan (a leading zero typed or not; the month of enactment,
// which a ministry's register adds before the year, written or left out). Only the comparison
// for MENGINGAT-KURANG uses it: a regulation named in Menimbang found in Mengingat under this
// looser form is not reported missing.
std::string number_core(const Citation& c)
{
    std::vector<std::string> parts;
    std::string cur;
    for (char ch : c.number + "/") {
        if (ch != '/') {
            cur += ch;
            continue;
        }
        std::size_t z = 0;
        const bool digits = !cur.empty() && std::all_of(cur.begin(), cur.end(), [](char x) { return x >= '0' && x <= '9'; });
        if (digits)
            while (z + 1 < cur.size() && cur[z] == '0') ++z;
        parts.push_back(text::lower(cur.substr(z)));
        cur.clear();
    }
    if (parts.size() >= 2 && c.year && parts.back() == std::to_string(c.year)) parts.pop_back();
    static const char* kMonths[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
                                    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};
    // a month only after the office's code: «PER/09/M.PAN/5», not the number itself («…/9»)
    if (parts.size() >= 3 &&
        std::find_if(std::begin(kMonths), std::end(kMonths), [&](const char* m) { return parts.back() == m; }) != std::end(kMonths) &&
        std::any_of(parts[parts.size() - 2].begin(), parts[parts.size() - 2].end(), [](char x) { return std::isalpha(static_cast<unsigned char>(x)); }))
        parts.pop_back();
    std::string out;
    for (const auto& p : parts) out += p + "/";
    return out;
}

bool same_regulation_loosely(const Citation& a, const Citation& b)
{
    if (same_regulation(a, b)) return true;
    if (a.number.find('/') == std::string::npos || b.number.find('/') == std::string::npos) return false;
    return a.year == b.year && a.group == b.group && number_core(a) == number_core(b);
}

std::vector<Text> item_texts(const std::vector<Item>& items)
{
    std::vector<Text> out;
    for (const auto& it : items)
        if (const Inline* p = first_paragraph(it.blocks)) out.push_back(make_text(*p));
        else out.emplace_back();
    return out;
}

std::size_t first_letter(const std::string& s)
{
    std::size_t b = 0;
    while (b < s.size() && s[b] == ' ') ++b;
    return b;
}

// ---- MEMPERHATIKAN-JENIS ----

// Legislation in the sense of Pasal 7 and 8 UU 12/2011: not a decree, not the rules of a unit
// inside a ministry («Peraturan Kepala Badan Pembinaan Hukum Nasional Kementerian …», «Peraturan
// Direktur Jenderal …»), which are guidance a decree may take note of.
bool legislation(const Citation& c)
{
    if (c.level == kKeputusan || c.level == kUud || c.level == kTapMpr) return false;
    if (c.level != kRegulasi) return true;
    for (const char* unit : {"Kementerian", "Departemen", "Direktur Jenderal", "Sekretaris Jenderal", "Deputi", "Inspektur"})
        if (c.kind.find(unit) != std::string::npos) return false;
    return true;
}

void check_memperhatikan_kind(Context& cx, const std::vector<Text>& texts)
{
    // one finding per item: each is moved on its own
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const Text& t = texts[i];
        const auto c = citation_at(t.s, first_letter(t.s));
        if (!c || !legislation(*c)) continue;
        const std::string where_id = texts.size() == 1 ? "Memperhatikan" : "butir Memperhatikan angka " + std::to_string(i + 1);
        const std::string where_en = texts.size() == 1 ? "Memperhatikan" : "Memperhatikan item " + std::to_string(i + 1);
        cx.report("MEMPERHATIKAN-JENIS", cx.at(t, c->begin),
                  where_id + " mengutip peraturan perundang-undangan (" + c->name() + "); peraturan adalah dasar hukum dan ditempatkan dalam Mengingat",
                  where_en + " cites legislation (" + c->name() + "); a regulation is a legal basis and belongs in Mengingat",
                  "pindahkan ke Mengingat", "move it to Mengingat");
    }
}

// ---- MENGINGAT-KURANG ----

// The law on regional government in force on a date (yyyymmdd), with the day from which it is
// asked for (a month after its promulgation).
struct RegionalLaw {
    int from;
    const char* number;
    int year;
};
const RegionalLaw kRegionalLaws[] = {
    {19990607, "22", 1999},  // UU 22/1999, 7 May 1999
    {20041115, "32", 2004},  // UU 32/2004, 15 October 2004
    {20141102, "23", 2014},  // UU 23/2014, 2 October 2014
};

bool regional_head(const Context& cx)
{
    const std::string& issuer = cx.decree.meta.issuer;
    for (const char* head : {"Bupati ", "Wali Kota ", "Walikota ", "Gubernur "})
        if (issuer.rfind(head, 0) == 0) return true;
    const std::string kind = text::lower(cx.decree.meta.kind);
    return kind == "peraturan daerah";
}

void check_mengingat_missing(Context& cx, const std::vector<Text>& mengingat, const std::vector<Text>& memperhatikan)
{
    std::vector<Citation> cited;
    for (const Text& t : mengingat)
        for (const auto& c : find_citations(t.s, true)) cited.push_back(c);
    std::vector<Citation> noted;
    for (const Text& t : memperhatikan)
        for (const auto& c : find_citations(t.s, true)) noted.push_back(c);
    auto in = [](const std::vector<Citation>& list, const Citation& c) {
        return std::any_of(list.begin(), list.end(), [&](const Citation& x) { return same_regulation_loosely(x, c); });
    };

    // the regulation whose Pasal the Menimbang names as the ground of the decree
    const auto& items = cx.decree.menimbang;
    for (std::size_t i = 0; i < items.size() && !mengingat.empty(); ++i) {
        const Inline* p = first_paragraph(items[i].blocks);
        if (!p) continue;
        const Text t = make_text(*p);
        for (const char* ground : {"melaksanakan ketentuan Pasal ", "berdasarkan ketentuan Pasal ", "berdasarkan ketentuan dalam Pasal ",
                                   "sebagaimana diamanatkan dalam Pasal ", "sebagaimana dimaksud dalam Pasal "}) {
            const std::size_t g = t.s.find(ground);
            if (g == std::string::npos) continue;
            // the citation right after "Pasal 5 ayat (1) [huruf a]": no other words between
            const auto cs = find_citations(std::string_view(t.s).substr(g), true);
            if (cs.empty()) break;
            const Citation& c = cs.front();
            const std::size_t skip = std::string(ground).size();
            if (c.begin < skip) break;
            const std::string between = t.s.substr(g + skip, c.begin - skip);
            bool only_parts = true;
            for (const auto& w : text::words(between)) {
                const std::string_view v = w.view(between);
                if (!(v == "ayat" || v == "huruf" || v == "angka" || v == "dan" || v == "Pasal" || v.size() <= 3)) only_parts = false;
            }
            if (!only_parts || !legislation(c) || c.level == kUud || in(cited, c) || in(noted, c)) break;
            cx.report("MENGINGAT-KURANG", cx.at(t, g + c.begin),
                      c.name() + " disebut dalam Menimbang huruf " + std::string(1, static_cast<char>('a' + i)) +
                          " sebagai dasar, tetapi tidak dikutip dalam Mengingat",
                      c.name() + " is named in Menimbang item " + std::string(1, static_cast<char>('a' + i)) +
                          " as the ground of the decree, but Mengingat does not cite it",
                      "kutip dalam Mengingat", "cite it in Mengingat");
            break;
        }
    }

    // a regional head's decree or a Perda rests on the law on regional government
    const int date = decree_date(cx);
    if (!date || mengingat.empty() || !regional_head(cx)) return;
    const RegionalLaw* need = nullptr;
    for (const auto& law : kRegionalLaws)
        if (date >= law.from) need = &law;
    if (!need) return;
    // the law before it is still accepted for a month more (a draft prepared under it)
    bool any = false;
    for (const auto& law : kRegionalLaws)
        for (const auto& c : cited)
            if (c.level == kUndangUndang && c.number == law.number && c.year == law.year)
                any |= &law == need || (&law + 1 == need && date < plus_month(need->from));
    if (any) return;
    const std::string law = std::string("Undang-Undang Nomor ") + need->number + " Tahun " + std::to_string(need->year) + " tentang Pemerintahan Daerah";
    const Text& t = mengingat.front();
    cx.report("MENGINGAT-KURANG", cx.at(t, first_letter(t.s)),
              "Mengingat tidak mengutip " + law + ", dasar kewenangan kepala daerah pada tanggal penetapan",
              "Mengingat does not cite " + law + ", the basis of a regional head's authority on the date of enactment",
              "kutip " + law + " dalam Mengingat", "cite " + law + " in Mengingat");
}

// ---- KUTIPAN-SALAH: an amendment that is not the last ----

// "UU 13/2022" → "Undang-Undang Nomor 13 Tahun 2022", for the hint
std::string long_name(const std::string& short_)
{
    const std::size_t sp = short_.find(' '), slash = short_.find('/');
    if (sp == std::string::npos || slash == std::string::npos) return short_;
    const std::string k = short_.substr(0, sp);
    const char* kind = k == "UU" ? "Undang-Undang" : k == "PP" ? "Peraturan Pemerintah" : k == "Perppu" ? "Peraturan Pemerintah Pengganti Undang-Undang" : "Peraturan Presiden";
    return std::string(kind) + " Nomor " + short_.substr(sp + 1, slash - sp - 1) + " Tahun " + short_.substr(slash + 1);
}

void check_last_amendment(Context& cx, const std::vector<Text>& texts, const std::vector<Amendment>& chain)
{
    const int date = decree_date(cx);
    if (!date) return;
    for (const Text& t : texts) {
        if (t.s.find("diubah") == std::string::npos) continue;
        const auto cs = find_citations(t.s, true);
        for (std::size_t i = 0; i < cs.size(); ++i) {
            const std::string law = short_name(cs[i]);
            if (law.empty()) continue;
            // its amendments named after it: "… sebagaimana telah diubah [beberapa kali] [terakhir] dengan X [dan Y]"
            int last = -1;
            std::size_t last_cit = 0;
            for (std::size_t j = i + 1; j < cs.size(); ++j) {
                const std::string by = short_name(cs[j]);
                int k = -1;
                for (std::size_t a = 0; a < chain.size(); ++a)
                    if (chain[a].law == law && chain[a].by == by) k = static_cast<int>(a);
                if (k < 0) break;
                if (k > last) last = k, last_cit = j;
            }
            if (last < 0 || t.s.substr(cs[i].end, cs[last_cit].begin - cs[i].end).find("diubah") == std::string::npos) continue;
            const Amendment* later = nullptr;
            for (std::size_t a = last + 1; a < chain.size(); ++a)
                if (chain[a].law == law && plus_month(chain[a].date) <= date) later = &chain[a];
            if (!later) continue;
            const std::string d = std::to_string(later->date);
            const std::string when = d.substr(6, 2) + "-" + d.substr(4, 2) + "-" + d.substr(0, 4);
            cx.report("KUTIPAN-SALAH", cx.at(t, cs[last_cit].begin),
                      cs[last_cit].name() + " bukan perubahan terakhir " + law + ": sebelum tanggal penetapan, " + law +
                          " telah diubah lagi dengan " + later->by + " (diundangkan " + when + ")",
                      cs[last_cit].name() + " is not the last amendment of " + law + ": before the date of enactment " + law +
                          " was amended again by " + later->by + " (promulgated " + when + ")",
                      "sebagaimana telah diubah beberapa kali terakhir dengan " + long_name(later->by),
                      "sebagaimana telah diubah beberapa kali terakhir dengan " + long_name(later->by));
        }
    }
}

// A Mengingat item citing a law that had been revoked a month or more before the decree
// (data/rujukan/pencabutan.txt): the legal basis is the law that replaced it (UU 12/2011 Lampiran
// II angka 28: Mengingat holds the legislation in force that orders or empowers the instrument).
void check_revoked(Context& cx, const std::vector<Text>& texts, const std::vector<Amendment>& revoked)
{
    const int date = decree_date(cx);
    if (!date) return;
    for (const Text& t : texts) {
        const auto c = citation_at(t.s, first_letter(t.s));
        if (!c) continue;
        const std::string law = short_name(*c);
        if (law.empty()) continue;
        for (const auto& r : revoked) {
            if (r.law != law || plus_month(r.date) > date) continue;
            const std::string d = std::to_string(r.date);
            const std::string when = d.substr(6, 2) + "-" + d.substr(4, 2) + "-" + d.substr(0, 4);
            cx.report("KUTIPAN-SALAH", cx.at(t, c->begin),
                      c->name() + " telah dicabut dengan " + r.by + " (diundangkan " + when + ") sebelum tanggal penetapan; yang berlaku adalah " +
                          r.by,
                      c->name() + " was revoked by " + r.by + " (promulgated " + when + ") before the date of enactment; " + r.by +
                          " is the law in force",
                      "kutip " + long_name(r.by), "cite " + long_name(r.by));
            break;
        }
    }
}

// ---- MENGINGAT-LEMBARAN: the gazette's name and number ----

void check_gazette_form(Context& cx, const std::vector<Text>& mengingat)
{
    // how the decree names the state gazettes: with "Republik Indonesia" or without
    struct Mention {
        const Text* t;
        std::size_t at, name_end;
        bool ri;
    };
    std::vector<Mention> mentions;
    for (const Text& t : mengingat) {
        const std::string& s = t.s;
        bool reported = false;
        for (const char* name : {"Tambahan Lembaran Negara", "Lembaran Negara", "Berita Negara"}) {
            const std::string n(name);
            for (std::size_t p = s.find(n); p != std::string::npos; p = s.find(n, p + 1)) {
                if (n == "Lembaran Negara" && p >= 9 && s.compare(p - 9, 9, "Tambahan ") == 0) continue;
                if (p > 0 && s[p - 1] != '(' && s[p - 1] != ' ' && s[p - 1] != ',') continue;
                std::size_t q = p + n.size();
                while (q < s.size() && s[q] == ' ') ++q;
                if (q >= s.size()) continue;  // an item broken off after the name: MENGINGAT-AKHIR's and KURUNG's
                // "Tambahan Lembaran Negara Negara Republik Indonesia" (Peraturan Bupati Majene
                // 13/2022): the doubled word is KATA-ULANG's; the name goes on after it
                if (s.compare(q, 7, "Negara ") == 0) {
                    q += 7;
                    while (q < s.size() && s[q] == ' ') ++q;
                }
                const bool ri = s.compare(q, 18, "Republik Indonesia") == 0;
                mentions.push_back({&t, p, p + n.size(), ri});
                if (reported) continue;
                // "Lembaran Negara Indonesia": "Republik" left out of the gazette's name
                if (s.compare(q, 9, "Indonesia") == 0) {
                    cx.report("MENGINGAT-LEMBARAN", cx.at(t, p), "«" + n + " Indonesia»: nama lembaran adalah «" + n + " Republik Indonesia»",
                              "«" + n + " Indonesia»: the gazette is the «" + n + " Republik Indonesia»", n + " Republik Indonesia",
                              n + " Republik Indonesia");
                    reported = true;
                    continue;
                }
                if (ri) q += 18;
                while (q < s.size() && s[q] == ' ') ++q;
                // "Tambahan Lembaran Negara 2104": the number without "Nomor"
                if (n == "Tambahan Lembaran Negara" && q < s.size() && std::isdigit(static_cast<unsigned char>(s[q]))) {
                    cx.report("MENGINGAT-LEMBARAN", cx.at(t, q), "«" + n + "» tanpa «Nomor» sebelum nomornya",
                              "«" + n + "» without «Nomor» before its number", "Nomor " + s.substr(q, s.find_first_not_of("0123456789", q) - q),
                              "Nomor " + s.substr(q, s.find_first_not_of("0123456789", q) - q));
                    reported = true;
                    continue;
                }
                // "Tambahan Lembaran Negara Republik Indonesia Tahun 2005 Nomor 4535": the Tambahan is
                // numbered on across the years and cited by its number alone (UU 12/2011 Lampiran II:
                // «Tambahan Lembaran Negara Republik Indonesia Nomor …»); 16 of about 3,000 PP/UU of
                // 1990 on in github.com/mblonyox/data-peraturan give it a year
                if (n == "Tambahan Lembaran Negara" && s.compare(q, 6, "Tahun ") == 0 && q + 10 <= s.size() &&
                    s.find_first_not_of("0123456789", q + 6) == q + 10 && s.compare(q + 10, 7, " Nomor ") == 0) {
                    const std::string year = s.substr(q + 6, 4);
                    cx.report("MENGINGAT-LEMBARAN", cx.at(t, q),
                              "«" + n + " … Tahun " + year + " Nomor …»: Tambahan Lembaran Negara disebut dengan nomornya saja, tanpa tahun",
                              "«" + n + " … Tahun " + year + " Nomor …»: the Tambahan Lembaran Negara is cited by its number alone, without a year",
                              "hapus «Tahun " + year + "»", "drop «Tahun " + year + "»");
                    reported = true;
                    continue;
                }
                // "(Lembaran Negara Republik Indonesia Nomor 64 Tahun 2006)": the number before the
                // year, or "(Lembaran Negara Republik Indonesia Nomor 5587)": no year at all. The
                // gazette is cited by its year, then its number (the examples of UU 12/2011
                // Lampiran II: «Lembaran Negara Republik Indonesia Tahun … Nomor …»); only the
                // Tambahan goes by its number alone
                // (A «Tambahan Berita Negara» goes by its number alone too. A bracket holding only
                // «Lembaran Negara … Nomor 4843», the Tambahan's number, as the first citation of an
                // item is the missing Tambahan that the citation's own check reports: one finding.)
                const bool tambahan_berita = n == "Berita Negara" && p >= 9 && s.compare(p - 9, 9, "Tambahan ") == 0;
                if (n != "Tambahan Lembaran Negara" && !tambahan_berita && s.compare(q, 6, "Nomor ") == 0) {
                    std::size_t d = q + 6;
                    while (d < s.size() && s[d] == ' ') ++d;
                    const std::size_t e = s.find_first_not_of("0123456789", d);
                    if (e == d || d >= s.size()) continue;
                    const std::string number = s.substr(d, (e == std::string::npos ? s.size() : e) - d);
                    const bool year_after = e != std::string::npos && s.compare(e, 7, " Tahun ") == 0 && e + 7 < s.size() &&
                                            std::isdigit(static_cast<unsigned char>(s[e + 7]));
                    if (year_after) {
                        const std::size_t ye = s.find_first_not_of("0123456789", e + 7);
                        const std::string year = s.substr(e + 7, (ye == std::string::npos ? s.size() : ye) - e - 7);
                        cx.report("MENGINGAT-LEMBARAN", cx.at(t, q),
                                  "«" + n + " … Nomor " + number + " Tahun " + year + "»: nomor lembaran ditulis sebelum tahunnya; ditulis «Tahun " + year +
                                      " Nomor " + number + "»",
                                  "«" + n + " … Nomor " + number + " Tahun " + year + "»: the gazette's number stands before its year; it reads «Tahun " +
                                      year + " Nomor " + number + "»",
                                  "Tahun " + year + " Nomor " + number, "Tahun " + year + " Nomor " + number);
                    } else {
                        const std::size_t close = s.find(')', e == std::string::npos ? s.size() : e);
                        const bool tambahan_after = s.find("Tambahan", e == std::string::npos ? s.size() : e) < close;
                        const bool earlier_gazette = s.rfind("Lembaran Negara", p == 0 ? 0 : p - 1) < p || s.rfind("Berita Negara", p == 0 ? 0 : p - 1) < p;
                        if (!tambahan_after && !(earlier_gazette && p > 0)) continue;
                        cx.report("MENGINGAT-LEMBARAN", cx.at(t, q),
                                  "«" + n + " … Nomor " + number + "» tanpa tahun lembaran; ditulis «" + n + " Republik Indonesia Tahun … Nomor " + number + "»",
                                  "«" + n + " … Nomor " + number + "» without the gazette's year; it reads «" + n + " Republik Indonesia Tahun … Nomor " +
                                      number + "»",
                                  "Tahun … Nomor " + number, "Tahun … Nomor " + number);
                    }
                    reported = true;
                }
            }
        }
        // "(Lembaran Republik Indonesia Tahun 2015 Nomor 58, …)": «Negara» left out of the gazette's
        // name (Keputusan Bupati Boven Digoel 2024); the Tambahan's likewise
        for (const char* wrong : {"Lembaran Republik Indonesia", "Berita Republik Indonesia"}) {
            const std::size_t p = s.find(wrong);
            if (p == std::string::npos || reported || (p > 0 && s[p - 1] != '(' && s[p - 1] != ' ')) continue;
            const std::string w(wrong);
            const std::string right = w.substr(0, w.find(' ')) + " Negara Republik Indonesia";
            cx.report("MENGINGAT-LEMBARAN", cx.at(t, p), "«" + w + "»: nama lembaran adalah «" + right + "»",
                      "«" + w + "»: the gazette is the «" + right + "»", right, right);
            reported = true;
        }
        // "(Lembaga Negara Republik Indonesia Tahun 1956 Nomor 65, …)": the gazette's name misspelt
        // at the head of the brackets, where only a gazette stands
        for (const char* wrong : {"(Lembaga Negara ", "(Lembar Negara ", "(Lembaga Daerah ", "(Lembar Daerah "}) {
            const std::size_t p = s.find(wrong);
            if (p == std::string::npos || reported) continue;
            const std::string w = std::string(wrong).substr(1, std::string(wrong).size() - 2);
            const std::string right = w.find("Negara") != std::string::npos ? "Lembaran Negara" : "Lembaran Daerah";
            cx.report("MENGINGAT-LEMBARAN", cx.at(t, p + 1), "«" + w + "»: nama lembaran adalah «" + right + "»",
                      "«" + w + "»: the gazette is the «" + right + "»", right, right);
            reported = true;
        }
        // "(Lembaran Daerah Tahun 2013 Nomor 8, Tambahan Lembaran Daerah Nomor 19)": a regional
        // gazette is named with its region ("Lembaran Daerah Kota Surakarta Tahun 2013"), as the
        // next item of the same decree writes it (Keputusan Walikota Surakarta 360/88/2021)
        for (const char* bare : {"Lembaran Daerah Tahun ", "Berita Daerah Tahun "}) {
            const std::size_t p = s.find(bare);
            if (p == std::string::npos || reported || (p > 0 && s[p - 1] != '(' && s[p - 1] != ' ')) continue;
            const std::string w = std::string(bare).substr(0, std::string(bare).size() - 7);
            cx.report("MENGINGAT-LEMBARAN", cx.at(t, p), "«" + w + "» tanpa nama daerahnya: «" + w + " Kabupaten/Kota/Provinsi … Tahun …»",
                      "«" + w + "» without its region: «" + w + " Kabupaten/Kota/Provinsi … Tahun …»", "sebut daerah lembaran itu",
                      "name the gazette's region");
            reported = true;
        }
        // "(Lembaran Daerah Kabupaten Donggala Nomor Tahun 2022 Nomor 7)": a stray "Nomor" before the year
        for (std::size_t p = s.find("Nomor Tahun "); p != std::string::npos && !reported; p = s.find("Nomor Tahun ", p + 1)) {
            const std::size_t open = s.rfind('(', p);
            if (open == std::string::npos || s.find(')', open) < p) continue;
            const std::string inside = s.substr(open + 1, p - open - 1);
            if (inside.rfind("Lembaran", 0) != 0 && inside.rfind("Berita", 0) != 0) continue;
            cx.report("MENGINGAT-LEMBARAN", cx.at(t, p), "«Nomor Tahun»: «Nomor» tertulis sebelum tahun lembaran; ditulis «Tahun … Nomor …»",
                      "«Nomor Tahun»: «Nomor» stands before the gazette's year; it reads «Tahun … Nomor …»", "hapus «Nomor» yang pertama",
                      "drop the first «Nomor»");
            reported = true;
        }
    }
    // "Republik Indonesia" left out where most of the decree's gazette references write it
    std::size_t with = 0;
    for (const auto& m : mentions) with += m.ri;
    if (with * 2 <= mentions.size()) return;
    // one finding for one pair of brackets: «(Lembaran Negara Tahun 1969 Nomor 47, Tambahan Lembaran
    // Negara Nomor 2907)» is one citation written the old way, as a reviewer marks it, not two slips
    // (in the order they are written: the mentions were gathered one gazette's name at a time)
    std::vector<const Mention*> in_order;
    for (const auto& m : mentions) in_order.push_back(&m);
    std::stable_sort(in_order.begin(), in_order.end(), [&](const Mention* a, const Mention* b) {
        const auto ia = a->t - mengingat.data(), ib = b->t - mengingat.data();  // both point into `mengingat`
        return ia != ib ? ia < ib : a->at < b->at;
    });
    const Text* last_text = nullptr;
    std::size_t last_open = std::string::npos;
    for (const Mention* mp : in_order) {
        const Mention& m = *mp;
        if (m.ri) continue;
        const std::string n = m.t->s.substr(m.at, m.name_end - m.at);
        std::size_t q = m.name_end;
        while (q < m.t->s.size() && m.t->s[q] == ' ') ++q;
        if (m.t->s.compare(q, 9, "Indonesia") == 0) continue;  // reported above
        const std::size_t open = m.t->s.rfind('(', m.at);
        const std::size_t close = open == std::string::npos ? std::string::npos : m.t->s.find(')', open);
        const bool same_brackets = open != std::string::npos && m.t == last_text && open == last_open && close > m.at;
        last_text = m.t;
        last_open = open;
        if (same_brackets) continue;
        // the others of the same brackets that lack it too, named in the one finding
        std::string also;
        for (const Mention* o : in_order)
            if (o != mp && o->t == m.t && !o->ri && o->at > m.at && close != std::string::npos && o->at < close)
                also += " «" + m.t->s.substr(o->at, o->name_end - o->at) + "»";
        const std::string names_id = also.empty() ? "«" + n + "»" : "«" + n + "» dan" + also;
        const std::string names_en = also.empty() ? "«" + n + "»" : "«" + n + "» and" + also;
        cx.report("MENGINGAT-LEMBARAN", cx.at(*m.t, m.at),
                  names_id + " tanpa «Republik Indonesia», yang ditulis pada kutipan lain dalam Mengingat",
                  names_en + " without «Republik Indonesia», which the other citations in Mengingat write", n + " Republik Indonesia",
                  n + " Republik Indonesia");
    }
}

// ---- KONSISTEN-KUTIPAN: numbers in two cases, a Perda without its region ----

std::string number_shape(const std::string& number)
{
    std::string out;
    for (char ch : number) {
        if (std::isdigit(static_cast<unsigned char>(ch))) {
            if (out.empty() || out.back() != '#') out += '#';
        } else {
            out += ch;
        }
    }
    return out;
}

void check_number_case(Context& cx, const std::vector<Text>& texts)
{
    struct Seen {
        const Text* t;
        Citation c;
        std::string shape;
    };
    std::vector<Seen> seen;
    for (const Text& t : texts)
        for (const auto& c : find_citations(t.s, true))
            if (c.number.find('/') != std::string::npos && std::any_of(c.number.begin(), c.number.end(), [](char ch) {
                    return std::isalpha(static_cast<unsigned char>(ch));
                }))
                seen.push_back({&t, c, number_shape(c.number)});
    // per issuer and numbering pattern, the form most of the citations use (the first on a tie)
    std::vector<bool> done(seen.size(), false);
    for (std::size_t i = 0; i < seen.size(); ++i) {
        if (done[i]) continue;
        std::vector<std::size_t> group;
        for (std::size_t j = i; j < seen.size(); ++j)
            if (!done[j] && seen[j].c.group == seen[i].c.group && text::same_ignoring_case(seen[j].shape, seen[i].shape)) {
                group.push_back(j);
                done[j] = true;
            }
        std::map<std::string, std::size_t> count;
        for (std::size_t j : group) ++count[seen[j].shape];
        if (count.size() < 2) continue;
        std::string major = seen[group.front()].shape;
        for (const auto& [shape, n] : count)
            if (n > count[major]) major = shape;
        std::string major_number;
        for (std::size_t j : group)
            if (seen[j].shape == major) {
                major_number = seen[j].c.number;
                break;
            }
        for (std::size_t j : group) {
            if (seen[j].shape == major) continue;
            const Seen& s = seen[j];
            const std::size_t at = s.t->s.find(s.c.number, s.c.begin);
            cx.report("KONSISTEN-KUTIPAN", cx.at(*s.t, at == std::string::npos ? s.c.begin : at),
                      "nomor «" + s.c.number + "» ditulis dengan huruf lain daripada nomor " + s.c.kind + " lain dalam naskah ini («" + major_number + "»)",
                      "the number «" + s.c.number + "» is written with other capitals than the other numbers of " + s.c.kind + " here («" +
                          major_number + "»)");
        }
    }
}

void check_perda_region(Context& cx, const std::vector<Text>& mengingat)
{
    std::vector<std::pair<const Text*, Citation>> perda;
    bool with_region = false;
    for (const Text& t : mengingat) {
        const auto c = citation_at(t.s, first_letter(t.s));
        if (!c || !regional(c->level)) continue;
        perda.emplace_back(&t, *c);
        with_region |= !citation_region(*c).empty();
    }
    if (!with_region) return;
    for (const auto& [t, c] : perda) {
        if (!citation_region(c).empty()) continue;
        cx.report("KONSISTEN-KUTIPAN", cx.at(*t, c.begin),
                  c.name() + " dikutip tanpa nama daerahnya, yang disebut pada peraturan daerah lain dalam Mengingat",
                  c.name() + " is cited without its region, which the other regional regulations in Mengingat name",
                  "tulis «" + c.kind + " <Kabupaten/Kota/Provinsi …> Nomor …»", "write «" + c.kind + " <Kabupaten/Kota/Provinsi …> Nomor …»");
    }
}

// One regulation's number written two ways: «PER/9/M.PAN/2007» in Menimbang, «PER/09/M.PAN/5/2007»
// in Mengingat (a leading zero, the month part), the same kind, year and title. A reviewer asks
// for the number as the regulation itself prints it, the same in both places.
void check_number_forms(Context& cx, const std::vector<Text>& cited_texts)
{
    struct Cited {
        const Text* t;
        Citation c;
    };
    std::vector<Cited> cited;
    for (const Text& t : cited_texts)
        for (const auto& c : find_citations(t.s, true)) cited.push_back({&t, c});
    auto title = [](const Text& t, const Citation& c) {
        return c.has_title() ? text::lower(t.s.substr(c.title_begin, c.title_end - c.title_begin)) : std::string();
    };
    for (std::size_t i = 0; i < cx.decree.menimbang.size(); ++i) {
        const Inline* p = first_paragraph(cx.decree.menimbang[i].blocks);
        if (!p) continue;
        const Text t = make_text(*p);
        for (const auto& c : find_citations(t.s, true)) {
            if (c.number.find('/') == std::string::npos) continue;
            if (std::any_of(cited.begin(), cited.end(), [&](const Cited& x) { return same_regulation(x.c, c); })) continue;
            const std::string own = title(t, c);
            for (const auto& x : cited) {
                if (!same_regulation_loosely(x.c, c)) continue;
                const std::string other = title(*x.t, x.c);
                if (own.empty() || other.empty() || own.substr(0, std::min<std::size_t>(own.size(), 40)) != other.substr(0, std::min<std::size_t>(other.size(), 40)))
                    continue;
                const std::size_t at = t.s.find(c.number, c.begin);
                cx.report("KONSISTEN-KUTIPAN", cx.at(t, at == std::string::npos ? c.begin : at),
                          c.kind + " «" + c.number + "» dalam Menimbang huruf " + std::string(1, static_cast<char>('a' + i)) +
                              " dikutip dengan nomor «" + x.c.number + "» dalam Mengingat: nomor satu peraturan ditulis sama",
                          c.kind + " «" + c.number + "» in Menimbang item " + std::string(1, static_cast<char>('a' + i)) +
                              " is cited with the number «" + x.c.number + "» in Mengingat: one regulation's number is written the same",
                          "tulis nomornya seperti pada peraturan itu sendiri", "write the number as the regulation itself prints it");
                break;
            }
        }
    }
}

// A regional head's decree cited as «Keputusan Bupati Nomor …» where the decree's other
// citations of that head's decrees name the region («Keputusan Bupati Donggala Nomor …»): the
// issuer is named in full in a citation (UU 12/2011 Lampiran II: a cited instrument is named by
// its kind, its issuer, number, year and title), and one decree names it one way.
void check_head_region(Context& cx, const std::vector<Text>& texts)
{
    struct Cited {
        const Text* t;
        Citation c;
    };
    for (const char* head : {"Keputusan Bupati", "Keputusan Gubernur", "Keputusan Wali Kota", "Keputusan Walikota"}) {
        const std::string h = head;
        std::vector<Cited> bare;
        std::string named;
        for (const Text& t : texts)
            for (const auto& c : find_citations(t.s, true)) {
                if (c.kind == h) bare.push_back({&t, c});
                else if (c.kind.rfind(h + " ", 0) == 0 && named.empty()) named = c.kind;
            }
        if (named.empty()) continue;
        for (const auto& b : bare)
            cx.report("KONSISTEN-PENERBIT", cx.at(*b.t, b.c.begin),
                      b.c.name() + " dikutip tanpa nama daerahnya, yang disebut pada kutipan lain: «" + named + " Nomor …»",
                      b.c.name() + " is cited without its region, which the other citations name: «" + named + " Nomor …»",
                      "tulis «" + named + " Nomor …»", "write «" + named + " Nomor …»");
    }
}

// «Kabupaten Kota» where the decree writes «Kabupaten/Kota» elsewhere: the pair of kinds of
// region is one term, written with the slash (UU 23/2014 and UU 12/2011 write «Kabupaten/Kota»;
// Permendagri 2/2014 drops the slash in three list items). Only before a word in lower case or
// a mark, so that a regency named «Kota …» is left alone; reported once, at the first.
void check_kabupaten_kota(Context& cx)
{
    const auto& texts = cx.texts();
    bool slash = false;
    for (const Text& t : texts) slash = slash || t.s.find("Kabupaten/Kota") != std::string::npos;
    if (!slash) return;
    const Text* first = nullptr;
    std::size_t at = 0, count = 0;
    for (const Text& t : texts)
        for (std::size_t p = t.s.find("Kabupaten Kota"); p != std::string::npos; p = t.s.find("Kabupaten Kota", p + 1)) {
            const std::size_t e = p + 14;
            if (e < t.s.size() && std::isalnum(static_cast<unsigned char>(t.s[e]))) continue;
            std::size_t n = e;
            while (n < t.s.size() && t.s[n] == ' ') ++n;
            if (n < t.s.size() && std::isupper(static_cast<unsigned char>(t.s[n]))) continue;
            if (!first) first = &t, at = p;
            ++count;
        }
    if (!first) return;
    const std::string times = count > 1 ? " (" + std::to_string(count) + "×)" : "";
    cx.report("KONSISTEN-KUTIPAN", cx.at(*first, at),
              "«Kabupaten Kota»" + times + " tanpa garis miring, yang ditulis «Kabupaten/Kota» di bagian lain", "«Kabupaten Kota»" + times +
                  " without the slash, written «Kabupaten/Kota» elsewhere",
              "Kabupaten/Kota", "Kabupaten/Kota");
}

// The decree naming itself «Keputusan Lembaga ini» where it is the decree of the official who
// heads the Lembaga («Keputusan Kepala LAPAN ini» elsewhere): a self-reference names the kind and
// the issuer's office (UU 12/2011 Lampiran II: «Keputusan Kepala … ini», «Peraturan Menteri ini»).
// Only one word between the kind and «ini» that is a later word of <penerbit> («Lembaga» in
// «Kepala Lembaga Penerbangan dan Antariksa Nasional»), never its first word (the office itself).
void check_self_reference(Context& cx)
{
    const std::string& kind = cx.decree.meta.kind;
    const auto words = text::words(cx.decree.meta.issuer);
    if (kind.empty() || words.size() < 2) return;
    const std::string& issuer = cx.decree.meta.issuer;
    const std::string office(words[0].view(issuer));
    for (const Text& t : cx.texts())
        for (std::size_t p = t.s.find(kind + " "); p != std::string::npos; p = t.s.find(kind + " ", p + 1)) {
            const std::size_t b = p + kind.size() + 1;
            std::size_t e = b;
            while (e < t.s.size() && std::isalpha(static_cast<unsigned char>(t.s[e]))) ++e;
            if (e == b || t.s.compare(e, 4, " ini") != 0 || (e + 4 < t.s.size() && std::isalpha(static_cast<unsigned char>(t.s[e + 4]))))
                continue;
            const std::string w = t.s.substr(b, e - b);
            if (!text::starts_upper(w) || w == office) continue;
            bool later = false;
            for (std::size_t k = 1; k < words.size(); ++k) later = later || words[k].view(issuer) == w;
            if (!later) continue;
            cx.report("KONSISTEN-PENERBIT", cx.at(t, p),
                      "«" + kind + " " + w + " ini»: " + text::lower(kind) + " ini ditetapkan oleh " + issuer + "; sebut «" + kind + " " + office + " … ini» atau «" +
                          kind + " ini»",
                      "«" + kind + " " + w + " ini»: this instrument is enacted by " + issuer + "; write «" + kind + " " + office + " … ini» or «" +
                          kind + " ini»",
                      kind + " ini", kind + " ini");
        }
}

// Pasal I of an amending instrument names what it amends: «Ketentuan Pasal 109 Keputusan Presiden
// Nomor 166 Tahun 2000 … diubah …» or «Beberapa ketentuan dalam Peraturan … diubah sebagai
// berikut:» (UU 12/2011 Lampiran II, BAB II huruf D, Perubahan Peraturan Perundang-undangan). «Ketentuan Pasal 109
// diubah» alone leaves the amended instrument unnamed (Keputusan Presiden 62/2001).
void check_amended_named(Context& cx)
{
    std::vector<const Inline*> firsts;
    for (const auto& dk : cx.decree.diktum)
        if (text::strip_label(dk.label) == "Pasal I")
            if (const Inline* p = first_paragraph(dk.blocks)) firsts.push_back(p);
    for (const Division* p : body_pasal(cx.decree))
        if (p->number == "I" && !p->clauses.empty())
            if (const Inline* q = first_paragraph(p->clauses.front().blocks)) firsts.push_back(q);
    for (const Inline* p : firsts) {
        const Text t = make_text(*p);
        const std::size_t b = first_letter(t.s);
        if (t.s.compare(b, 16, "Ketentuan Pasal ") != 0 && t.s.compare(b, 19, "Beberapa ketentuan ") != 0) continue;
        const std::size_t changed = t.s.find(" diubah");
        if (changed == std::string::npos) continue;
        if (!find_citations(std::string_view(t.s).substr(0, changed), false).empty()) continue;
        cx.report("RUJUKAN", cx.at(t, b),
                  "Pasal I tidak menyebut peraturan yang diubah: «" + t.s.substr(b, changed - b) + " diubah» tanpa jenis, nomor, tahun, dan judulnya",
                  "Pasal I does not name the instrument it amends: «" + t.s.substr(b, changed - b) + " diubah» without its kind, number, year and title",
                  "sebut peraturan yang diubah sebelum «diubah»", "name the amended instrument before «diubah»");
    }
}

}  // namespace

void check_citations(Context& cx)
{
    if (cx.enabled("RUJUKAN")) check_amended_named(cx);
    const bool kind = cx.enabled("MEMPERHATIKAN-JENIS"), missing = cx.enabled("MENGINGAT-KURANG"), cite = cx.enabled("KUTIPAN-SALAH"),
               gazette = cx.enabled("MENGINGAT-LEMBARAN"), same = cx.enabled("KONSISTEN-KUTIPAN"), issuer = cx.enabled("KONSISTEN-PENERBIT");
    if (!kind && !missing && !cite && !gazette && !same && !issuer) return;
    const std::vector<Text> mengingat = item_texts(cx.decree.mengingat);
    const std::vector<Text> memperhatikan = item_texts(cx.decree.memperhatikan);
    if (kind) check_memperhatikan_kind(cx, memperhatikan);
    if (missing) check_mengingat_missing(cx, mengingat, memperhatikan);
    if (cite) {
        std::string why;
        if (const auto* chain = amendments(why)) check_last_amendment(cx, mengingat, *chain);
        else
            cx.report("PERIKSA-DATA", cx.decree.pos, "data perubahan.txt tidak terbaca (" + why + "); KUTIPAN-SALAH tidak diperiksa",
                      "the data file perubahan.txt cannot be read (" + why + "); KUTIPAN-SALAH is not checked");
        if (const auto* revoked = amendments(why, "pencabutan.txt")) check_revoked(cx, mengingat, *revoked);
        else
            cx.report("PERIKSA-DATA", cx.decree.pos, "data pencabutan.txt tidak terbaca (" + why + "); KUTIPAN-SALAH tidak diperiksa",
                      "the data file pencabutan.txt cannot be read (" + why + "); KUTIPAN-SALAH is not checked");
    }
    if (gazette && !cx.decree.mengingat.empty()) {
        // before Keppres 44/1999 a decree cited no gazette (MENGINGAT-LEMBARAN's exception)
        const auto& d = cx.decree.meta.date;
        if (!(d && d->valid() && d->year * 10000 + d->month * 100 + d->day < 19990519)) check_gazette_form(cx, mengingat);
    }
    if (same) {
        std::vector<Text> all = mengingat;
        all.insert(all.end(), memperhatikan.begin(), memperhatikan.end());
        check_number_case(cx, all);
        check_perda_region(cx, mengingat);
        check_number_forms(cx, all);
        check_kabupaten_kota(cx);
    }
    if (issuer) {
        std::vector<Text> all = item_texts(cx.decree.menimbang);
        all.insert(all.end(), mengingat.begin(), mengingat.end());
        all.insert(all.end(), memperhatikan.begin(), memperhatikan.end());
        check_head_region(cx, all);
        check_self_reference(cx);
    }
}

}  // namespace naskah::check
