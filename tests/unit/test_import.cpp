// naskah import: the recogniser's pieces and the XML writer. The end-to-end checks (round trips
// through naskah's and LibreOffice's DOCX, built Word decrees, bad packages) are in
// tests/scripts/import.sh.
#include <gtest/gtest.h>

#include <filesystem>

#include "import/package.hpp"
#include "import/recognise.hpp"
#include "import/wordml.hpp"
#include "xml/decree_reader.hpp"
#include "xml/decree_writer.hpp"

using namespace naskah;
using namespace naskah::import;
namespace fs = std::filesystem;

TEST(ImportMarker, TypedMarkers)
{
    auto m = detail::typed_marker("a.\tbahwa");
    ASSERT_TRUE(m.found);
    EXPECT_EQ(m.kind, model::Numbering::Letter);
    EXPECT_EQ(m.text, "a.");
    EXPECT_EQ(m.end, 3u);
    m = detail::typed_marker("\t12. Undang-Undang");
    ASSERT_TRUE(m.found);
    EXPECT_EQ(m.kind, model::Numbering::Number);
    EXPECT_EQ(m.text, "12.");
    EXPECT_TRUE(detail::typed_marker("(2)\tsatu").found);
    EXPECT_EQ(detail::typed_marker("-\tsatu").kind, model::Numbering::Dash);
    EXPECT_EQ(detail::typed_marker("\xE2\x80\xA2 satu").kind, model::Numbering::Bullet);
    EXPECT_FALSE(detail::typed_marker("a.n. KETUA").found);
    EXPECT_FALSE(detail::typed_marker("1999 tentang").found);
    EXPECT_FALSE(detail::typed_marker("1.1 Bagian").found);
    EXPECT_FALSE(detail::typed_marker("bahwa a. b").found);
}

TEST(ImportDate, IndonesianDates)
{
    model::Date d;
    ASSERT_TRUE(detail::parse_date_id("17 Januari 2022", d));
    EXPECT_EQ(d.iso(), "2022-01-17");
    EXPECT_TRUE(detail::parse_date_id("29 Februari 2024", d));
    ASSERT_TRUE(detail::parse_date_id("5 Agt 2024", d));
    EXPECT_EQ(d.iso(), "2024-08-05");
    EXPECT_FALSE(detail::parse_date_id("29 Februari 2023", d));
    EXPECT_FALSE(detail::parse_date_id("30 Februari 2022", d));
    EXPECT_FALSE(detail::parse_date_id("Maret 2024", d));
    EXPECT_FALSE(detail::parse_date_id("${tanggal_naskah}", d));
}

TEST(ImportCase, RecasesFromTheDocument)
{
    const std::string corpus = "perlu menetapkan Keputusan Komisi Pemilihan Umum Kabupaten Malang tentang Rencana Kerja; "
                               "laporan kepada KPU RI";
    EXPECT_EQ(detail::recase("KOMISI PEMILIHAN UMUM KABUPATEN MALANG", corpus), "Komisi Pemilihan Umum Kabupaten Malang");
    EXPECT_EQ(detail::recase("SEKRETARIAT KPU DAN RENCANA KERJA", corpus), "Sekretariat KPU dan Rencana Kerja");
    EXPECT_EQ(detail::recase("Sudah Campuran", corpus), "Sudah Campuran");  // typed in mixed case: kept
    EXPECT_EQ(detail::recase("Tim ZI KPU", corpus), "Tim ZI KPU");
    EXPECT_EQ(detail::recase("SRI WAHYUNI LESTARI, S.Pd., M.M.", corpus), "Sri Wahyuni Lestari, S.Pd., M.M.");
}

TEST(ImportMemutuskan, AnyForm)
{
    EXPECT_TRUE(detail::is_memutuskan("MEMUTUSKAN:"));
    EXPECT_TRUE(detail::is_memutuskan("M E M U T U S K A N :"));
    EXPECT_TRUE(detail::is_memutuskan("Memutuskan"));
    EXPECT_FALSE(detail::is_memutuskan("Memutuskan bahwa"));
}

