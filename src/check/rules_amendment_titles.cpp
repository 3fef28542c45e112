// KAPITAL, «Perubahan Atas»: the title of an amending regulation writes "atas" in lower case since
// UU 12/2011 (Lampiran II: "… tentang Perubahan atas Undang-Undang Nomor 8 Tahun 1974 …"), and the
// official titles of the laws and regulations made under it do so ("Undang-Undang Nomor 9 Tahun 2015
// tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014"). Under UU 10/2004 the form was
// "Perubahan Atas" and the titles of that time keep it ("Undang-Undang Nomor 12 Tahun 2008 tentang
// Perubahan Kedua Atas …"), so citing them so is right. The year that decides is that of the
// regulation the title belongs to: the citation whose title holds the words, or the decree itself
// for its own title (<tentang>, restated in Menimbang or a Pasal I). A title in capitals is left alone.
#include <string>
#include <string_view>

#include "check/citation.hpp"
#include "check/context.hpp"
#include "check/data_lists.hpp"
#include "style/style.hpp"

namespace naskah::check {

namespace {

// The first year whose regulations follow UU 12/2011 (promulgated 12 August 2011): a regulation of
// late 2011 may have been drafted under either, so it is not judged.
constexpr int kLowerAtasFrom = 2012;

bool is_ordinal(std::string_view w)
{
    for (std::string_view o : {"Kedua", "Ketiga", "Keempat", "Kelima", "Keenam", "Ketujuh", "Kedelapan", "Kesembilan", "Kesepuluh"})
        if (w == o) return true;
    return false;
}

/// Offset of "Atas" when `s` at `p` reads "Perubahan Atas " or "Perubahan Kedua Atas ", else npos.
std::size_t atas_after(std::string_view s, std::size_t p)
{
    std::size_t q = p + 10;  // "Perubahan "
    const std::size_t sp = s.find(' ', q);
    if (sp != std::string_view::npos && is_ordinal(s.substr(q, sp - q))) q = sp + 1;
    if (s.substr(q, 5) != "Atas ") return std::string_view::npos;
    return q;
}

// The law `c` cites is in data/rujukan/register.txt with an official title that is no amendment
// («UU 23/2014: Pemerintahan Daerah»): the amending title cited with it is another law's
// («Undang-Undang Nomor 23 Tahun 2014 tentang Perubahan Kedua Atas Undang-Undang Nomor 32 Tahun
// 2004», the title of UU 12/2008; Peraturan Gubernur Sulawesi Utara 35/2015), a wrong citation
// KUTIPAN-SALAH reports, and the year written says nothing of the form its title had.
bool registered_as_other_title(const Citation& c)
{
    static const DataRows rows = [] {
        DataRows r;
        std::string error;
        if (!(data_is_compiled() && compiled_rujukan_rows("register.txt", r))) read_rujukan_rows(style::data_dir() + "/data/rujukan/register.txt", r, error);
        return r;
    }();
    const char* kind = c.level == kUndangUndang ? "UU" : c.level == kPp ? "PP" : c.level == kPerpres ? "Perpres" : nullptr;
    if (!kind) return false;
    for (const auto& row : rows)
        if (row.size() >= 4 && row[0] == kind && row[1] == c.number && row[2] == std::to_string(c.year) && !row[3].empty())
            return row[3].compare(0, 10, "Perubahan ") != 0;
    return false;
}

}  // namespace

void check_amendment_titles(Context& cx)
{
    if (!cx.enabled("KAPITAL")) return;
    const int own_year = cx.decree.meta.date ? cx.decree.meta.date->year : 0;
    for (const Text& t : cx.texts()) {
        const std::string_view s = t.s;
        std::size_t p = s.find("Perubahan ");
        if (p == std::string_view::npos) continue;
        const std::vector<Citation> cited = find_citations(s, false);
        for (; p != std::string_view::npos; p = s.find("Perubahan ", p + 1)) {
            if (p > 0 && s[p - 1] != ' ' && s[p - 1] != '(') continue;
            const std::size_t atas = atas_after(s, p);
            if (atas == std::string_view::npos) continue;
            // the innermost cited title that holds the words; none: the decree's own title
            int year = own_year;
            std::size_t best = 0;
            bool in_citation = false;
            const Citation* holder = nullptr;
            for (const Citation& c : cited)
                if (c.has_title() && c.title_begin <= p && p < c.title_end && (!in_citation || c.title_begin >= best)) {
                    year = c.year;
                    best = c.title_begin;
                    in_citation = true;
                    holder = &c;
                }
            if (year < kLowerAtasFrom || (holder && registered_as_other_title(*holder))) continue;
            const std::string what_id = in_citation ? "judul peraturan tahun " + std::to_string(year) : "judul keputusan ini",
                              what_en = in_citation ? "the title of a regulation of " + std::to_string(year) : "this decree's title";
            cx.report("KAPITAL", cx.at(t, atas),
                      "«Atas» dalam " + what_id + ": sejak UU 12/2011 ditulis «Perubahan atas» (huruf kecil, Lampiran II)",
                      "«Atas» in " + what_en + ": since UU 12/2011 it is written «Perubahan atas» (lower case, Lampiran II)",
                      "atas", "atas");
        }
    }
}

}  // namespace naskah::check
