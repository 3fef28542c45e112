#include <gtest/gtest.h>

#include "model/model.hpp"

using namespace naskah::model;

TEST(Model, OrdinalsComeFromIcu)
{
    EXPECT_EQ(upper_id(ordinal_id(1)), "KESATU");
    EXPECT_EQ(upper_id(ordinal_id(2)), "KEDUA");
    EXPECT_EQ(upper_id(ordinal_id(7)), "KETUJUH");
}

TEST(Model, DateInIndonesian) { EXPECT_EQ(format_date_id(Date{2022, 1, 17}), "17 Januari 2022"); }

TEST(Model, MonthsText) { EXPECT_EQ(months_text(0b100'0000'0111), "1-3,11"); }

#include "xml/decree_reader.hpp"

TEST(Model, ReferenceSampleCounts)
{
    Decree d;
    naskah::DiagnosticSink sink;
    ASSERT_TRUE(naskah::xml::read_decree(NASKAH_SOURCE_DIR "/samples/keputusan-kpu-kab-malang-15-2022.xml", d, sink));
    EXPECT_EQ(d.mengingat.size(), 8u);
    EXPECT_EQ(d.menimbang.size(), 2u);
    EXPECT_EQ(d.diktum.size(), 2u);
    ASSERT_EQ(d.lampiran.size(), 1u);
    const auto* plan = std::get_if<WorkPlan>(&d.lampiran[0].content.back());
    ASSERT_NE(plan, nullptr);
    EXPECT_EQ(plan->sections.size(), 6u);
    std::size_t subs = 0;
    for (const auto& s : plan->sections)
        for (const auto& a : s.activities) subs += a.subs.size();
    EXPECT_EQ(subs, 53u);
    EXPECT_EQ(d.meta.number.value_or(""), "15/HK.03.1/3507/2022");
    EXPECT_EQ(format_date_id(*d.meta.date), "17 Januari 2022");
}

TEST(Model, WorkPlanExpandsToTheGenericTable)
{
    Decree d;
    naskah::DiagnosticSink sink;
    ASSERT_TRUE(naskah::xml::read_decree(NASKAH_SOURCE_DIR "/samples/keputusan-kpu-kab-malang-15-2022.xml", d, sink));
    const auto& plan = std::get<WorkPlan>(d.lampiran[0].content.back());
    WorkPlanColumns cols;
    Table t = expand_work_plan(plan, cols);
    EXPECT_EQ(t.columns.size(), 17u);
    EXPECT_EQ(t.header.size(), 2u);
    EXPECT_EQ(t.body.size(), 53u + 6u);
    EXPECT_EQ(t.header[0].cells[4].colspan, 12);
    EXPECT_EQ(t.header[0].cells[0].rowspan, 2);
    EXPECT_TRUE(t.body[0].group);
    EXPECT_EQ(t.body[0].cells[0].colspan, 17);
}

TEST(Model, EveryDiagnosticOfABrokenFileIsCollected)
{
    Decree d;
    naskah::DiagnosticSink sink;
    const std::string x = R"(<keputusan><kepala><nomor/><penetapan tempat="X" tanggal="2022-13-01"/></kepala>
<menimbang><butir>bahwa;</butir></menimbang><mengingat><butir>x;</butir></mengingat></keputusan>)";
    EXPECT_FALSE(naskah::xml::read_decree_text("t.xml", x, d, sink));
    EXPECT_GE(sink.error_count(), 5u);  // nomor, tanggal, kop, penerbit, tentang, pejabat, penandatangan, memutuskan
    for (const auto& diag : sink.items()) EXPECT_GT(diag.pos.line, 0u) << diag.message;
}