TEST(ImportPackage, RefusesWhatIsNotADocx)
{
    Package p;
    {
        DiagnosticSink s(Lang::En);
        EXPECT_FALSE(open_package_bytes("x.docx", "plain text", p, s));
        ASSERT_EQ(s.items().size(), 1u);
        EXPECT_EQ(s.items()[0].code, "E-IMPOR-ZIP");
    }
    {
        DiagnosticSink s(Lang::En);
        std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        ole.append(600, '\0');
        EXPECT_FALSE(open_package_bytes("lama.doc", ole, p, s));
        ASSERT_EQ(s.items().size(), 1u);
        EXPECT_EQ(s.items()[0].code, "E-IMPOR-DOC");
        EXPECT_NE(s.items()[0].hint.find("soffice --headless --convert-to docx \"lama.doc\""), std::string::npos);
    }
}

namespace {

/// A paragraph as Word would give it: tabs as '\t'.
WBlock para(int number, std::string text, int left = 0, int hanging = 0)
{
    WBlock b;
    b.para.number = number;
    b.para.runs.push_back(WRun{std::move(text), 0});
    b.para.left = left;
    b.para.hanging = hanging;
    return b;
}

WBlock numbered(int number, std::string text, int num_id, const char* fmt, int ilvl = 0)
{
    WBlock b = para(number, std::move(text), 720 + ilvl * 360, 360);
    b.para.num_id = num_id;
    b.para.ilvl = ilvl;
    b.para.num_format = fmt;
    b.para.num_text = "%1.";
    return b;
}

}  // namespace

