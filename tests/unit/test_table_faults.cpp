// The table-engine faults of issue 15 (items 8, 9, 10), each reproduced before it was fixed:
// a house style whose lengths make the engine run away, a QR payload too long for a QR code,
// and a row taller than a page split without a word.
#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <fstream>
#include <memory>
#include <sstream>

#include "layout/document.hpp"
#include "table_fixture.hpp"
#include "pipeline/pipeline.hpp"
#include "style/style.hpp"
#include "text/font.hpp"
#include "xml/decree_reader.hpp"

using namespace naskah;

using namespace naskah::testing_tables;

namespace {

std::string write_style(const std::string& name, const std::string& tabel_attrs)
{
    std::ifstream in(std::string(NASKAH_SOURCE_DIR) + "/layouts/kpu.xml");
    std::stringstream buf;
    buf << in.rdbuf();
    std::string s = buf.str();
    const auto at = s.find("<tabel ");
    EXPECT_NE(at, std::string::npos);
    if (at == std::string::npos) return {};
    s.replace(at, s.find("/>", at) + 2 - at, "<tabel " + tabel_attrs + "/>");
    // fonts are named relative to the data folder, so the copy can live anywhere
    const std::string path = ::testing::TempDir() + name + ".xml";
    std::ofstream(path) << s;
    return path;
}

}  // namespace

// ---- 8: a house style cannot make the engine run away ----------------------------------------

TEST(TableFaults, HouseStyleLengthsHaveBoundsNamedAtTheirAttribute)
{
    DiagnosticSink sink(Lang::En);
    style::HouseStyle st;
    const std::string path = write_style("padding70", "padding=\"70mm\" garis=\"0.5pt\"");
    EXPECT_FALSE(style::load_style(path, st, sink));
    ASSERT_EQ(sink.error_count(), 1u);
    const auto& d = sink.items()[0];
    EXPECT_EQ(d.code, "E-GAYA-NILAI");
    EXPECT_GT(d.pos.line, 0);
    EXPECT_NE(d.message.find("tabel.padding"), std::string::npos) << d.message;
    EXPECT_NE(d.message.find("at most"), std::string::npos) << d.message;

    DiagnosticSink ok_sink;
    EXPECT_TRUE(style::load_style(write_style("padding3", "padding=\"3mm\" garis=\"1pt\""), st, ok_sink));
}

TEST(TableFaults, HeaderBetweenTheRepeatThresholdsDoesNotLoop)
{
    // With 70 mm of padding a one-line header takes about half the page: under the 80% that
    // stops it repeating, yet no body row fits below it. This used to loop for ever.
    auto l = lay_with(decree_with(table_of(6)), [](style::HouseStyle& s) { s.cell_padding = 70; });
    EXPECT_LT(l->doc.page_count, 40);
    // every row is there, or the engine stopped with an error (here: 140 mm of padding leaves
    // the 20 mm NO column no room for its numbers, E-TABEL-ANGKA)
    if (!l->ok) {
        EXPECT_TRUE(l->sink.has_errors());
    }
}

TEST(TableFaults, PaddingTallerThanAPageIsAnErrorNamingTheStyleValue)
{
    auto l = lay_with(decree_with(table_of(3)), [](style::HouseStyle& s) { s.cell_padding = 200; });
    EXPECT_FALSE(l->ok);
    EXPECT_TRUE(has_code(l->sink, "E-TABEL-GAYA", Severity::Error));
    EXPECT_LT(l->doc.page_count, 10);
}

// ---- 10: a row taller than a page is split with a warning --------------------------------

TEST(TableFaults, RowTallerThanAPageIsSplitWithAWarningAtTheRow)
{
    std::ostringstream x, tall;
    for (int w = 0; w < 2500; ++w) tall << "t" << w << " ";
    x << "<tabel><kolom lebar=\"1*\"/><kepala><baris><sel>H</sel></baris></kepala><isi>\n";
    x << "<baris><sel>pendek</sel></baris>\n<baris><sel>" << tall.str() << "</sel></baris></isi></tabel>";
    auto l = lay_with(decree_with(x.str()), [](style::HouseStyle&) {});
    EXPECT_TRUE(l->ok);
    int warned = 0;
    for (const auto& d : l->sink.items())
        if (d.code == "W-TABEL-BARIS-PISAH") {
            ++warned;
            EXPECT_GT(d.pos.line, 0);
        }
    EXPECT_EQ(warned, 1);
}

TEST(TableFaults, OrdinaryRowSplitAtAPageBottomIsNotWarned)
{
    auto l = lay_with(decree_with(table_of(300)), [](style::HouseStyle&) {});
    EXPECT_TRUE(l->ok);
    EXPECT_FALSE(has_code(l->sink, "W-TABEL-BARIS-PISAH", Severity::Warning));
}

// ---- 9: a verification text too long for a QR code --------------------------------------

TEST(TableFaults, VerificationTooLongForAQrCodeIsAnErrorNamingTheLimit)
{
    pipeline::Engine engine;
    DiagnosticSink load;
    ASSERT_TRUE(engine.load("kpu", load));
    auto render_with = [&](std::size_t bytes, DiagnosticSink& sink) {
        model::Decree d;
        const std::string xml = decree_with("", "\n    <verifikasi>https://uji.example/" + std::string(bytes - 20, 'a') + "</verifikasi>");
        EXPECT_TRUE(xml::read_decree_text("test.xml", xml, d, sink));
        pipeline::RenderRequest req;
        req.variant = model::Variant::Tte;
        req.run_checks = false;
        pipeline::RenderResult result;
        text::Shaper shaper(*engine.fonts);
        return pipeline::render_decree(d, engine, shaper, req, result, sink);
    };
    DiagnosticSink too_long(Lang::En);
    EXPECT_FALSE(render_with(3028, too_long));
    bool named = false;
    for (const auto& d : too_long.items())
        if (d.code == "E-TTE-QR") {
            named = true;
            EXPECT_NE(d.message.find("2331"), std::string::npos) << d.message;
            EXPECT_GT(d.pos.line, 0);
        }
    EXPECT_TRUE(named);
    DiagnosticSink fits(Lang::En);
    EXPECT_TRUE(render_with(2331, fits)) << (fits.items().empty() ? "" : format_diagnostic(fits.items()[0]));
}
