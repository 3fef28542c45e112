// MENGINGAT-JUDUL: a regulation or decree cited in Mengingat without its title ("Keputusan Presiden
// Nomor 4/M Tahun 2014;", "… sebagaimana telah diubah dengan Peraturan … Nomor 8 Tahun 2017 (Berita
// UU 12/2011 Lampiran II: the legal basis is written with its kind, number, year and title, so the
// reader can find it without the gazette. Only the regulation an item begins with is checked: the
// amendments after "sebagaimana telah diubah dengan" are cited without their titles by many offices
// (the DIY regencies' "… diubah dengan Undang-Undang Nomor 18 Tahun 1951"), and two regulations
// joined by "jo" share one title. A title is any "tentang" (in whatever case: "Tentang" is KAPITAL's
// business) before the gazette's bracket or the amendment clause. The UUD carries no "tentang".
#include <cctype>
#include <string>
#include <string_view>

#include "check/citation.hpp"
#include "check/context.hpp"

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

}  // namespace

void check_cited_titles(Context& cx)
{
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
