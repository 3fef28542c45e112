// RUJUKAN, TANDA-BACA and KUTIPAN-SALAH (src/check/rules_drafting.cpp): each pattern reported
// where the slip is, and the correct form left alone.
#include <gtest/gtest.h>

#include "check_fixture.hpp"

using namespace naskah;
using testing_checks::findings_of;

namespace {

std::string variant(const std::string& from, const std::string& to, const std::string& name)
{
    return testing_checks::fixture_variant(from, to, name, "naskah-test-drafting").path;
}

const std::string kDiktum1 =
    "Menetapkan jadwal rapat pleno sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.";
const std::string kUu =
    "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 182, Tambahan Lembaran Negara Republik Indonesia Nomor 6109);";
const std::string kPkpu = "Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang";

struct Case {
    const char* name;
    std::string from, to;
    const char* code;
    const char* word;  ///< the text the finding's message quotes
};

void expect_one(const Case& c)
{
    const auto ds = findings_of(variant(c.from, c.to, c.name), c.code);
    ASSERT_EQ(ds.size(), 1u) << c.name;
    EXPECT_EQ(ds[0].severity, Severity::Warning);
    EXPECT_NE(ds[0].message.find(c.word), std::string::npos) << ds[0].message;
}

void expect_none(const char* name, const std::string& from, const std::string& to, const char* code)
{
    const auto ds = findings_of(variant(from, to, name), code);
    EXPECT_TRUE(ds.empty()) << name << ": " << (ds.empty() ? "" : ds[0].message);
}

}  // namespace

TEST(CheckDrafting, StandardPhrasesWrittenWronglyAreFound)
{
    const std::string d2 = "<diktum>Keputusan ini mulai berlaku pada tanggal ditetapkan.</diktum>";
    expect_one({"dimaksud-diktum", d2,
                "<diktum>Jadwal sebagaimana dimaksud Diktum KESATU dilaksanakan.</diktum>\n    " + d2, "RUJUKAN",
                "dimaksud dalam Diktum"});
    // "sebagaimana" left out as well (Instruksi Bupati Kulon Progo 4/2007)
    expect_one({"tanpa-sebagaimana", d2,
                "<diktum>Jadwal dimaksud Diktum KESATU dilaksanakan.</diktum>\n    " + d2, "RUJUKAN",
                "dimaksud dalam Diktum"});
    expect_one({"pada-diktum", d2,
                "<diktum>Jadwal sebagaimana dimaksud pada Diktum KESATU dilaksanakan.</diktum>\n    " + d2, "RUJUKAN",
                "dimaksud dalam Diktum"});
    expect_one({"perundangan", d2,
                "<diktum>Rapat dilaksanakan sesuai ketentuan perundang-undangan.</diktum>\n    " + d2, "RUJUKAN",
                "ketentuan peraturan perundang-undangan"});
    expect_one({"dibebankan", d2,
                "<diktum>Biaya dibebankan Anggaran Pendapatan dan Belanja Daerah.</diktum>\n    " + d2, "RUJUKAN",
                "dibebankan pada Anggaran"});
    expect_one({"lapan", d2,
                "<diktum>Kepala Lembaga Penerbangan Antariksa Nasional melaksanakan Keputusan ini.</diktum>\n    " + d2, "RUJUKAN",
                "Lembaga Penerbangan dan Antariksa Nasional"});
    // the standard forms
    expect_none("dimaksud-dalam-diktum", d2,
                "<diktum>Jadwal sebagaimana dimaksud dalam Diktum KESATU dilaksanakan sesuai ketentuan peraturan perundang-undangan.</diktum>\n    " + d2,
                "RUJUKAN");
    expect_none("lapan-benar", d2,
                "<diktum>Biaya dibebankan pada Anggaran Lembaga Penerbangan dan Antariksa Nasional.</diktum>\n    " + d2, "RUJUKAN");
    expect_none("base", kDiktum1, kDiktum1, "RUJUKAN");
}