// The pre-parse scans jump between '<' and '&' and read control characters 32 bytes at a time:
// an '&' in a comment, CDATA or PI is still allowed, one after them still reported, and a
// control character found wherever it falls in a block, on the right column.
TEST(Model, EntityAndControlScansFindTheFirstFaultAnywhere)
{
    auto first = [](const std::string& x, const std::string& code, naskah::SourcePos& at) {
        Decree d;
        naskah::DiagnosticSink sink;
        naskah::xml::read_decree_text("t.xml", x, d, sink);
        for (const auto& diag : sink.items())
            if (diag.code == code) {
                at = diag.pos;
                return true;
            }
        return false;
    };
    naskah::SourcePos at;
    for (const std::string allowed : {"<!-- a & b -->", "<![CDATA[a & b]]>", "<?pi a & b?>", "&amp;&#38;&#x26;&lt;"})
        EXPECT_FALSE(first("<keputusan>" + allowed + "</keputusan>", "E-XML-ENTITAS", at)) << allowed;
    for (const std::string before : {"", "<!-- & -->", "<![CDATA[&]]>x", "<a/>&amp;<b>text</b>"}) {
        const std::string x = "<keputusan>" + before + "a & b</keputusan>";
        ASSERT_TRUE(first(x, "E-XML-ENTITAS", at)) << x;
        EXPECT_EQ(at.column, x.find("a & b") + 3) << x;
    }
    for (std::size_t pad = 0; pad < 70; ++pad) {
        const std::string x = "<keputusan>" + std::string(pad, 'x') + '\x01' + std::string(40, 'y') + "\x02</keputusan>";
        ASSERT_TRUE(first(x, "E-XML-KENDALI", at)) << pad;
        EXPECT_EQ(at.column, 12 + pad) << pad;
    }
}

// Format errors follow --lang like the drafting checks: the same error, worded for the reader.
TEST(Model, FormatErrorsSpeakTheSinksLanguage)
{
    const std::string file = NASKAH_SOURCE_DIR "/tests/data/bad/two-errors.xml";
    Decree in_id, in_en;
    naskah::DiagnosticSink id;  // Indonesian unless asked otherwise
    naskah::DiagnosticSink en(naskah::Lang::En);
    EXPECT_EQ(id.lang(), naskah::Lang::Id);
    EXPECT_FALSE(naskah::xml::read_decree(file, in_id, id));
    EXPECT_FALSE(naskah::xml::read_decree(file, in_en, en));
    ASSERT_EQ(id.items().size(), 2u);
    ASSERT_EQ(en.items().size(), id.items().size());
    for (std::size_t i = 0; i < id.items().size(); ++i) {
        const auto& a = id.items()[i];
        const auto& b = en.items()[i];
        EXPECT_EQ(a.code, b.code);
        EXPECT_EQ(a.severity, b.severity);
        EXPECT_EQ(a.pos.file, b.pos.file);
        EXPECT_EQ(a.pos.line, b.pos.line);
        EXPECT_EQ(a.pos.column, b.pos.column);
        EXPECT_NE(a.message, b.message);
    }
    EXPECT_EQ(id.items()[0].code, "E-FORMAT-TANGGAL");
    EXPECT_NE(id.items()[0].message.find("seharusnya bulan 01 sampai 12"), std::string::npos) << id.items()[0].message;
    EXPECT_NE(en.items()[0].message.find("expected a month from 01 to 12"), std::string::npos) << en.items()[0].message;
}

TEST(Model, UnreadableFileSpeaksTheSinksLanguage)
{
    Decree d;
    naskah::DiagnosticSink id, en(naskah::Lang::En);
    EXPECT_FALSE(naskah::xml::read_decree(NASKAH_SOURCE_DIR "/tests/data/no-such-file.xml", d, id));
    EXPECT_FALSE(naskah::xml::read_decree(NASKAH_SOURCE_DIR "/tests/data/no-such-file.xml", d, en));
    ASSERT_EQ(id.items().size(), 1u);
    ASSERT_EQ(en.items().size(), 1u);
    EXPECT_EQ(id.items()[0].code, "E-BACA");
    EXPECT_EQ(en.items()[0].code, "E-BACA");
    EXPECT_EQ(id.items()[0].message, "berkas tidak dapat dibaca: berkas atau folder tidak ada");
    EXPECT_EQ(en.items()[0].message, "cannot read the file: No such file or directory");
}
