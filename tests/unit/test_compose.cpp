// The composing stage: every convention of a house style comes out as the words it names, and
// nothing else is added.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "compose/compose.hpp"
#include "style/style.hpp"
#include "xml/decree_reader.hpp"

using namespace naskah;

namespace {

model::Decree reference()
{
    model::Decree d;
    DiagnosticSink sink;
    EXPECT_TRUE(xml::read_decree(NASKAH_SOURCE_DIR "/samples/keputusan-kpu-kab-malang-15-2022.xml", d, sink));
    return d;
}

style::HouseStyle kpu()
{
    style::HouseStyle s;
    DiagnosticSink sink;
    EXPECT_TRUE(style::load_style(NASKAH_SOURCE_DIR "/layouts/kpu.xml", s, sink));
    return s;
}

/// A line as the writers print it: case applied span by span.
std::string printed(const compose::Line& l)
{
    std::string out;
    for (const auto& s : l.text.spans) {
        if (s.line_break) out += ' ';
        else out += l.upper && !(s.style & model::kKeepCase) ? model::upper_id(s.text) : s.text;
    }
    return out;
}

void set(style::HouseStyle& s, const std::string& key, const std::string& value)
{
    DiagnosticSink sink;
    ASSERT_TRUE(style::apply_settings({model::StyleSetting{key, value, {}}}, s, sink)) << key << "=" << value;
}

}  // namespace

TEST(Compose, ReferenceWordsAsTheKpuStylePrintsThem)
{
    const model::Decree d = reference();
    const compose::Composed c = compose::compose(d, kpu(), model::Variant::Salinan);
    EXPECT_EQ(c.copy_label, "SALINAN");
    EXPECT_EQ(printed(c.title.instrument), "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN MALANG");
    EXPECT_EQ(printed(c.title.number), "NOMOR 15/HK.03.1/3507/2022");
    EXPECT_EQ(printed(c.title.about), "TENTANG");
    EXPECT_FALSE(c.title.rahmat.has_value());
    EXPECT_EQ(printed(c.title.official), "KETUA KOMISI PEMILIHAN UMUM KABUPATEN MALANG,");
    EXPECT_EQ(printed(c.decide), "MEMUTUSKAN:");
    EXPECT_EQ(c.menetapkan_label, "Menetapkan");
    EXPECT_EQ(printed(c.menetapkan).rfind("KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN MALANG TENTANG PENETAPAN RENCANA KERJA", 0), 0u);
    EXPECT_EQ(printed(c.menetapkan).back(), '.');
    ASSERT_EQ(c.diktum_labels.size(), 2u);
    EXPECT_EQ(c.diktum_labels[1], "KEDUA");
    ASSERT_EQ(c.signature.place_date.size(), 2u);
    EXPECT_EQ(printed(c.signature.place_date[0].value), "Ditetapkan di Kepanjen");
    EXPECT_EQ(printed(c.signature.place_date[1].value), "pada tanggal 17 Januari 2022");
    EXPECT_EQ(c.signature.mark, "ttd.");
    EXPECT_EQ(printed(c.signature.name), "ANIS SUHARTINI");
    ASSERT_TRUE(c.certification.has_value());
    EXPECT_EQ(printed(c.certification->lines[0]), "Salinan sesuai dengan aslinya");
    EXPECT_TRUE(c.certification_each);
    ASSERT_EQ(c.lampiran.size(), 1u);
    const auto& h = c.lampiran[0];
    ASSERT_EQ(h.rows.size(), 4u);
    EXPECT_EQ(h.rows[0].label, "LAMPIRAN");
    EXPECT_EQ(h.rows[2].label, "TANGGAL");
    EXPECT_EQ(c.page_number(2), "- 2 -");
}

