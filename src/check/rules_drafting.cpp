// Drafting technique (issue 16): the slips a legal reviewer marks that are neither spelling nor
// case. RUJUKAN: a standard phrase of UU 12/2011 Lampiran II or an official name written wrongly
// (the list is data/rujukan/frasa.txt, with its sources). TANDA-BACA: punctuation the drafting
// technique fixes (a diktum ends with "."; "Nomor" in a citation takes no colon; an academic
// degree keeps its final stop; no comma inside the name of a kind of legislation). KUTIPAN-SALAH:
// a citation that cannot be right whatever the register says (a law is promulgated in the
// Lembaran Negara of its own year; a Peraturan Menteri in the Berita Negara, not a "Lembaran
// Berita Negara").
//
// Each pattern is narrow on purpose: a finding must nearly always be a real slip. A paragraph
// gets at most one finding per pattern.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
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


// A data file of `data/rujukan/`: its non-comment lines split at '|', read once per data folder.
// Null (with the reason in `why`) when the file cannot be read: the rule then says so
// (PERIKSA-DATA) rather than finding nothing.
const DataRows* data_rows(const std::string& name, std::string& why)
{
    static std::mutex mutex;
    static std::map<std::string, std::pair<DataRows, std::string>> cache;
    const std::string path = style::data_dir() + "/data/rujukan/" + name;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(path);
    if (it == cache.end()) {
        DataRows rows;
        std::string error;
        // the build's own lists are compiled in (data_lists.hpp): no file is read or parsed
        if (!(data_is_compiled() && compiled_rujukan_rows(name, rows))) read_rujukan_rows(path, rows, error);
        it = cache.emplace(path, std::make_pair(std::move(rows), std::move(error))).first;
    }
    why = it->second.second;
    return why.empty() ? &it->second.first : nullptr;
}

const DataRows& no_rows()
{
    static const DataRows none;
    return none;
}

// The rows of a data file a rule needs; when it cannot be read, PERIKSA-DATA says which rule is
// not checked and the rule gets no rows.
const DataRows& rows_for(Context& cx, const std::string& name, const char* rule)
{
    std::string why;
    if (const DataRows* rows = data_rows(name, why)) return *rows;
    cx.report("PERIKSA-DATA", cx.decree.pos, "data " + name + " tidak terbaca (" + why + "); " + rule + " tidak diperiksa",
              "the data file " + name + " cannot be read (" + why + "); " + rule + " is not checked");
    return no_rows();
}

bool ascii_letter_or_digit(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Case-insensitive search of a phrase as whole words (ASCII phrases; the text may hold UTF-8).
std::size_t find_words(const std::string& lower_s, const std::string& lower_phrase, std::size_t from)
{
    for (std::size_t p = lower_s.find(lower_phrase, from); p != std::string::npos; p = lower_s.find(lower_phrase, p + 1)) {
        const std::size_t end = p + lower_phrase.size();
        const bool left = p == 0 || !ascii_letter_or_digit(lower_s[p - 1]);
        const bool right = end >= lower_s.size() || !ascii_letter_or_digit(lower_s[end]);
        if (left && right) return p;
    }
    return std::string::npos;
}

// Two bytes hashed into 1,024 bits, for a paragraph's set of the byte pairs it holds.
unsigned pair_key(char a, char b)
{
    return ((static_cast<unsigned>(static_cast<unsigned char>(a)) << 5) ^ static_cast<unsigned char>(b)) & 1023u;
}

bool has_key(const std::uint64_t (&set)[16], unsigned k) { return (set[k >> 6] >> (k & 63)) & 1; }

void check_phrases(Context& cx, const std::vector<Text>& texts, const DataRows& rows)
{
    // the phrases lower-cased once, not once per paragraph
    std::vector<std::string> phrases(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (rows[r].size() >= 2 && !rows[r][0].empty()) phrases[r] = text::lower(rows[r][0]);
    // A phrase is in a paragraph only if each pair of adjacent bytes of it is. In an ASCII
    // paragraph the lower-cased pairs of bytes are gathered in one pass (hashed into 1,024 bits); a
    // phrase with a pair not among them is not searched for, and a paragraph that can hold none is
    // not lower-cased (17 searches of every paragraph before, most of them for «dimaksud …», whose
    // «d» is in nearly every paragraph). A paragraph with other bytes is searched as before.
    std::vector<std::vector<unsigned>> keys(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t k = 1; k < phrases[r].size(); ++k) keys[r].push_back(pair_key(phrases[r][k - 1], phrases[r][k]));
    const auto low = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; };
    for (const Text& t : texts) {
        const std::string& s = t.s;
        std::uint64_t pairs[16] = {};
        bool ascii = true;
        for (std::size_t p = 0; p < s.size(); ++p) {
            if (static_cast<unsigned char>(s[p]) >= 0x80) {
                ascii = false;
                break;
            }
            if (p + 1 < s.size()) {
                const unsigned k = pair_key(low(s[p]), low(s[p + 1]));
                pairs[k >> 6] |= std::uint64_t{1} << (k & 63);
            }
        }
        const auto may_hold = [&](std::size_t r) {
            if (!ascii) return true;
            for (const unsigned k : keys[r])
                if (!has_key(pairs, k)) return false;
            return true;
        };
        bool any = false;
        for (std::size_t r = 0; r < rows.size() && !any; ++r) any = !phrases[r].empty() && may_hold(r);
        if (!any) continue;
        const std::string ls = text::lower(t.s);
        if (ls.size() != t.s.size()) continue;  // offsets would not map back (a rare non-ASCII case change)
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const auto& row = rows[r];
            if (row.size() < 2 || row[0].empty()) continue;
            if (!may_hold(r)) continue;
            const std::size_t p = find_words(ls, phrases[r], 0);
            if (p == std::string::npos) continue;
            const std::string written = t.s.substr(p, row[0].size());
            const std::string source = row.size() > 2 ? " (" + row[2] + ")" : std::string();
            cx.report("RUJUKAN", cx.at(t, p), "«" + written + "» bukan rumusan baku; seharusnya «" + row[1] + "»" + source,
                      "«" + written + "» is not the standard wording; it reads «" + row[1] + "»" + source, row[1], row[1]);
        }
    }
}

// "Pengelola JDIH … berkedudukan Bagian Hukum Sekretariat Daerah" (Permendagri 2/2014, whose other
// ayat say "berkedudukan di"): a seat is given with a preposition (KBBI: berkedudukan "bertempat";
// "berkedudukan di Jakarta", "berkedudukan di bawah dan bertanggung jawab kepada …"). A place or unit
// written with its capital straight after the verb has lost its "di"; a capitalised preposition
// ("Sebagai", "Di") is KAPITAL's, not this.
void check_seat_preposition(Context& cx, const Text& t)
{
    static constexpr std::string_view kVerb = "berkedudukan ";
    static const std::set<std::string> kWords = {"Di", "Dalam", "Pada", "Sebagai", "Dan", "Langsung", "Selaku", "Ke", "Dibawah"};
    const std::string& s = t.s;
    for (std::size_t p = s.find(kVerb); p != std::string::npos; p = s.find(kVerb, p + 1)) {
        if (p > 0 && ascii_letter_or_digit(s[p - 1])) continue;
        const std::size_t w = p + kVerb.size();
        if (w >= s.size() || !(s[w] >= 'A' && s[w] <= 'Z')) continue;
        std::size_t e = w;
        while (e < s.size() && ascii_letter_or_digit(s[e])) ++e;
        const std::string word = s.substr(w, e - w);
        if (kWords.count(word) || word.size() < 2 || !(word[1] >= 'a' && word[1] <= 'z')) continue;
        cx.report("RUJUKAN", cx.at(t, p), "«berkedudukan " + word + "» tanpa kata depan; seharusnya «berkedudukan di " + word + "»",
                  "«berkedudukan " + word + "» lacks its preposition; it reads «berkedudukan di " + word + "»", "berkedudukan di " + word,
                  "berkedudukan di " + word);
        return;
    }
}

// «sebagaimana dimaksud dalam Pasal 5 ayat 2»: an ayat is referred to by its number in brackets,
// as it is numbered («Pasal 5 ayat (2)», UU 12/2011 Lampiran II, Teknik Pengacuan). Only where the
// word can only be a Pasal's ayat: after «Pasal N», after «pada» or «dalam», or before «huruf» or
// «angka»; not near «Surat», «Surah» or «QS» (a verse of the Qur'an is an «ayat» with a bare
// number). Legislation of the 1950s and 1960s wrote «pasal 5 ayat 2» (a third of the PP and UU of
// those years in github.com/mblonyox/data-peraturan, 1 to 2 % from the 1970s on, and those are
// slips or the dump's OCR), so a decree enacted before 1970 is not judged.
void check_ayat_brackets(Context& cx, const Text& t)
{
    const std::string& s = t.s;
    for (std::size_t p = s.find("yat "); p != std::string::npos; p = s.find("yat ", p + 4)) {
        if (p == 0 || (s[p - 1] != 'a' && s[p - 1] != 'A')) continue;
        const std::size_t w = p - 1;  // the word's start
        if (w > 0 && ascii_letter_or_digit(s[w - 1])) continue;
        const std::size_t d = p + 4;
        std::size_t e = d;
        while (e < s.size() && s[e] >= '0' && s[e] <= '9') ++e;
        if (e == d || e - d > 3) continue;
        if (e < s.size() && (ascii_letter_or_digit(s[e]) || s[e] == ')' || s[e] == '.' || s[e] == ':' || s[e] == '-' || s[e] == '/')) continue;
        const std::string before = text::lower(s.substr(w > 60 ? w - 60 : 0, w > 60 ? 60 : w));
        if (before.find("surat") != std::string::npos || before.find("surah") != std::string::npos || before.find("qs") != std::string::npos ||
            before.find("q.s") != std::string::npos || before.find("al-") != std::string::npos)
            continue;
        // the word before: «Pasal N», «pada», «dalam»; or the word after: «huruf», «angka»
        bool pasal = false;
        if (w >= 2 && s[w - 1] == ' ') {
            const std::size_t b = w - 1;  // the space before «ayat»
            std::size_t a = b;
            while (a > 0 && s[a - 1] != ' ') --a;
            const std::string prev = s.substr(a, b - a);
            if (prev == "pada" || prev == "dalam" || prev == "Pada" || prev == "Dalam") pasal = true;
            else if (!prev.empty() && std::isdigit(static_cast<unsigned char>(prev[0])) && a >= 6 && s.compare(a - 6, 6, "Pasal ") == 0) pasal = true;
        }
        if (!pasal && (s.compare(e, 7, " huruf ") == 0 || s.compare(e, 7, " angka ") == 0)) pasal = true;
        if (!pasal) continue;
        const std::string number = s.substr(d, e - d);
        const std::string word = s.substr(w, 4);
        cx.report("RUJUKAN", cx.at(t, d), "«" + word + " " + number + "»: nomor ayat ditulis dalam tanda kurung, «" + word + " (" + number + ")»",
                  "«" + word + " " + number + "»: an ayat's number is written in brackets, «" + word + " (" + number + ")»", word + " (" + number + ")",
                  word + " (" + number + ")");
    }
}

