// NAMA-WILAYAH: the name of a provinsi or kabupaten/kota written one letter off the official one
// («Kabupaten Dongala» for Kabupaten Donggala). A region's name is a proper name fixed by the law
// that forms the region; the official list (data/wilayah/, Kemendagri codes via idn-area-data) is
// the reference. Only a name near exactly one official name of its kind is reported: a name far
// from every one may be an old or informal name the list does not hold, or no region at all
// («Kota Layak Anak»); a name that starts with a word the dictionary knows or signed legislation
// commonly writes («Kota Baru», «Kota Tua», the former «Kabupaten Pasir», the old spelling «Djawa»)
// or whose words all name some other area (a kecamatan) is left alone, and so is a place after
// «Kecamatan», «Desa», «Jalan» ….
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "check/areas.hpp"
#include "check/context.hpp"
#include "check/lexicon.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

namespace {

/// Lower case without spaces and hyphens: «Pekan Baru» and «Pekanbaru», «Bau-Bau» and «Baubau»
/// are one name written two ways, not a slip this rule judges.
std::string key_of(std::string_view name)
{
    std::string k;
    for (char c : text::lower(name))
        if (c != ' ' && c != '-') k += c;
    return k;
}

struct Official {
    std::string key;
    std::string_view name;  ///< as the list writes it: «Donggala», «Sulawesi Tengah»
};

struct Names {
    std::vector<Official> kabupaten, kota, provinsi;
    /// the keys of each list, for the common case: a name written as the list writes it
    std::unordered_set<std::string> kabupaten_keys, kota_keys, provinsi_keys;
};

Names names_of(const Areas& areas)
{
    Names n;
    for (const auto& g : areas.regencies) (g.city ? n.kota : n.kabupaten).push_back({key_of(g.short_name), g.short_name});
    for (const auto& p : areas.provinces) n.provinsi.push_back({key_of(p.name), p.name});
    // the names drafters write for the capital's province
    n.provinsi.push_back({"dkijakarta", "DKI Jakarta"});
    n.provinsi.push_back({"diyogyakarta", "DI Yogyakarta"});
    for (const auto& o : n.kabupaten) n.kabupaten_keys.insert(o.key);
    for (const auto& o : n.kota) n.kota_keys.insert(o.key);
    for (const auto& o : n.provinsi) n.provinsi_keys.insert(o.key);
    return n;
}

bool starts_upper_letter(std::string_view w) { return !w.empty() && text::starts_upper(w) && !text::has_digit(w); }

// Whether a paragraph may name a Kabupaten, Kota or Provinsi (Propinsi): an ASCII paragraph
// without «kab», «kot» or «pro» in any case has none of those words, and is not split into words
// (most paragraphs); any other paragraph is.
bool may_name_area(std::string_view s)
{
    // (the next two bytes are read only after a «k» or «p»: this runs for every byte of the decree)
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0x80) return true;
        const int c = b | 0x20;
        if ((c != 'k' && c != 'p') || i + 2 >= n) continue;
        const int c1 = static_cast<unsigned char>(s[i + 1]) | 0x20, c2 = static_cast<unsigned char>(s[i + 2]) | 0x20;
        if (c == 'k' && ((c1 == 'a' && c2 == 'b') || (c1 == 'o' && c2 == 't'))) return true;
        if (c == 'p' && c1 == 'r' && c2 == 'o') return true;
    }
    return false;
}