TEST(Compose, EveryPhraseComesFromTheStyle)
{
    const model::Decree d = reference();
    style::HouseStyle s = kpu();
    set(s, "judul.nomor", "NOMOR :");
    set(s, "bagian.memutuskan", "M E M U T U S K A N");
    set(s, "bagian.isi-menetapkan", "kosong");
    set(s, "penetapan.bentuk", "titik-dua");
    set(s, "penetapan.pada", "Pada Tanggal");
    set(s, "penetapan.tempat-kapital", "ya");
    set(s, "penetapan.bulan", "singkat");
    set(s, "tanda-tangan.nama-kapital", "tidak");
    set(s, "tanda-tangan.nama-garis-bawah", "ya");
    set(s, "halaman.bentuk-nomor", "Halaman {n}");
    set(s, "salinan.jabatan-sebaris", "ya");
    set(s, "salinan.tempat", "akhir");
    const compose::Composed c = compose::compose(d, s, model::Variant::Salinan);
    EXPECT_EQ(printed(c.title.number), "NOMOR : 15/HK.03.1/3507/2022");
    EXPECT_EQ(printed(c.decide), "M E M U T U S K A N");
    EXPECT_TRUE(c.menetapkan.empty());
    ASSERT_TRUE(c.signature.colons);
    EXPECT_EQ(c.signature.place_date[0].label, "Ditetapkan di");
    EXPECT_EQ(printed(c.signature.place_date[0].value), "KEPANJEN");
    EXPECT_EQ(c.signature.place_date[1].label, "Pada Tanggal");
    EXPECT_EQ(printed(c.signature.place_date[1].value), "17 Jan 2022");
    EXPECT_EQ(printed(c.signature.name), "Anis Suhartini");
    EXPECT_TRUE(c.signature.name.text.spans[0].style & model::kUnderline);
    EXPECT_EQ(c.page_number(3), "Halaman 3");
    ASSERT_EQ(c.certification->lines.size(), 2u);
    EXPECT_EQ(printed(c.certification->lines[1]), "Sekretaris Sekretariat Komisi Pemilihan Umum Kabupaten Malang,");
    EXPECT_FALSE(c.certification_each);
}

TEST(Compose, TheDecreeOwnMenetapkanAndOfficialLineWin)
{
    model::Decree d = reference();
    d.menetapkan = model::Inline::from_text("KEPUTUSAN KETUA TENTANG RENCANA KERJA.");
    d.meta.official_line = "Komisi Pemilihan Umum Kabupaten Malang";
    d.meta.signer.title = "Ketua";
    d.meta.signer.nip = "19700101 199001 1 001";
    d.meta.signer.rank = "Pembina Utama Muda";
    style::HouseStyle s = kpu();
    set(s, "judul.koma-pejabat", "tidak");
    set(s, "tanda-tangan.nip", "NIP.");
    const compose::Composed c = compose::compose(d, s, model::Variant::Asli);
    EXPECT_EQ(printed(c.menetapkan), "KEPUTUSAN KETUA TENTANG RENCANA KERJA.");
    EXPECT_EQ(printed(c.title.official), "KOMISI PEMILIHAN UMUM KABUPATEN MALANG");
    EXPECT_EQ(printed(c.signature.titles[0]), "KETUA,");
    ASSERT_EQ(c.signature.after_name.size(), 2u);
    EXPECT_EQ(printed(c.signature.after_name[0]), "Pembina Utama Muda");
    EXPECT_EQ(printed(c.signature.after_name[1]), "NIP. 19700101 199001 1 001");
    EXPECT_TRUE(c.copy_label.empty());
    EXPECT_FALSE(c.certification.has_value());
    EXPECT_TRUE(c.signature.field);
}

TEST(Compose, KeepCaseSpansStayAsTypedInsideCapitals)
{
    model::Decree d = reference();
    d.meta.title.spans = {model::Span{"Penggunaan Aplikasi ", model::kPlain, false, {}},
                          model::Span{"eKinerja", model::kKeepCase, false, {}}};
    const compose::Composed c = compose::compose(d, kpu(), model::Variant::Asli);
    EXPECT_EQ(printed(c.title.title), "PENGGUNAAN APLIKASI eKinerja");
    EXPECT_NE(printed(c.menetapkan).find("TENTANG PENGGUNAAN APLIKASI eKinerja."), std::string::npos);
    EXPECT_EQ(printed(c.lampiran[0].rows.back().value), "PENGGUNAAN APLIKASI eKinerja");
}