// ---- TANDA-BACA ----

bool ends_with_letter_or_digit(const std::string& s)
{
    std::size_t e = s.size();
    while (e > 0 && s[e - 1] == ' ') --e;
    if (e == 0) return false;
    // the last code point
    std::size_t b = e - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    std::size_t k = b;
    const char32_t cp = text::next_cp(s, k);
    return text::is_letter(cp) || text::is_digit(cp);
}

// A diktum is a sentence: its last paragraph ends with "." (UU 12/2011 Lampiran II). Only a
// diktum whose last block is a paragraph is judged: a list's last item follows the list's form.
void check_diktum_end(Context& cx)
{
    const Decree& d = cx.decree;
    for (std::size_t i = 0; i < d.diktum.size(); ++i) {
        const auto& blocks = d.diktum[i].blocks;
        if (blocks.empty() || blocks.back().is_list) continue;
        const Text t = make_text(blocks.back().paragraph);
        if (!ends_with_letter_or_digit(t.s)) continue;
        std::size_t e = t.s.size();
        while (e > 0 && t.s[e - 1] == ' ') --e;
        const std::string label = diktum_label(d, i);
        cx.report("TANDA-BACA", cx.at(t, e), "diktum " + label + " tidak diakhiri tanda titik", "diktum " + label + " does not end with a full stop",
                  "akhiri dengan «.»", "end it with «.»");
    }
}

// "bahwa untuk menjalankan amanat Keputusan Menteri … tentang Nama Program Studi pada Perguruan Tinggi
// perlu menetapkan …" (Keputusan Dirjen Belmawa 232/2019): a Menimbang item opened by an adverbial
// clause ("untuk …", "berdasarkan …", "dalam rangka …") sets it off with a comma before its main
// clause "perlu menetapkan …" (UU 12/2011 Lampiran II, the Menimbang form "bahwa berdasarkan
// pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan …"; PUEBI: a comma
// after a subordinate clause that opens the sentence). Not after a word that joins "perlu" to the
// clause itself ("maka perlu", "dipandang perlu", "yang perlu"). Only the item that enacts ("perlu
// menetapkan", "membentuk", "mengatur", "mengubah", "mencabut"), the form Lampiran II fixes; an
// item giving a purpose ("… bangsa perlu melaksanakan peringatan …") is left to the reviewer.
void check_menimbang_comma(Context& cx)
{
    static const std::vector<std::string> kOpeners = {"untuk ", "berdasarkan ", "dalam rangka ", "sehubungan dengan ", "sesuai dengan ",
                                                      "guna ", "dengan ", "oleh karena ", "atas dasar ", "demi ", "agar ", "supaya "};
    static const std::set<std::string> kJoined = {"maka", "dipandang", "dianggap", "dirasa", "dirasakan", "dinilai", "memandang", "kiranya",
                                                  "masih", "juga", "pula", "lagi", "sangat", "yang", "tidak", "akan", "sehingga", "itu",
                                                  "kembali", "segera", "dan", "serta", "atau"};
    for (const auto& it : cx.decree.menimbang) {
        const Inline* first = first_paragraph(it.blocks);
        if (!first) continue;
        const Text t = make_text(*first);
        const std::string& s = t.s;
        std::size_t b = s.find_first_not_of(' ');
        if (b == std::string::npos || (s.compare(b, 6, "bahwa ") != 0 && s.compare(b, 6, "Bahwa ") != 0)) continue;
        b += 6;
        bool opened = false;
        for (const auto& o : kOpeners) opened = opened || s.compare(b, o.size(), o) == 0;
        if (!opened) continue;
        for (std::size_t p = s.find(" perlu me", b); p != std::string::npos; p = s.find(" perlu me", p + 1)) {
            if (p == 0 || (!ascii_letter_or_digit(s[p - 1]) && s[p - 1] != ')')) continue;
            bool enacts = false;  // the item that names the instrument: "perlu menetapkan Keputusan …"
            for (const char* v : {"menetapkan", "membentuk", "mengatur", "mengubah", "mencabut"})
                enacts = enacts || s.compare(p + 7, std::char_traits<char>::length(v), v) == 0;
            if (!enacts) continue;
            std::size_t w = p;
            while (w > 0 && s[w - 1] != ' ') --w;
            std::string prev = s.substr(w, p - w);
            for (auto& ch : prev) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (kJoined.count(prev)) continue;
            cx.report("TANDA-BACA", cx.at(t, p), "tanda koma sebelum «perlu …» tertinggal: anak kalimat pembuka butir Menimbang dipisahkan dengan koma",
                      "the comma before «perlu …» is missing: the clause that opens a Menimbang item is set off by a comma", ", perlu",
                      ", perlu");
            break;
        }
    }
}

// The number of a cited law or regulation (KUTIPAN-SALAH): «Undang-Undang Nomor 1l Tahun 2008» (a
// lower-case l for the figure 1, Keputusan Sekda Sumedang 41.1/2022; «O» for 0 likewise) cannot be
// right, and «Peraturan Menteri Dalam Negeri Nomor 90 tentang …» (Perwali Surabaya 68/2021) leaves
// out the year a regulation's number carries (UU 12/2011 Lampiran II: «Nomor … Tahun …»; a
// Keputusan's number holds its year in other forms and is not judged, but a Keputusan Presiden's
// is «Nomor … Tahun …»). Both are rare in the signed
// PP/UU texts of tools/scale (the year missing 4 times in 5,871 texts, each a slip as printed).
void check_cited_number(Context& cx, const Text& t)
{
    const std::string_view s = t.s;
    for (std::size_t p = s.find("Nomor "); p != std::string_view::npos; p = s.find("Nomor ", p + 6)) {
        if (p > 0 && std::isalpha(static_cast<unsigned char>(s[p - 1]))) continue;
        const std::size_t q = p + 6;
        std::size_t e = q;
        bool digit = false, letter = false, other = false;
        while (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != ';' && s[e] != ')') {
            const char c = s[e];
            if (c >= '0' && c <= '9') digit = true;
            else if (c == 'l' || c == 'O') letter = true;
            else other = true;
            ++e;
        }
        if (e == q || other || !digit) continue;
        const std::string_view number = s.substr(q, e - q);
        // «Nomor 7 Tahun 20017», «Nomor 7 Tahun 207»: a year is four figures; a fifth or a missing
        // one is a slip of typing (the injection probe of session 17; never in the training corpus,
        // the samples or the PP texts of tools/scale)
        if (!letter && s.compare(e, 7, " Tahun ") == 0) {
            const std::size_t y = e + 7;
            std::size_t ye = y;
            while (ye < s.size() && s[ye] >= '0' && s[ye] <= '9') ++ye;
            const bool ends = ye >= s.size() || !std::isalnum(static_cast<unsigned char>(s[ye]));
            const std::size_t figures = ye - y;
            if (figures > 0 && figures != 4 && ends) {
                const std::string year(s.substr(y, figures));
                cx.report("KUTIPAN-SALAH", cx.at(t, y),
                          "«Tahun " + year + "»: tahun peraturan yang dikutip ditulis dengan " + std::to_string(figures) + " angka, bukan 4",
                          "«Tahun " + year + "»: the cited regulation's year has " + std::to_string(figures) + " figures, not 4");
                continue;
            }
        }
        if (letter && s.compare(e, 7, " Tahun ") == 0) {
            std::string fixed(number);
            for (char& c : fixed) c = c == 'l' ? '1' : c == 'O' ? '0' : c;
            cx.report("KUTIPAN-SALAH", cx.at(t, q), "«Nomor " + std::string(number) + "»: huruf di tempat angka dalam nomor peraturan yang dikutip («l» untuk 1, «O» untuk 0)",
                      "«Nomor " + std::string(number) + "»: a letter for a figure in a cited number («l» for 1, «O» for 0)",
                      "maksud Anda: Nomor " + fixed + "?", "did you mean: Nomor " + fixed + "?");
            continue;
        }
        if (letter || s.compare(e, 9, " tentang ") != 0) continue;
        // the citation this number belongs to: a law or a regulation named in the same clause
        const std::size_t from = p > 90 ? p - 90 : 0;
        const std::string_view before = s.substr(from, p - from);
        // a Keputusan Presiden is numbered «Nomor … Tahun …» like a regulation (313 citations of one
        // in the signed PP/UU of the public dump, none «Nomor … tentang»): «Keputusan Presiden Nomor
        // 166 tentang Kedudukan …» leaves its year out (Keputusan Presiden 17/2001, Mengingat 4 and 5)
        const bool keppres = before.ends_with("Keputusan Presiden ") || before.ends_with("Keputusan Presiden Republik Indonesia ");
        if (!keppres) {
            const std::size_t law = before.rfind("Undang-Undang "), reg = before.rfind("Peraturan ");
            const std::size_t kind = law == std::string_view::npos ? reg : reg == std::string_view::npos ? law : std::max(law, reg);
            if (kind == std::string_view::npos || before.find_first_of(",;()", kind) != std::string_view::npos) continue;
            if (before.find("Keputusan", kind) != std::string_view::npos) continue;
        }
        cx.report("KUTIPAN-SALAH", cx.at(t, q), "«Nomor " + std::string(number) + " tentang»: tahun peraturan yang dikutip tidak disebut («Nomor " + std::string(number) +
                                                      " Tahun …», UU 12/2011 Lampiran II)",
                  "«Nomor " + std::string(number) + " tentang»: the cited regulation's year is missing («Nomor " + std::string(number) + " Tahun …», UU 12/2011 Lampiran II)");
    }
}

