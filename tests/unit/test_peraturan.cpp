// Regulations (Peraturan, issue 14): the reader's structure and numbering, the composed words, and
// the laid-out pages (headings kept with their text, two signature fields, the Penjelasan page).
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>

#include "compose/compose.hpp"
#include "layout/document.hpp"
#include "style/style.hpp"
#include "text/font.hpp"
#include "text/paragraph.hpp"
#include "xml/decree_reader.hpp"

using namespace naskah;

namespace {

const char* kHead = R"(<?xml version="1.0" encoding="UTF-8"?>
<peraturan gaya="bupati" rahmat="ya">
  <kepala>
    <kop><baris>Bupati Uji</baris></kop>
    <penerbit>Bupati Uji</penerbit>
    <nomor>7 TAHUN 2024</nomor>
    <tentang>Tarif Retribusi</tentang>
    <pejabat>Bupati Uji</pejabat>
    <penetapan tempat="Uji" tanggal="2024-03-11"/>
    <penandatangan nama="Nama Bupati"/>
    <pengundangan tempat="Uji" tanggal="2024-03-12" berita="Berita Daerah Kabupaten Uji" nomor="73" tambahan="5">
      <pejabat>Sekretaris Daerah Kabupaten Uji</pejabat>
      <penandatangan nama="Nama Sekda"/>
    </pengundangan>
  </kepala>
  <menimbang><butir>bahwa perlu menetapkan tarif;</butir></menimbang>
  <mengingat><butir>Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan.</butir></mengingat>
)";

std::string regulation(const std::string& memutuskan, const std::string& after = "")
{
    return std::string(kHead) + "  <memutuskan>" + memutuskan + "</memutuskan>\n" + after + "</peraturan>\n";
}

model::Decree read(const std::string& text, bool expect_ok = true)
{
    model::Decree d;
    DiagnosticSink sink;
    const bool ok = xml::read_decree_text("p.xml", text, d, sink);
    EXPECT_EQ(ok, expect_ok);
    if (ok != expect_ok)
        for (const auto& x : sink.items()) ADD_FAILURE() << x.pos.line << ":" << x.pos.column << " " << x.message;
    return d;
}

style::HouseStyle bupati()
{
    style::HouseStyle s;
    DiagnosticSink sink;
    EXPECT_TRUE(style::load_style("bupati", s, sink));
    return s;
}

std::string printed(const compose::Line& l)
{
    std::string out;
    for (const auto& s : l.text.spans) out += l.upper && !(s.style & model::kKeepCase) ? model::upper_id(s.text) : s.text;
    return out;
}

const char* kBody = R"(
    <bab judul="Ketentuan Umum"><pasal>Dalam Peraturan Bupati ini yang dimaksud dengan:<daftar><butir>Daerah adalah Kabupaten Uji.</butir></daftar></pasal></bab>
    <bab judul="Tarif">
      <bagian judul="Besaran"><pasal><ayat>Satu.</ayat><ayat>Dua:<daftar jenis="huruf"><butir>a;</butir><butir>b.</butir></daftar></ayat></pasal></bagian>
      <bagian judul="Penagihan">
        <paragraf-bagian judul="Umum"><pasal>Tiga.</pasal></paragraf-bagian>
        <paragraf-bagian judul="Khusus"><pasal nomor="3A">Sisipan.</pasal><pasal>Empat.</pasal></paragraf-bagian>
      </bagian>
    </bab>
    <bab judul="Penutup"><pasal>Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.</pasal></bab>
)";

}  // namespace

TEST(Peraturan, NumbersBabBagianParagrafPasalAndAyat)
{
    const model::Decree d = read(regulation(kBody));
    ASSERT_EQ(d.instrument, model::Instrument::Peraturan);
    EXPECT_EQ(d.meta.kind, "Peraturan");
    ASSERT_EQ(d.body.size(), 3u);
    EXPECT_EQ(d.body[0].number, "I");
    EXPECT_EQ(d.body[2].number, "III");
    const auto& bab2 = d.body[1];
    ASSERT_EQ(bab2.children.size(), 2u);
    EXPECT_EQ(bab2.children[0].number, "Kesatu");
    EXPECT_EQ(bab2.children[1].number, "Kedua");
    EXPECT_EQ(bab2.children[1].children[0].number, "1");  // Paragraf restarts under each Bagian
    EXPECT_EQ(bab2.children[1].children[1].number, "2");
    std::vector<std::string> pasal;
    for (const auto* p : model::body_pasal(d)) pasal.push_back(p->number);
    // continuous across BAB; an inserted 3A leaves the count, so the next is 4
    EXPECT_EQ(pasal, (std::vector<std::string>{"1", "2", "3", "3A", "4", "5"}));
    const auto& ayat = bab2.children[0].children[0].clauses;
    ASSERT_EQ(ayat.size(), 2u);
    EXPECT_EQ(compose::Composed::clause_marker(ayat[0]), "(1)");
    EXPECT_EQ(compose::Composed::clause_marker(ayat[1]), "(2)");
    EXPECT_FALSE(model::is_amendment(d));
}

