// Tables as drafters draw them (issue 15, items 1, 2, 4, 5, 7): rules per table, column and
// cell; column alignment; which header rows repeat; section rows with a label; a row span's text
// repeated on continuation pages. Rules are tested as a unit (resolution) and on laid-out pages;
// their merging, the break choice and column widths in test_table_engine.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>
#include <sstream>

#include "measure/columns.hpp"
#include "measure/text_fit.hpp"
#include "model/grid.hpp"
#include "model/table_rules.hpp"
#include "pipeline/pipeline.hpp"
#include "table_fixture.hpp"
#include "text/paragraph.hpp"

using namespace naskah;
using namespace naskah::testing_tables;
using model::LineStyle;

namespace {

std::vector<const layout::Page*> lampiran_pages(const layout::Document& doc)
{
    std::vector<const layout::Page*> out;
    for (const auto& p : doc.pages)
        if (p.section.rfind("lampiran", 0) == 0) out.push_back(&p);
    return out;
}

int count_text(const layout::Document& doc, const std::string& w)
{
    int n = 0;
    for (const auto& p : doc.pages)
        for (const auto& t : p.texts) n += t.text == w;
    return n;
}

const char* kThreeByThree =
    "<kolom lebar=\"20mm\"/><kolom lebar=\"1*\"/><kolom lebar=\"1*\"/>"
    "<kepala><baris><sel>NO</sel><sel>A</sel><sel>B</sel></baris></kepala>"
    "<isi><baris><sel>1</sel><sel>a1</sel><sel>b1</sel></baris><baris><sel>2</sel><sel>a2</sel><sel>b2</sel></baris></isi></tabel>";

}  // namespace

// ---- rule resolution (model/table_rules) ---------------------------------------------------

TEST(TableRules, ModesDecideWhichEdgesHaveRules)
{
    auto grid_of = [](const model::Table& t) {
        model::ResolvedGrid g;
        DiagnosticSink s;
        EXPECT_TRUE(model::resolve_grid(t, g, s));
        return g;
    };
    const model::Table all = parse_table(std::string("<tabel>") + kThreeByThree);
    const auto g = grid_of(all);
    EXPECT_EQ(model::horizontal_rule(all, g, 2, 1), LineStyle::Single);
    EXPECT_EQ(model::vertical_rule(all, g, 2, 1), LineStyle::Single);

    const model::Table none = parse_table(std::string("<tabel garis=\"tanpa\">") + kThreeByThree);
    for (int r = 0; r <= g.rows; ++r)
        for (int c = 0; c < g.columns; ++c) EXPECT_EQ(model::horizontal_rule(none, g, r, c), LineStyle::None);

    const model::Table frame = parse_table(std::string("<tabel garis=\"bingkai\">") + kThreeByThree);
    EXPECT_EQ(model::horizontal_rule(frame, g, 0, 1), LineStyle::Single);
    EXPECT_EQ(model::horizontal_rule(frame, g, 3, 1), LineStyle::Single);
    EXPECT_EQ(model::horizontal_rule(frame, g, 1, 1), LineStyle::None);
    EXPECT_EQ(model::vertical_rule(frame, g, 1, 1), LineStyle::None);
    EXPECT_EQ(model::vertical_rule(frame, g, 1, 0), LineStyle::Single);

    const model::Table cols = parse_table(std::string("<tabel garis=\"kolom\">") + kThreeByThree);
    EXPECT_EQ(model::horizontal_rule(cols, g, 1, 1), LineStyle::Single) << "the rule under the header";
    EXPECT_EQ(model::horizontal_rule(cols, g, 2, 1), LineStyle::None) << "no rule between body rows";
    EXPECT_EQ(model::vertical_rule(cols, g, 2, 1), LineStyle::Single);
}