TEST(ImportRecognise, TypedAndNumberedParts)
{
    WDocument doc;
    int n = 0;
    for (const char* t : {"KOMISI PEMILIHAN UMUM", "KABUPATEN CONTOH", "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN CONTOH", "NOMOR : 7/HK.03.1/2024",
                          "TENTANG", "PEMBENTUKAN TIM", "KETUA KOMISI PEMILIHAN UMUM KABUPATEN CONTOH,",
                          "Catatan sisipan di antara kepala dan Menimbang"})
        doc.body.push_back(para(++n, t));
    doc.body.push_back(para(++n, "Menimbang\t:\ta.\tbahwa satu;"));
    doc.body.push_back(para(++n, "\t\tb.\tbahwa dua Komisi Pemilihan Umum Kabupaten Contoh tentang Pembentukan Tim;"));
    doc.body.push_back(numbered(++n, "Mengingat\t:\tUndang-Undang satu;", 3, "decimal"));
    doc.body.push_back(numbered(++n, "Undang-Undang dua;", 3, "decimal"));
    doc.body.push_back(numbered(++n, "pasal yang dirinci;", 3, "lowerLetter", 1));
    doc.body.push_back(para(++n, "M E M U T U S K A N :"));
    doc.body.push_back(para(++n, "Menetapkan\t:\tKEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN CONTOH TENTANG PEMBENTUKAN TIM."));
    doc.body.push_back(para(++n, "KESATU\t:\tMembentuk tim."));
    doc.body.push_back(para(++n, "KEDUA A\t:\tTim bertugas:"));
    doc.body.push_back(para(++n, "1.\tmenyusun;", 2000, 400));
    doc.body.push_back(para(++n, "2.\tmelapor.", 2000, 400));
    doc.body.push_back(para(++n, "Ditetapkan di Contoh"));
    doc.body.push_back(para(++n, "pada tanggal 2 Mei 2024"));
    doc.body.push_back(para(++n, "a.n. KETUA KOMISI PEMILIHAN UMUM KABUPATEN CONTOH,"));
    doc.body.push_back(para(++n, "SEKRETARIS,"));
    doc.body.push_back(para(++n, ""));
    doc.body.push_back(para(++n, "BUDI SANTOSO"));
    doc.body.push_back(para(++n, "NIP 19700101 199503 1 002"));
    doc.body.push_back(para(++n, ""));
    doc.body.push_back(para(++n, "Tembusan disampaikan kepada Yth.:"));
    doc.body.push_back(para(++n, "1.\tBupati Contoh;"));
    doc.body.push_back(numbered(++n, "Arsip.", 9, "decimal"));
    Package pkg;
    pkg.path = "uji.docx";
    ImportResult r;
    DiagnosticSink sink(Lang::En);
    ASSERT_TRUE(recognise(doc, pkg, {}, r, sink));
    const model::Decree& d = r.decree;
    EXPECT_EQ(d.meta.issuer, "Komisi Pemilihan Umum Kabupaten Contoh");
    EXPECT_EQ(d.meta.number.value_or(""), "7/HK.03.1/2024");
    EXPECT_EQ(d.meta.title.plain(), "Pembentukan Tim");
    ASSERT_EQ(d.menimbang.size(), 2u);
    ASSERT_EQ(d.mengingat.size(), 2u);
    ASSERT_EQ(d.mengingat[1].blocks.size(), 2u);  // its text and the nested list
    EXPECT_TRUE(d.mengingat[1].blocks[1].is_list);
    EXPECT_EQ(d.mengingat[1].blocks[1].list.numbering, model::Numbering::Letter);
    ASSERT_EQ(d.diktum.size(), 2u);
    EXPECT_EQ(d.diktum[0].label, "");
    EXPECT_EQ(d.diktum[1].label, "KEDUA A");
    ASSERT_EQ(d.diktum[1].blocks.size(), 2u);
    EXPECT_EQ(d.diktum[1].blocks[1].list.items.size(), 2u);
    EXPECT_EQ(d.meta.place, "Contoh");
    ASSERT_TRUE(d.meta.date.has_value());
    EXPECT_EQ(d.meta.date->iso(), "2024-05-02");
    EXPECT_EQ(d.meta.signer.delegation, "a.n.");
    EXPECT_EQ(d.meta.signer.own_title, "Sekretaris");
    EXPECT_EQ(d.meta.signer.name, "Budi Santoso");
    ASSERT_EQ(d.meta.tembusan.size(), 2u);
    EXPECT_EQ(d.meta.tembusan[0].plain(), "Bupati Contoh;");
    EXPECT_EQ(d.meta.tembusan[1].plain(), "Arsip.");
    EXPECT_EQ(d.meta.signer.nip, "19700101 199503 1 002");
    // the paragraph between the official's line and Menimbang has no place: said, with its
    // number and first words, and kept as a note
    bool named = false;
    for (const Diagnostic& g : sink.items())
        if (g.code == "W-IMPOR-TEMPAT" && g.pos.line == 8 && g.message.find("\"Catatan sisipan") != std::string::npos) named = true;
    EXPECT_TRUE(named);
    ASSERT_FALSE(r.notes.empty());
    EXPECT_NE(r.notes.front().find("Catatan sisipan di antara kepala dan Menimbang"), std::string::npos);
}

TEST(ImportRecognise, NoTitleBlockIsAnError)
{
    WDocument doc;
    doc.body.push_back(para(1, "Surat biasa tanpa kepala keputusan."));
    Package pkg;
    pkg.path = "surat.docx";
    ImportResult r;
    DiagnosticSink sink(Lang::En);
    EXPECT_FALSE(recognise(doc, pkg, {}, r, sink));
    ASSERT_TRUE(sink.has_errors());
    EXPECT_EQ(sink.items()[0].code, "E-IMPOR-STRUKTUR");
}