TEST(CheckDrafting, PunctuationOfTheDraftingTechnique)
{
    // a diktum without its final stop; one ending with ":" before a list, or with ".", is fine
    expect_one({"diktum-titik", kDiktum1, kDiktum1.substr(0, kDiktum1.size() - 1), "TANDA-BACA", "KESATU"});
    expect_none("diktum-titik-ada", kDiktum1, kDiktum1, "TANDA-BACA");
    // "Nomor:" inside a citation
    expect_one({"nomor-titik-dua", kPkpu, "Peraturan Komisi Pemilihan Umum Nomor: 8 Tahun 2019 tentang", "TANDA-BACA", "Nomor:"});
    // a decree cited in Mengingat is cited in the same form (Kominfo Kalbar 124/2024 «Keputusan
    // Gubernur Kalimantan Barat Nomor: 7/DISKOMINFO/2020»); under Memperhatikan it is left alone
    const std::string kep = "Keputusan Gubernur Jawa Timur Nomor: 7/KPTS/2020 tentang Tata Naskah Dinas;</butir>\n    <butir>";
    expect_one({"nomor-titik-dua-keputusan", "<butir>" + kPkpu, "<butir>" + kep + kPkpu, "TANDA-BACA", "Nomor:"});
    expect_none("nomor-titik-dua-memperhatikan", "<butir>Berita Acara", "<butir>" + kep + "Berita Acara", "TANDA-BACA");
    // a degree without its final stop where text follows; at the end of a paragraph it is left alone
    const std::string tembusan_from = "<butir>bahwa rapat pleno perlu dijadwalkan agar tugas";
    expect_one({"gelar", tembusan_from, "<butir>bahwa Anis, S.H/Ketua, menyatakan rapat pleno perlu dijadwalkan agar tugas", "TANDA-BACA",
                "S.H."});
    expect_none("gelar-benar", tembusan_from, "<butir>bahwa Anis, S.H./Ketua, menyatakan rapat pleno perlu dijadwalkan agar tugas",
                "TANDA-BACA");
    expect_none("gelar-hutan", tembusan_from, "<butir>bahwa Anis, S.Hut./Ketua, menyatakan rapat pleno perlu dijadwalkan agar tugas",
                "TANDA-BACA");
    // the diploma and applied degrees (Permenristekdikti 63/2016: «A.Md.», «S.Tr.» and a field):
    // «A.Md/NIP.» as Keputusan Wali Kota Balikpapan 52/2023 writes it, and the name run into the
    // degree with no comma where the decree writes it twice elsewhere («LIA S.Tr.Bns», Boven Digoel 2024)
    expect_one({"gelar-ahli-madya", tembusan_from, "<butir>bahwa Anis, A.Md/Ketua, menyatakan rapat pleno perlu dijadwalkan agar tugas",
                "TANDA-BACA", "A.Md."});
    expect_none("gelar-ahli-madya-benar", tembusan_from,
                "<butir>bahwa Anis, A.Md./Ketua, menyatakan rapat pleno perlu dijadwalkan agar tugas", "TANDA-BACA");
    const std::string named = "<butir>bahwa Anis, S.E., Budi, S.H., dan ";
    expect_one({"gelar-terapan-koma", tembusan_from, named + "LIA S.Tr.Bns menyatakan rapat pleno perlu dijadwalkan agar tugas",
                "TANDA-BACA", "S.Tr.Bns"});
    expect_none("gelar-terapan-koma-benar", tembusan_from,
                named + "LIA, S.Tr.Bns. menyatakan rapat pleno perlu dijadwalkan agar tugas", "TANDA-BACA");
    // a stop where the comma goes after a name in capitals («F.SERAN.S.Tr.Par», Boven Digoel 2024); an
    // abbreviation of three letters before a degree («DRS.S.H.») is not read as a name
    expect_one({"gelar-titik-koma", tembusan_from, named + "JESSILITHA F.SERAN.S.Tr.Par menyatakan rapat pleno perlu dijadwalkan agar tugas",
                "TANDA-BACA", "bukan koma"});
    expect_none("gelar-titik-singkatan", tembusan_from, named + "DRS.S.H. menyatakan rapat pleno perlu dijadwalkan agar tugas",
                "TANDA-BACA");
    // Ahli Madya miswritten «Amd.Sos» (Boven Digoel 2024); «A.Md.Sos.» and the acronym «AMD» are right
    expect_one({"ahli-madya-amd", tembusan_from, named + "WAREM Amd.Sos menyatakan rapat pleno perlu dijadwalkan agar tugas",
                "TANDA-BACA", "A.Md.Sos."});
    expect_none("ahli-madya-benar", tembusan_from,
                named + "WAREM, A.Md.Sos. menyatakan rapat pleno dan prosesor AMD perlu dijadwalkan agar tugas", "TANDA-BACA");
    // a comma inside the name of a kind of legislation
    expect_one({"koma-jenis", "(Lembaran Negara Republik Indonesia Tahun 2017", "(Lembaran, Negara Republik Indonesia Tahun 2017", "TANDA-BACA",
                "Lembaran Negara"});
    // the fixed terms of an organisation's title (Keputusan Presiden 9/2004 «Kewenangan, Susunan, Organisasi»)
    expect_one({"koma-susunan", "tentang Tata Kerja Komisi", "tentang Susunan, Organisasi dan Tata Kerja Komisi", "TANDA-BACA",
                "Susunan Organisasi"});
    // a comma between the cited title and its gazette reference (Perda Sulawesi Utara 2/2016)
    expect_one({"koma-lembaran", "Pemilihan Umum (Lembaran", "Pemilihan Umum, (Lembaran", "TANDA-BACA", "koma sebelum rujukan"});
    expect_none("koma-lembaran-benar", "Pemilihan Umum (Lembaran", "Pemilihan Umum (Lembaran", "TANDA-BACA");
    // at the start of a Mengingat item the item cites no kind, which MENGINGAT-JENIS reports: one slip, one finding
    expect_none("koma-jenis-butir", "Peraturan Komisi Pemilihan Umum Nomor 8", "Peraturan, Komisi Pemilihan Umum Nomor 8", "TANDA-BACA");
    expect_none("koma-daftar", tembusan_from, "<butir>bahwa Undang-Undang, Peraturan Pemerintah, dan Peraturan Presiden mengatur agar tugas",
                "TANDA-BACA");
}

