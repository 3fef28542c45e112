// House styles (gaya): paper, margins, fonts, sizes and conventions, loaded from layouts/*.xml.
//
// Data, not code: a secretariat changes its margins or font without a new build. Every renderer
// (the PDF layout and the DOCX writer) reads the same HouseStyle, so they agree on widths.
#pragma once

#include <cstdint>
#include <string>

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

    // Drafting checks
    std::string disabled_checks;  ///< rule codes the house style switches off, space-separated
    bool last_menimbang_period = false;  ///< the last Menimbang item ends with "." instead of ";"
};

/// Folder holding fonts/ and layouts/ (NASKAH_DATA_DIR, or the environment's NASKAH_DATA).
std::string data_dir();

/// Loads a house style by name ("kpu" → layouts/kpu.xml) or by file path. Errors carry file:line:col.
bool load_style(const std::string& name_or_path, HouseStyle& out, DiagnosticSink& sink);


}  // namespace naskah::style