TEST(TableRules, CellOverColumnOverTableAndTheHeavierOfTwoCells)
{
    const model::Table t = parse_table(
        "<tabel garis=\"tanpa\"><kolom lebar=\"20mm\"/><kolom lebar=\"1*\" garis-kiri=\"ganda\"/><kolom lebar=\"1*\"/>"
        "<isi><baris><sel>1</sel><sel garis-bawah=\"tunggal\">a1</sel><sel garis=\"tunggal\">b1</sel></baris>"
        "<baris><sel>2</sel><sel garis-atas=\"ganda\">a2</sel><sel garis-kiri=\"tanpa\">b2</sel></baris></isi></tabel>");
    model::ResolvedGrid g;
    DiagnosticSink s;
    ASSERT_TRUE(model::resolve_grid(t, g, s));
    EXPECT_EQ(model::vertical_rule(t, g, 0, 1), LineStyle::Double) << "column rule over the table's none";
    EXPECT_EQ(model::horizontal_rule(t, g, 1, 1), LineStyle::Double) << "double beats single";
    EXPECT_EQ(model::horizontal_rule(t, g, 1, 0), LineStyle::None);
    EXPECT_EQ(model::vertical_rule(t, g, 0, 2), LineStyle::Single) << "b1's own left rule over the column";
    EXPECT_EQ(model::vertical_rule(t, g, 1, 2), LineStyle::None) << "b2 says none; a2 says nothing";
    EXPECT_EQ(model::horizontal_rule(t, g, 0, 2), LineStyle::Single);
}

TEST(TableRules, NoRuleInsideASpan)
{
    const model::Table t = parse_table(
        "<tabel><kolom/><kolom/><isi><baris><sel gabung-baris=\"2\">x</sel><sel>a</sel></baris><baris><sel>b</sel></baris>"
        "<baris><sel gabung-kolom=\"2\">c</sel></baris></isi></tabel>");
    model::ResolvedGrid g;
    DiagnosticSink s;
    ASSERT_TRUE(model::resolve_grid(t, g, s));
    EXPECT_EQ(model::horizontal_rule(t, g, 1, 0), LineStyle::None);
    EXPECT_EQ(model::horizontal_rule(t, g, 1, 1), LineStyle::Single);
    EXPECT_EQ(model::vertical_rule(t, g, 2, 1), LineStyle::None);
}

// ---- on the page ---------------------------------------------------------------------------

TEST(TableDrawing, BorderlessRoleListDrawsNoRules)
{
    // "Ketua : name", members nested as a numbered list inside one role (item 1)
    const std::string table =
        "<tabel garis=\"tanpa\"><kolom lebar=\"40mm\"/><kolom lebar=\"6mm\"/><kolom lebar=\"1*\"/><isi>"
        "<baris><sel>Ketua</sel><sel>:</sel><sel>Nama Ketua</sel></baris>"
        "<baris><sel>Anggota</sel><sel>:</sel><sel><daftar jenis=\"angka\"><butir>Anggota Satu</butir><butir>Anggota Dua</butir></daftar></sel></baris>"
        "</isi></tabel>";
    auto l = lay_with(decree_with(table), [](style::HouseStyle&) {});
    ASSERT_TRUE(l->ok) << (l->sink.items().empty() ? "" : format_diagnostic(l->sink.items()[0]));
    for (const auto* p : lampiran_pages(l->doc)) EXPECT_TRUE(p->rules.empty()) << "page " << p->number;
    EXPECT_EQ(count_text(l->doc, "Dua"), 1);
}

TEST(TableDrawing, ZeroWidthRulesInTheHouseStyleDrawNothing)
{
    auto l = lay_with(decree_with(table_of(5)), [](style::HouseStyle& s) { s.border_width = 0; });
    ASSERT_TRUE(l->ok);
    for (const auto* p : lampiran_pages(l->doc)) EXPECT_TRUE(p->rules.empty());
}

TEST(TableDrawing, FrameOnlyAndColumnRulesWithoutRowRules)
{
    auto frame = lay_with(decree_with(std::string("<tabel garis=\"bingkai\">") + kThreeByThree), [](style::HouseStyle&) {});
    ASSERT_TRUE(frame->ok);
    const auto* p = lampiran_pages(frame->doc).at(0);
    int horizontal = 0, vertical = 0;
    for (const auto& r : p->rules) (std::abs(r.y1 - r.y2) < 0.01 ? horizontal : vertical)++;
    EXPECT_EQ(horizontal, 2);
    EXPECT_EQ(vertical, 2);

    auto cols = lay_with(decree_with(std::string("<tabel garis=\"kolom\">") + kThreeByThree), [](style::HouseStyle&) {});
    ASSERT_TRUE(cols->ok);
    p = lampiran_pages(cols->doc).at(0);
    horizontal = vertical = 0;
    for (const auto& r : p->rules) (std::abs(r.y1 - r.y2) < 0.01 ? horizontal : vertical)++;
    EXPECT_EQ(horizontal, 3) << "top, under the header, bottom";
    EXPECT_EQ(vertical, 4);
}