TEST(CheckDrafting, CitationsThatCannotBeRight)
{
    // a law in the Lembaran Negara of another year
    expect_one({"ln-tahun", "Tahun 2017 Nomor 182", "Tahun 2018 Nomor 182", "KUTIPAN-SALAH", "Lembaran Negara Tahun 2018"});
    expect_none("ln-tahun-benar", kUu, kUu, "KUTIPAN-SALAH");
    // a ministerial or agency regulation: the Berita Negara of its year or the next
    expect_none("bn-tahun-berikut", "(Berita Negara Republik Indonesia Tahun 2019 Nomor 320)",
                "(Berita Negara Republik Indonesia Tahun 2020 Nomor 320)", "KUTIPAN-SALAH");
    expect_one({"bn-tahun", "(Berita Negara Republik Indonesia Tahun 2019 Nomor 320)", "(Berita Negara Republik Indonesia Tahun 2021 Nomor 320)",
                "KUTIPAN-SALAH", "Berita Negara Tahun 2021"});
    // two gazettes run together
    expect_one({"lembaran-berita", "(Berita Negara Republik Indonesia Tahun 2019 Nomor 320)",
                "(Lembaran Berita Negara Republik Indonesia Tahun 2019 Nomor 320)", "KUTIPAN-SALAH", "Lembaran Berita Negara"});
    // a ministry named as before Perpres 47/2009, in a decree of 2023
    const std::string tertib = "berjalan tertib;</butir>";
    expect_one({"kementerian-negara", tertib, "berjalan tertib sesuai pedoman Kementerian Negara Pemuda dan Olahraga;</butir>", "KUTIPAN-SALAH",
                "Kementerian Negara Pemuda dan Olahraga"});
    // the old name where it was right: a decree of 2005, a cited title, the kind of ministry
    {
        std::string old = testing_checks::slurp(NASKAH_SOURCE_DIR "/tests/data/checks/kutipan-salah/kementerian/salah.xml");
        const std::size_t at = old.find("tanggal=\"2023-02-01\"");
        ASSERT_NE(at, std::string::npos);
        old.replace(at, 20, "tanggal=\"2005-02-01\"");
        const auto path = std::filesystem::temp_directory_path() / "naskah-test-drafting-kementerian-2005.xml";
        std::ofstream(path) << old;
        EXPECT_TRUE(findings_of(path.string(), "KUTIPAN-SALAH").empty());
        std::filesystem::remove(path);
    }
    expect_none("kementerian-negara-judul", tertib,
                "berjalan tertib sesuai Peraturan Menteri Nomor 1 Tahun 2008 tentang Organisasi Kementerian Negara Pemuda dan Olahraga;</butir>",
                "KUTIPAN-SALAH");
    expect_none("kementerian-negara-republik", tertib,
                "berjalan tertib sebagaimana Kementerian Negara Republik Indonesia;</butir>", "KUTIPAN-SALAH");
}