TEST(Compose, LampiranHeadingLinesFollowTheStyle)
{
    model::Decree d = reference();
    d.meta.number.reset();  // assigned at signing
    style::HouseStyle s = kpu();
    set(s, "lampiran.baris-jenis", "tidak");
    set(s, "lampiran.tanggal", "tidak");
    set(s, "lampiran.tentang-terpisah", "ya");
    set(s, "lampiran.letak", "kiri");
    const compose::Composed c = compose::compose(d, s, model::Variant::Asli);
    const auto& h = c.lampiran[0];
    EXPECT_EQ(h.place, style::HeadingPlace::Left);
    ASSERT_EQ(h.rows.size(), 4u);  // LAMPIRAN, NOMOR, TENTANG, title
    EXPECT_TRUE(h.rows[0].value.empty());
    EXPECT_EQ(h.rows[1].value.blank, compose::Blank::Number);
    EXPECT_EQ(h.rows[2].label, "TENTANG");
    EXPECT_TRUE(h.rows[2].value.empty());
    EXPECT_EQ(h.rows[3].label, "");
    EXPECT_EQ(printed(c.title.number), "NOMOR");
    EXPECT_EQ(c.title.number.blank, compose::Blank::Number);
}

TEST(Compose, KeputusanMenetapkanWithoutTheRegionWhenTheStyleSaysSo)
{
    model::Decree d = reference();
    d.meta.issuer = "Presiden Republik Indonesia";
    style::HouseStyle s = kpu();
    EXPECT_NE(printed(compose::compose(d, s, model::Variant::Asli).menetapkan).find("KEPUTUSAN PRESIDEN REPUBLIK INDONESIA TENTANG"),
              std::string::npos);
    set(s, "peraturan.menetapkan-wilayah", "tidak");
    const std::string m = printed(compose::compose(d, s, model::Variant::Asli).menetapkan);
    EXPECT_EQ(m.find("KEPUTUSAN PRESIDEN TENTANG "), 0u) << m;
}

TEST(Compose, LampiranHeadingWithoutTheTitleLine)
{
    model::Decree d = reference();
    style::HouseStyle s = kpu();
    set(s, "lampiran.baris-tentang", "tidak");
    const compose::Composed c = compose::compose(d, s, model::Variant::Asli);
    const auto& h = c.lampiran[0];
    for (const auto& row : h.rows) EXPECT_NE(row.label, "TENTANG");
    ASSERT_FALSE(h.rows.empty());
    EXPECT_EQ(h.rows.back().label, "TANGGAL");
}

TEST(Compose, WrongConventionValuesNameTheAllowedOnes)
{
    style::HouseStyle s = kpu();
    DiagnosticSink sink(Lang::En);
    EXPECT_FALSE(style::apply_settings({model::StyleSetting{"penetapan.bentuk", "tiga-baris", SourcePos{"x.xml", 3, 7}}}, s, sink));
    ASSERT_EQ(sink.items().size(), 1u);
    EXPECT_NE(sink.items()[0].message.find("dua-baris, titik-dua"), std::string::npos);
    EXPECT_EQ(sink.items()[0].pos.line, 3u);
    DiagnosticSink fonts(Lang::En);
    EXPECT_FALSE(style::apply_settings({model::StyleSetting{"huruf.biasa", "x.ttf", {}}}, s, fonts));
}

TEST(Compose, StylesBuiltOnAnotherInheritItsSettings)
{
    style::HouseStyle s;
    DiagnosticSink sink;
    ASSERT_TRUE(style::load_style(NASKAH_SOURCE_DIR "/layouts/bupati.xml", s, sink));
    EXPECT_EQ(s.phrase.number, "NOMOR :");
    EXPECT_EQ(s.phrase.decide, "MEMUTUSKAN :");
    EXPECT_EQ(s.font.family, "Bookman Old Style");  // from kpu, its base
    EXPECT_EQ(s.paper_height, 330);
    EXPECT_FALSE(s.conv.kop_bold);
}

TEST(Compose, SignatureAndCertificationTitlesWithoutCommaWhenTheStyleSaysSo)
{
    const model::Decree d = reference();
    style::HouseStyle s = kpu();
    const compose::Composed with = compose::compose(d, s, model::Variant::Salinan);
    EXPECT_EQ(printed(with.signature.titles.back()).back(), ',');
    ASSERT_TRUE(with.certification.has_value());
    EXPECT_EQ(printed(with.certification->lines.back()).back(), ',');
    set(s, "tanda-tangan.koma", "tidak");
    set(s, "salinan.koma", "tidak");
    const compose::Composed c = compose::compose(d, s, model::Variant::Salinan);
    EXPECT_EQ(printed(c.signature.titles.back()), "KETUA KOMISI PEMILIHAN UMUM KABUPATEN MALANG");
    for (const auto& t : c.lampiran_signature.titles) EXPECT_NE(printed(t).back(), ',');
    EXPECT_NE(printed(c.certification->lines.back()).back(), ',');
    // the official's line above Menimbang has its own setting (judul.koma-pejabat)
    EXPECT_EQ(printed(c.title.official).back(), ',');
}