// «Tim sebagaimana dimaksud dalam Diktum KESATU, mempunyai tugas:», «Keputusan … tentang Daftar
// Nama Program Studi pada Perguruan Tinggi, dicabut dan dinyatakan tidak berlaku»: a comma between
// the subject and its predicate (PUEBI / EYD V, tanda koma: no comma parts a subject from its
// predicate; UU 12/2011 Lampiran II writes «Ketentuan lebih lanjut … diatur dengan …» without one).
// A long subject with a reference or a title at its end tempts the drafter to breathe there.
// Judged narrowly: a sentence (or a Menimbang clause after «bahwa») whose first word is a
// capitalised noun, not an opening adverbial («Dalam», «Untuk», «Apabila», «Berdasarkan» …: there
// the comma closes the opening clause and «…, dibentuk Tim» is right) nor a verb; the first comma
// of the sentence, outside brackets, with no «:» or «;» before it, three words at least before it;
// and straight after it a word that can only be the predicate: «mempunyai», «memiliki»,
// «bertugas», «berfungsi», «adalah», «merupakan», «terdiri», «dibebankan», «ditetapkan»,
// «dicabut», «mulai berlaku», «bertanggung jawab», «akan», «wajib», «harus», «diatur»,
// «dilaksanakan». Not after a gazette's bracket («… (Lembaran Negara … Nomor 3480), dicabut dan
// dinyatakan tidak berlaku»: the formula of Lampiran II prints that comma), and not the amending
// formula «…, diubah sebagai berikut:».
void check_subject_comma(Context& cx, const Text& t)
{
    static const std::set<std::string_view, std::less<>> kOpeners = {
        "dalam", "untuk", "apabila", "jika", "bila", "dengan", "pada", "berdasarkan", "sesuai", "selain", "setelah", "sebelum",
        "sesudah", "guna", "bagi", "atas", "sehubungan", "terhadap", "demi", "agar", "supaya", "selama", "sejak", "meskipun",
        "walaupun", "karena", "oleh", "mengingat", "menimbang", "memperhatikan", "sambil", "sementara", "seiring", "sebagai",
        "menurut", "selanjutnya", "kecuali", "sepanjang", "di", "ke", "dari", "hingga", "sampai", "tanpa", "melalui", "tidak",
        "namun", "akan", "tetapi", "dan", "atau", "serta", "maka", "kemudian", "setiap", "manakala", "begitu",
        "yang", "bahwa", "menindaklanjuti", "perlu", "terkait", "bersama", "antara", "tersebut", "adapun", "sedangkan", "misalnya",
        "catatan", "keterangan", "dikecualikan"};
    static const std::set<std::string_view, std::less<>> kPredicates = {"mempunyai", "memiliki", "bertugas", "berfungsi", "adalah", "merupakan",
                                                      "terdiri", "dibebankan", "ditetapkan", "dicabut", "mulai", "bertanggung",
                                                      "akan", "wajib", "harus", "diatur", "dilaksanakan", "diubah"};
    if (t.table_cell) return;
    const std::string_view s = t.s;
    if (s.find(", ") == std::string_view::npos) return;  // most paragraphs: no comma to judge
    auto word_at = [&](std::size_t p) {
        std::size_t e = p;
        while (e < s.size() && (std::isalpha(static_cast<unsigned char>(s[e])) || s[e] == '-' || s[e] == '/')) ++e;
        return s.substr(p, e - p);
    };
    // sentence starts: the paragraph's, and after ". " before a capital where a word of three
    // lower-case letters ends the sentence before it («S.H.», «No.», «2.» end none)
    std::vector<std::size_t> starts = {s.find_first_not_of(' ')};
    if (starts[0] == std::string_view::npos) return;
    for (std::size_t p = s.find(". "); p != std::string::npos; p = s.find(". ", p + 1)) {
        if (p < 3 || p + 2 >= s.size() || !std::isupper(static_cast<unsigned char>(s[p + 2]))) continue;
        if (!std::islower(static_cast<unsigned char>(s[p - 1])) || !std::islower(static_cast<unsigned char>(s[p - 2])) ||
            !std::islower(static_cast<unsigned char>(s[p - 3])))
            continue;
        starts.push_back(p + 2);
    }
    for (std::size_t b : starts) {
        if (s.compare(b, 6, "bahwa ") == 0 || s.compare(b, 6, "Bahwa ") == 0) b += 6;
        std::string_view first = word_at(b);
        if (first.size() < 2 || !std::isupper(static_cast<unsigned char>(first[0]))) continue;
        std::string lf = text::lower(first);
        // «Pada saat Instruksi ini mulai berlaku, Instruksi Bupati … tentang Pelaksanaan Pemakaian
        // Bahasa Jawa, dicabut …» (Instruksi Bupati Kulon Progo 3/2009): after an opening clause
        // and its comma the main clause begins, and its subject is judged the same way
        if (kOpeners.count(lf)) {
            int level = 0;
            std::size_t c = std::string::npos;
            for (std::size_t i = b; i < s.size() && c == std::string::npos; ++i) {
                if (s[i] == '(') ++level;
                else if (s[i] == ')') level = level > 0 ? level - 1 : 0;
                else if (level == 0 && (s[i] == ':' || s[i] == ';')) break;
                else if (level == 0 && s[i] == ',') c = i;
            }
            if (c == std::string::npos || c + 2 >= s.size() || s[c + 1] != ' ') continue;
            b = c + 2;
            if (s.compare(b, 5, "maka ") == 0) b += 5;  // «Pada saat …, maka Instruksi … , dicabut»
            first = word_at(b);
            if (first.size() < 2 || !std::isupper(static_cast<unsigned char>(first[0]))) continue;
            lf = text::lower(first);
            if (kOpeners.count(lf)) continue;
        }
        // a verb opens the sentence («Menunjuk …», «Dibentuk …»): its subject is elsewhere
        if (lf.compare(0, 2, "me") == 0 && lf != "menteri") continue;
        if (lf.compare(0, 2, "di") == 0 && lf.size() > 4 &&
            (lf.compare(lf.size() - 3, 3, "kan") == 0 || lf.back() == 'i' || lf.compare(0, 4, "dibe") == 0 || lf.compare(0, 4, "dite") == 0))
            continue;
        // the first comma outside brackets, before the sentence's end and any «:» or «;»
        int depth = 0;
        std::size_t comma = std::string::npos, words = 1;
        for (std::size_t i = b; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '(') ++depth;
            else if (c == ')') depth = depth > 0 ? depth - 1 : 0;
            else if (depth == 0 && (c == ':' || c == ';')) break;
            else if (c == '.' && i + 1 < s.size() && s[i + 1] == ' ' && i >= 3 && std::islower(static_cast<unsigned char>(s[i - 1])) &&
                     std::islower(static_cast<unsigned char>(s[i - 2])))
                break;
            else if (c == ' ') ++words;
            else if (c == ',' && depth == 0) {
                // a comma inside a name the subject holds («Keputusan Menteri Riset, Teknologi, dan
                // Pendidikan Tinggi Nomor … tentang …, dicabut …»): a capitalised word follows it,
                // or «dan»/«serta»/«atau» and one; the subject goes on to the next comma
                std::size_t n = i + 2;
                if (i + 1 < s.size() && s[i + 1] == ' ') {
                    for (const char* conj : {"dan ", "serta ", "atau "})
                        if (s.compare(n, std::char_traits<char>::length(conj), conj) == 0) n += std::char_traits<char>::length(conj);
                    if (n < s.size() && std::isupper(static_cast<unsigned char>(s[n])) && !kPredicates.count(word_at(i + 2))) continue;
                }
                comma = i;
                break;
            }
        }
        if (comma == std::string::npos || words < 3 || comma + 2 >= s.size() || s[comma + 1] != ' ') continue;
        // «X adalah satuan organisasi yang …, bertugas …»: the sentence has its predicate already
        if (s.substr(b, comma - b).find(" adalah ") != std::string_view::npos) continue;
        const std::string_view pred = word_at(comma + 2);
        if (!kPredicates.count(pred)) continue;
        const std::size_t after = comma + 2 + pred.size();
        if (pred == "mulai" && s.compare(after, 8, " berlaku") != 0) continue;
        if (pred == "bertanggung" && s.compare(after, 6, " jawab") != 0) continue;
        if (pred == "diubah" && s.compare(after, 16, " sebagai berikut") == 0) continue;
        if (comma > 0 && s[comma - 1] == ')') {  // a gazette's bracket: the formula's comma
            const std::size_t open = s.rfind('(', comma);
            if (open != std::string::npos &&
                (s.compare(open + 1, 8, "Lembaran") == 0 || s.compare(open + 1, 6, "Berita") == 0 || s.compare(open + 1, 8, "Tambahan") == 0))
                continue;
        }
        std::size_t w = comma;
        while (w > b && s[w - 1] != ' ') --w;
        const std::string shown = std::string(s.substr(w, comma - w)) + ", " + std::string(pred);
        cx.report("TANDA-BACA", cx.at(t, comma), "«" + shown + "»: tanda koma memisahkan subjek dari predikatnya (PUEBI: subjek dan predikat tidak dipisahkan koma)",
                  "«" + shown + "»: a comma parts the subject from its predicate (PUEBI: no comma between subject and predicate)",
                  "hapus «,»", "remove the «,»");
        return;  // once a paragraph
    }
}

// "… berada dibawah penguasaannya atau tidak. PPID pembantu dapat memperpanjang waktu paling lambat
// 7 (tujuh) hari kerja" (Keputusan Kadis Kominfo Kalbar 124/2024): a paragraph whose earlier
// sentence ends with "." ends its last sentence so too (PUEBI: tanda titik at the end of a
// statement). A heading or a name has no full stop inside it; a table cell is left alone (its
// cells are phrases). Tried before (h18kap) without the conditions on the words about the stop and
// the line break: a false finding on a distribution list's note.
void check_last_sentence_stop(Context& cx, const Text& t)
{
    if (t.table_cell || !ends_with_letter_or_digit(t.s)) return;
    const std::string& s = t.s;
    // a bare figure at the end is a table or formula flattened into the text (a tools/scale artefact)
    if (std::isdigit(static_cast<unsigned char>(s[s.find_last_not_of(' ')]))) return;
    bool sentence = false;
    for (std::size_t p = s.find(". "); p != std::string::npos && !sentence; p = s.find(". ", p + 1)) {
        // the word before the stop: three lower-case letters at least (not "Dr.", "No.", "S.H.", "2.")
        std::size_t w = p;
        while (w > 0 && std::islower(static_cast<unsigned char>(s[w - 1]))) --w;
        if (p - w < 3 || (w > 0 && s[w - 1] != ' ')) continue;
        // the next: a capitalised word and then a lower-case one ("PPID pembantu dapat …")
        std::size_t q = p + 2;
        if (q >= s.size() || !std::isupper(static_cast<unsigned char>(s[q]))) continue;
        while (q < s.size() && std::isalnum(static_cast<unsigned char>(s[q]))) ++q;
        // a division's heading is no sentence ("… percetakan. Bagian keempat Lapangan Usaha", joined
        // by a PDF extraction)
        const std::string next = s.substr(p + 2, q - p - 2);
        if (next == "BAB" || next == "Bab" || next == "Bagian" || next == "Paragraf" || next == "Pasal") continue;
        sentence = q + 1 < s.size() && s[q] == ' ' && std::islower(static_cast<unsigned char>(s[q + 1]));
        // a line break after the stop starts a line of its own ("Yang bersangkutan.<baris-baru/>Untuk
        // diketahui …", a distribution list's note): the two are not one paragraph's sentences
        if (sentence)
            for (const auto& sg : t.segs)
                if (p >= sg.begin && p < sg.end) sentence = p + 2 < sg.end;
    }
    if (!sentence) return;
    const std::size_t e = s.find_last_not_of(' ');
    cx.report("TANDA-BACA", cx.at(t, e), "kalimat terakhir paragraf tidak diakhiri tanda titik, padahal kalimat sebelumnya diakhiri «.»",
              "the paragraph's last sentence does not end with a full stop where the one before it does", "akhiri dengan «.»",
              "end it with «.»");
}