void check_text(Context& cx, const Text& t, const Names& names)
{
    if (!may_name_area(t.s)) return;
    const auto ws = cx.words(t);  // the Context's tokens of the text (kept for the other rules), not a new tokenisation
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        const std::string_view kind = ws[i].view(t.s);
        const std::vector<Official>* list = nullptr;
        const std::unordered_set<std::string>* keys = nullptr;
        if (text::same_ignoring_case(kind, "Kabupaten")) list = &names.kabupaten, keys = &names.kabupaten_keys;
        else if (text::same_ignoring_case(kind, "Kota")) list = &names.kota, keys = &names.kota_keys;
        else if (text::same_ignoring_case(kind, "Provinsi") || text::same_ignoring_case(kind, "Propinsi")) list = &names.provinsi, keys = &names.provinsi_keys;
        if (!list || !text::starts_upper(kind)) continue;
        if (i > 0) {
            const std::string before = text::lower(ws[i - 1].view(t.s));
            if (before == "kecamatan" || before == "kelurahan" || before == "desa" || before == "jalan" || before == "jl" || before == "dusun" ||
                before == "kampung" || before == "nagari" || before == "gampong")
                continue;
        }
        // the name: the capitalised words that follow, up to a mark or a word in lower case
        std::vector<std::size_t> name_words;
        for (std::size_t k = i + 1; k < ws.size() && name_words.size() < 4; ++k) {
            if (ws[k].begin != ws[k - 1].end + 1 || t.s[ws[k - 1].end] != ' ') break;  // a mark between
            if (!starts_upper_letter(ws[k].view(t.s))) break;
            name_words.push_back(k);
        }
        if (name_words.empty()) continue;
        const std::size_t begin = ws[name_words.front()].begin;
        // most names are written as the list writes them: no distance to compute
        bool listed = false;
        for (std::size_t n = 1; n <= name_words.size() && !listed; ++n)
            listed = keys->count(key_of(std::string_view(t.s).substr(begin, ws[name_words[n - 1]].end - begin))) > 0;
        if (listed) continue;
        bool known = false, place = true;
        std::string best_name;
        int best = 99, best_count = 0;
        std::size_t best_words = 0;  ///< how many written words the nearest name was compared with
        for (std::size_t n = 1; n <= name_words.size() && !known; ++n) {
            const std::string_view written = std::string_view(t.s).substr(begin, ws[name_words[n - 1]].end - begin);
            const std::string key = key_of(written);
            const std::string last = text::lower(ws[name_words[n - 1]].view(t.s));
            // a word of some area's name (a kecamatan, an old regency) may be a real place
            place = place && lexicon::is_area_word(last);
            for (const auto& o : *list) {
                if (o.key == key) {
                    known = true;
                    break;
                }
                if (key.size() < 5 || o.key.size() < 5 || key.size() > o.key.size() + 2 || o.key.size() > key.size() + 2) continue;
                const int d = text::edit_distance(key, o.key);
                if (d < best) {
                    best = d;
                    best_name = std::string(o.name);
                    best_count = 1;
                    best_words = n;
                } else if (d == best && best_name != o.name) {
                    ++best_count;
                }
            }
        }
        if (known || place || best_count != 1) continue;
        // a word the dictionary knows or drafters commonly write is left alone: «Kota Baru», «Kota
        // Layak Anak», a regency's former name («Kabupaten Pasir», Paser since PP 49/2007), a name in
        // the spelling before 1972 («Propinsi Djawa Tengah» in a cited title of 1950)
        // (the word judged is the last one compared: «Teluk Wandama» is judged on «Wandama»)
        const std::string judged = text::lower(ws[name_words[best_words - 1]].view(t.s));
        if (lexicon::contains(judged) || lexicon::is_common(judged)) continue;
        const std::size_t len = key_of(best_name).size();
        if (best < 1 || best > (len >= 8 ? 2 : 1)) continue;
        // the written name as far as the official one reaches in words
        std::size_t words_in_best = 1;
        for (char c : best_name) words_in_best += c == ' ';
        const std::size_t last = name_words[std::min(words_in_best, name_words.size()) - 1];
        const std::string written = t.s.substr(begin, ws[last].end - begin);
        const std::string official = std::string(kind) + " " + best_name;
        cx.report("NAMA-WILAYAH", cx.at(t, begin),
                  "«" + std::string(kind) + " " + written + "»: nama wilayah tidak sesuai daftar resmi (Kemendagri); yang dekat: «" + official + "»",
                  "«" + std::string(kind) + " " + written + "»: the area's name is not the official one (Kemendagri list); the nearest: «" + official +
                      "»",
                  "maksud Anda: " + official + "?", "did you mean: " + official + "?");
    }
}

}  // namespace

void check_area_names(Context& cx)
{
    if (!cx.enabled("NAMA-WILAYAH")) return;
    const Areas* areas = area_data();
    if (!areas) return;  // TEMPAT-PENETAPAN reports the unreadable lists (PERIKSA-DATA)
    static const Names names = names_of(*areas);  // the compiled lists: the same for every decree
    for (const Text& t : cx.texts()) check_text(cx, t, names);
}

}  // namespace naskah::check