TEST(Compose, ALoneTembusanItemIsNumberedUnlessTheStyleSaysNot)
{
    model::Decree d = reference();
    style::HouseStyle s = kpu();
    for (const char* who : {"Ketua KPU Provinsi Jawa Timur", "Arsip"}) {
        model::Inline t;
        t.spans.push_back(model::Span{who, model::kPlain, false, {}});
        d.meta.tembusan.push_back(t);
    }
    set(s, "tembusan.nomor-tunggal", "tidak");
    EXPECT_TRUE(compose::compose(d, s, model::Variant::Asli).tembusan_numbered);  // two or more: always numbered
    d.meta.tembusan.resize(1);
    EXPECT_FALSE(compose::compose(d, s, model::Variant::Asli).tembusan_numbered);
    EXPECT_TRUE(compose::compose(d, kpu(), model::Variant::Asli).tembusan_numbered);
}

TEST(Compose, AKopWithoutNameLinesIsNoError)
{
    std::ifstream in(NASKAH_SOURCE_DIR "/samples/keputusan-kpu-kab-malang-15-2022.xml");
    std::stringstream text;
    text << in.rdbuf();
    std::string xml = text.str();
    const auto open = xml.find("<kop>"), close = xml.find("</kop>");
    ASSERT_NE(open, std::string::npos);
    ASSERT_NE(close, std::string::npos);
    xml.replace(open, close + 6 - open, "<kop/>");
    model::Decree d;
    DiagnosticSink sink;
    ASSERT_TRUE(xml::read_decree_text("kop.xml", xml, d, sink));
    EXPECT_TRUE(d.meta.kop_lines.empty());
    const compose::Composed c = compose::compose(d, kpu(), model::Variant::Asli);
    EXPECT_TRUE(c.kop.lines.empty());
    EXPECT_EQ(printed(c.title.instrument), "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN MALANG");
}

TEST(Compose, DatesInFiguresWhenTheStyleGivesTheForm)
{
    const model::Decree d = reference();
    ASSERT_TRUE(d.meta.date.has_value());
    style::HouseStyle s = kpu();
    const std::string by_name = printed(compose::compose(d, s, model::Variant::Asli).signature.place_date[1].value);
    EXPECT_NE(by_name.find("17 Januari 2022"), std::string::npos) << by_name;
    set(s, "penetapan.bentuk-tanggal", "{dd}-{mm}-{yyyy}");
    compose::Composed c = compose::compose(d, s, model::Variant::Asli);
    EXPECT_EQ(printed(c.signature.place_date[1].value), "pada tanggal " + std::string(d.meta.date->day < 10 ? "0" : "") +
                                                            std::to_string(d.meta.date->day) + "-01-2022");
    set(s, "penetapan.bentuk-tanggal", "{d} - {m} - {yyyy}");
    c = compose::compose(d, s, model::Variant::Asli);
    EXPECT_EQ(printed(c.lampiran[0].rows[2].value), std::to_string(d.meta.date->day) + " - 1 - 2022");

    DiagnosticSink sink(Lang::En);
    EXPECT_FALSE(style::apply_settings({model::StyleSetting{"penetapan.bentuk-tanggal", "{dd}/{bulan}/{yyyy}", SourcePos{"x.xml", 4, 9}}}, s, sink));
    ASSERT_EQ(sink.items().size(), 1u);
    EXPECT_EQ(sink.items()[0].pos.column, 9u);
    EXPECT_NE(sink.items()[0].message.find("{d} or {dd}, {m} or {mm}, and {yyyy}"), std::string::npos);
}