// "Peraturan Menteri … Nomor: 41/PER/…": the number of cited legislation follows "Nomor" without
// a colon (UU 12/2011 Lampiran II, the form of every citation). The decree's own number line is
// metadata, not running text, and keeps the house style's "Nomor :".
void check_number_colon(Context& cx, const Text& t, bool mengingat)
{
    const auto colons = number_colons(t.s, mengingat);
    if (colons.empty()) return;
    const NumberColon& c = colons.front();  // one slip of the paragraph's habit
    cx.report("TANDA-BACA", cx.at(t, c.at), "«Nomor:» dalam kutipan peraturan: nomor ditulis tanpa titik dua («" + c.kind + " Nomor …»)",
              "«Nomor:» inside a citation: the number follows without a colon («" + c.kind + " Nomor …»)", "hapus «:»", "drop the «:»");
}

// An academic degree keeps its final stop: "S.H.", "M.Si." (Permenristekdikti 63/2016 on
// degrees; PUEBI: an abbreviation of a degree ends with "."). Judged only before "/" and the
// member's post ("S.H/Penyuluh", "M.H/NIP."): a degree closing a name, or before another degree
// ("S.Psi, M.Psi"), without its stop is how several offices print a list of members.
void check_degree_stop(Context& cx, const Text& t, const DataRows& rows)
{
    const std::string& s = t.s;
    // only a degree followed by "/" is reported below: a paragraph without one has nothing to find
    if (s.find('/') == std::string::npos) return;
    for (const auto& row : rows) {
        if (row.empty() || row[0].size() < 3 || row[0].back() != '.') continue;
        const std::string_view bare = std::string_view(row[0]).substr(0, row[0].size() - 1);
        for (std::size_t p = s.find(bare); p != std::string::npos; p = s.find(bare, p + 1)) {
            const std::size_t end = p + bare.size();
            if (p > 0 && (ascii_letter_or_digit(s[p - 1]) || s[p - 1] == '.')) continue;
            if (end >= s.size()) continue;
            const char next = s[end];
            if (next == '.' || ascii_letter_or_digit(next) || static_cast<unsigned char>(next) >= 0x80) continue;
            std::size_t q = end;
            while (q < s.size() && (s[q] == ' ' || s[q] == ')')) ++q;
            if (q >= s.size()) continue;  // the degree closes the paragraph
            if (next != '/') continue;
            cx.report("TANDA-BACA", cx.at(t, end), "gelar «" + std::string(bare) + "» tanpa titik akhir; ditulis «" + row[0] + "»",
                      "the degree «" + std::string(bare) + "» lacks its final stop; it is written «" + row[0] + "»", row[0], row[0]);
            return;
        }
    }
}

// "DANIEL BAHRUN S.STP PADA ASISTEN SEKDA" among "MARKUS TODING, SE PADA …" (Keputusan Bupati Boven
// Digoel 2024, its Lampiran): PUEBI (tanda koma) puts a comma between a name and the degree after it,
// "B. Ratulangi, S.E.", to tell the degree from an initial of the name. Reported where a name
// (a capitalised word of letters) is followed by a degree of gelar.txt (with its stop or not,
// a compound "S.Tr.Bns" read as its first part "S.Tr.") and the decree writes the comma before a
// degree twice at least elsewhere, so the form is the decree's own. One finding a paragraph.
void check_degree_comma(Context& cx, const std::vector<Text>& texts, const DataRows& rows)
{
    struct Hit {
        const Text* t;
        std::size_t at;
        std::string degree;
        bool stop = false;  ///< a full stop where the comma goes ("F.SERAN.S.Tr.Par")
    };
    std::vector<Hit> bare_hits;
    int with_comma = 0;
    // A degree is looked for only where a word starts (the byte before it no letter, digit or stop).
    // The pairs of bytes that open such a place in a paragraph, hashed into 1,024 bits, are gathered
    // in one pass; a degree whose first two bytes are not among them is not searched for (31 searches
    // of every paragraph with a stop before, most of them for a pair like «S.» the paragraph lacks).
    // Bytes of 0x80 and up count as a word's start here, so the set holds every place the search takes.
    for (const Text& t : texts) {
        const std::string& s = t.s;
        if (s.find('.') == std::string::npos) continue;
        std::uint64_t starts[16] = {};
        for (std::size_t p = 2; p + 1 < s.size(); ++p) {
            const char c = s[p - 1];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.') continue;
            const unsigned k = pair_key(s[p], s[p + 1]);
            starts[k >> 6] |= std::uint64_t{1} << (k & 63);
        }
        bool reported = false;
        for (const auto& row : rows) {
            if (row.empty() || row[0].size() < 3 || row[0].back() != '.') continue;
            const std::string_view bare = std::string_view(row[0]).substr(0, row[0].size() - 1);
            if (!has_key(starts, pair_key(bare[0], bare[1]))) continue;
            for (std::size_t p = s.find(bare); p != std::string::npos; p = s.find(bare, p + 1)) {
                if (p < 2 || ascii_letter_or_digit(s[p - 1])) continue;
                // "JESSILITHA F.SERAN.S.Tr.Par" (Boven Digoel 2024): a stop for the comma after a name
                // in capitals (four letters at least, so no abbreviation such as «DRS.» or «IR.»)
                bool stop = false;
                if (s[p - 1] == '.') {
                    std::size_t w = p - 1;
                    while (w > 0 && std::isupper(static_cast<unsigned char>(s[w - 1]))) --w;
                    if (reported || p - 1 - w < 4 || (w > 0 && s[w - 1] != ' ' && s[w - 1] != '.')) continue;
                    stop = true;
                }
                // the degree's own end: its stop, and a compound's further parts ("S.Tr" + ".Bns")
                std::size_t end = p + bare.size();
                if (end < s.size() && s[end] == '.') {
                    ++end;
                    while (end < s.size() && ascii_letter_or_digit(s[end])) {
                        while (end < s.size() && ascii_letter_or_digit(s[end])) ++end;
                        if (end < s.size() && s[end] == '.') ++end;
                        else break;
                    }
                }
                if (end < s.size() && (ascii_letter_or_digit(s[end]) || static_cast<unsigned char>(s[end]) >= 0x80)) continue;
                if (s[p - 1] == ',' || (s[p - 1] == ' ' && s[p - 2] == ',')) {
                    ++with_comma;
                    continue;
                }
                if (stop) {
                    bare_hits.push_back({&t, p - 1, std::string(s.substr(p, end - p)), true});
                    reported = true;
                    continue;
                }
                if (s[p - 1] != ' ' || reported) continue;
                // the word before: a name (capitalised, letters only, two at least)
                std::size_t b = p - 1;
                while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
                const std::size_t n = p - 1 - b;
                if (n < 2 || !std::isupper(static_cast<unsigned char>(s[b])) || (b > 0 && s[b - 1] != ' ')) continue;
                bare_hits.push_back({&t, p, std::string(s.substr(p, end - p))});
                reported = true;
            }
        }
    }
    if (with_comma < 2) return;
    for (const Hit& h : bare_hits) {
        if (h.stop)
            cx.report("TANDA-BACA", cx.at(*h.t, h.at), "tanda titik, bukan koma, antara nama dan gelar «" + h.degree + "»",
                      "a full stop, not a comma, between the name and the degree «" + h.degree + "»", ", " + h.degree, ", " + h.degree);
        else
            cx.report("TANDA-BACA", cx.at(*h.t, h.at), "tanpa koma antara nama dan gelar «" + h.degree + "»",
                      "no comma between the name and the degree «" + h.degree + "»", ", " + h.degree, ", " + h.degree);
    }
}

// "REFLUTA R. WAREM Amd.Sos PADA SATUAN POLISI PAMONG PRAJA" (Keputusan Bupati Boven Digoel 2024, its
// Lampiran): the diploma degree Ahli Madya is abbreviated "A.Md." and its field follows ("A.Md.Sos.",
// "A.Md.Kep.": Permenristekdikti 63/2016; PUEBI: a degree's abbreviation takes its stops). "Amd" or
// "AMd" as a whole word after a name (a capitalised word, or its comma) is that degree miswritten;
// "AMD" in capitals is left alone (an acronym). One finding a paragraph.
void check_ahli_madya(Context& cx, const Text& t)
{
    const std::string& s = t.s;
    for (const char* form : {"Amd", "AMd"}) {
        for (std::size_t p = s.find(form); p != std::string::npos; p = s.find(form, p + 1)) {
            if (p < 2 || ascii_letter_or_digit(s[p - 1]) || s[p - 1] == '.') continue;
            std::size_t end = p + 3;
            if (end < s.size() && (ascii_letter_or_digit(s[end]) || static_cast<unsigned char>(s[end]) >= 0x80)) continue;
            // the field: ".Sos", ".Kep." …
            while (end < s.size() && s[end] == '.' && end + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[end + 1]))) {
                ++end;
                while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) ++end;
            }
            // after a name: its comma, or a capitalised word of letters
            std::size_t b = p - 1;
            if (s[b] == ' ') --b;
            if (s[b] != ',') {
                std::size_t w = b + 1;
                while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
                if (w > b || !std::isupper(static_cast<unsigned char>(s[w]))) continue;
            }
            const std::string written = s.substr(p, end - p);
            const std::string standard = "A.Md" + s.substr(p + 3, end - p - 3) + ".";
            cx.report("TANDA-BACA", cx.at(t, p), "gelar Ahli Madya «" + written + "» ditulis «" + standard + "»",
                      "the Ahli Madya degree «" + written + "» is written «" + standard + "»", standard, standard);
            return;
        }
    }
}

// "Ira Tursilowati, SH.MH" (Perwali Surabaya 68/2021): two degrees written without their stops and
// joined by one, for "S.H., M.H." (PUEBI: a degree's abbreviation takes its stops, and degrees after
// a name are parted by a comma). Both parts must be degrees of gelar.txt with their stops dropped
// ("SH" for "S.H.", "MH" for "M.H."), so an abbreviation or a number is never read as one.
using UndottedDegrees = std::map<std::string, std::string>;  // "SH" -> "S.H."

