// The SVG writer (render/svg/) and the serve stage's file-name rule, on real documents.
#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "layout/document.hpp"
#include "pipeline/pipeline.hpp"
#include "render/svg/svg_writer.hpp"
#include "serve/server.hpp"
#include "xml/decree_reader.hpp"

using namespace naskah;

namespace {

const std::string kReference = std::string(NASKAH_SOURCE_DIR) + "/samples/keputusan-kpu-kab-malang-15-2022.xml";

struct Loaded {
    pipeline::Engine engine;
    std::unique_ptr<text::Shaper> shaper;
    model::Decree decree;
    Loaded()
    {
        DiagnosticSink sink;
        EXPECT_TRUE(xml::read_decree(kReference, decree, sink));
        EXPECT_TRUE(engine.load("kpu", sink));
        shaper = std::make_unique<text::Shaper>(*engine.fonts);
    }
};

Loaded& loaded()
{
    static Loaded l;
    return l;
}

// The words and boxes the layout produces, for comparison with what the SVG shows.
struct Collect : layout::PageSink {
    std::vector<layout::Page> pages;
    void page(layout::Page&& p) override { pages.push_back(std::move(p)); }
};

std::vector<layout::Page> layout_pages(model::Variant variant)
{
    auto& l = loaded();
    DiagnosticSink sink;
    Collect c;
    layout::LayoutContext ctx{l.engine.style, *l.engine.fonts, *l.shaper, sink, variant};
    layout::Document doc;
    doc.sink = &c;
    EXPECT_TRUE(layout::layout_document(l.decree, ctx, doc));
    return std::move(c.pages);
}

std::string svg_of(model::Variant variant, const render::SvgOptions& options, int& pages)
{
    auto& l = loaded();
    DiagnosticSink sink;
    std::string out;
    EXPECT_TRUE(render::render_svg(l.decree, l.engine.style, *l.engine.fonts, *l.shaper, variant, out, pages, sink, options));
    EXPECT_FALSE(sink.has_errors());
    return out;
}

}  // namespace

TEST(Svg, PaintsEveryPageAndWordOfTheLayout)
{
    const auto pages = layout_pages(model::Variant::Salinan);
    int count = 0;
    const std::string svg = svg_of(model::Variant::Salinan, {}, count);
    ASSERT_EQ(count, static_cast<int>(pages.size()));
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(svg.c_str())) << "the SVG is well-formed XML";
    const auto root = doc.child("svg");
    EXPECT_EQ(root.attribute("data-pages").as_int(), count);
    std::map<std::string, bool> defined;
    for (auto p : root.child("defs").children("path")) defined[p.attribute("id").value()] = true;
    int page_index = 0;
    for (auto page : root.children("svg")) {
        ASSERT_LT(page_index, count);
        const auto& lp = pages[static_cast<std::size_t>(page_index)];
        // the page's own size, and every word of the layout in reading order at its position
        EXPECT_NEAR(page.attribute("width").as_double(), lp.width, 0.01);
        EXPECT_NEAR(page.attribute("height").as_double(), lp.height, 0.01);
        std::size_t word = 0;
        for (auto g : page.children("g")) {
            ASSERT_LT(word, lp.texts.size());
            const auto& t = lp.texts[word++];
            EXPECT_EQ(std::string(g.attribute("aria-label").value()), t.text);
            double x = 0, y = 0;
            ASSERT_EQ(std::sscanf(g.attribute("transform").value(), "translate(%lf %lf)", &x, &y), 2);
            EXPECT_NEAR(x, t.x, 0.006);
            EXPECT_NEAR(y, t.y, 0.006);
            EXPECT_GE(x, 0);
            EXPECT_LE(x + t.width, lp.width);
            for (auto use : g.children("use")) {
                const std::string ref = use.attribute("href").value();
                ASSERT_FALSE(ref.empty());
                EXPECT_TRUE(defined.count(ref.substr(1))) << ref << " has no outline";
            }
        }
        EXPECT_EQ(word, lp.texts.size()) << "page " << page_index + 1;
        int rects = 0;
        for (auto r : page.children("rect"))
            if (std::string(r.attribute("class").value()) == "month") ++rects;
        int months = 0;
        for (const auto& f : lp.fills) months += f.month;
        EXPECT_EQ(rects, months);
        ++page_index;
    }
    EXPECT_EQ(page_index, count);
}

TEST(Svg, IsDeterministic)
{
    int a = 0, b = 0;
    EXPECT_EQ(svg_of(model::Variant::Asli, {}, a), svg_of(model::Variant::Asli, {}, b));
}

TEST(Svg, TextModeNamesTheFacesAndKeepsPositions)
{
    const auto pages = layout_pages(model::Variant::Asli);
    render::SvgOptions o;
    o.font_family_prefix = "naskah-kpu-";
    int count = 0;
    const std::string svg = svg_of(model::Variant::Asli, o, count);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(svg.c_str()));
    auto page = doc.child("svg").child("svg");
    auto t = page.child("text");
    ASSERT_TRUE(t);
    EXPECT_EQ(std::string(t.text().get()), pages[0].texts[0].text);
    EXPECT_NEAR(t.attribute("x").as_double(), pages[0].texts[0].x, 0.006);
    EXPECT_EQ(std::string(t.attribute("font-family").value()), "naskah-kpu-" + std::to_string(pages[0].texts[0].face));
    EXPECT_FALSE(doc.child("svg").child("defs").child("path")) << "no outlines in text mode";
}

TEST(Svg, TteVariantPaintsItsQrCode)
{
    auto& l = loaded();
    model::Decree d = l.decree;
    d.meta.verification = "https://example.org/verifikasi/15";
    DiagnosticSink sink;
    std::string out;
    int pages = 0;
    ASSERT_TRUE(render::render_svg(d, l.engine.style, *l.engine.fonts, *l.shaper, model::Variant::Tte, out, pages, sink));
    EXPECT_NE(out.find("class=\"qr\""), std::string::npos);
}

TEST(Serve, FileNamesStayInTheFolder)
{
    EXPECT_TRUE(serve::safe_file_name("keputusan-15.xml"));
    EXPECT_TRUE(serve::safe_file_name("Keputusan_15.v2.xml"));
    EXPECT_TRUE(serve::safe_file_name("SK Tim Satu Data (revisi).xml"));
    EXPECT_TRUE(serve::safe_file_name("Keputusan Kadis \xC3\xA9.xml"));
    for (const char* bad : {"../x.xml", "..x.xml", "/etc/x.xml", "a/b.xml", "a\\b.xml", ".hidden.xml", "x.txt", "x.xml/..", "", " x.xml",
                            "x .xml", "x\n.xml", "%2e%2e.xml", "x\".xml", "x:y.xml", "x\xC3.xml"})
        EXPECT_FALSE(serve::safe_file_name(bad)) << bad;
    EXPECT_EQ(serve::random_token().size(), 32u);
    EXPECT_NE(serve::random_token(), serve::random_token());
}