TEST(CheckDrafting, FrequentlyCitedLawsCarryTheirOfficialTitleAndGazette)
{
    // data/rujukan/register.txt: UU 7/2017 tentang Pemilihan Umum, LN 2017/182, TLN 6109
    expect_one({"judul-resmi", "tentang Pemilihan Umum (Lembaran", "tentang Pemilihan (Lembaran", "KUTIPAN-SALAH", "«Pemilihan Umum»"});
    expect_one({"ln-nomor", "Tahun 2017 Nomor 182", "Tahun 2017 Nomor 183", "KUTIPAN-SALAH", "Nomor 182"});
    expect_one({"tln-nomor", "Indonesia Nomor 6109", "Indonesia Nomor 6110", "KUTIPAN-SALAH", "Nomor 6109"});
    // the official title in other case, or with a dash for the hyphen, is the same title
    expect_none("judul-huruf", "tentang Pemilihan Umum (Lembaran", "tentang PEMILIHAN UMUM (Lembaran", "KUTIPAN-SALAH");
}

TEST(CheckDrafting, GazetteReferenceHasACommaBeforeTambahan)
{
    // Keputusan Bupati Donggala 2025 «Tahun 2014 Nomor 244 Tambahan Lembaran Negara»
    expect_one({"koma-tambahan", "Nomor 182, Tambahan", "Nomor 182 Tambahan", "TANDA-BACA", "Nomor 182, Tambahan"});
    expect_none("koma-tambahan-ada", "Nomor 182, Tambahan", "Nomor 182, Tambahan", "TANDA-BACA");
    // outside a gazette bracket the words may run so
    expect_none("tambahan-kalimat", "<butir>bahwa rapat pleno perlu dijadwalkan agar tugas",
                "<butir>bahwa sesuai Nomor 3 Tambahan anggaran, rapat pleno perlu dijadwalkan agar tugas", "TANDA-BACA");
}

