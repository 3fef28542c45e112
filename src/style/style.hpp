// House styles (gaya): paper, margins, fonts, sizes and conventions, loaded from layouts/*.xml.
//
// Data, not code: a secretariat changes its margins or font without a new build. Every renderer
// (the PDF layout and the DOCX writer) reads the same HouseStyle, so they agree on widths.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/model.hpp"

namespace naskah::style {

struct Margins {
    double top = 20, bottom = 25, left = 30, right = 20;  ///< millimetres
};

struct FontFiles {
    std::string family = "Bookman Old Style";  ///< the name Word is told (DOCX)
    std::string regular, bold, italic, bold_italic;  ///< TTF file names under fonts/
};

enum class LampiranHeading : std::uint8_t { Labelled, Stacked };

// ---- Conventions: how an office prints its decrees (docs/layouts.md, "Konvensi") -------------
// Each choice is data read from the style file; src/compose/ turns them into words and blocks.

enum class KopForm : std::uint8_t { Centred, LogoLeft };
enum class MenetapkanText : std::uint8_t { Title, Empty };
enum class EnactmentForm : std::uint8_t { TwoLines, Colons };
enum class MonthForm : std::uint8_t { Full, Short };
enum class CopyLabel : std::uint8_t { TopLeft, TopRightBoxed };
enum class CertificationPlace : std::uint8_t { End, EachSignature };
enum class HeadingPlace : std::uint8_t { Right, Left, Full };
enum class PageNumberPlace : std::uint8_t { Top, Bottom };

/// Fixed phrases. Every word a writer prints that the drafter did not type comes from here.
struct Phrases {
    std::string number = "NOMOR";          ///< title block number line label ("NOMOR :")
    std::string about = "TENTANG";
    std::string rahmat = "DENGAN RAHMAT TUHAN YANG MAHA ESA";
    std::string menimbang = "Menimbang", mengingat = "Mengingat", memperhatikan = "Memperhatikan";
    std::string decide = "MEMUTUSKAN:";     ///< empty: no line
    /// the word of an Instruksi's decision line, printed with the punctuation of `decide`
    /// («MEMUTUSKAN :» → «MENGINSTRUKSIKAN :»); empty: an Instruksi prints `decide` as it is
    std::string instruct = "MENGINSTRUKSIKAN";
    std::string menetapkan = "Menetapkan";
    /// an Instruksi's addressees («Kepada : 1. …») and the label before its diktum («Untuk :»),
    /// printed only when the decree has <kepada>; an empty «untuk»: no such line
    std::string kepada = "Kepada", untuk = "Untuk";
    std::string enacted_at = "Ditetapkan di", enacted_on = "pada tanggal";
    std::string copy = "SALINAN";
    std::string copy_true = "Salinan sesuai dengan aslinya";
    std::string signed_mark = "ttd.";
    std::string cc = "Tembusan:";
    std::string lampiran = "LAMPIRAN", lampiran_number = "NOMOR", lampiran_date = "TANGGAL", lampiran_about = "TENTANG";
    std::string nip = "NIP";                ///< "NIP." in many offices
    std::string page_number = "- {n} -";    ///< {n} is the page number
    // Peraturan (UU 12/2011 Lampiran II)
    std::string reg_number = "NOMOR";       ///< a Peraturan's number line: "NOMOR 7 TAHUN 2024"
    std::string bab = "BAB", bagian = "Bagian", paragraf = "Paragraf", pasal = "Pasal";
    /// the closing order; {sebutan} "Peraturan Bupati", {berita} the gazette named in <pengundangan>
    std::string order = "Agar setiap orang mengetahuinya, memerintahkan pengundangan {sebutan} ini dengan penempatannya dalam {berita}.";
    std::string promulgated_at = "Diundangkan di", promulgated_on = "pada tanggal";
    std::string gazette = "{berita} TAHUN {tahun} NOMOR {nomor}";  ///< printed in capitals
    std::string supplement = "TAMBAHAN {berita} NOMOR {nomor}";
    std::string noreg = "NOREG";
    std::string joint_approval = "Dengan Persetujuan Bersama", joint_and = "dan";
    std::string explanation = "PENJELASAN", explanation_of = "ATAS";
    std::string general = "I. UMUM", article_by_article = "II. PASAL DEMI PASAL";
    std::string note_ayat = "Ayat", note_huruf = "Huruf", note_angka = "Angka";
};

/// What `naskah new keputusan --gaya NAME` fills into its starter for this kind of office.
struct Starter {
    std::string kop = "Komisi Pemilihan Umum|Kabupaten …";  ///< kop lines, separated by |
    std::string issuer = "Komisi Pemilihan Umum Kabupaten …";
    std::string official = "Ketua Komisi Pemilihan Umum Kabupaten …";
    std::string number = "1/HK.03.1/0000/2024";
};

struct Conventions {
    KopForm kop = KopForm::Centred;
    bool kop_rule = false;            ///< a double rule under the kop
    bool kop_bold = true;             ///< the kop's name lines in bold
    double logo_size = 25;            ///< mm, the emblem or logo's height
    double kop_address_size = 10;     ///< pt, kop lines marked as address/contact lines
    bool official_comma = true;       ///< "BUPATI SLEMAN," above Menimbang
    bool lone_menimbang_letter = true;  ///< a single Menimbang item still gets "a."
    MenetapkanText menetapkan = MenetapkanText::Title;
    EnactmentForm enactment = EnactmentForm::TwoLines;
    bool place_upper = false;         ///< "Ditetapkan di SEMARANG"
    MonthForm month = MonthForm::Full;
    bool name_upper = true;           ///< the signer's name in capitals
    bool name_underline = false;
    bool degrees_allowed = false;     ///< academic degrees are printed (universities): no TTD-GELAR finding
    CopyLabel copy_label = CopyLabel::TopLeft;
    bool certification_one_line = false;  ///< "Kepala Bagian Hukum Setda Kabupaten Sleman," as one line
    bool certification_name_upper = true;
    bool certification_name_underline = false;
    CertificationPlace certification_place = CertificationPlace::EachSignature;
    HeadingPlace lampiran_place = HeadingPlace::Right;
    bool lampiran_instrument_line = true;  ///< "KEPUTUSAN KOMISI …" in the Lampiran heading
    bool lampiran_number_line = true;
    bool lampiran_about_line = true;       ///< TENTANG and the title (Boven Digoel 2024 prints neither)
    bool lampiran_about_alone = false;     ///< TENTANG on its own line, the title under it
    bool lampiran_underline_last = false;
    bool lampiran_colons = true;           ///< "LAMPIRAN :" (labelled form only)
    bool lampiran_signature_date = false;  ///< "Wates, 16 Desember 2015" above the Lampiran's signature
    // Peraturan
    bool menetapkan_region = true;         ///< "Menetapkan : PERATURAN BUPATI KULON PROGO TENTANG …" (else "PERATURAN BUPATI TENTANG …")
    bool gazette_centred = false;          ///< the BERITA DAERAH line centred (else at the left)
    bool body_indented = false;            ///< BAB and Pasal set in the label grid's text column, not the full width
    bool signed_mark_always = false;       ///< "ttd." in the signing space of every variant (a published gazette print)
    std::string promulgation_field = "ttd_pengundangan";  ///< the Diundangkan signature's field name
    bool signature_comma = true;           ///< "BUPATI DONGGALA," above the signing space (and the Diundangkan's)
    bool certification_comma = true;       ///< the certifier's title ends with a comma
    bool certification_mark = false;       ///< the signing mark ("ttd.") in the certifier's signing space too
    bool tembusan_lone_number = true;      ///< a Tembusan of one item still gets "1."
    /// The date in figures, "{dd}-{mm}-{yyyy}" (also {d}, {m}: without the leading zero); empty:
    /// the month by name ("19 Maret 2024", `month`).
    std::string date_form;
    PageNumberPlace page_number_place = PageNumberPlace::Top;  ///< in the top or the bottom margin (a tte copy keeps it at the top: its footer holds the BSrE statement)
};

struct HouseStyle {
    std::string name;
    std::string source;  ///< the file it came from
    std::string hash;    ///< FNV-1a of the file's bytes (batch manifests)

