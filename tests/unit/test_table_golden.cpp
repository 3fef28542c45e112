// Golden layout dumps of table scenarios: the Lampiran pages of each scenario written as text
// (cells, rules and words with their positions, to 0.1 pt) and compared with
// tests/data/table-golden/NAME.txt. A change of the table engine that moves anything shows as a
// diff of these files.
//
// After a deliberate change, regenerate and READ the diff:
//   NASKAH_UPDATE_GOLDEN=1 build/tests/naskah_tests --gtest_filter='TableGolden*' && git diff tests/data/table-golden
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "layout/flow.hpp"
#include "table_fixture.hpp"

using namespace naskah;
using namespace naskah::testing_tables;

namespace {

std::string fixed(double v)
{
    char b[32];
    std::snprintf(b, sizeof b, "%.1f", v);
    return b;
}

std::string dump(const layout::Document& doc)
{
    std::ostringstream o;
    for (const auto& p : doc.pages) {
        if (p.section.rfind("lampiran", 0) != 0) continue;
        o << "page " << p.number << ' ' << fixed(p.width) << 'x' << fixed(p.height) << '\n';
        for (const auto& c : p.cells)
            o << "  cell r" << c.row << " c" << c.col << (c.header ? " head " : " ") << fixed(c.x) << ' ' << fixed(c.y) << ' '
              << fixed(c.width) << ' ' << fixed(c.height) << '\n';
        for (const auto& r : p.rules)
            o << "  rule " << fixed(r.x1) << ' ' << fixed(r.y1) << ' ' << fixed(r.x2) << ' ' << fixed(r.y2) << ' ' << fixed(r.width) << '\n';
        for (const auto& t : p.texts)
            o << "  text " << fixed(t.x) << ' ' << fixed(t.y) << ' ' << fixed(t.size) << ' ' << t.text << '\n';
        for (const auto& f : p.fills) o << "  fill " << fixed(f.x) << ' ' << fixed(f.y) << ' ' << fixed(f.width) << ' ' << fixed(f.height) << '\n';
    }
    return o.str();
}

/// The table alone, from the top of a fresh portrait page: what the decree and the Lampiran
/// heading around it look like does not move the dump.
struct TableOnly {
    model::Decree decree;
    layout::Document doc;
    DiagnosticSink sink{Lang::En};
    bool ok = false;
};

std::unique_ptr<TableOnly> lay_table(const std::string& table, const std::function<void(style::HouseStyle&)>& tweak)
{
    auto out = std::make_unique<TableOnly>();
    style::HouseStyle st;
    EXPECT_TRUE(style::load_style("kpu", st, out->sink));
    if (tweak) tweak(st);
    auto fonts = text::FontSet::load(st, out->sink);
    EXPECT_TRUE(fonts);
    EXPECT_TRUE(xml::read_decree_text("test.xml", decree_with(table), out->decree, out->sink));
    text::Shaper shaper(*fonts);
    layout::LayoutContext ctx{st, *fonts, shaper, out->sink, model::Variant::Asli};
    layout::Flow flow(ctx, out->doc);
    flow.new_page(false, "lampiran-1");
    out->ok = layout::layout_table(std::get<model::Table>(out->decree.lampiran.at(0).content.at(0)), flow, ctx) &&
              out->sink.error_count() == 0;
    return out;
}

void expect_golden(const std::string& name, const std::string& table, const std::function<void(style::HouseStyle&)>& tweak = {})
{
    auto l = lay_table(table, tweak);
    ASSERT_TRUE(l->ok) << name;
    const std::string got = dump(l->doc);
    const std::string path = std::string(NASKAH_SOURCE_DIR) + "/tests/data/table-golden/" + name + ".txt";
    const char* update = std::getenv("NASKAH_UPDATE_GOLDEN");
    if (update && *update == '1') {
        std::ofstream(path) << got;
        return;
    }
    std::ifstream in(path);
    ASSERT_TRUE(in) << path << " is missing; run with NASKAH_UPDATE_GOLDEN=1 to write it";
    std::stringstream want;
    want << in.rdbuf();
    if (want.str() == got) return;
    std::istringstream a(want.str()), b(got);
    std::string la, lb;
    int line = 0;
    while (true) {
        ++line;
        const bool ga = static_cast<bool>(std::getline(a, la)), gb = static_cast<bool>(std::getline(b, lb));
        if (!ga && !gb) break;
        if (!ga || !gb || la != lb) {
            ADD_FAILURE() << name << ": layout differs from " << path << " at line " << line << "\n  golden: " << (ga ? la : "(end)")
                          << "\n  now:    " << (gb ? lb : "(end)");
            return;
        }
    }
}

std::string rows(int n, const std::string& extra = "")
{
    std::ostringstream x;
    for (int r = 1; r <= n; ++r) x << "<baris><sel>" << r << "</sel><sel>uraian baris " << r << extra << "</sel><sel>k" << r << "</sel></baris>";
    return x.str();
}

const char* kCols = "<kolom lebar=\"12mm\"/><kolom lebar=\"1*\"/><kolom lebar=\"25mm\"/>";
const char* kHead = "<kepala><baris><sel>NO</sel><sel>URAIAN</sel><sel>KET</sel></baris></kepala>";

}  // namespace

TEST(TableGolden, Simple) { expect_golden("simple", std::string("<tabel>") + kCols + kHead + "<isi>" + rows(5) + "</isi></tabel>"); }

