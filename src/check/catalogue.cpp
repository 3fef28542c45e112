// The rule catalogue. A code, once published, is never reused for another rule: house styles and
// files switch rules off by code.
#include "check/checks.hpp"

namespace naskah::check {

const std::vector<RuleInfo>& rule_catalogue()
{
    using S = Severity;
    static const std::vector<RuleInfo> rules = {
        // Menimbang, Mengingat, Memperhatikan
        {"MENIMBANG-BAHWA", S::Error, "butir Menimbang diawali \"bahwa\"", "a Menimbang item begins with \"bahwa\""},
        {"MENIMBANG-AKHIR", S::Warning, "butir Menimbang diakhiri \";\" (yang terakhir menurut gaya rumah)",
         "a Menimbang item ends with \";\" (the last one per house style)"},
        {"MENIMBANG-RUJUKAN", S::Error, "\"huruf …\" dalam Menimbang merujuk butir di atasnya yang ada",
         "\"huruf …\" in Menimbang refers to an existing item above"},
        {"MENIMBANG-RUJUKAN-KURANG", S::Warning, "butir penutup Menimbang merujuk semua butir di atasnya",
         "the closing Menimbang item refers to every item above it"},
        {"MENIMBANG-PENUTUP", S::Warning, "butir terakhir Menimbang menyebut keputusan yang ditetapkan (\"perlu menetapkan …\")",
         "the last Menimbang item names the decree being enacted (\"perlu menetapkan …\")"},
        {"MENGINGAT-AKHIR", S::Warning, "butir Mengingat diakhiri \";\"", "a Mengingat item ends with \";\""},
        {"MENGINGAT-JENIS", S::Warning, "butir Mengingat adalah peraturan perundang-undangan yang dikenali",
         "a Mengingat item cites recognisable legislation"},
        {"MENGINGAT-URUTAN", S::Warning, "Mengingat urut menurut hierarki, lalu tahun",
         "Mengingat follows the hierarchy of legislation, then the year"},
        {"MENGINGAT-LEMBARAN", S::Warning, "UU, Perppu, PP dan Perpres disertai Lembaran Negara; peraturan menteri/lembaga disertai Berita Negara",
         "a law, PP or Perpres carries its Lembaran Negara; a ministerial or agency regulation its Berita Negara"},
        {"MENGINGAT-JUDUL", S::Warning, "peraturan dan keputusan dalam Mengingat dikutip dengan judulnya (\"tentang …\")",
         "regulations and decrees in Mengingat are cited with their titles (\"tentang …\")"},
        {"MENGINGAT-GANDA", S::Warning, "tidak ada peraturan atau penggalan yang tertulis dua kali dalam Mengingat",
         "no regulation or fragment is written twice in Mengingat"},
        {"MEMPERHATIKAN-AKHIR", S::Warning, "butir Memperhatikan diakhiri \";\"", "a Memperhatikan item ends with \";\""},
        {"MEMPERHATIKAN-JENIS", S::Warning, "peraturan perundang-undangan dikutip dalam Mengingat, bukan Memperhatikan",
         "legislation is cited under Mengingat, not Memperhatikan"},
        {"MENGINGAT-KURANG", S::Warning, "Mengingat mengutip peraturan yang menjadi dasar (disebut dalam Menimbang) dan, bagi kepala daerah, UU Pemerintahan Daerah",
         "Mengingat cites the regulation named in Menimbang as the ground and, for a regional head, the law on regional government"},
        // Diktum and Lampiran
        {"KEPADA-JENIS", S::Warning, "pihak yang diinstruksikan (<kepada>) hanya dalam Instruksi",
         "addressees (<kepada>) only in an Instruksi"},
        {"DIKTUM-JUMLAH", S::Error, "paling sedikit dua diktum", "at least two diktum"},
        {"DIKTUM-BERLAKU", S::Error, "diktum terakhir menyatakan saat mulai berlaku", "the last diktum says when the decree takes effect"},
        {"DIKTUM-RUJUKAN", S::Error, "\"Diktum …\" merujuk diktum yang ada", "\"Diktum …\" refers to an existing diktum"},
        {"LAMPIRAN-RUJUKAN", S::Error, "setiap Lampiran disebut dalam diktum", "every Lampiran is cited by a diktum"},
        {"LAMPIRAN-TIDAK-ADA", S::Error, "diktum tidak menyebut Lampiran yang tidak ada", "no diktum cites a Lampiran that does not exist"},
        {"PENOMORAN", S::Warning, "label butir dan diktum yang diketik berurutan tanpa lompatan",
         "typed item and diktum labels run in sequence without gaps"},
        {"JUDUL-AKHIR", S::Warning, "judul (tentang) tanpa tanda baca di akhir", "the title (tentang) has no final punctuation"},
        {"JUDUL-HURUF", S::Warning, "kata tugas dalam judul (dan, atau, di, …) ditulis dengan huruf kecil",
         "function words in the title (dan, atau, di, …) are in lower case"},
        {"BILANGAN", S::Warning, "bilangan pada awal kalimat ditulis dengan huruf (PUEBI): «Tiga pengelola …», bukan «3 (tiga) pengelola …»; angka dan hurufnya sama: «30 (tiga puluh)»",
         "a number opening a sentence is written in words (PUEBI): «Tiga pengelola …», not «3 (tiga) pengelola …»; figures and their words agree: «30 (tiga puluh)»"},
        {"KAPITAL", S::Warning, "huruf kapital menurut UU 12/2011 Lampiran II dan PUEBI: «Undang-Undang», «Nomor … Tahun …», kata tugas kecil dalam judul yang dikutip, «Diktum KESATU», «Lampiran», «Keputusan ini», «bulan Mei», «hari Senin», «Pasal 8 ayat (2)»",
         "capitals per UU 12/2011 Lampiran II and PUEBI: «Undang-Undang», «Nomor … Tahun …», lower-case function words in a cited title, «Diktum KESATU», «Lampiran», «Keputusan ini», «bulan Mei», «hari Senin», «Pasal 8 ayat (2)»"},
        // a warning (issue 13): a degree in the signature leaves the instrument valid, and
        // universities and agencies print them by convention
        {"TTD-GELAR", S::Warning, "nama penanda tangan tanpa gelar dan pangkat", "the signer's name carries no degree or rank"},
        // Peraturan: the body of BAB, Bagian, Paragraf, Pasal and ayat (issue 14)
        {"PASAL-RUJUKAN", S::Error, "rujukan \"Pasal … ayat (…) huruf …\" menunjuk Pasal, ayat dan huruf/angka yang ada dalam peraturan ini",
         "a reference \"Pasal … ayat (…) huruf …\" points at a Pasal, ayat and huruf/angka this regulation has"},
        {"PASAL-URUT", S::Warning, "nomor Pasal yang diketik berurutan di seluruh batang tubuh", "typed Pasal numbers run on across the whole body"},
        {"PASAL-SISIP", S::Warning, "Pasal dan ayat sisipan (3A, (2a)) hanya dalam teks yang diubah peraturan perubahan",
         "inserted Pasal and ayat (3A, (2a)) appear only in text an amending regulation quotes"},
        {"AYAT-URUT", S::Warning, "nomor ayat yang diketik berurutan dalam Pasal", "typed ayat numbers run on within their Pasal"},
        {"AYAT-TUNGGAL", S::Warning, "Pasal tidak terdiri atas satu ayat saja", "a Pasal is not a single ayat"},
        {"BAB-URUT", S::Warning, "nomor BAB, Bagian dan Paragraf yang diketik berurutan", "typed BAB, Bagian and Paragraf numbers run in sequence"},
        {"BAB-JUDUL", S::Warning, "judul BAB, Bagian dan Paragraf tanpa tanda baca akhir; judul Bagian dan Paragraf berhuruf awal kapital, tidak kapital semua",
         "BAB, Bagian and Paragraf titles have no final punctuation; Bagian and Paragraf titles are capitalised, not in capitals"},
        {"PERUBAHAN-MENGINGAT", S::Warning, "peraturan yang diubah (disebut dalam Pasal I) dikutip dalam Mengingat",
         "the regulation amended (named in Pasal I) is cited in Mengingat"},
        // Consistency
        {"KONSISTEN-JUDUL", S::Warning, "judul yang dikutip sama dengan <tentang>", "a quoted title matches <tentang>"},
        {"KONSISTEN-PENERBIT", S::Warning, "nama penerbit sama di kop, jabatan, pengesahan dan kutipan",
         "the issuer's name is the same in the kop, the official's title, the certification and quotes"},
        {"KONSISTEN-TAHUN", S::Warning, "tahun dalam nomor sama dengan tahun penetapan", "the year in the number is the year of enactment"},
        {"KONSISTEN-WILAYAH", S::Warning, "kode wilayah dalam nomor adalah wilayah penerbit", "the area code in a number is the issuer's"},
        {"KONSISTEN-KUTIPAN", S::Warning, "peraturan yang dikutip lebih dari sekali berjudul sama",
         "a regulation cited more than once carries the same title"},
        {"NAMA-WILAYAH", S::Warning, "nama provinsi dan kabupaten/kota sesuai daftar resmi (Kemendagri): «Kabupaten Donggala», bukan «Kabupaten Dongala»",
         "names of provinces and regencies/cities as the official list writes them (Kemendagri): «Kabupaten Donggala», not «Kabupaten Dongala»"},
        {"TANGGAL-FORMAT", S::Warning, "tanggal dalam teks ditulis «5 Juni 2024» (PUEBI): tanggal yang ada, tanpa nol di depan, tanpa «Tahun», dipisah dari bulan",
         "a date in the text is written «5 Juni 2024» (PUEBI): a day the month has, no leading zero, no «Tahun», spaced from its month"},
        {"TANGGAL-WAJAR", S::Warning, "tahun tanggal penetapan dan pengundangan antara 1945 dan 2100", "the years of enactment and promulgation lie between 1945 and 2100"},
        {"TANGGAL-RUJUKAN", S::Error, "tanggal penetapan tidak mendahului dokumen yang dirujuk",
         "the date of enactment is not earlier than a document it cites"},
        {"TEMPAT-PENETAPAN", S::Error, "tempat penetapan adalah kedudukan penerbit (kabupaten/kota atau kecamatannya)",
         "the place of enactment is the issuer's seat (its kabupaten/kota or one of its kecamatan)"},
        {"TEMPAT-HURUF", S::Warning, "tempat penetapan ditulis dengan huruf kapital seperti nama wilayahnya",
         "the place of enactment is capitalised as its area's name"},
        // Work plan and tables
        {"RENCANA-BULAN", S::Error, "bulan pelaksanaan antara 1 dan 12", "months of execution lie within 1 to 12"},
        {"RENCANA-JADWAL", S::Error, "setiap subkegiatan dijadwalkan", "every sub-activity is scheduled"},
        {"RENCANA-INDIKATOR", S::Error, "indikator keberhasilan tidak kosong", "the success indicator is not empty"},
        {"RENCANA-GANDA", S::Warning, "tidak ada subkegiatan ganda", "no duplicated sub-activities"},
        {"RENCANA-NOMOR", S::Warning, "nomor rencana kerja tidak diketik (naskah menomori sendiri)",
         "work-plan numbers are not typed (naskah numbers them)"},
        {"TABEL-NOMOR", S::Warning, "kolom NO tabel berurutan tanpa lompatan", "a table's NO column runs without gaps"},
        // Text
        {"EJAAN", S::Warning, "ejaan menurut kamus bahasa Indonesia dan daftar istilah", "spelling per the Indonesian dictionary and term list"},
        {"KATA-ASING", S::Warning, "kata asing dicetak miring atau diganti padanannya", "a foreign word is italic or replaced by its Indonesian equivalent"},
        {"KATA-GABUNG", S::Warning, "kata tidak tergabung tanpa spasi", "words are not run together"},
        {"KATA-ULANG", S::Warning, "tidak ada kata yang terulang (\"yang yang\")", "no repeated word (\"yang yang\")"},
        {"SPASI-GANDA", S::Warning, "tidak ada spasi ganda dalam teks", "no double spaces in the text"},
        {"SPASI-TANDA", S::Warning, "spasi sebelum kurung buka dan sesudah koma/titik koma", "a space before \"(\" and after \",\" and \";\""},
        {"KURUNG", S::Warning, "tanda kurung berpasangan", "brackets are balanced"},
        {"KUTIP", S::Warning, "tanda petik berpasangan", "quotes are balanced"},
        {"ISIAN", S::Warning, "tidak ada isian \"…\" yang tertinggal", "no \"…\" placeholder left"},
        // Drafting technique (rules_drafting.cpp)
        {"RUJUKAN", S::Warning, "rumusan baku UU 12/2011 Lampiran II dan nama resmi lembaga («sebagaimana dimaksud dalam Diktum», «bagian tidak terpisahkan dari»)",
         "standard wording of UU 12/2011 Lampiran II and official names of institutions («sebagaimana dimaksud dalam Diktum», «bagian tidak terpisahkan dari»)"},
        {"TANDA-BACA", S::Warning, "tanda baca teknik penyusunan: diktum diakhiri «.», «Nomor» tanpa titik dua dalam kutipan, titik akhir gelar, tanpa koma dalam nama jenis peraturan",
         "drafting punctuation: a diktum ends with «.», no colon after «Nomor» in a citation, a degree's final stop, no comma inside a kind of legislation"},
        {"KUTIPAN-SALAH", S::Warning, "kutipan yang tidak mungkin benar: Lembaran Negara tahun lain dari tahun UU/PP/Perpres, «Lembaran Berita Negara»",
         "a citation that cannot be right: a Lembaran Negara of another year than the law's, «Lembaran Berita Negara»"},
        // The checker itself
        {"PERIKSA-KODE", S::Warning, "kode aturan yang dimatikan dikenal", "a switched-off rule code exists"},
        {"PERIKSA-DATA", S::Warning, "data pemeriksaan (kamus, daftar wilayah) tersedia", "the checking data (dictionary, area lists) is available"},
    };
    return rules;
}

}  // namespace naskah::check
