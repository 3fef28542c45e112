// The PDF writer hands the saved file to its caller piece by piece (issue 15: a 201,400-row
// work plan must stay under 400 MiB, so the file is never held in libharu's stream and copied).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "layout/document.hpp"
#include "pipeline/pipeline.hpp"
#include "render/pdf/pdf_writer.hpp"
#include "xml/decree_reader.hpp"

using namespace naskah;

namespace {

struct Reference {
    pipeline::Engine engine;
    model::Decree decree;
    Reference()
    {
        DiagnosticSink sink;
        EXPECT_TRUE(engine.load("kpu", sink));
        EXPECT_TRUE(xml::read_decree(std::string(NASKAH_SOURCE_DIR) + "/samples/keputusan-kpu-kab-malang-15-2022.xml", decree, sink));
    }
    /// Lays the reference out into a fresh writer and saves it through `save`.
    template <class Save>
    bool render(DiagnosticSink& sink, Save save)
    {
        text::Shaper shaper(*engine.fonts);
        render::PdfWriter writer(shaper, sink);
        layout::LayoutContext ctx{engine.style, *engine.fonts, shaper, sink, model::Variant::Asli};
        layout::Document doc;
        doc.sink = &writer;
        doc.creation_epoch = 1'650'000'000;
        if (!layout::layout_document(decree, ctx, doc)) return false;
        return save(writer, doc);
    }
};

}  // namespace

TEST(PdfWriter, SavesThroughTheCallersSinkTheSameBytesAsIntoAString)
{
    Reference ref;
    DiagnosticSink sink;
    std::string whole;
    ASSERT_TRUE(ref.render(sink, [&](render::PdfWriter& w, const layout::Document& d) { return w.finish(d, whole); }));
    std::string pieces;
    int calls = 0;
    ASSERT_TRUE(ref.render(sink, [&](render::PdfWriter& w, const layout::Document& d) {
        return w.finish(d, [&](std::string_view bytes) {
            ++calls;
            pieces.append(bytes);
            return true;
        });
    }));
    EXPECT_EQ(sink.error_count(), 0u);
    EXPECT_EQ(whole, pieces);
    EXPECT_GT(calls, 10) << "the file should arrive in pieces, as libharu writes it";
    EXPECT_TRUE(whole.starts_with("%PDF-"));
    EXPECT_NE(whole.find("%%EOF", whole.size() - 16), std::string::npos);
}

TEST(PdfWriter, ASinkThatRefusesIsAnErrorNotACrash)
{
    Reference ref;
    DiagnosticSink sink(Lang::En);
    std::size_t taken = 0;
    int calls_after_refusal = 0;
    const bool ok = ref.render(sink, [&](render::PdfWriter& w, const layout::Document& d) {
        return w.finish(d, [&](std::string_view bytes) {
            if (taken > 20'000) {
                ++calls_after_refusal;
                return false;
            }
            taken += bytes.size();
            return true;
        });
    });
    EXPECT_FALSE(ok);
    EXPECT_EQ(calls_after_refusal, 1) << "once refused, nothing more is offered";
    ASSERT_EQ(sink.error_count(), 1u);
    EXPECT_EQ(sink.items()[0].code, "E-PDF");
    EXPECT_NE(sink.items()[0].message.find("cannot be written"), std::string::npos) << sink.items()[0].message;
}
