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