TEST(CheckDrafting, AWebAddressWithoutTheColonOfItsScheme)
{
    // «Laman : http//www.belmawa.ristekdikti.go.id» (Keputusan Dirjen Belmawa 232/B/HK/2019, kop)
    const std::string from = "<butir>bahwa rapat pleno perlu dijadwalkan agar tugas";
    expect_one({"http-tanpa-titik-dua", from, "<butir>bahwa sesuai laman http//www.kpu.go.id rapat pleno perlu dijadwalkan agar tugas", "TANDA-BACA",
                "http://"});
    expect_none("http-benar", from, "<butir>bahwa sesuai laman https://www.kpu.go.id rapat pleno perlu dijadwalkan agar tugas", "TANDA-BACA");
    // the address's words are no words to spell
    expect_none("http-ejaan", from, "<butir>bahwa sesuai laman http//www.kpu.go.id rapat pleno perlu dijadwalkan agar tugas", "EJAAN");
}

TEST(CheckDrafting, TheConstitutionInLowerCaseIsStillLegislation)
{
    // «Pasal 4 ayat (1) Undang-undang Dasar 1945» (Keputusan Presiden 99/1993): KAPITAL's slip,
    // not an item MENGINGAT-JENIS fails to recognise
    expect_none("uud-kecil", "<butir>Undang-Undang Nomor 7 Tahun 2017", "<butir>Pasal 4 ayat (1) Undang-undang Dasar 1945;</butir>\n    <butir>Undang-Undang Nomor 7 Tahun 2017",
                "MENGINGAT-JENIS");
}

TEST(CheckDrafting, TwoWordsRunTogetherAreAMissingSpace)
{
    // «Menteri Pariwisata, Pos, danTelekomunikasi» (Keputusan Presiden 99/1993): SPASI-TANDA, not a capital inside a word
    const std::string from = "<butir>bahwa rapat pleno perlu dijadwalkan agar tugas";
    expect_one({"spasi-hilang", from, "<butir>bahwa rapat pleno danTelekomunikasi perlu dijadwalkan agar tugas", "SPASI-TANDA", "dan Telekomunikasi"});
    expect_none("spasi-hilang-bukan-kapital", from, "<butir>bahwa rapat pleno danTelekomunikasi perlu dijadwalkan agar tugas", "KAPITAL");
    // a capital inside one word stays KAPITAL's
    expect_one({"kapital-dalam-kata", from, "<butir>bahwa rapat pleno terdiri darI anggota perlu dijadwalkan agar tugas", "KAPITAL", "darI"});
}

TEST(CheckDrafting, AForeignNameIsSetInItalics)
{
    // «… telah menandatangani Convention on Nuclear Safety (Konvensi tentang Keselamatan Nuklir)»
    // (Keputusan Presiden 106/2001): one finding for the name, not «on» as an unknown word
    const std::string from = "<butir>bahwa rapat pleno perlu dijadwalkan agar tugas";
    const std::string slip = "<butir>bahwa sesuai Convention on Nuclear Safety rapat pleno perlu dijadwalkan agar tugas";
    expect_one({"nama-asing", from, slip, "KATA-ASING", "Convention on Nuclear Safety"});
    expect_none("nama-asing-ejaan", from, slip, "EJAAN");
    expect_none("nama-asing-miring", from, "<butir>bahwa sesuai <miring>Convention on Nuclear Safety</miring> rapat pleno perlu dijadwalkan agar tugas",
                "KATA-ASING");
    // the decree's own title, printed in capitals, names it as enacted
    expect_none("nama-asing-judul", "Jadwal Rapat Pleno Tahun 2023</tentang>", "Pengesahan Convention on Nuclear Safety</tentang>", "KATA-ASING");
    expect_none("nama-asing-judul-ejaan", "Jadwal Rapat Pleno Tahun 2023</tentang>", "Pengesahan Convention on Nuclear Safety</tentang>", "EJAAN");
}