TEST(TableDrawing, ColumnAlignmentAppliesToBodyCells)
{
    const std::string table =
        "<tabel><kolom lebar=\"20mm\"/><kolom lebar=\"40mm\" rata=\"angka\"/><kepala><baris><sel>NO</sel><sel>JUMLAH</sel></baris></kepala><isi>"
        "<baris><sel>1</sel><sel>1.250.000</sel></baris><baris><sel>2</sel><sel>75.000</sel></baris></isi></tabel>";
    auto l = lay_with(decree_with(table), [](style::HouseStyle&) {});
    ASSERT_TRUE(l->ok);
    double right_a = 0, right_b = 0;
    for (const auto& p : l->doc.pages)
        for (const auto& t : p.texts) {
            if (t.text == "1.250.000") right_a = t.x + t.width;
            if (t.text == "75.000") right_b = t.x + t.width;
        }
    EXPECT_GT(right_a, 0);
    EXPECT_NEAR(right_a, right_b, 0.05) << "amounts line up on the right";
}

TEST(TableDrawing, OnlyTheChosenHeaderRowsRepeat)
{
    // a long list repeats its 1 | 2 | 3 row, not the titles above it (item 4)
    std::ostringstream x;
    x << "<tabel><kolom lebar=\"20mm\"/><kolom lebar=\"1*\"/><kepala><baris ulang=\"tidak\"><sel>NOMOR</sel><sel>JUDULPANJANG</sel></baris></kepala>"
         "<nomor-kolom/><isi>";
    for (int r = 1; r <= 300; ++r) x << "<baris><sel>" << r << "</sel><sel>isi " << r << "</sel></baris>";
    x << "</isi></tabel>";
    auto l = lay_with(decree_with(x.str()), [](style::HouseStyle&) {});
    ASSERT_TRUE(l->ok);
    const auto pages = lampiran_pages(l->doc);
    ASSERT_GE(pages.size(), 3u);
    EXPECT_EQ(count_text(l->doc, "JUDULPANJANG"), 1);
    for (std::size_t i = 1; i < pages.size(); ++i) {
        bool number_row = false;
        for (const auto& c : pages[i]->cells) number_row = number_row || (c.header && c.row == 1);
        EXPECT_TRUE(number_row) << "page " << pages[i]->number;
    }
}

TEST(TableDrawing, SectionRowHasItsLabelInTheFirstColumnAndSpansTheRest)
{
    const std::string table =
        "<tabel><kolom lebar=\"15mm\"/><kolom lebar=\"1*\"/><kolom lebar=\"30mm\"/><isi>"
        "<grup label=\"A.\">Program Satu</grup><baris><sel>1</sel><sel>kegiatan</sel><sel>ket</sel></baris></isi></tabel>";
    const model::Table t = parse_table(table);
    ASSERT_EQ(t.body.size(), 2u);
    ASSERT_EQ(t.body[0].cells.size(), 2u);
    EXPECT_EQ(t.body[0].cells[1].colspan, 2);
    EXPECT_TRUE(t.body[0].keep_with_next);
    auto l = lay_with(decree_with(table), [](style::HouseStyle&) {});
    ASSERT_TRUE(l->ok);
    for (const auto& p : l->doc.pages)
        for (const auto& c : p.cells)
            if (c.row == 0) { EXPECT_TRUE(c.col == 0 || c.col == 1); }
}