TEST(TableGolden, HeaderRepeatsOverPages)
{
    expect_golden("header-repeats", std::string("<tabel>") + kCols + kHead + "<nomor-kolom/><isi>" + rows(70) + "</isi></tabel>");
}

TEST(TableGolden, OnlyTheNumberRowRepeats)
{
    expect_golden("number-row-repeats", std::string("<tabel>") + kCols +
                                            "<kepala><baris ulang=\"tidak\"><sel>NO</sel><sel>URAIAN</sel><sel>KET</sel></baris></kepala>"
                                            "<nomor-kolom/><isi>" + rows(70) + "</isi></tabel>");
}

TEST(TableGolden, RowspanAcrossAPageBreak)
{
    std::ostringstream x;
    x << "<tabel><kolom lebar=\"30mm\"/><kolom lebar=\"1*\"/><kepala><baris><sel>KEGIATAN</sel><sel>RINCIAN</sel></baris></kepala><isi>";
    x << "<baris><sel gabung-baris=\"60\">Sosialisasi tahapan pemilihan kepada pemilih pemula</sel><sel>rincian 1</sel></baris>";
    for (int r = 2; r <= 60; ++r) x << "<baris><sel>rincian " << r << "</sel></baris>";
    x << "</isi></tabel>";
    expect_golden("rowspan-across-pages", x.str());
}

TEST(TableGolden, RowspanTextRepeated)
{
    std::ostringstream x;
    x << "<tabel><kolom lebar=\"30mm\"/><kolom lebar=\"1*\"/><kepala><baris><sel>KEGIATAN</sel><sel>RINCIAN</sel></baris></kepala><isi>";
    x << "<baris><sel gabung-baris=\"60\" ulang=\"ya\">Sosialisasi tahapan</sel><sel>rincian 1</sel></baris>";
    for (int r = 2; r <= 60; ++r) x << "<baris><sel>rincian " << r << "</sel></baris>";
    x << "</isi></tabel>";
    expect_golden("rowspan-repeated", x.str());
}

TEST(TableGolden, SectionRowsWithLabels)
{
    expect_golden("section-rows", std::string("<tabel>") + kCols + kHead + "<isi><grup label=\"A.\">Program Satu</grup>" + rows(3) +
                                      "<grup label=\"B.\">Program Dua</grup>" + rows(2) + "<grup>Tanpa label</grup>" + rows(1) +
                                      "</isi></tabel>");
}

TEST(TableGolden, RulesColumnsOnlyAndDoubleBetweenGroups)
{
    expect_golden("rules-columns", "<tabel garis=\"kolom\"><kolom lebar=\"12mm\"/><kolom lebar=\"1*\" garis-kiri=\"ganda\"/><kolom lebar=\"25mm\" "
                                   "garis-kiri=\"ganda\"/>" + std::string(kHead) + "<isi>" + rows(4) + "</isi></tabel>");
}

TEST(TableGolden, BorderlessRoleList)
{
    expect_golden("role-list",
                  "<tabel garis=\"tanpa\"><kolom lebar=\"40mm\"/><kolom lebar=\"6mm\"/><kolom lebar=\"1*\"/><isi>"
                  "<baris><sel>Ketua</sel><sel>:</sel><sel>Nama Ketua</sel></baris>"
                  "<baris><sel>Anggota</sel><sel>:</sel><sel><daftar jenis=\"angka\"><butir>Anggota Satu</butir><butir>Anggota Dua</butir>"
                  "</daftar></sel></baris></isi></tabel>");
}

TEST(TableGolden, RowTallerThanAPage)
{
    std::ostringstream tall;
    for (int w = 0; w < 1200; ++w) tall << "kata" << w << ' ';
    expect_golden("row-taller-than-page", std::string("<tabel>") + kCols + kHead + "<isi>" + rows(2) + "<baris><sel>3</sel><sel>" + tall.str() +
                                              "</sel><sel>k3</sel></baris>" + rows(1) + "</isi></tabel>");
}

TEST(TableGolden, AmountsAndSmallerHeader)
{
    expect_golden("amounts-small-header",
                  "<tabel><kolom lebar=\"12mm\"/><kolom lebar=\"1*\"/><kolom lebar=\"35mm\" rata=\"angka\"/>"
                  "<kepala><baris><sel>NO</sel><sel>URAIAN</sel><sel>JUMLAH (Rp)</sel></baris></kepala><isi>"
                  "<baris><sel>1</sel><sel>Honorarium</sel><sel>12.500.000</sel></baris>"
                  "<baris><sel>2</sel><sel>Makan dan minum</sel><sel>750.000</sel></baris>"
                  "<baris><sel>3</sel><sel>Alat tulis</sel><sel>1.025.500</sel></baris></isi></tabel>",
                  [](style::HouseStyle& s) { s.table_header_font_size = 8; });
}

TEST(TableGolden, NarrowColumnsShrinkTheText)
{
    std::ostringstream x;
    x << "<tabel>";
    for (int c = 0; c < 16; ++c) x << "<kolom lebar=\"10mm\"/>";
    x << "<isi><baris>";
    for (int c = 0; c < 16; ++c) x << "<sel>" << (c % 2 ? "100,000" : "Makan") << "</sel>";
    x << "</baris></isi></tabel>";
    expect_golden("narrow-columns-shrink", x.str(), [](style::HouseStyle& s) { s.table_min_font_size = 5; });
}