    // Paper (portrait dimensions; landscape pages swap them)
    double paper_width = 215, paper_height = 330;  ///< mm
    Margins portrait;
    Margins landscape{15, 15, 20, 15};

    // Type
    FontFiles font;
    double font_size = 12;       ///< pt, body text
    double line_height = 1.15;   ///< multiple of the font size
    double table_font_size = 10; ///< pt, Lampiran tables
    double kop_font_size = 14;   ///< pt
    bool hyphenate = true;
    bool justify = true;

    // Spacing (pt)
    double space_paragraph = 4;  ///< between items and paragraphs
    double space_part = 12;      ///< between parts (Menimbang, Mengingat, …)
    double space_title = 12;     ///< around the title block

    // The label grid of Menimbang / Mengingat / Memperhatikan / diktum (mm)
    double label_width = 32;   ///< "Menimbang", "KESATU"
    double colon_width = 5;    ///< ":" column
    double marker_width = 8;   ///< "a.", "1."
    double nested_marker_width = 7;

    // Closing and signature (mm)
    double signature_width = 85;      ///< the block at the right
    double signing_space = 25;        ///< height left for the signature
    std::string signature_field = "ttd_ketua";
    double certification_width = 95;  ///< "Salinan sesuai dengan aslinya" block at the left

    // Pages
    bool page_numbers = true;          ///< "- 2 -" at the top from page 2
    double page_number_edge = 8;       ///< mm: the page number's top at least this far from the paper's edge
    bool continuation_word = true;     ///< kata penyambung at the bottom right
    bool lampiran_numbers_continue = true;