TEST(CheckDrafting, AForeignNameJoinedByLowerCaseWordsAndKnownWordsIsOneName)
{
    // a ratification's title names the agreement as signed: «the», «between», a word Indonesian
    // knows («Memorandum», «Indonesia») inside; 84 UU of the public dump name agreements so
    const std::string from = "<butir>bahwa rapat pleno perlu dijadwalkan agar tugas";
    const std::string agreement =
        "Agreement between the Government of the Republic of Indonesia and the Government of the Kingdom of Thailand on Cooperation in the Field of Energy";
    const std::string slip = "<butir>bahwa sesuai " + agreement + " rapat pleno perlu dijadwalkan agar tugas";
    expect_one({"perjanjian", from, slip, "KATA-ASING", agreement.c_str()});
    expect_none("perjanjian-ejaan", from, slip, "EJAAN");
    const std::string mou = "<butir>bahwa sesuai Memorandum of Understanding on the Establishment of the ASEAN Power Grid rapat pleno perlu dijadwalkan agar tugas";
    expect_one({"mou", from, mou, "KATA-ASING", "Memorandum of Understanding on the Establishment of the ASEAN Power Grid"});
    expect_none("mou-ejaan", from, mou, "EJAAN");
    // in the title, and in capitals (the Menetapkan line restating it), nothing
    expect_none("perjanjian-judul", "Jadwal Rapat Pleno Tahun 2023</tentang>", "Pengesahan " + agreement + "</tentang>", "EJAAN");
    expect_none("perjanjian-kapital", from, "<butir>bahwa sesuai PROTOCOL TO AMEND THE AGREEMENT ON COOPERATION rapat pleno perlu dijadwalkan agar tugas",
                "KATA-ASING");
    expect_none("perjanjian-kapital-ejaan", from,
                "<butir>bahwa sesuai PROTOCOL TO AMEND THE AGREEMENT ON COOPERATION rapat pleno perlu dijadwalkan agar tugas", "EJAAN");
    // an English word among Indonesian ones is still an unknown word: no foreign name about it
    expect_one({"and-sendiri", from, "<butir>bahwa rapat pleno and jadwal perlu dijadwalkan agar tugas", "EJAAN", "and"});
    expect_one({"and-di-antara-kapital", from, "<butir>bahwa Rapat Pleno and Jadwal perlu dijadwalkan agar tugas", "EJAAN", "and"});
}

TEST(CheckDrafting, AForeignNameGoesOnAcrossACommaBeforeAnEnglishFunctionWord)
{
    // «… telah disetujui Agreement on the Rescue of Astronauts, the Return of Astronauts and the
    // Return of Objects Launched into Outer Space (Persetujuan …)» (Keputusan Presiden 4/1999): one
    // name, one finding; not two names and «the» as an unknown word between them
    const std::string from = "<butir>bahwa rapat pleno perlu dijadwalkan agar tugas";
    const std::string name = "Agreement on the Rescue of Astronauts, the Return of Astronauts and the Return of Objects Launched into Outer Space";
    const std::string slip = "<butir>bahwa sesuai " + name + " rapat pleno perlu dijadwalkan agar tugas";
    expect_one({"nama-asing-koma", from, slip, "KATA-ASING", name.c_str()});
    expect_none("nama-asing-koma-ejaan", from, slip, "EJAAN");
    // a comma before an Indonesian word ends the name: two names, two findings
    const auto two = findings_of(variant(from, "<butir>bahwa sesuai Convention on Nuclear Safety, dan Agreement on the Rescue of Astronauts rapat pleno perlu dijadwalkan agar tugas",
                                         "nama-asing-koma-dua"),
                                 "KATA-ASING");
    EXPECT_EQ(two.size(), 2u);
    // a comma and «the» after capitalised Indonesian words holding no English word: no name, «the» unknown
    expect_one({"koma-the-tanpa-nama", from, "<butir>bahwa Rapat Pleno, the Jadwal perlu dijadwalkan agar tugas", "EJAAN", "the"});
    expect_none("koma-the-tanpa-nama-asing", from, "<butir>bahwa Rapat Pleno, the Jadwal perlu dijadwalkan agar tugas", "KATA-ASING");
}