UndottedDegrees undotted_degrees(const DataRows& rows)
{
    UndottedDegrees undotted;
    for (const auto& row : rows) {
        if (row.empty() || row[0].size() < 3) continue;
        std::string u;
        for (char c : row[0])
            if (c != '.') u += c;
        if (u.size() >= 2) undotted.emplace(u, row[0]);
    }
    return undotted;
}

void check_degrees_joined(Context& cx, const Text& t, const UndottedDegrees& undotted)
{
    const std::string& s = t.s;
    if (s.find('.') == std::string::npos) return;
    for (std::size_t p = s.find('.'); p != std::string::npos; p = s.find('.', p + 1)) {
        std::size_t b = p, e = p + 1;
        while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
        while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
        if (b == p || e == p + 1 || (b > 0 && (s[b - 1] == '.' || ascii_letter_or_digit(s[b - 1])))) continue;
        if (e < s.size() && (s[e] == '.' || ascii_letter_or_digit(s[e]) || static_cast<unsigned char>(s[e]) >= 0x80)) continue;
        const auto first = undotted.find(s.substr(b, p - b));
        const auto second = undotted.find(s.substr(p + 1, e - p - 1));
        if (first == undotted.end() || second == undotted.end()) continue;
        const std::string written = s.substr(b, e - b), standard = first->second + ", " + second->second;
        cx.report("TANDA-BACA", cx.at(t, b), "gelar «" + written + "» ditulis «" + standard + "»",
                  "the degrees «" + written + "» are written «" + standard + "»", standard, standard);
        return;
    }
}

// "JOZZY B.KUMARA DEWY" (Keputusan Bupati Boven Digoel 2024, its Lampiran): PUEBI writes an initial
// with its stop and a space before the rest of the name ("B. Ratulangi", "Moh. Hatta"). Reported
// where a capital and its stop stand right before a word of four letters at least that starts with a
// capital, inside a name (after a capitalised word, or opening the text). Not a degree after its
// comma ("…, S.Kom"), nor one of gelar.txt ("S.Farm"), nor an abbreviation going on with a stop,
// nor a name run into its degree by a comma, which the comma's spacing reports.
void check_initial_space(Context& cx, const Text& t, const DataRows& degrees)
{
    const std::string& s = t.s;
    const auto upper = [&](std::size_t k) { return k < s.size() && std::isupper(static_cast<unsigned char>(s[k])); };
    for (std::size_t i = 1; i + 4 < s.size(); ++i) {
        if (s[i] != '.' || !upper(i - 1) || !upper(i + 1)) continue;
        if (i >= 2) {
            if (s[i - 2] != ' ' || i < 3) continue;
            // the word before: capitalised letters ("JOZZY", "Hilarus")
            std::size_t b = i - 2;
            while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
            if (b + 2 > i - 2 || !upper(b) || (b > 0 && s[b - 1] != ' ')) continue;
        }
        std::size_t e = i + 1;
        while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
        if (e - (i + 1) < 4) continue;
        if (e < s.size() && (s[e] == '.' || std::isdigit(static_cast<unsigned char>(s[e])) || static_cast<unsigned char>(s[e]) >= 0x80)) continue;
        // "J.KURUWAIB,S.IP": the name's spacing is one slip, and the comma run into the degree is
        // reported already (SPASI-TANDA, no space after ","): one finding
        if (e + 1 < s.size() && s[e] == ',' && std::isalpha(static_cast<unsigned char>(s[e + 1]))) continue;
        const std::string token = s.substr(i - 1, e - (i - 1)) + ".";
        bool degree = false;
        for (const auto& row : degrees) degree = degree || (!row.empty() && row[0] == token);
        if (degree) continue;
        cx.report("SPASI-TANDA", cx.at(t, i + 1), "tidak ada spasi sesudah inisial «" + s.substr(i - 1, 2) + "»",
                  "no space after the initial «" + s.substr(i - 1, 2) + "»", s.substr(i - 1, 2) + " " + s.substr(i + 1, e - i - 1),
                  s.substr(i - 1, 2) + " " + s.substr(i + 1, e - i - 1));
        return;
    }
}

// "tentang Kesehatan, (Lembaran Negara …": the gazette reference follows the cited title directly
// (UU 12/2011 Lampiran II: "… tentang Pemerintahan Daerah (Lembaran Negara …)"); a comma before
// its bracket is stray.
void check_comma_before_gazette(Context& cx, const Text& t)
{
    for (const char* g : {", (Lembaran", ", (Berita"}) {
        const std::size_t p = t.s.find(g);
        if (p == std::string::npos || p == 0 || !ascii_letter_or_digit(t.s[p - 1])) continue;
        cx.report("TANDA-BACA", cx.at(t, p), "koma sebelum rujukan lembaran/berita negara atau daerah",
                  "a comma before the gazette reference", "hapus «,»", "drop the «,»");
        return;
    }
}

// Whether the text from `from` to `to` stands inside a gazette bracket: the nearest "(" before
// `from` opens «Lembaran …» or «Berita …», and no ")" closes it before `to`.
bool in_gazette_bracket(std::string_view s, std::size_t from, std::size_t to)
{
    const std::size_t open = s.rfind('(', from);
    if (open == std::string_view::npos || s.find(')', open) < to) return false;
    const std::string_view opening = s.substr(open + 1, 8);
    return opening == "Lembaran" || opening.substr(0, 6) == "Berita";
}