TEST(Compose, PageNumbersAtTheFootExceptUnderATteFooter)
{
    const model::Decree d = reference();
    style::HouseStyle s = kpu();
    EXPECT_FALSE(compose::compose(d, s, model::Variant::Asli).page_number_bottom);
    set(s, "halaman.letak-nomor", "bawah");
    EXPECT_TRUE(compose::compose(d, s, model::Variant::Asli).page_number_bottom);
    EXPECT_TRUE(compose::compose(d, s, model::Variant::Salinan).page_number_bottom);
    EXPECT_FALSE(compose::compose(d, s, model::Variant::Tte).page_number_bottom);
    DiagnosticSink sink(Lang::En);
    EXPECT_FALSE(style::apply_settings({model::StyleSetting{"halaman.letak-nomor", "kaki", SourcePos{"x.xml", 2, 5}}}, s, sink));
    ASSERT_EQ(sink.items().size(), 1u);
    EXPECT_NE(sink.items()[0].message.find("atas, bawah"), std::string::npos);
}

TEST(Compose, TheCertificationCarriesTheSigningMarkWhenTheStyleSaysSo)
{
    const model::Decree d = reference();
    style::HouseStyle s = kpu();
    ASSERT_TRUE(compose::compose(d, s, model::Variant::Salinan).certification.has_value());
    EXPECT_TRUE(compose::compose(d, s, model::Variant::Salinan).certification->mark.empty());
    set(s, "salinan.ttd", "ya");
    set(s, "tanda-tangan.ttd", "TTD");
    EXPECT_EQ(compose::compose(d, s, model::Variant::Salinan).certification->mark, "TTD");
}

// An Instruksi prints its own word on the style's decision line, with that line's punctuation;
// a Keputusan is untouched, and a decree or style may name the word itself (new-user trial:
// an Instruksi without <konvensi> printed «MEMUTUSKAN :»).
TEST(Compose, AnInstruksiInstructsWithTheStylesPunctuation)
{
    model::Decree d = reference();
    d.meta.kind = "Instruksi";
    style::HouseStyle s = kpu();
    EXPECT_EQ(printed(compose::compose(d, s, model::Variant::Asli).decide), "MENGINSTRUKSIKAN:");
    set(s, "bagian.memutuskan", "MEMUTUSKAN :");
    EXPECT_EQ(printed(compose::compose(d, s, model::Variant::Asli).decide), "MENGINSTRUKSIKAN :");
    set(s, "bagian.memutuskan", "MENGINSTRUKSIKAN :");  // as the corpus Instruksi name it: unchanged
    EXPECT_EQ(printed(compose::compose(d, s, model::Variant::Asli).decide), "MENGINSTRUKSIKAN :");
    set(s, "bagian.menginstruksikan", "MEMERINTAHKAN");
    EXPECT_EQ(printed(compose::compose(d, s, model::Variant::Asli).decide), "MEMERINTAHKAN :");
    d.meta.kind = "Keputusan";
    EXPECT_EQ(printed(compose::compose(d, s, model::Variant::Asli).decide), "MENGINSTRUKSIKAN :");  // the style's line as it is
    set(s, "bagian.memutuskan", "MEMUTUSKAN:");
    EXPECT_EQ(printed(compose::compose(d, s, model::Variant::Asli).decide), "MEMUTUSKAN:");
}

// An Instruksi opened «Dalam rangka …, dengan ini menginstruksikan:» has said its verb: the
// opening comes before any part and no decision line follows; a case-insensitive <jenis> counts.
TEST(Compose, AnInstruksiOpenedDalamRangkaPrintsNoDecisionLine)
{
    model::Decree d = reference();
    d.meta.kind = "INSTRUKSI";
    EXPECT_TRUE(model::is_instruksi(d.meta));
    d.menimbang.clear();
    d.mengingat.clear();
    d.opening = model::Inline::from_text("Dalam rangka pembangunan Zona Integritas, dengan ini menginstruksikan:");
    const style::HouseStyle s = kpu();
    const compose::Composed c = compose::compose(d, s, model::Variant::Asli);
    ASSERT_TRUE(c.opening.has_value());
    EXPECT_EQ(printed(*c.opening), "Dalam rangka pembangunan Zona Integritas, dengan ini menginstruksikan:");
    EXPECT_TRUE(c.decide.empty());
    d.opening.reset();
    EXPECT_EQ(printed(compose::compose(d, s, model::Variant::Asli).decide), "MENGINSTRUKSIKAN:");
    d.meta.kind = "Keputusan";
    EXPECT_FALSE(model::is_instruksi(d.meta));
}