    // Lampiran
    LampiranHeading lampiran_heading = LampiranHeading::Labelled;
    bool lampiran_date_line = true;
    double lampiran_heading_width = 120;  ///< mm, block at the top right
    double landscape_above = 200;         ///< mm: a table wider than this goes landscape (Auto)

    // Tables
    double cell_padding = 1.2;    ///< mm
    std::string table_continued;  ///< caption above the repeated header on later pages ("(lanjutan)"); empty: none
    double border_width = 0.5;    ///< pt
    model::WorkPlanColumns work_plan;

    // Variants
    std::string tte_statement =
        "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh "
        "Balai Sertifikasi Elektronik (BSrE), BSSN";
    double qr_size = 22;  ///< mm

    // ---- Table text sizes (issue 15; a separate block to ease merging) ----
    double table_header_font_size = 0;  ///< pt, header and column-number rows; 0: table_font_size
    double table_min_font_size = 0;     ///< pt, the least a table's text shrinks to so no word breaks; 0: no shrinking

    // Conventions and phrases (compose/)
    Conventions conv;
    Phrases phrase;
    Starter starter;

    // Drafting checks
    std::string disabled_checks;  ///< rule codes the house style switches off, space-separated
    bool last_menimbang_period = false;  ///< the last Menimbang item ends with "." instead of ";"
    bool menimbang_bahwa_capital = false;  ///< Menimbang items begin "Bahwa" (a few offices' habit)
};

/// Folder holding fonts/ and layouts/ (NASKAH_DATA_DIR, or the environment's NASKAH_DATA).
std::string data_dir();

/// Loads a house style by name ("kpu" → layouts/kpu.xml) or by file path. Errors carry file:line:col.
/// `named_at`: the decree's gaya attribute, when the decree named the style; a file that cannot
/// be read is then the decree's error, reported there (E-GAYA-BACA), not a usage error.
bool load_style(const std::string& name_or_path, HouseStyle& out, DiagnosticSink& sink, const SourcePos* named_at = nullptr);

/// Applies a decree's own settings (<konvensi>) over a loaded style; errors carry the decree's
/// file:line:col. Font settings are refused: fonts belong to the house style file.
bool apply_settings(const std::vector<model::StyleSetting>& settings, HouseStyle& s, DiagnosticSink& sink);


/// The size a table's text is set at before any fitting: header and column-number rows may be
/// smaller than the body (`tabel ukuran-kepala`).
inline double table_text_size(const HouseStyle& style, bool header)
{
    return header && style.table_header_font_size > 0 ? style.table_header_font_size : style.table_font_size;
}

}  // namespace naskah::style