// The figures that end right before `p` when «label » stands before them ("Nomor 244", "Tahun
// 2004"): where they start, or npos (no figure, or another word before them).
std::size_t figures_after_label(std::string_view s, std::size_t p, std::string_view label)
{
    std::size_t d = p;
    while (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9') --d;
    if (d == p || d < label.size() + 1 || s.substr(d - label.size() - 1, label.size()) != label || s[d - 1] != ' ')
        return std::string_view::npos;
    return d;
}

// "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244 Tambahan Lembaran Negara …)" lacks the
// comma between the Lembaran and its Tambahan (UU 12/2011 Lampiran II: "… Nomor 244, Tambahan …").
// Only inside a bracket that opens with "Lembaran" or "Berita", so "Nomor 5 Tambahan" elsewhere in
// a sentence is left alone.
void check_comma_before_tambahan(Context& cx, const Text& t)
{
    static constexpr std::string_view kTambahan = " Tambahan ";
    const std::string_view s = t.s;
    for (std::size_t p = s.find(kTambahan); p != std::string_view::npos; p = s.find(kTambahan, p + 1)) {
        // the number right before: "Nomor 244"
        const std::size_t d = figures_after_label(s, p, "Nomor");
        if (d == std::string_view::npos || !in_gazette_bracket(s, d, p)) continue;
        const std::string fixed(std::string(s.substr(d - 6, p - d + 6)) + ", Tambahan");
        cx.report("TANDA-BACA", cx.at(t, p),
                  "tanda koma sebelum «Tambahan» dalam rujukan lembaran: «" + std::string(s.substr(d - 6, p - d + 6)) + ", Tambahan …»",
                  "a comma before «Tambahan» in a gazette reference: «" + std::string(s.substr(d - 6, p - d + 6)) + ", Tambahan …»",
                  fixed, fixed);
    }
}

// "(Lembaran Negara Republik Indonesia Tahun 2004, Nomor 32, …)": a comma between the gazette's
// year and its number (UU 12/2011 Lampiran II writes «Tahun 2004 Nomor 32»). Only inside a bracket
// that opens with «Lembaran» or «Berita», as the comma before «Tambahan». 8 of about 3,000 PP/UU of
// 1990 on in github.com/mblonyox/data-peraturan print it so («Sumber Daya Air (Lembaran Negara
// Republik Indonesia Tahun 2004, Nomor 32, …»).
void check_comma_in_gazette(Context& cx, const Text& t)
{
    static constexpr std::string_view kComma = ", Nomor ";
    const std::string_view s = t.s;
    for (std::size_t p = s.find(kComma); p != std::string_view::npos; p = s.find(kComma, p + 1)) {
        // the year right before: "Tahun 2004"
        const std::size_t d = figures_after_label(s, p, "Tahun");
        if (d == std::string_view::npos || p - d != 4 || !in_gazette_bracket(s, d, p)) continue;
        const std::string written(s.substr(d - 6, 10));
        cx.report("TANDA-BACA", cx.at(t, p), "tanda koma di antara tahun dan nomor lembaran: «" + written + ", Nomor …»; ditulis «" + written + " Nomor …»",
                  "a comma between the gazette's year and its number: «" + written + ", Nomor …»; it reads «" + written + " Nomor …»",
                  "hapus koma", "drop the comma");
    }
}

// Where each Mengingat item starts: a kind broken by a comma there leaves the item citing no
// kind of legislation, which MENGINGAT-JENIS reports (one slip, one finding).
std::vector<std::pair<std::uint32_t, std::uint32_t>> mengingat_starts(Context& cx)
{
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    if (!cx.enabled("MENGINGAT-JENIS")) return out;
    for (const auto& it : cx.decree.mengingat)
        if (const Inline* first = first_paragraph(it.blocks)) {
            const Text t = make_text(*first);
            std::size_t b = 0;
            while (b < t.s.size() && t.s[b] == ' ') ++b;
            const SourcePos at = cx.at(t, b);
            out.push_back({at.line, at.column});
        }
    return out;
}

// "Peraturan, Pemerintah": a comma inside the name of a kind of legislation or of the gazette.
void check_kind_comma(Context& cx, const Text& t, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& item_starts)
{
    static const std::pair<const char*, std::vector<const char*>> kinds[] = {
        {"Peraturan", {"Pemerintah", "Presiden", "Menteri", "Daerah", "Gubernur", "Bupati", "Wali", "Walikota", "Komisi", "Badan"}},
        {"Keputusan", {"Presiden", "Menteri", "Gubernur", "Bupati", "Wali", "Walikota"}},
        {"Lembaran", {"Negara", "Daerah"}},
        {"Berita", {"Negara", "Daerah"}},
        {"Tambahan", {"Lembaran"}},
        // the fixed terms of an organisation's title: "Kedudukan, Tugas, Fungsi, Kewenangan,
        // Susunan Organisasi, dan Tata Kerja" (Keppres 9/2004 typed "Susunan, Organisasi")
        {"Susunan", {"Organisasi"}},
        {"Tata", {"Kerja"}},
    };
    // each head is "<kind>, ": a paragraph without ", " (most) has none, and the heads are built
    // once, not for every paragraph
    static const std::vector<std::string> heads = [] {
        std::vector<std::string> h;
        for (const auto& k : kinds) h.push_back(std::string(k.first) + ", ");
        return h;
    }();
    const std::string& s = t.s;
    if (s.find(", ") == std::string::npos) return;
    for (std::size_t i = 0; i < std::size(kinds); ++i) {
        const auto& [first, seconds] = kinds[i];
        const std::string& head = heads[i];
        for (std::size_t p = s.find(head); p != std::string::npos; p = s.find(head, p + 1)) {
            if (p > 0 && ascii_letter_or_digit(s[p - 1])) continue;
            const std::size_t w = p + head.size();
            for (const char* second : seconds) {
                const std::string sec(second);
                if (s.compare(w, sec.size(), sec) != 0) continue;
                if (w + sec.size() < s.size() && ascii_letter_or_digit(s[w + sec.size()])) continue;
                const std::string name = std::string(first) + " " + sec;
                if (!item_starts.empty() && t.s.find_first_not_of(' ') == p) {
                    const SourcePos at = cx.at(t, p);
                    if (std::find(item_starts.begin(), item_starts.end(), std::make_pair(at.line, at.column)) != item_starts.end()) return;
                }
                cx.report("TANDA-BACA", cx.at(t, p + std::string(first).size()),
                          "koma di dalam nama «" + name + "»", "a comma inside the name «" + name + "»", name, name);
                return;
            }
        }
    }
}

// a citation followed in its clause (before any «;» or «:») by «dinyatakan tidak berlaku», «dicabut» or
// «tetap berlaku» is what the sentence repeals or keeps: the subject of its predicate
bool subject_of_repeal(const std::string& s, std::size_t from)
{
    const std::size_t stop = std::min({s.size(), s.find(';', from), s.find(':', from), from + 400});
    for (const char* verb : {" dinyatakan tidak berlaku", " dicabut", " tetap berlaku"}) {
        const std::size_t v = s.find(verb, from);
        if (v != std::string::npos && v < stop) return true;
    }
    return false;
}

// "ketentuan Pasal 12 ayat (3) dan Pasal 18 ayat (3), Peraturan Pemerintah Nomor 43 Tahun 2006": the
// Pasal belong to the regulation named right after them, and no comma parts the two (UU 12/2011
// Lampiran II, Teknik Pengacuan: "Pasal 5 ayat (4) Undang-Undang Nomor …"). Only before a
// citation with its number, so "Pasal 5, Peraturan Menteri ini …" is left alone; a list of Pasal
// ("Pasal 43, Pasal 44, …") has another Pasal after the comma, not a kind.
void check_comma_after_pasal(Context& cx, const Text& t)
{
    const std::string& s = t.s;
    for (std::size_t p = s.find(", "); p != std::string::npos; p = s.find(", ", p + 1)) {
        if (p == 0) continue;
        // what ends before the comma: "ayat (3)", "Pasal 12", "Pasal 3A", "huruf b", "angka 4"
        std::size_t ref = std::string::npos;
        if (s[p - 1] == ')') {
            const std::size_t open = s.rfind('(', p - 1);
            if (open != std::string::npos && open >= 5 && s.compare(open - 5, 5, "ayat ") == 0) ref = open - 5;
        } else {
            std::size_t b = p;
            while (b > 0 && ascii_letter_or_digit(s[b - 1])) --b;
            if (b == p || b < 2 || s[b - 1] != ' ') continue;
            const std::size_t w = s.rfind(' ', b - 2);
            const std::size_t wb = w == std::string::npos ? 0 : w + 1;
            const std::string word = s.substr(wb, b - 1 - wb);
            const std::string mark = s.substr(b, p - b);
            const bool digits = std::isdigit(static_cast<unsigned char>(mark[0])) != 0;
            if ((word == "Pasal" && digits) || (word == "angka" && digits) ||
                (word == "huruf" && mark.size() == 1 && std::islower(static_cast<unsigned char>(mark[0]))))
                ref = wb;
        }
        if (ref == std::string::npos) continue;
        // "Pasal 167 ayat (8)": the ayat's Pasal names the reference in the message
        if (s.compare(ref, 5, "ayat ") == 0 && ref >= 2 && s[ref - 1] == ' ') {
            std::size_t n = ref - 1;
            while (n > 0 && ascii_letter_or_digit(s[n - 1])) --n;
            if (n >= 6 && n < ref - 1 && s.compare(n - 6, 6, "Pasal ") == 0) ref = n - 6;
        }
        const auto c = citation_at(s, p + 2);
        if (!c || c->level == kUud || c->number.empty()) continue;
        // "Terhitung sejak … penggabungan sebagaimana dimaksud dalam Pasal 1, Peraturan Pemerintah Nomor
        // 4 Tahun 1973 tentang … dinyatakan tidak berlaku" (PP of 1990-2004): the comma closes an
        // opening clause, and the citation after it is the subject of the sentence's predicate
        if (subject_of_repeal(s, p + 2)) continue;
        // "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, Peraturan
        // Anggota Dewan Gubernur Nomor 21/18/PADG/2019 tentang … perlu disesuaikan;" (Bank Indonesia,
        // PADG 23/8/PADG/2021, training part of tests/corpus): the letters are the Menimbang's own
        // items, the comma closes the formula's opening clause (UU 12/2011 Lampiran II: «berdasarkan
        // pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu …»), and the citation
        // after it is the subject of the sentence
        {
            const std::size_t clause = s.rfind(';', ref);
            const std::size_t opening = s.rfind("berdasarkan pertimbangan sebagaimana dimaksud", ref);
            if (opening != std::string::npos && (clause == std::string::npos || opening > clause)) continue;
        }
        const std::string written = s.substr(ref, p - ref);
        cx.report("TANDA-BACA", cx.at(t, p), "koma antara «" + written + "» dan peraturan yang memuatnya («" + c->kind + " Nomor …»)",
                  "a comma between «" + written + "» and the regulation it belongs to («" + c->kind + " Nomor …»)", "hapus «,»", "drop the «,»");
        return;
    }
}

// "… tentang Retribusi Pemakaian Kekayaan Daerah Tahun, sebagaimana telah diubah …" (Perda Sulawesi
// Utara 2/2016): a "Tahun" left in a cited title with no year after it. A title's "Tahun" is followed
// by its year ("Tahun 2017", "Tahun Anggaran 2025"); before a mark it is a fragment of a title
// shortened or pasted. Only inside a citation's title (from "tentang" to the next "(" or ";"), and
// not after a number word ("Rencana Lima Tahun,", a plan's span).
void check_title_year_missing(Context& cx, const Text& t)
{
    static const std::set<std::string> kCounts = {"Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan",
                                                   "Sepuluh", "Belas", "Puluh", "Ratus", "Setiap", "Per", "Tiap"};
    const std::string& s = t.s;
    for (const Citation& c : find_citations(s, false)) {
        if (!c.has_title()) continue;
        const std::size_t stop = std::min(s.find_first_of("(;", c.title_begin), s.size());
        for (std::size_t p = s.find(" Tahun", c.title_begin); p != std::string::npos && p < stop; p = s.find(" Tahun", p + 1)) {
            const std::size_t after = p + 6;
            if (after >= s.size() || (s[after] != ',' && s[after] != ';' && s[after] != ')')) continue;
            std::size_t w = p;
            while (w > 0 && s[w - 1] != ' ') --w;
            const std::string before = s.substr(w, p - w);
            if (before.empty() || !(before[0] >= 'A' && before[0] <= 'Z') || kCounts.count(before)) continue;
            cx.report("TANDA-BACA", cx.at(t, p + 1), "«Tahun» tanpa angka tahun dalam judul yang dikutip («" + before + " Tahun" + s[after] + "»)",
                      "«Tahun» without its year in a cited title («" + before + " Tahun" + s[after] + "»)", "lengkapi tahunnya atau hapus «Tahun»",
                      "give the year or drop «Tahun»");
            return;
        }
    }
}

// ---- KUTIPAN-SALAH ----

int year_at(const std::string& s, std::size_t p)
{
    if (p + 4 > s.size()) return 0;
    for (std::size_t k = p; k < p + 4; ++k)
        if (s[k] < '0' || s[k] > '9') return 0;
    if (p + 4 < s.size() && s[p + 4] >= '0' && s[p + 4] <= '9') return 0;
    return std::stoi(s.substr(p, 4));
}

// A UU, Perppu, PP or Perpres is promulgated in the Lembaran Negara of the year it is enacted
// (UU 12/2011 Pasal 81 and 82: promulgation on enactment; the number's year is the year of
// enactment): "(Lembaran Negara Republik Indonesia Tahun Z …" right after its citation has Z
// equal to its year. A ministerial or agency regulation is promulgated in the Berita Negara, the
// same year or, when signed at the turn of the year, the next.
void check_gazette_year(Context& cx, const Text& t)
{
    const std::string& s = t.s;
    for (const Citation& c : find_citations(s, true)) {
        if (c.year <= 0) continue;
        const bool law = c.level == kUndangUndang || c.level == kPp || c.level == kPerpres;
        const bool regulation = c.level == kRegulasi;
        if (!law && !regulation) continue;
        // "Undang-Undang Nomor 47 Prp Tahun 1960 jo Undang-Undang Nomor 13 Tahun 1964 … (Lembaran
        // Negara Tahun 1960 …)": the gazette of a joined citation is the first one's
        std::size_t b = c.begin;
        while (b > 0 && s[b - 1] == ' ') --b;
        const std::string before = s.substr(b >= 7 ? b - 7 : 0, b >= 7 ? 7 : b);
        if (before.ends_with(" jo") || before.ends_with(" jo.") || before.ends_with("juncto")) continue;
        std::size_t p = c.end;
        while (p < s.size() && (s[p] == ' ' || s[p] == ',')) ++p;
        if (p >= s.size() || s[p] != '(') continue;
        ++p;
        const std::string gazette = law ? "Lembaran Negara" : "Berita Negara";
        if (s.compare(p, gazette.size(), gazette) != 0) continue;
        const std::size_t close = s.find(')', p);
        const std::size_t tahun = s.find("Tahun ", p);
        if (tahun == std::string::npos || (close != std::string::npos && tahun > close)) continue;
        const int z = year_at(s, tahun + 6);
        if (z == 0) continue;
        // "… tentang Penetapan Undang-Undang Darurat Nomor 3 Tahun 1953 … (Lembaran Negara … Tahun
        // 1953 Nomor 9) Sebagai Undang-Undang": the gazette of an instrument the title names
        if (c.has_title() && s.substr(c.title_begin, c.title_end - c.title_begin).find("Tahun " + std::to_string(z)) != std::string::npos)
            continue;
        const bool wrong = law ? z != c.year : (z < c.year || z > c.year + 1);
        if (!wrong) continue;
        const std::string name = c.name();
        cx.report("KUTIPAN-SALAH", cx.at(t, tahun + 6),
                  name + " dikutip dalam " + gazette + " Tahun " + std::to_string(z) + "; " +
                      (law ? "diundangkan dalam " + gazette + " tahun yang sama (" + std::to_string(c.year) + ")"
                           : "diundangkan dalam " + gazette + " tahun penetapannya (" + std::to_string(c.year) + ") atau sesudahnya"),
                  name + " is cited in the " + gazette + " of " + std::to_string(z) + "; " +
                      (law ? "it is promulgated in the " + gazette + " of its own year (" + std::to_string(c.year) + ")"
                           : "it is promulgated in the " + gazette + " of its year (" + std::to_string(c.year) + ") or the next"));
    }
}

std::string normalised_title(std::string_view t)
{
    std::string s = text::lower(t);
    for (std::string_view dash : {std::string_view("\u2013"), std::string_view("\u2014")})
        for (std::size_t p = s.find(dash); p != std::string::npos; p = s.find(dash, p)) s.replace(p, dash.size(), "-");
    std::string out;
    for (char ch : s) {
        if (ch == ' ' && (out.empty() || out.back() == ' ')) continue;
        // "undang- undang": a hyphen of a word broken over a line keeps no space (SPASI's to report)
        if (ch == ' ' && out.size() >= 2 && out.back() == '-' && std::isalpha(static_cast<unsigned char>(out[out.size() - 2]))) continue;
        out += ch;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '.' || out.back() == ',')) out.pop_back();
    return out;
}