TEST(CheckDrafting, KeputusanPresidenOfTheAppointmentSeriesAreNotOrderedByNumber)
{
    // Keputusan Presiden 30/2003 cites Keputusan Presiden 228/M Tahun 2001 (9 August, the cabinet)
    // before 103/2001 (13 September): the /M series is numbered apart, its number orders nothing
    const std::string from =
        "<butir>Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang Tata Kerja Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi, dan Komisi Pemilihan Umum Kabupaten/Kota (Berita Negara Republik Indonesia Tahun 2019 Nomor 320);</butir>";
    const std::string k103 = "<butir>Keputusan Presiden Nomor 103 Tahun 2001 tentang Kedudukan, Tugas, Fungsi, Kewenangan, Susunan Organisasi, dan Tata Kerja Lembaga Pemerintah Non Departemen;</butir>";
    const std::string k110 = "<butir>Keputusan Presiden Nomor 110 Tahun 2001 tentang Unit Organisasi dan Tugas Eselon I Lembaga Pemerintah Non Departemen;</butir>";
    const std::string k228m = "<butir>Keputusan Presiden Nomor 228/M Tahun 2001 tentang Pembentukan Kabinet Gotong Royong;</butir>";
    expect_none("keppres-seri-m", from, from + k228m + k103, "MENGINGAT-URUTAN");
    // numbers of one series are still ordered
    expect_one({"keppres-seri-sama", from, from + k110 + k103, "MENGINGAT-URUTAN", "Keputusan Presiden Nomor 103 Tahun 2001"});
    // and years across series
    expect_one({"keppres-seri-tahun", from, from + "<butir>Keputusan Presiden Nomor 31/M Tahun 2002 tentang Pengangkatan;</butir>" + k103,
                "MENGINGAT-URUTAN", "Keputusan Presiden Nomor 103 Tahun 2001"});
}

TEST(CheckDrafting, AColonOpeningTheSecondColumnOfEveryLineIsLayout)
{
    const std::string from = "<butir>bahwa rapat pleno perlu dijadwalkan agar tugas";
    // every line of the decree so (Keputusan Presiden 99/1993): the office's two-column layout
    expect_none("titik-dua-kolom", from,
                "<butir>bahwa susunan Ketua :Presiden dan Anggota :Menteri Luar Negeri, rapat pleno perlu dijadwalkan agar tugas", "SPASI-TANDA");
    // one among lines spaced on both sides (Keputusan Presiden 132/1998): a slip
    expect_one({"titik-dua-salah", from,
                "<butir>bahwa susunan Ketua : Presiden dan Anggota :Menteri Luar Negeri, rapat pleno perlu dijadwalkan agar tugas", "SPASI-TANDA", "«:»"});
}

// NAMA-WILAYAH passes over an ASCII paragraph without «kab», «kot» or «pro» in any case without
// splitting it into words (src/check/rules_area_names.cpp): a Kota and a Provinsi in capitals are
// still judged in such a paragraph, and a name written as listed is left alone.
TEST(CheckAreaNames, KotaAndProvinsiInAnAsciiParagraphAreJudged)
{
    const std::string tail = " sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.";
    expect_one({"kota-salah", kDiktum1, "Menetapkan jadwal rapat pleno di Kota Malng" + tail, "NAMA-WILAYAH", "Kota Malang"});
    expect_one({"provinsi-salah", kDiktum1, "Menetapkan jadwal rapat pleno di PROVINSI Jawa Timr" + tail, "NAMA-WILAYAH", "Jawa Timur"});
    // «kab» too, in either case (the filter reads the two bytes after each «k» or «p»)
    expect_one({"kabupaten-salah", kDiktum1, "Menetapkan jadwal rapat pleno di KABUPATEN Malng" + tail, "NAMA-WILAYAH", "Malang"});
    expect_none("kota-benar", kDiktum1, "Menetapkan jadwal rapat pleno di Kota Malang" + tail, "NAMA-WILAYAH");
}