TEST(Peraturan, AmendmentNumbersItsOwnPasalRomanAndKeepsQuotedNumbers)
{
    const model::Decree d = read(regulation(R"(
      <pasal>Beberapa ketentuan diubah sebagai berikut:
        <ubah>Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:<pasal nomor="3"><ayat>Satu.</ayat><ayat>Dua.</ayat></pasal></ubah>
        <ubah>Pasal 5 dihapus.</ubah>
      </pasal>
      <pasal>Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.</pasal>)"));
    ASSERT_TRUE(model::is_amendment(d));
    ASSERT_EQ(d.body.size(), 2u);
    EXPECT_EQ(d.body[0].number, "I");
    EXPECT_EQ(d.body[1].number, "II");
    const auto& cs = d.body[0].clauses;
    ASSERT_EQ(cs.size(), 3u);  // the introductory text, two changes
    EXPECT_EQ(cs[1].kind, model::Clause::Kind::Change);
    EXPECT_EQ(compose::Composed::clause_marker(cs[1]), "1.");
    EXPECT_EQ(compose::Composed::clause_marker(cs[2]), "2.");
    ASSERT_EQ(cs[1].quoted.size(), 1u);
    EXPECT_EQ(cs[1].quoted[0].number, "3");
    EXPECT_EQ(compose::Composed::clause_marker(cs[1].quoted[0].clauses[1]), "(2)");
}

TEST(Peraturan, StructureErrorsNameTheirPlace)
{
    model::Decree d;
    DiagnosticSink sink;
    EXPECT_FALSE(xml::read_decree_text("p.xml", regulation("<pasal><ayat nomor=\"1\">a</ayat><ayat nomor=\"3\">b</ayat><ayat nomor=\"2\">c</ayat></pasal>"), d, sink));
    ASSERT_FALSE(sink.items().empty());
    EXPECT_EQ(sink.items()[0].code, "E-PASAL-AYAT-URUTAN");
    EXPECT_EQ(sink.items()[0].pos.line, 18);
    EXPECT_GT(sink.items()[0].pos.column, 60);  // at the third <ayat>, not the Pasal

    DiagnosticSink sink2;
    EXPECT_FALSE(xml::read_decree_text("p.xml", regulation("<diktum>x</diktum>"), d, sink2));
    DiagnosticSink sink3;
    EXPECT_FALSE(xml::read_decree_text("p.xml", regulation("<pasal><ubah>Ketentuan Pasal 3 diubah:<pasal>x</pasal></ubah></pasal>"), d, sink3));
    ASSERT_FALSE(sink3.items().empty());
    EXPECT_EQ(sink3.items()[0].code, "E-FORMAT-WAJIB");
}

TEST(Peraturan, ComposedClosingPromulgationAndPenjelasan)
{
    const model::Decree d = read(regulation(kBody, "  <penjelasan><umum><paragraf>Umum.</paragraf></umum><pasal-demi-pasal><pasal>Cukup jelas.</pasal><pasal><ayat nomor=\"1\">Cukup jelas.</ayat></pasal></pasal-demi-pasal></penjelasan>\n"));
    style::HouseStyle s = bupati();
    const compose::Composed c = compose::compose(d, s, model::Variant::Asli);
    ASSERT_TRUE(c.regulation);
    EXPECT_EQ(printed(c.title.number), "NOMOR 7 TAHUN 2024");  // no "NOMOR :" as in the office's Keputusan
    ASSERT_TRUE(c.order);
    EXPECT_EQ(printed(*c.order),
              "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten Uji.");
    ASSERT_TRUE(c.promulgation);
    EXPECT_EQ(printed(c.promulgation->place_date[0].value), "Diundangkan di Uji");
    EXPECT_EQ(printed(c.promulgation->place_date[1].value), "pada tanggal 12 Maret 2024");
    EXPECT_EQ(printed(c.promulgation->titles[0]), "SEKRETARIS DAERAH KABUPATEN UJI,");
    EXPECT_TRUE(c.promulgation->field);
    EXPECT_EQ(c.promulgation->field_name, "ttd_pengundangan");
    ASSERT_EQ(c.gazette.size(), 1u);
    EXPECT_EQ(printed(c.gazette[0]), "BERITA DAERAH KABUPATEN UJI TAHUN 2024 NOMOR 73");
    EXPECT_EQ(printed(c.menetapkan), "PERATURAN BUPATI UJI TENTANG TARIF RETRIBUSI.");
    ASSERT_TRUE(c.explanation);
    EXPECT_EQ(printed(c.explanation->heading[2]), "PERATURAN BUPATI UJI");
    ASSERT_TRUE(c.explanation->supplement);
    EXPECT_EQ(printed(*c.explanation->supplement), "TAMBAHAN BERITA DAERAH KABUPATEN UJI NOMOR 5");
    EXPECT_EQ(c.heading(d.body[1].children[0]), "Bagian Kesatu");
    EXPECT_EQ(c.note_heading(d.penjelasan->pasal[1].notes[0]), "Ayat (1)");

    // the style's settings: Menetapkan without the region, the order left out by the decree
    s.conv.menetapkan_region = false;
    EXPECT_EQ(printed(compose::compose(d, s, model::Variant::Asli).menetapkan), "PERATURAN BUPATI TENTANG TARIF RETRIBUSI.");
    model::Decree quiet = d;
    quiet.meta.promulgation->order = false;
    EXPECT_FALSE(compose::compose(quiet, s, model::Variant::Asli).order);
    // a copy: "ttd." in both signing spaces
    const compose::Composed copy = compose::compose(d, s, model::Variant::Salinan);
    EXPECT_EQ(copy.promulgation->mark, "ttd.");
    EXPECT_FALSE(copy.promulgation->field);
}

TEST(Peraturan, ShortNameOfTheInstrument)
{
    model::Metadata m;
    m.kind = "Peraturan";
    m.issuer = "Bupati Kulon Progo";
    EXPECT_EQ(model::short_instrument(m), "Peraturan Bupati");
    m.issuer = "Wali Kota Kendari";
    EXPECT_EQ(model::short_instrument(m), "Peraturan Wali Kota");
    m.issuer = "Menteri Dalam Negeri";
    EXPECT_EQ(model::short_instrument(m), "Peraturan Menteri");
    m.issuer = "Komisi Pemilihan Umum";
    EXPECT_EQ(model::short_instrument(m), "Peraturan Komisi Pemilihan Umum");
    m.short_name = "Peraturan Daerah";
    EXPECT_EQ(model::short_instrument(m), "Peraturan Daerah");
}

TEST(Peraturan, LaidOutWithTwoSignatureFieldsAndPenjelasanOnItsOwnPage)
{
    const model::Decree d = read(regulation(kBody, "  <penjelasan><umum><paragraf>Umum.</paragraf></umum></penjelasan>\n"));
    const style::HouseStyle s = bupati();
    DiagnosticSink sink;
    auto fonts = text::FontSet::load(s, sink);
    ASSERT_TRUE(fonts);
    text::Shaper shaper(*fonts);
    layout::LayoutContext ctx{s, *fonts, shaper, sink, model::Variant::Asli};
    layout::Document doc;
    ASSERT_TRUE(layout::layout_document(d, ctx, doc));
    std::vector<std::string> fields;
    bool explanation_page = false;
    for (const auto& p : doc.pages) {
        for (const auto& f : p.fields) fields.push_back(f.name);
        if (p.section == "penjelasan") {
            explanation_page = true;
            // the page starts with the PENJELASAN heading
            ASSERT_FALSE(p.texts.empty());
            bool found = false;
            for (const auto& t : p.texts) found = found || t.text == "PENJELASAN";
            EXPECT_TRUE(found);
        }
    }
    EXPECT_EQ(fields, (std::vector<std::string>{"ttd_bupati", "ttd_pengundangan"}));
    EXPECT_TRUE(explanation_page);
    // every "Pasal N" heading has a line of its text on the same page
    for (const auto& p : doc.pages) {
        for (std::size_t i = 0; i < p.texts.size(); ++i) {
            if (p.texts[i].text != "Pasal") continue;
            double below = 0;
            for (const auto& t : p.texts) below = std::max(below, t.y);
            EXPECT_GT(below, p.texts[i].y) << "a Pasal heading ends page " << p.number;
        }
    }
}

TEST(Peraturan, ALoneChangeInstructionIsNotNumbered)
{
    const model::Decree d = read(regulation(R"(
      <pasal><ubah>Ketentuan Pasal 8 diubah sehingga berbunyi sebagai berikut:<pasal nomor="8">Satu.</pasal></ubah></pasal>
      <pasal>Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.</pasal>)"));
    ASSERT_EQ(d.body[0].clauses.size(), 1u);
    EXPECT_EQ(compose::Composed::clause_marker(d.body[0].clauses[0]), "");
    EXPECT_EQ(d.body[0].number, "I");
}