// The digits after "Nomor" at or after `from` (before `limit`), as written; empty if none.
std::string number_after(const std::string& s, std::size_t from, std::size_t limit, std::size_t* at = nullptr)
{
    const std::size_t n = s.find("Nomor", from);
    if (n == std::string::npos || n >= limit) return {};
    std::size_t p = n + 5;
    while (p < limit && s[p] == ' ') ++p;
    std::size_t e = p;
    while (e < limit && s[e] >= '0' && s[e] <= '9') ++e;
    if (at) *at = p;
    return s.substr(p, e - p);
}

// Frequently cited laws (data/rujukan/register.txt): the official title, the Lembaran Negara
// number and the Tambahan number a citation of them must carry.
void check_register(Context& cx, const Text& t, const DataRows& rows)
{
    const std::string& s = t.s;
    for (const Citation& c : find_citations(s, true)) {
        std::string kind;
        const std::string lk = text::lower(c.kind);
        if (c.level == kUndangUndang && lk.find("pengganti") == std::string::npos) kind = "UU";
        else if (c.level == kPp && lk.find("pengganti") == std::string::npos) kind = "PP";
        else if (c.level == kPerpres) kind = "Perpres";
        else continue;
        for (const auto& row : rows) {
            if (row.size() < 6 || row[0] != kind || row[1] != c.number || row[2] != std::to_string(c.year)) continue;
            const std::string name = c.name();
            // In running text the title's end is a guess ("… tentang Pemilihan Umum, rapat pleno perlu
            // dijadwalkan"): a cited title that begins with the official one, up to a word's end, is it.
            const std::string cited =
                c.has_title() ? normalised_title(std::string_view(s).substr(c.title_begin, c.title_end - c.title_begin)) : std::string();
            const std::string official = normalised_title(row[3]);
            const bool same = cited.compare(0, official.size(), official) == 0 &&
                              (cited.size() == official.size() || cited[official.size()] == ',' || cited[official.size()] == ' ');
            if (c.has_title() && !official.empty() && !same) {
                cx.report("KUTIPAN-SALAH", cx.at(t, c.title_begin), "judul resmi " + name + " adalah «" + row[3] + "»",
                          "the official title of " + name + " is «" + row[3] + "»", row[3], row[3]);
            }
            // the gazette right after the citation
            std::size_t p = c.end;
            while (p < s.size() && (s[p] == ' ' || s[p] == ',')) ++p;
            if (p >= s.size() || s[p] != '(' || s.compare(p + 1, 15, "Lembaran Negara") != 0) break;
            const std::size_t close = std::min(s.find(')', p), s.size());
            const std::size_t tambahan = std::min(s.find("Tambahan", p), close);
            const std::size_t slash = row[4].find('/');
            std::size_t at = 0;
            // "(Lembaran Negara Republik Indonesia Nomor 4843)" lacks its year and "Tambahan": that
            // number is the Tambahan's, a slip MENGINGAT-LEMBARAN reports
            const std::size_t tahun = s.find("Tahun", p);
            const std::string ln = tahun < tambahan ? number_after(s, tahun, tambahan, &at) : std::string();
            if (slash != std::string::npos && !ln.empty() && ln != row[4].substr(slash + 1))
                cx.report("KUTIPAN-SALAH", cx.at(t, at), name + " diundangkan dalam Lembaran Negara Tahun " + row[4].substr(0, slash) + " Nomor " + row[4].substr(slash + 1),
                          name + " was promulgated in the Lembaran Negara of " + row[4].substr(0, slash) + " Nomor " + row[4].substr(slash + 1),
                          "Nomor " + row[4].substr(slash + 1), "Nomor " + row[4].substr(slash + 1));
            const std::string tln = tambahan < close ? number_after(s, tambahan, close, &at) : std::string();
            // "-": no Penjelasan, so no Tambahan (register.txt); a number cited for it is not judged here
            if (!row[5].empty() && row[5] != "-" && !tln.empty() && tln != row[5])
                cx.report("KUTIPAN-SALAH", cx.at(t, at), name + ": Tambahan Lembaran Negara Nomor " + row[5],
                          name + ": Tambahan Lembaran Negara Nomor " + row[5], "Nomor " + row[5], "Nomor " + row[5]);
            break;
        }
    }
}

// "Lembaran Berita Negara": two gazettes run together (the Lembaran Negara for laws, PP and
// Perpres; the Berita Negara for ministerial and agency regulations: UU 12/2011 Pasal 81).
void check_gazette_name(Context& cx, const Text& t)
{
    const std::size_t p = t.s.find("Lembaran Berita Negara");
    if (p == std::string::npos) return;
    cx.report("KUTIPAN-SALAH", cx.at(t, p),
              "«Lembaran Berita Negara» mencampur dua lembaran: Lembaran Negara (UU, PP, Perpres) atau Berita Negara (peraturan menteri dan lembaga)",
              "«Lembaran Berita Negara» mixes two gazettes: the Lembaran Negara (laws, PP, Perpres) or the Berita Negara (ministerial and agency regulations)",
              "Berita Negara", "Berita Negara");
}

// "Kementerian Negara Pemuda dan Olahraga" in a decree of 2010 or later: Peraturan Presiden
// 47/2009 (3 November 2009) named every ministry "Kementerian <urusan>"; "Kementerian Negara" stays
// the name of the kind (UU 39/2008 "tentang Kementerian Negara", "Kementerian Negara Republik
// Indonesia"), so only "Kementerian Negara" followed by a capitalised word other than "Republik",
// outside a cited title (after "tentang", before the gazette's bracket: an older regulation's
// title keeps its name), is reported.
void check_ministry_name(Context& cx, const Text& t)
{
    static constexpr std::string_view kOld = "Kementerian Negara ";
    const std::string& s = t.s;
    for (std::size_t p = s.find(kOld); p != std::string::npos; p = s.find(kOld, p + 1)) {
        const std::size_t w = p + kOld.size();
        if (w >= s.size() || !(s[w] >= 'A' && s[w] <= 'Z') || s.compare(w, 8, "Republik") == 0) continue;
        // inside a cited title: a "tentang" before it with no bracket or ";" in between
        const std::size_t tentang = s.rfind("tentang", p);
        if (tentang != std::string::npos && s.find_first_of("(;", tentang) > p) continue;
        std::size_t e = s.find_first_of(",;.(", w);
        if (e == std::string::npos) e = s.size();
        while (e > w && s[e - 1] == ' ') --e;
        const std::string written = s.substr(p, e - p), right = "Kementerian " + s.substr(w, e - w);
        cx.report("KUTIPAN-SALAH", cx.at(t, p),
                  "«" + written + "»: sejak Peraturan Presiden Nomor 47 Tahun 2009 nama kementerian tidak lagi memuat «Negara»",
                  "«" + written + "»: since Peraturan Presiden Nomor 47 Tahun 2009 a ministry's name no longer holds «Negara»", right, right);
        return;
    }
}

// "Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Dinas Komunikasi …" (Pergub Kalimantan
// Barat 124/2021 as Keputusan Kepala Dinas Kominfo Kalbar 49.1/2024 cites it): an organisation's
// title names its "Susunan Organisasi … dan Tata Kerja" (every Perpres and Perda on an agency's
// organisation); "Tata" straight before the unit's name has lost "Kerja". Only after "Organisasi"
// in the same clause (no ";" or "(" between), and only before a unit's kind, which no compound of
// "tata" (tata kerja, tata cara, tata ruang, tata kelola, tata naskah) begins with.
void check_tata_kerja(Context& cx, const Text& t)
{
    static const std::set<std::string> kUnits = {"Dinas", "Badan", "Kantor", "Sekretariat", "Inspektorat", "Satuan", "Biro", "Bagian",
                                                  "Kecamatan", "Kelurahan", "Lembaga", "Komisi", "Dewan", "Direktorat", "Balai", "Perangkat"};
    const std::string& s = t.s;
    for (std::size_t p = s.find("Tata "); p != std::string::npos; p = s.find("Tata ", p + 1)) {
        if (p > 0 && ascii_letter_or_digit(s[p - 1])) continue;
        std::size_t e = p + 5;
        while (e < s.size() && ascii_letter_or_digit(s[e])) ++e;
        const std::string unit = s.substr(p + 5, e - p - 5);
        if (!kUnits.count(unit)) continue;
        const std::size_t org = s.rfind("Organisasi", p);
        if (org == std::string::npos || s.find_first_of(";(", org) < p) continue;
        cx.report("KUTIPAN-SALAH", cx.at(t, p), "«Tata " + unit + "»: judul susunan organisasi memuat «Tata Kerja»; «Kerja» tertinggal",
                  "«Tata " + unit + "»: an organisation's title names its «Tata Kerja»; «Kerja» is left out", "Tata Kerja " + unit,
                  "Tata Kerja " + unit);
        return;
    }
}