TEST(DecreeWriter, SamplesReadBackToTheSameModel)
{
    for (const auto& e : fs::directory_iterator(NASKAH_SOURCE_DIR "/samples")) {
        if (e.path().extension() != ".xml") continue;
        DiagnosticSink s1;
        model::Decree a;
        ASSERT_TRUE(xml::read_decree(e.path().string(), a, s1)) << e.path();
        const std::string written = xml::write_decree(a);
        DiagnosticSink s2;
        model::Decree b;
        ASSERT_TRUE(xml::read_decree_text(e.path().string(), written, b, s2)) << written.substr(0, 400);
        xml::WriteOptions canon;
        canon.canonical = true;
        EXPECT_EQ(xml::write_decree(a, canon), xml::write_decree(b, canon)) << e.path();
        EXPECT_EQ(written, xml::write_decree(b)) << e.path();  // widths and orientation too
    }
}

TEST(ImportRecognise, PictureNamesStayInTheOutputFolder)
{
    WDocument doc;
    WBlock logo = para(1, "");
    logo.para.images.push_back("word/media/a.b/../../../evil");
    doc.body.push_back(logo);
    int n = 1;
    for (const char* t : {"KOMISI", "KEPUTUSAN KOMISI", "NOMOR 1", "TENTANG", "UJI", "KETUA KOMISI,", "Menimbang\t:\ta.\tbahwa uji;"})
        doc.body.push_back(para(++n, t));
    Package pkg;
    pkg.path = "uji.docx";
    pkg.parts["word/media/a.b/../../../evil"] = std::string("\x89PNG\r\n\x1A\n", 8) + "rest";
    ImportResult r;
    DiagnosticSink sink(Lang::En);
    ASSERT_TRUE(recognise(doc, pkg, {}, r, sink));
    ASSERT_EQ(r.images.size(), 1u);
    EXPECT_EQ(r.images[0].first, "gambar-logo.bin");
    EXPECT_EQ(r.decree.meta.logo_path, "gambar-logo.bin");
}

TEST(ImportRecognise, MenetapkanOverLinesAndADiktumWithoutLabel)
{
    WDocument doc;
    int n = 0;
    for (const char* t : {"KOP", "KEPUTUSAN BUPATI CONTOH", "NOMOR 5 TAHUN 2024", "TENTANG", "TIM PENGELOLA ARSIP DAERAH", "BUPATI CONTOH,",
                          "Menimbang\t:\tbahwa perlu dibentuk tim;", "Mengingat\t:\tUndang-Undang Nomor 43 Tahun 2009 tentang Kearsipan;",
                          "MEMUTUSKAN:", "Menetapkan\t:\tKEPUTUSAN BUPATI CONTOH TENTANG TIM", "PENGELOLA ARSIP DAERAH.",
                          "Membentuk Tim Pengelola Arsip Daerah.", "Ditetapkan di Contoh", "pada tanggal 1 Juli 2024", "BUPATI CONTOH,", "",
                          "NAMA BUPATI"})
        doc.body.push_back(para(++n, t));
    Package pkg;
    pkg.path = "uji.docx";
    ImportResult r;
    DiagnosticSink sink(Lang::En);
    ASSERT_TRUE(recognise(doc, pkg, {}, r, sink));
    ASSERT_EQ(r.decree.diktum.size(), 1u);
    EXPECT_EQ(r.decree.diktum[0].blocks[0].paragraph.plain(), "Membentuk Tim Pengelola Arsip Daerah.");
    bool menetapkan_warned = false, diktum_warned = false;
    for (const Diagnostic& g : sink.items()) {
        menetapkan_warned = menetapkan_warned || g.code == "N-IMPOR-MENETAPKAN";
        diktum_warned = diktum_warned || (g.code == "W-IMPOR-DIKTUM" && g.pos.line == 12);
    }
    EXPECT_FALSE(menetapkan_warned);  // its two lines are the built text
    EXPECT_TRUE(diktum_warned);
    EXPECT_EQ(r.decree.meta.signer.name, "Nama Bupati");
}
