// A section row (<grup>, a work plan's section) is kept with the row after it: it never stands
// alone at the bottom of a page, even when the row after it is the table's last row, which takes
// the Lampiran's signature with it, or a second section row. Each case is swept over table
// lengths so that the section row falls at every place near a page bottom.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "table_fixture.hpp"

using namespace naskah;
using namespace naskah::testing_tables;

namespace {

/// Index in doc.pages of the first page with a word `w` (-1: none).
int page_of(const layout::Document& doc, const std::string& w)
{
    for (std::size_t i = 0; i < doc.pages.size(); ++i)
        for (const auto& t : doc.pages[i].texts)
            if (t.text == w) return static_cast<int>(i);
    return -1;
}

/// Index of the last page with a word `w` (-1: none).
int last_page_of(const layout::Document& doc, const std::string& w)
{
    for (std::size_t i = doc.pages.size(); i-- > 0;)
        for (const auto& t : doc.pages[i].texts)
            if (t.text == w) return static_cast<int>(i);
    return -1;
}

std::string rows(int from, int to)
{
    std::ostringstream x;
    for (int r = from; r <= to; ++r) x << "<baris><sel>" << r << ".</sel><sel>Anggota " << r << "</sel></baris>";
    return x.str();
}

const char* kHead = "<tabel><kolom lebar=\"20mm\"/><kolom lebar=\"1*\"/><kepala><baris><sel>NO</sel><sel>NAMA</sel></baris></kepala><isi>";

/// A work plan of `before` activities in a first section, then a section «Penutupan» with one
/// activity of `words` words.
std::string work_plan(int before, int words)
{
    std::ostringstream x;
    x << "<rencana-kerja><bagian><judul>Persiapan</judul>";
    for (int a = 1; a <= before; ++a)
        x << "<kegiatan><nama>Kegiatan " << a << "</nama><subkegiatan bulan=\"1-2\"><uraian>Uraian " << a
          << ".</uraian><indikator>Indikator " << a << ".</indikator></subkegiatan></kegiatan>";
    x << "</bagian>";
    x << "<bagian><judul>Penutupan</judul><kegiatan><nama>Pelaporan</nama><subkegiatan bulan=\"12\"><uraian>Terakhir";
    for (int w = 0; w < words; ++w) x << " laporan";
    x << ".</uraian><indikator>Terbitnya laporan.</indikator></subkegiatan></kegiatan></bagian></rencana-kerja>";
    return x.str();
}

}  // namespace

TEST(TableKeep, GroupRowBeforeTheLastRowGoesWithItAndTheSignature)
{
    // 31 rows, «Sekretariat», one more row: the group row used to end page 2 alone while its row
    // went on to page 3 with the signature (a new user's trial, orph32.xml)
    int moved = 0;
    for (int n = 20; n <= 70; ++n) {
        auto l = lay_with(decree_with(std::string(kHead) + rows(1, n - 1) + "<grup>Sekretariat</grup>" +
                                      "<baris><sel>" + std::to_string(n) + ".</sel><sel>Terakhir</sel></baris></isi></tabel>"),
                          [](style::HouseStyle&) {});
        ASSERT_TRUE(l->ok) << n;
        const int group = page_of(l->doc, "Sekretariat"), last = page_of(l->doc, "Terakhir");
        ASSERT_GE(group, 0);
        EXPECT_EQ(group, last) << n << " rows";
        moved += group != page_of(l->doc, "Anggota");
    }
    EXPECT_GT(moved, 0) << "no table length put the group row near a page bottom";
}