// One instrument cited under two kinds: "Undang-undang Nomor 99 Tahun 1993 tentang Dewan
// Penerbangan dan Antariksa Nasional Republik Indonesia" in Mengingat of a decree whose title and
// Pasal I amend "Keputusan Presiden Nomor 99 Tahun 1993 tentang Dewan Penerbangan …" (Keputusan
// Presiden 132/1998). Number, year and title (without case; one title the other's beginning, three
// words at least) name one instrument, and it has one kind. The kind most citations give is taken
// as right (the first on a tie); the others are reported at their kind. A Peraturan Daerah with its
// region left out is the same kind as one with it (KONSISTEN-KUTIPAN's slip, not this one).
void check_kind_mismatch(Context& cx, const std::vector<Text>& texts)
{
    struct Cited {
        const Text* t;
        Citation c;
        std::string title;
        int kind;
    };
    std::vector<Cited> all;
    for (const Text& t : texts)
        for (const Citation& c : find_citations(t.s, false)) {
            if (!c.has_title() || c.year <= 0 || c.number.empty() || c.level == kUud) continue;
            std::string title = normalised_title(std::string_view(t.s).substr(c.title_begin, c.title_end - c.title_begin));
            if (std::count(title.begin(), title.end(), ' ') < 2) continue;
            int kind = c.level == kPerdaKab ? kPerdaProv : c.level;
            all.push_back({&t, c, std::move(title), kind});
        }
    auto same_title = [](const std::string& a, const std::string& b) {
        const std::string& shorter = a.size() <= b.size() ? a : b;
        const std::string& longer = a.size() <= b.size() ? b : a;
        return longer.compare(0, shorter.size(), shorter) == 0 && (longer.size() == shorter.size() || longer[shorter.size()] == ' ' || longer[shorter.size()] == ',');
    };
    std::vector<bool> done(all.size(), false);
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (done[i]) continue;
        std::vector<std::size_t> group;
        for (std::size_t j = i; j < all.size(); ++j)
            if (!done[j] && all[j].c.number == all[i].c.number && all[j].c.year == all[i].c.year && same_title(all[i].title, all[j].title))
                group.push_back(j);
        for (std::size_t j : group) done[j] = true;
        std::map<int, int> votes;
        for (std::size_t j : group) ++votes[all[j].kind];
        if (votes.size() < 2) continue;
        int best = all[group[0]].kind;
        for (std::size_t j : group)
            if (votes[all[j].kind] > votes[best]) best = all[j].kind;
        // a tie names no right kind: which of two citations is the slip is not for the checker to guess
        int rivals = 0;
        for (const auto& [kind, n] : votes)
            if (kind != best) rivals = std::max(rivals, n);
        if (votes[best] <= rivals) continue;
        std::string right;
        for (std::size_t j : group)
            if (all[j].kind == best) {
                right = all[j].c.name();
                break;
            }
        for (std::size_t j : group) {
            if (all[j].kind == best) continue;
            const std::string name = all[j].c.name();
            cx.report("KUTIPAN-SALAH", cx.at(*all[j].t, all[j].c.begin),
                      "«" + name + "» dengan judul yang sama dikutip di tempat lain sebagai «" + right + "»: satu peraturan, dua jenis",
                      "«" + name + "» is cited elsewhere, with the same title, as «" + right + "»: one instrument, two kinds", right, right);
        }
    }
}

}  // namespace

// "http//www.belmawa.ristekdikti.go.id" (Keputusan Dirjen Belmawa 232/B/HK/2019, in the kop): a web
// address without the colon of its scheme cannot be followed (RFC 3986: scheme ":" "//" authority).
void check_web_address(Context& cx, const Text& t)
{
    const std::string& s = t.s;
    for (std::size_t p = s.find("//"); p != std::string::npos; p = s.find("//", p + 2)) {
        std::size_t b = std::string::npos;
        for (std::string_view scheme : {"https", "HTTPS", "http", "HTTP"})
            if (p >= scheme.size() && s.compare(p - scheme.size(), scheme.size(), scheme) == 0) {
                b = p - scheme.size();
                break;
            }
        if (b == std::string::npos || (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1])))) continue;
        const std::string scheme = s.substr(b, p - b);
        cx.report("TANDA-BACA", cx.at(t, p), "alamat web tanpa titik dua sesudah «" + scheme + "»: «" + scheme + "://»",
                  "a web address without the colon after «" + scheme + "»: «" + scheme + "://»", scheme + "://", scheme + "://");
    }
}

void check_drafting(Context& cx)
{
    const bool punct = cx.enabled("TANDA-BACA");
    const bool cite = cx.enabled("KUTIPAN-SALAH");
    const bool spacing = cx.enabled("SPASI-TANDA");
    if (!punct && !cite && !spacing && !cx.enabled("RUJUKAN")) return;
    const std::vector<Text>& texts = cx.texts();
    if (cx.enabled("RUJUKAN")) check_phrases(cx, texts, rows_for(cx, "frasa.txt", "RUJUKAN"));
    if (cx.enabled("RUJUKAN")) {
        const auto& when = cx.decree.meta.date;
        const bool bracketed_ayat = !(when && when->valid() && when->year < 1970);
        for (const Text& t : texts) {
            check_seat_preposition(cx, t);
            if (bracketed_ayat) check_ayat_brackets(cx, t);
        }
    }
    const DataRows& degrees = punct || spacing ? rows_for(cx, "gelar.txt", punct ? "TANDA-BACA" : "SPASI-TANDA") : no_rows();
    const DataRows& register_ = cite ? rows_for(cx, "register.txt", "KUTIPAN-SALAH") : no_rows();
    if (punct && cx.decree.instrument == Instrument::Keputusan) check_diktum_end(cx);
    if (punct) check_menimbang_comma(cx);
    if (punct) check_degree_comma(cx, texts, degrees);
    const auto item_starts = punct ? mengingat_starts(cx) : std::vector<std::pair<std::uint32_t, std::uint32_t>>{};
    std::set<std::pair<std::uint32_t, std::uint32_t>> mengingat_items;  // where each Mengingat item's first paragraph starts
    for (const auto& it : cx.decree.mengingat)
        if (const Inline* first = first_paragraph(it.blocks)) mengingat_items.insert({first->pos.line, first->pos.column});
    const auto& date = cx.decree.meta.date;
    const bool ministries_renamed = date && date->valid() && date->year >= 2010;
    if (cite) check_kind_mismatch(cx, texts);
    // the degrees without their stops, built once a decree: every text is searched for them
    const UndottedDegrees undotted = punct ? undotted_degrees(degrees) : UndottedDegrees{};
    if (punct) {  // the names of the signature and certification blocks are attributes, in no text
        const auto& m = cx.decree.meta;
        if (!m.signer.name.empty())
            check_degrees_joined(cx, make_text(m.signer.name, cx.attribute_pos(m.signer.pos, "nama"), Anchor::Attribute), undotted);
        if (m.certification && !m.certification->name.empty())
            check_degrees_joined(cx, make_text(m.certification->name, cx.attribute_pos(m.certification->pos, "nama"), Anchor::Attribute),
                                 undotted);
    }
    for (const Text& t : texts) {
        if (spacing) check_initial_space(cx, t, degrees);
        if (punct) {
            check_number_colon(cx, t, mengingat_items.count({t.pos.line, t.pos.column}) > 0);
            check_degree_stop(cx, t, degrees);
            check_degrees_joined(cx, t, undotted);
            check_ahli_madya(cx, t);
            check_kind_comma(cx, t, item_starts);
            check_comma_before_gazette(cx, t);
            check_comma_before_tambahan(cx, t);
            check_comma_in_gazette(cx, t);
            check_comma_after_pasal(cx, t);
            check_title_year_missing(cx, t);
            check_web_address(cx, t);
            check_last_sentence_stop(cx, t);
            check_subject_comma(cx, t);
            if (t.stop_mid_list) {  // "…; b. ….; c. …" (Permendagri 2/2014): the list goes on
                const std::size_t e = t.s.find_last_not_of(' ');
                cx.report("TANDA-BACA", cx.at(t, e), "butir di tengah daftar diakhiri «.», padahal butir lainnya diakhiri «;»",
                          "an item in the middle of a list ends with «.» where the others end with «;»", "ganti «.» dengan «;»",
                          "replace «.» with «;»");
            }
            if (t.open_mid_list) {  // "…; Menteri Perindustrian; Menteri Pariwisata, Pos, dan Telekomunikasi Menteri …"
                const std::size_t e = t.s.find_last_not_of(' ');
                cx.report("TANDA-BACA", cx.at(t, e), "butir di tengah daftar tanpa tanda baca akhir, padahal butir lainnya diakhiri «;»",
                          "an item in the middle of a list ends without a mark where the others end with «;»", "akhiri dengan «;»",
                          "end it with «;»");
            }
            if (t.open_mid_stops) {  // "… Biro Umum</butir>" among definitions ending with "."
                const std::size_t e = t.s.find_last_not_of(' ');
                cx.report("TANDA-BACA", cx.at(t, e), "butir di tengah daftar tanpa tanda baca akhir, padahal butir lainnya diakhiri «.»",
                          "an item in the middle of a list ends without a mark where the others end with «.»", "akhiri dengan «.»",
                          "end it with «.»");
            }
            if (t.colon_mid_list) {  // "a. … memenuhi standar data: b. …; c. …;" (Boven Digoel 2024)
                const std::size_t e = t.s.find_last_not_of(' ');
                cx.report("TANDA-BACA", cx.at(t, e), "butir di tengah daftar diakhiri «:» tanpa rincian sesudahnya, padahal butir lainnya diakhiri «;»",
                          "an item in the middle of a list ends with «:» and no list follows it where the others end with «;»",
                          "ganti «:» dengan «;»", "replace «:» with «;»");
            }
            if (t.comma_mid_list) {  // "a. …; b. …, c. …;": a comma where the list's items end with ";"
                const std::size_t e = t.s.find_last_not_of(' ');
                cx.report("TANDA-BACA", cx.at(t, e), "butir di tengah daftar diakhiri «,», padahal butir lainnya diakhiri «;»",
                          "an item in the middle of a list ends with «,» where the others end with «;»", "ganti «,» dengan «;»",
                          "replace «,» with «;»");
            }
            if (t.colon_end) {  // "… sesuai dengan tugas dan fungsinya:</ayat>"
                const std::size_t e = t.s.find_last_not_of(' ');
                cx.report("TANDA-BACA", cx.at(t, e), "ayat atau pasal diakhiri «:», padahal tidak ada rincian sesudahnya",
                          "an ayat or Pasal ends with «:» and no list follows it", "akhiri dengan «.»", "end it with «.»");
            }
            if (t.open_list_end) {  // "…; dan j. melaksanakan tugas-tugas lain … sesuai dengan tugas dan fungsinya"
                const std::size_t e = t.s.find_last_not_of(' ');
                cx.report("TANDA-BACA", cx.at(t, e), "butir terakhir daftar tanpa tanda baca akhir, padahal butir lainnya diakhiri «;»",
                          "the last item of a list ends without a mark where the others end with «;»",
                          "akhiri dengan «.» (atau «;» bila kalimatnya berlanjut)", "end it with «.» (or «;» where the sentence goes on)");
            }
        }
        if (cite) {
            if (ministries_renamed) check_ministry_name(cx, t);
            check_gazette_year(cx, t);
            check_gazette_name(cx, t);
            check_tata_kerja(cx, t);
            check_cited_number(cx, t);
            check_register(cx, t, register_);
        }
    }
}

}  // namespace naskah::check
