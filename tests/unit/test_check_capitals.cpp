// KAPITAL (src/check/rules_capitals.cpp): each pattern reported where the slip is, and the
// correct forms, proper names and a switched-off rule left alone.
#include <gtest/gtest.h>

#include "check_fixture.hpp"

using namespace naskah;

namespace {

using Variant = testing_checks::FixtureVariant;

Variant variant(const std::string& from, const std::string& to, const std::string& name)
{
    return testing_checks::fixture_variant(from, to, name, "naskah-test-capitals");
}

std::vector<Diagnostic> kapital(const std::string& path) { return testing_checks::findings_of(path, "KAPITAL"); }

std::string listing(const std::vector<Diagnostic>& ds)
{
    std::string out;
    for (const auto& d : ds) out += format_diagnostic(d) + "\n";
    return out;
}

// Line and column (1-based, bytes) of the first `needle` in `text`.
std::pair<std::uint32_t, std::uint32_t> where(const std::string& text, const std::string& needle)
{
    const std::size_t at = text.find(needle);
    EXPECT_NE(at, std::string::npos) << needle;
    std::uint32_t line = 1;
    std::size_t start = 0;
    for (std::size_t i = 0; i < at; ++i)
        if (text[i] == '\n') {
            ++line;
            start = i + 1;
        }
    return {line, static_cast<std::uint32_t>(at - start + 1)};
}

struct Case {
    const char* name;
    const char* from;
    const char* to;
    const char* word;  ///< where the finding points: the first occurrence in the changed file
};

std::ostream& operator<<(std::ostream& os, const Case& c) { return os << c.name; }

const Case kSlips[] = {
    {"undang_undang", "Undang-Undang Nomor 7", "Undang-undang Nomor 7", "Undang-undang"},
    {"tahun", "Nomor 8 Tahun 2019", "Nomor 8 tahun 2019", "tahun 2019"},
    {"tentang_after_year", "2017 tentang Pemilihan", "2017 Tentang Pemilihan", "Tentang Pemilihan"},
    {"dan_in_title", "tentang Pemilihan Umum (", "tentang Pemilihan Umum Dan Pilkada (", "Dan Pilkada"},
    {"di_in_title", "tentang Pemilihan Umum (", "tentang Pemilihan Umum Di Daerah (", "Di Daerah"},
    {"diktum", "dari Keputusan ini.</diktum>", "dari Keputusan ini sebagaimana dimaksud dalam diktum KESATU.</diktum>", "diktum KESATU"},
    {"lampiran", "dalam Lampiran yang", "dalam lampiran yang", "lampiran yang"},
    {"keputusan_ini", "dari Keputusan ini.", "dari keputusan ini.", "keputusan ini"},
    {"bulan", "rapat pleno sebagaimana", "rapat pleno mulai Bulan Mei sebagaimana", "Bulan Mei"},
    {"hari", "rapat pleno sebagaimana", "rapat pleno setiap Hari Senin sebagaimana", "Hari Senin"},
    {"tanggal", "Nomor 2/PK.01/3507/2023 tanggal 30", "Nomor 2/PK.01/3507/2023 Tanggal 30", "Tanggal 30"},
    {"perundang_undangan", "berjalan tertib;", "berjalan tertib sesuai ketentuan Peraturan Perundang-Undangan;", "Peraturan Perundang"},
    {"di_lingkungan", "berjalan tertib;", "di Lingkungan Sekretariat berjalan tertib;", "Lingkungan Sekretariat"},
    {"ayat", "Tahun 2017 tentang", "Tahun 2017 Pasal 5 Ayat (2) tentang", "Ayat (2)"},
    {"capital_inside", "berjalan tertib;", "berjalan tertib darI awal;", "darI"},
    {"number_words", "rapat pleno sebagaimana", "rapat pleno (seratus Sembilan ribu rupiah) sebagaimana", "Sembilan"},
    {"kabupaten_name", "berjalan tertib;", "berjalan tertib di kabupaten Malang;", "kabupaten Malang"},
    {"warga_negara", "berjalan tertib;", "berjalan tertib bagi warga Negara Indonesia;", "Negara Indonesia"},
    // Keputusan Wali Kota Balikpapan 52/2023: "sebagaimana dimaksud Diktum Kesatu"
    {"diktum_ordinal_case", "dari Keputusan ini.</diktum>", "dari Keputusan ini sebagaimana dimaksud Diktum Kesatu.</diktum>", "Kesatu."},
    // Keputusan Ketua LAPAN 137/1998, Keputusan Presiden 9/2004
    {"tersebut", "berjalan tertib;", "berjalan tertib sesuai Petunjuk Teknis Tersebut;", "Tersebut"},
    {"sebagaimana", "tentang Pemilihan Umum (", "tentang Pemilihan Umum Sebagaimana Telah Diubah (", "Sebagaimana"},
    // Keputusan Bupati Donggala (panitia Sumpah Pemuda): "diperingati secara Nasional sebagaimana"
    {"secara", "berjalan tertib;", "berjalan tertib secara Nasional setiap tahun;", "Nasional"},
    // Keputusan Bupati Kulon Progo 153/2010, Peraturan Gubernur Sulawesi Utara 35/2015
    {"lower_word_in_title", "tentang Pemilihan Umum (", "tentang Penetapan mulai Berlakunya Pemilihan Umum (", "mulai"},
    {"lower_word_in_title_2", "tentang Pemilihan Umum (", "tentang Dinas pemuda dan Olahraga Provinsi Jawa Timur (", "pemuda"},
    // Keputusan Kepala Dinas Kominfo Kalimantan Barat 124/2024: "pengguna informasi dapat Melakukan penggandaan"
    // Peraturan Menteri Dalam Negeri 2/2014: "dan/atau Lain-lain pendapatan yang sah"
    {"reduplication", "berjalan tertib;", "berjalan tertib dan Lain-lain kegiatan;", "Lain-lain"},
    {"verb", "berjalan tertib;", "berjalan tertib dan anggota dapat Melakukan pemantauan;", "Melakukan"},
    // since UU 12/2011 an amending title writes "Perubahan atas" (Keputusan Gubernur DIY 152/2019 citing UU 9/2015;
    // an amending law: UU 7/2017, registered as "Pemilihan Umum", would be a wrong citation, not judged)
    {"perubahan_atas_cited", "Nomor 7 Tahun 2017 tentang Pemilihan Umum (", "Nomor 9 Tahun 2015 tentang Perubahan Atas Pemilihan Umum (", "Atas Pemilihan"},
    {"perubahan_kedua_atas_cited", "Nomor 7 Tahun 2017 tentang Pemilihan Umum (", "Nomor 9 Tahun 2015 tentang Perubahan Kedua Atas Pemilihan Umum (", "Atas Pemilihan"},
    // Keputusan Bupati Boven Digoel 2024: "… Tahun 2016 tentang perubahan atas …", "tentang pedoman Pengelola …"
    {"title_starts_lower", "2017 tentang Pemilihan Umum (", "2017 tentang pemilihan umum (", "pemilihan umum"},
    // Peraturan Sekjen Komisi Yudisial 6/2014: "Tambahan lembaran Negara Republik Indonesia"
    {"gazette_case", "Tambahan Lembaran Negara Republik Indonesia Nomor 6109", "Tambahan lembaran Negara Republik Indonesia Nomor 6109", "lembaran Negara"},
    // Perda Sulawesi Utara 2/2016: "tentang Antara Lain Pembentukan …"
    {"serta_in_title", "tentang Pemilihan Umum (", "tentang Hak Serta Kewajiban Masyarakat (", "Serta Kewajiban"},
    {"antara_lain_in_title", "tentang Pemilihan Umum (", "tentang Antara Lain Pemilihan Umum (", "Antara Lain"},
    {"perubahan_atas_own_title", "Jadwal Rapat Pleno Tahun 2023</tentang>", "Perubahan Atas Jadwal Rapat Pleno Tahun 2023</tentang>", "Atas Jadwal"},
};

class CapitalSlip : public ::testing::TestWithParam<Case> {};

TEST_P(CapitalSlip, ReportedOnceWhereTheWordIs)
{
    const Case c = GetParam();
    const Variant v = variant(c.from, c.to, c.name);
    const auto ds = kapital(v.path);
    ASSERT_EQ(ds.size(), 1u) << listing(ds);
    const auto [line, column] = where(v.text, c.word);
    EXPECT_EQ(ds[0].pos.line, line) << listing(ds);
    EXPECT_EQ(ds[0].pos.column, column) << listing(ds);
    EXPECT_FALSE(ds[0].message.empty());
}

INSTANTIATE_TEST_SUITE_P(Capitals, CapitalSlip, ::testing::ValuesIn(kSlips),
                         [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

const Case kFine[] = {
    {"base", "Jadwal Rapat Pleno Tahun 2023</tentang>", "Jadwal Rapat Pleno Tahun 2023</tentang>", ""},
    {"tuhan", "tentang Pemilihan Umum (", "tentang Pendidikan Ketuhanan Yang Maha Esa (", ""},
    {"dalam_negeri", "tentang Pemilihan Umum (", "tentang Kementerian Dalam Negeri (", ""},
    {"peran_serta", "tentang Pemilihan Umum (", "tentang Bentuk dan Tata Cara Peran Serta Masyarakat dalam Penataan Ruang (", ""},
    {"title_in_capitals", "tentang Pemilihan Umum (", "tentang PEMILIHAN UMUM DAN PILKADA (", ""},
    {"perundangan_in_title", "tentang Pemilihan Umum (", "tentang Pembentukan Peraturan Perundang-undangan (", ""},
    // "Perubahan Atas" in the title of a law of UU 10/2004's time, as its official title writes it
    {"perubahan_atas_2008", "Nomor 7 Tahun 2017 tentang Pemilihan Umum (", "Nomor 12 Tahun 2008 tentang Perubahan Kedua Atas Pemilihan Umum (", ""},
    // Peraturan Gubernur Sulawesi Utara 35/2015: UU 12/2008's title cited under UU 23/2014's number, which the
    // register knows as "Pemerintahan Daerah" (KUTIPAN-SALAH's slip; the year written says nothing of the title's form)
    {"perubahan_atas_other_law", "Nomor 7 Tahun 2017 tentang Pemilihan Umum (", "Nomor 23 Tahun 2014 tentang Perubahan Kedua Atas Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah (", ""},
    {"perubahan_atas_in_capitals", "Nomor 7 Tahun 2017 tentang Pemilihan Umum (", "Nomor 7 Tahun 2017 tentang PERUBAHAN ATAS PEMILIHAN UMUM (", ""},
    {"perubahan_atas_lower_case", "Jadwal Rapat Pleno Tahun 2023</tentang>", "Perubahan atas Jadwal Rapat Pleno Tahun 2023</tentang>", ""},
    {"di_lingkungan_in_title", "Pleno Tahun 2023;</butir>", "Pleno di Lingkungan Komisi Tahun 2023;</butir>", ""},
    {"lower_dan_in_title", "tentang Pemilihan Umum (", "tentang Pemilihan Umum dan Pilkada (", ""},
    {"mou_and_e_ktp", "berjalan tertib;", "berjalan tertib sesuai MoU dan e-KTP;", ""},
    {"kabupaten_kota", "berjalan tertib;", "berjalan tertib di kabupaten/kota dan kabupaten Anggota;", ""},
    {"number_words_in_lower_case", "rapat pleno sebagaimana", "rapat pleno (seratus sembilan ribu rupiah) sebagaimana", ""},
    {"diktum_in_capitals", "dari Keputusan ini.</diktum>", "dari Keputusan ini sebagaimana dimaksud Diktum KESATU.</diktum>", ""},
    {"sebagaimana_after_a_stop", "berjalan tertib;", "berjalan tertib. Sebagaimana diatur, rapat dijadwalkan;", ""},
    {"secara_before_a_name", "berjalan tertib;", "berjalan tertib dan berlaku secara Mutatis Mutandis;", ""},
    {"title_in_lower_case", "tentang Pemilihan Umum (", "tentang Penetapan jadwal rapat pleno (", ""},
    {"preposition_in_title", "tentang Pemilihan Umum (", "tentang Pemilihan Umum melalui Pos (", ""},
    {"title_in_sentence_case", "tentang Pemilihan Umum (", "tentang Pendelegasian wewenang untuk menandatangani Keputusan (", ""},
    // a name in title case ("Wilayah Birokrasi Bersih dan Melayani"); a noun that is no verb ("Media")
    {"verb_in_a_name", "berjalan tertib;", "berjalan tertib menuju Wilayah Birokrasi Bersih dan Melayani;", ""},
    {"me_noun", "berjalan tertib;", "berjalan tertib dengan Media cetak;", ""},
    // the gazette named as a common noun in lower case; a title that starts with a capital
    {"gazette_common_noun", "berjalan tertib;", "berjalan tertib dan diumumkan dalam lembaran daerah;", ""},
    {"title_starts_upper", "2017 tentang Pemilihan Umum (", "2017 tentang Pemilihan umum (", ""},
    {"sentence_after_title", "tentang Pemilihan Umum (", "tentang Satu Data perlu dibentuk Forum Satu Data Indonesia (", ""},
};

class CapitalFine : public ::testing::TestWithParam<Case> {};

TEST_P(CapitalFine, NotReported)
{
    const Case c = GetParam();
    const Variant v = variant(c.from, c.to, std::string("fine_") + c.name);
    EXPECT_TRUE(kapital(v.path).empty()) << listing(kapital(v.path));
}

INSTANTIATE_TEST_SUITE_P(Capitals, CapitalFine, ::testing::ValuesIn(kFine),
                         [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

TEST(Capitals, SwitchedOffByCode)
{
    const Variant v = variant("<keputusan gaya=\"kpu\">", "<keputusan gaya=\"kpu\" abaikan-periksa=\"KAPITAL\">", "off");
    std::string s = v.text;
    const std::size_t at = s.find("Undang-Undang Nomor 7");
    s.replace(at, 13, "Undang-undang");
    std::ofstream(v.path) << s;
    EXPECT_TRUE(kapital(v.path).empty());
}

TEST(Capitals, OneFindingPerDocumentAndKind)
{
    // the same slip in two Mengingat items is one slip to fix ("also in Mengingat 2")
    const Variant v = variant("Nomor 7 Tahun 2017", "Nomor 7 tahun 2017", "twice");
    std::string s = v.text;
    s.replace(s.find("Nomor 8 Tahun 2019"), 18, "Nomor 8 tahun 2019");
    std::ofstream(v.path) << s;
    const auto ds = kapital(v.path);
    ASSERT_EQ(ds.size(), 1u) << listing(ds);
    EXPECT_EQ(ds[0].pos.line, 22u);
}

TEST(Capitals, OneFindingPerParagraphAndKind)
{
    // "Tentang … Dan …" in one cited title is one slip to fix, as the corpus lists it.
    const Variant v = variant("2017 tentang Pemilihan Umum (", "2017 Tentang Pemilihan Umum Dan Pilkada Dan Lain (", "once");
    const auto ds = kapital(v.path);
    ASSERT_EQ(ds.size(), 1u) << listing(ds);
    EXPECT_EQ(ds[0].pos.column, where(v.text, "Tentang").second);
}

TEST(Capitals, OneFindingPerCitedTitle)
{
    // Permendagri 2/2014: "Dan" in its own title (Menimbang a) and in the title of Kepmendagri
    // 168/2004 (Menimbang c) are two slips; the same title quoted twice is one
    const Variant v = variant("tentang Pemilihan Umum (", "tentang Pemilihan Umum Dan Pilkada (", "two_titles");
    std::string s = v.text;
    s.replace(s.find("tentang Tata Kerja Komisi"), 25, "tentang Tata Kerja Dan Komisi");
    std::ofstream(v.path) << s;
    EXPECT_EQ(kapital(v.path).size(), 2u) << listing(kapital(v.path));
    std::string same = v.text;
    same.replace(same.find("bahwa rapat pleno perlu"), 23,
                 "bahwa Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum Dan Pilkada mengatur bahwa rapat pleno perlu");
    std::ofstream(v.path) << same;
    EXPECT_EQ(kapital(v.path).size(), 1u) << listing(kapital(v.path));
}

}  // namespace

TEST(CapitalOwnTitle, TheDecreesTitleRestatedInAMenimbangKeepsItsCapitals)
{
    // Keputusan Kepala Dinas Kominfo Kalimantan Barat 49.1/2024 (training part of tests/corpus):
    // "maka Indikator Kinerja Utama di Lingkungan Dinas … perlu ditetapkan" names the decree
    const std::string between = "</tentang>\n    <pejabat>Ketua Komisi Pemilihan Umum Kabupaten Malang</pejabat>\n"
                                "    <penetapan tempat=\"Kepanjen\" tanggal=\"2023-02-01\"/>\n    <penandatangan nama=\"Anis Suhartini\"/>\n"
                                "  </kepala>\n  <menimbang>\n    <butir>bahwa ";
    const std::string from = "Jadwal Rapat Pleno Tahun 2023" + between + "rapat pleno perlu dijadwalkan";
    const std::string title = "Jadwal Rapat Pleno di Lingkungan Komisi Pemilihan Umum";
    const Variant own = variant(from, title + between + "maka " + title + " perlu dijadwalkan", "own_title");
    EXPECT_TRUE(kapital(own.path).empty()) << listing(kapital(own.path));
    // the same words that are not the title are running text
    const Variant other = variant(from, title + between + "maka rapat di Lingkungan Komisi perlu dijadwalkan", "own_title_not");
    EXPECT_EQ(kapital(other.path).size(), 1u) << listing(kapital(other.path));
}

TEST(CapitalOwnTitle, TheTitleItselfIsInTitleCase)
{
    // Instruksi Bupati Kulon Progo 3/2009 (training part of tests/corpus): «Penggunaan Bahasa Jawa
    // pada Hari Sabtu …» typed in title case in <tentang>: «Hari» is a title's capital there
    const Variant titled = variant("Jadwal Rapat Pleno Tahun 2023</tentang>", "Jadwal Rapat Pleno pada Hari Senin</tentang>", "title_day");
    EXPECT_TRUE(kapital(titled.path).empty()) << listing(kapital(titled.path));
}