TEST(TableDrawing, RowspanTextRepeatsOnContinuationPagesWhenAsked)
{
    std::ostringstream x;
    x << "<tabel><kolom lebar=\"40mm\"/><kolom lebar=\"1*\"/><kepala><baris><sel>KEGIATAN</sel><sel>RINCIAN</sel></baris></kepala><isi>";
    x << "<baris><sel gabung-baris=\"150\" ulang=\"ya\">Sosialisasi Tahapan</sel><sel>r1</sel></baris>";
    for (int r = 2; r <= 150; ++r) x << "<baris><sel>r" << r << "</sel></baris>";
    x << "</isi></tabel>";
    auto l = lay_with(decree_with(x.str()), [](style::HouseStyle&) {});
    ASSERT_TRUE(l->ok);
    const auto pages = lampiran_pages(l->doc);
    ASSERT_GE(pages.size(), 2u);
    int with_name = 0;
    for (const auto* p : pages) {
        bool here = false;
        for (const auto& t : p->texts) here = here || t.text == "Sosialisasi";
        with_name += here;
    }
    EXPECT_EQ(with_name, static_cast<int>(pages.size()));
}

TEST(TableDrawing, WrongRuleValuesAreErrorsAtTheirAttribute)
{
    model::Decree d;
    DiagnosticSink sink(Lang::En);
    xml::read_decree_text("t.xml", decree_with("<tabel garis=\"tebal\"><kolom garis-kiri=\"dua\"/><isi><baris><sel ulang=\"ya\">x</sel></baris></isi></tabel>"), d,
                          sink);
    int errors = 0;
    for (const auto& e : sink.items())
        if (e.code == "E-FORMAT-NILAI") {
            ++errors;
            EXPECT_GT(e.pos.column, 0);
        }
    EXPECT_EQ(errors, 3);
}

// ---- item 2: header text smaller than the body -----------------------------------------------

TEST(TableDrawing, HeaderTextSmallerThanBodyText)
{
    auto l = lay_with(decree_with(table_of(3)), [](style::HouseStyle& s) { s.table_header_font_size = 8; });
    ASSERT_TRUE(l->ok);
    double head = 0, body = 0;
    for (const auto& p : l->doc.pages)
        for (const auto& t : p.texts) {
            if (t.text == "judul0") head = t.size;
            if (t.text == "baris") body = t.size;
        }
    EXPECT_DOUBLE_EQ(head, 8);
    EXPECT_DOUBLE_EQ(body, 10);
}

// ---- item 3: never break a number or a word silently ---------------------------------------

namespace {

std::string narrow_table(const std::string& word)
{
    return "<tabel><kolom lebar=\"12mm\"/><kolom lebar=\"1*\"/><kepala><baris><sel>NO</sel><sel>URAIAN</sel></baris></kepala><isi>\n"
           "<baris><sel>" + word + "</sel><sel>isi</sel></baris></isi></tabel>";
}

int count_code(const DiagnosticSink& sink, const std::string& code)
{
    int n = 0;
    for (const auto& d : sink.items())
        if (d.code == code) {
            ++n;
            EXPECT_GT(d.pos.line, 0) << d.message;
        }
    return n;
}

}  // namespace

TEST(TableFit, ANumberThatCannotFitIsAnErrorNamingTheCell)
{
    auto l = lay_with(decree_with(narrow_table("1.000.000.000")), [](style::HouseStyle&) {});
    EXPECT_FALSE(l->ok);
    EXPECT_EQ(count_code(l->sink, "E-TABEL-ANGKA"), 1);
}

TEST(TableFit, TextShrinksToTheStyleMinimumBeforeAnythingBreaks)
{
    auto l = lay_with(decree_with(narrow_table("100,000")), [](style::HouseStyle& s) { s.table_min_font_size = 6; });
    EXPECT_TRUE(l->ok) << (l->sink.items().empty() ? "" : format_diagnostic(l->sink.items()[0]));
    double size = 0;
    for (const auto& p : l->doc.pages)
        for (const auto& t : p.texts)
            if (t.text == "100,000") size = t.size;
    EXPECT_GT(size, 0) << "the number is printed whole";
    EXPECT_LT(size, 10);
    EXPECT_GE(size, 6);
}

