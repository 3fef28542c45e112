// MENGINGAT-JUDUL: a regulation or decree cited in Mengingat without its title ("Keputusan Presiden
// Nomor 4/M Tahun 2014;", "… sebagaimana telah diubah dengan Peraturan … Nomor 8 Tahun 2017 (Berita
// UU 12/2011 Lampiran II: the legal basis is written with its kind, number, year and title, so the
// reader can find it without the gazette. Only the regulation an item begins with is checked: the
// amendments after "sebagaimana telah diubah dengan" are cited without their titles by many offices
// (the DIY regencies' "… diubah dengan Undang-Undang Nomor 18 Tahun 1951"), and two regulations
// joined by "jo" share one title. A title is any "tentang" (in whatever case: "Tentang" is KAPITAL's
// business) before the gazette's bracket or the amendment clause. The UUD carries no "tentang".
//
// KONSISTEN-KUTIPAN (h18ruj): a fragment of three words or more written twice back to back in a
// title ("… Evaluasi Rancangan Peraturan Daerah tentang Rancangan Peraturan Daerah Tentang Rencana
// …", Keputusan Bupati Donggala on the Renja 2025 citing Permendagri 86/2017): a title is cited as
// enacted (UU 12/2011 Lampiran II), and no enacted title repeats itself so. Compared without case,
// punctuation included ("Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi" is a list, not a
// doubling); only after a "tentang" and before the gazette's bracket, so running text that names a
// body twice is not judged.
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "check/citation.hpp"
#include "check/context.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

using namespace naskah::model;

namespace {

bool word_at(std::string_view s, std::size_t i, std::string_view lower_word)
{
    if (i + lower_word.size() > s.size()) return false;
    if (i > 0 && std::isalpha(static_cast<unsigned char>(s[i - 1]))) return false;
    for (std::size_t k = 0; k < lower_word.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(s[i + k])) != lower_word[k]) return false;
    const std::size_t e = i + lower_word.size();
    return e == s.size() || !std::isalpha(static_cast<unsigned char>(s[e]));
}

/// A "tentang" after `from`, before the gazette's "(" or "sebagaimana".
bool titled(std::string_view s, std::size_t from)
{
    for (std::size_t i = from; i < s.size(); ++i) {
        if (s[i] == '(' || word_at(s, i, "sebagaimana")) return false;
        if (word_at(s, i, "tentang")) return true;
    }
    return false;
}

bool same_token(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(a[k])) != std::tolower(static_cast<unsigned char>(b[k]))) return false;
    return true;
}

// The first doubled fragment of a title in `t`, reported once per text. In a Mengingat item
// (`mengingat`), a fragment doubled with the same capitals is MENGINGAT-GANDA's.
void check_doubled_fragment(Context& cx, const Text& t, bool mengingat)
{
    const std::string& s = t.s;
    // cheap test first: most texts name no title
    if (s.find("entang") == std::string::npos && s.find("ENTANG") == std::string::npos) return;
    const std::vector<text::Token>& tk = cx.tokens(t);
    constexpr std::size_t kMin = 3, kMax = 8;
    bool in_title = false;
    for (std::size_t k = 0; k < tk.size(); ++k) {
        const std::string_view w = tk[k].view(s);
        if (tk[k].word && same_token(w, "tentang")) in_title = true;
        if (w == "(" || w == ";") in_title = false;
        if (!in_title || !tk[k].word) continue;
        for (std::size_t n = kMin; n <= kMax && k + 2 * n <= tk.size(); ++n) {
            bool same = true, long_word = false;
            for (std::size_t j = 0; j < n && same; ++j) {
                const std::string_view x = tk[k + j].view(s);
                same = same_token(x, tk[k + n + j].view(s)) && x != "(" && x != ";";
                long_word = long_word || (tk[k + j].word && x.size() >= 4);
            }
            if (!same || !long_word) continue;
            const std::size_t b = tk[k].begin, e = tk[k + n - 1].end;
            const std::string frag = s.substr(b, e - b);
            if (mengingat && s.compare(tk[k + n].begin, e - b, frag) == 0) return;
            cx.report("KONSISTEN-KUTIPAN", cx.at(t, tk[k + n].begin),
                      "«" + frag + "» tertulis dua kali berturut-turut dalam judul yang dikutip; judul dikutip sebagaimana ditetapkan",
                      "«" + frag + "» is written twice in a row in a cited title; a title is cited as enacted",
                      "hapus «" + frag + "» yang kedua", "delete the second «" + frag + "»");
            return;
        }
    }
}

}  // namespace

void check_cited_titles(Context& cx)
{
    if (cx.enabled("KONSISTEN-KUTIPAN")) {
        std::vector<SourcePos> mengingat;  // where each Mengingat item's first paragraph starts
        for (const Item& item : cx.decree.mengingat)
            if (const Inline* p = first_paragraph(item.blocks)) mengingat.push_back(p->pos);
        for (const Text& t : cx.texts()) {
            bool in_mengingat = false;
            for (const SourcePos& q : mengingat) in_mengingat = in_mengingat || (q.line == t.pos.line && q.column == t.pos.column);
            check_doubled_fragment(cx, t, in_mengingat);
        }
    }
    if (!cx.enabled("MENGINGAT-JUDUL")) return;
    for (const Item& item : cx.decree.mengingat) {
        const Inline* p = first_paragraph(item.blocks);
        if (!p) continue;
        const Text t = make_text(*p);
        std::size_t b = 0;
        while (b < t.s.size() && t.s[b] == ' ') ++b;
        const auto c = citation_at(t.s, b);
        if (!c || c->level == kUud || c->has_title()) continue;
        if (titled(t.s, c->end)) continue;
        {
            // as written, with the year the parser may have left after an unusual number ("4/M Tahun 2014")
            std::size_t e = c->end;
            if (c->year == 0 && word_at(t.s, e + 1, "tahun")) {
                e += 7;
                while (e < t.s.size() && std::isdigit(static_cast<unsigned char>(t.s[e]))) ++e;
            }
            const std::string name = t.s.substr(c->begin, e - c->begin);
            cx.report("MENGINGAT-JUDUL", cx.at(t, c->begin), name + " dikutip tanpa judulnya («tentang …»)",
                      name + " is cited without its title («tentang …»)", "tulis «" + name + " tentang …»",
                      "write «" + name + " tentang …»");
        }
    }
}

}  // namespace naskah::check