TEST(TableKeep, AChainOfSectionRowsGoesWithTheRowAfterIt)
{
    for (int n = 20; n <= 70; ++n) {
        for (const char* last : {"<baris><sel>x</sel><sel>Terakhir</sel></baris>",
                                 "<baris><sel>x</sel><sel>Terakhir</sel></baris><baris><sel>y</sel><sel>Penutup</sel></baris>"}) {
            auto l = lay_with(decree_with(std::string(kHead) + rows(1, n) + "<grup label=\"A.\">Bidang</grup><grup label=\"A.1.\">Subbidang</grup>" +
                                          last + "</isi></tabel>"),
                              [](style::HouseStyle&) {});
            ASSERT_TRUE(l->ok) << n;
            const int a = page_of(l->doc, "Bidang"), a1 = page_of(l->doc, "Subbidang"), row = page_of(l->doc, "Terakhir");
            EXPECT_EQ(a, a1) << n << " rows";
            EXPECT_EQ(a1, row) << n << " rows";
        }
    }
}

TEST(TableKeep, TableMovesWhenItsFirstRowIsASectionRowThatCannotStayWithTheNext)
{
    // prose above the table: a table whose header and section row fit at the page bottom, but not
    // the row after them with the signature, starts on the next page as a whole
    for (int words = 500; words <= 1000; words += 10) {
        std::string prose = "<paragraf>Awal";
        for (int w = 0; w < words; ++w) prose += " teks";
        prose += ".</paragraf>";
        auto l = lay_with(decree_with(prose + kHead + "<grup>Sekretariat</grup><baris><sel>1.</sel><sel>Terakhir</sel></baris></isi></tabel>"),
                          [](style::HouseStyle&) {});
        ASSERT_TRUE(l->ok) << words;
        const int head = last_page_of(l->doc, "NAMA"), group = page_of(l->doc, "Sekretariat"), row = page_of(l->doc, "Terakhir");
        EXPECT_EQ(group, row) << words << " words";
        EXPECT_EQ(head, group) << words << " words";
    }
}

TEST(TableKeep, WorkPlanSectionRowGoesWithItsActivity)
{
    // the work plan's section row «II. PENUTUPAN» before its last activity, at every place on a page
    for (int before = 1; before <= 40; ++before) {
        auto l = lay_with(decree_with(work_plan(before, 3), "", "orientasi=\"lanskap\""), [](style::HouseStyle&) {});
        ASSERT_TRUE(l->ok) << before;
        const int section = page_of(l->doc, "PENUTUPAN"), activity = page_of(l->doc, "Pelaporan");
        ASSERT_GE(section, 0);
        EXPECT_EQ(section, activity) << before << " activities before";
    }
}

TEST(TableKeep, WorkPlanUnderItsHeadingSplitsTheLastActivityRatherThanLeaveTheSectionRowAlone)
{
    // The perda-kulon-progo starter: the work plan's first row is its section row, right under the
    // Lampiran's heading, and its one activity fits there but not with the signature. Moving the
    // table would leave the heading alone on its page; the activity now splits, two lines or more
    // going on with the signature, instead of leaving the section row alone with the header.
    int split = 0;
    for (int words = 20; words <= 400; words += 4) {
        std::ostringstream x;
        x << "<rencana-kerja><bagian><judul>Penutupan</judul><kegiatan><nama>Pelaporan</nama><subkegiatan bulan=\"12\"><uraian>Terakhir";
        for (int w = 0; w < words; ++w) x << " laporan";
        x << " akhir.</uraian><indikator>Terbitnya laporan.</indikator></subkegiatan></kegiatan></bagian></rencana-kerja>";
        auto l = lay_with(decree_with(x.str(), "", "orientasi=\"lanskap\""), [](style::HouseStyle&) {});
        ASSERT_TRUE(l->ok) << words;
        const int section = page_of(l->doc, "PENUTUPAN");
        const int first = page_of(l->doc, "Pelaporan"), end = page_of(l->doc, "akhir.");
        EXPECT_EQ(section, first) << words << " words";
        EXPECT_EQ(section, page_of(l->doc, "Terakhir")) << words << " words";
        split += end != first;
    }
    EXPECT_GT(split, 0) << "no length split the activity";
}