TEST(TableFit, AWordTooWideBreaksAtAHyphenationPointWithAWarning)
{
    // Capitalised as a cell's first word usually is: such words were broken between letters
    // ("Perjalana / n") with a warning saying they were broken at a hyphenation point.
    for (const std::string word : {"Pemberdayaan", "Perjalanan", "pemberdayaan", "PEMBERDAYAAN"}) {
        auto l = lay_with(decree_with(narrow_table(word)), [](style::HouseStyle&) {});
        EXPECT_TRUE(l->ok);
        EXPECT_EQ(count_code(l->sink, "W-TABEL-KATA"), 1) << word;
        // the first column's lines of the body row lie between the header's last word and "isi"
        std::vector<std::string> pieces;
        bool in = false;
        for (const auto& p : l->doc.pages)
            for (const auto& t : p.texts) {
                if (t.text == "isi") in = false;
                if (in) pieces.push_back(t.text);
                if (t.text == "URAIAN") in = true;
            }
        ASSERT_GE(pieces.size(), 2u) << word << " is broken";
        const std::vector<std::size_t> points = text::hyphenation_points(word, true);
        std::string joined;
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            std::string piece = pieces[i];
            if (i + 1 < pieces.size()) {
                ASSERT_EQ(piece.back(), '-') << word << ": piece " << i << " \"" << piece << "\" shows its hyphen";
                piece.pop_back();
                EXPECT_NE(std::find(points.begin(), points.end(), joined.size() + piece.size()), points.end())
                    << word << " broken after \"" << joined + piece << "\", not at a hyphenation point";
            }
            joined += piece;
        }
        EXPECT_EQ(joined, word);
    }
}

TEST(TableFit, NaskahCheckReportsTheSame)
{
    model::Decree d;
    DiagnosticSink sink(Lang::En);
    ASSERT_TRUE(xml::read_decree_text("t.xml", decree_with(narrow_table("1.000.000.000") + narrow_table("Pemberdayaan")), d, sink));
    style::HouseStyle st;
    ASSERT_TRUE(style::load_style("kpu", st, sink));
    auto fonts = text::FontSet::load(st, sink);
    ASSERT_TRUE(fonts);
    measure::check_table_fit(d, st, *fonts, sink);
    EXPECT_EQ(count_code(sink, "E-TABEL-ANGKA"), 1);
    EXPECT_EQ(count_code(sink, "W-TABEL-KATA"), 1);
}

TEST(TableFit, TheStartersWorkPlanKeepsItsWordsWholeInEveryShippedStyle)
{
    // `naskah new keputusan --gaya perda-kulon-progo`: on the booklet page (184 mm landscape) the
    // F4 work-plan columns left SUB KEGIATAN and INDIKATOR KEBERHASILAN 15 mm each, and five words
    // of the header and the cells broke between letters («KEGIA/TAN», «Pen-/tukan»)
    const std::string plan =
        "<rencana-kerja><bagian><judul>Manajemen Perubahan</judul><kegiatan><nama>Pembentukan Tim Kerja</nama>"
        "<subkegiatan bulan=\"1-2\"><uraian>Pembentukan tim yang ditetapkan dengan Keputusan.</uraian>"
        "<indikator>Terbitnya SK tim.</indikator></subkegiatan></kegiatan></bagian></rencana-kerja>";
    int styles = 0;
    for (const auto& f : std::filesystem::directory_iterator(NASKAH_SOURCE_DIR "/layouts")) {
        if (f.path().extension() != ".xml") continue;
        const std::string name = f.path().stem().string();
        model::Decree d;
        DiagnosticSink sink(Lang::En);
        ASSERT_TRUE(xml::read_decree_text("t.xml", decree_with(plan, "", "orientasi=\"otomatis\""), d, sink));
        style::HouseStyle st;
        ASSERT_TRUE(style::load_style(name, st, sink)) << name;
        auto fonts = text::FontSet::load(st, sink);
        ASSERT_TRUE(fonts) << name;
        EXPECT_TRUE(measure::lampiran_landscape(d.lampiran.at(0), st)) << name << ": a twelve-month plan goes landscape";
        measure::check_table_fit(d, st, *fonts, sink);
        EXPECT_EQ(count_code(sink, "W-TABEL-KATA"), 0) << name;
        EXPECT_EQ(count_code(sink, "E-TABEL-ANGKA"), 0) << name;
        ++styles;
    }
    EXPECT_GE(styles, 10);
}

// ---- item 6: paper and orientation per Lampiran ----------------------------------------------

TEST(LampiranPaper, LegalOrLetterLampiranInAnF4Decree)
{
    auto legal = lay_with(decree_with(table_of(3), "", "kertas=\"legal\" orientasi=\"potret\""), [](style::HouseStyle&) {});
    ASSERT_TRUE(legal->ok);
    EXPECT_NEAR(legal->doc.pages.front().height, 330 * 72 / 25.4, 0.01) << "the decree stays F4";
    const auto* p = lampiran_pages(legal->doc).at(0);
    EXPECT_NEAR(p->width, 612, 0.01);
    EXPECT_NEAR(p->height, 1008, 0.01);

    auto letter = lay_with(decree_with(table_of(3), "", "kertas=\"letter\" orientasi=\"lanskap\""), [](style::HouseStyle&) {});
    ASSERT_TRUE(letter->ok);
    p = lampiran_pages(letter->doc).at(0);
    EXPECT_NEAR(p->width, 792, 0.01);
    EXPECT_NEAR(p->height, 612, 0.01);
    EXPECT_FALSE(p->sideways);
}

TEST(LampiranPaper, LandscapeTablePrintedSidewaysOnAPortraitSheet)
{
    pipeline::Engine engine;
    DiagnosticSink sink(Lang::En);
    ASSERT_TRUE(engine.load("kpu", sink));
    model::Decree d;
    ASSERT_TRUE(xml::read_decree_text("t.xml", decree_with(table_of(3), "", "orientasi=\"lanskap\" putar=\"ya\""), d, sink));
    ASSERT_TRUE(d.lampiran.at(0).sideways);
    pipeline::RenderRequest req;
    req.run_checks = false;
    req.formats.docx = true;
    pipeline::RenderResult result;
    text::Shaper shaper(*engine.fonts);
    ASSERT_TRUE(pipeline::render_decree(d, engine, shaper, req, result, sink));
    ASSERT_GE(result.files.size(), 2u);
    const std::string& pdf = result.files[0].bytes;
    EXPECT_NE(pdf.find("/Rotate 90"), std::string::npos);
}

TEST(LampiranPaper, WrongValuesAreErrorsAtTheirAttribute)
{
    model::Decree d;
    DiagnosticSink sink(Lang::En);
    xml::read_decree_text("t.xml", decree_with(table_of(1), "", "kertas=\"b5\" orientasi=\"potret\" putar=\"ya\""), d, sink);
    int errors = 0;
    for (const auto& e : sink.items()) errors += e.code == "E-FORMAT-NILAI" && e.pos.column > 0;
    EXPECT_EQ(errors, 2);
}

// ---- halaman nomor-lampiran-lanjut="tidak": the PDF restarts a Lampiran's numbers as the DOCX does

namespace {

std::string long_paragraph()
{
    std::string x = "<paragraf>";
    for (int i = 0; i < 120; ++i) x += "ujian ";
    return x + "</paragraf>";
}

}  // namespace

TEST(LampiranPageNumbers, RestartedLampiranCountsFromOneAgain)
{
    std::string pages;
    for (int i = 0; i < 12; ++i) pages += long_paragraph();  // about three pages
    auto on = lay_with(decree_with(pages), [](style::HouseStyle&) {});
    auto again = lay_with(decree_with(pages), [](style::HouseStyle& st) { st.lampiran_numbers_continue = false; });
    ASSERT_TRUE(on->ok);
    ASSERT_TRUE(again->ok);
    auto number_of = [](const layout::Page& p) {
        for (const auto& t : p.texts)
            if (t.seq == 0 && t.text.find('-') != std::string::npos) return t.text;
        return std::string();
    };
    const auto restarted = lampiran_pages(again->doc);
    ASSERT_GE(restarted.size(), 2u);
    EXPECT_EQ(number_of(*restarted[0]), "") << "the Lampiran's first page is unnumbered, like the decree's";
    EXPECT_EQ(number_of(*restarted[1]), "- 2 -");
    const auto continued = lampiran_pages(on->doc);
    ASSERT_GE(continued.size(), 2u);
    EXPECT_GT(continued[1]->number, 2);
    EXPECT_EQ(number_of(*continued[1]), "- " + std::to_string(continued[1]->number) + " -") << "by default the decree's count goes on";
}
