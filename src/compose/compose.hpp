// Composing: model + house style → the document's blocks with their exact words.
//
// Every word of a decree that the drafter did not type (NOMOR, TENTANG, MEMUTUSKAN:, "Ditetapkan
// di", "Salinan sesuai dengan aslinya", the Lampiran heading labels, page numbers …) is chosen
// here, from the house style's phrases and conventions, once for both writers. The PDF layout and
// the DOCX writer decide where the words go on the page; neither writes a phrase of its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"
#include "style/style.hpp"

namespace naskah::compose {

/// A value assigned at signing, left open: the PDF leaves room, the DOCX writes the signing
/// service's placeholder.
enum class Blank : std::uint8_t { None, Number, Date };

/// One paragraph of exact words. Text is in the case it was typed or given by the style;
/// `upper` asks the writer to set it in capitals (spans marked kKeepCase keep theirs), so the
/// DOCX can keep the drafter's case under Word's capitals property.
struct Line {
    model::Inline text;
    bool upper = false;
    Blank blank = Blank::None;  ///< follows the text
    bool empty() const { return text.empty() && blank == Blank::None; }
};

/// A labelled row: label | ":" | value (the Lampiran heading, the colon form of Ditetapkan).
struct Row {
    std::string label;
    Line value;
};

struct Kop {
    style::KopForm form = style::KopForm::Centred;
    std::vector<Line> lines;
    std::vector<bool> address;  ///< per line: a smaller, normal-weight contact line
    bool rule = false;
    std::string logo;  ///< path as written in the decree (resolved by the pipeline)
    SourcePos logo_pos;
};

/// "Ditetapkan di … / pada tanggal …" and the signature under it.
struct Signature {
    bool colons = false;         ///< place and date as rows with aligned colons
    std::vector<Row> place_date; ///< empty under a Lampiran
    std::vector<Line> titles;    ///< "a.n. KETUA …,", the signer's own title
    std::string mark;            ///< in the signing space: "ttd." in a copy, else empty
    bool field = false;          ///< a signature field goes in the signing space (asli, tte)
    std::string field_name;
    std::string signer;
    Line name;
    std::vector<Line> after_name;  ///< rank, NIP
};

struct Certification {
    std::vector<Line> lines;  ///< "Salinan sesuai dengan aslinya", unit, title
    std::string mark;         ///< at the foot of the signing space ("TTD" in some copies), else empty
    Line name;
    std::vector<Line> after_name;
};

struct LampiranHeading {
    bool labelled = true;        ///< label | ":" | value rows; else stacked lines
    style::HeadingPlace place = style::HeadingPlace::Right;
    std::vector<Row> rows;       ///< labelled: every row; stacked: label is the whole line, value empty
    bool underline_last = false;
    std::optional<Line> title;   ///< the Lampiran's own title, centred under the heading
};

/// A part of the label grid: Menimbang, Mengingat, Memperhatikan.
struct Part {
    std::string label;
    const std::vector<model::Item>* items = nullptr;
    model::Numbering numbering = model::Numbering::Number;
    bool markers = true;  ///< "a.", "1." before the items (a lone item has none, except per style Menimbang's "a.")
};

/// KEPUTUSAN … / NOMOR … / TENTANG / title / [DENGAN RAHMAT …] / official's line.
struct TitleBlock {
    Line instrument, number, about, title;
    std::optional<Line> rahmat;
    Line official;
};

/// PENJELASAN ATAS PERATURAN … : its heading, part headings and closing line.
struct Explanation {
    std::vector<Line> heading;   ///< PENJELASAN / ATAS / PERATURAN … / NOMOR … / TENTANG / title
    Line general;                ///< "I. UMUM"
    Line article_by_article;     ///< "II. PASAL DEMI PASAL"
    std::optional<Line> supplement;  ///< "TAMBAHAN BERITA DAERAH … NOMOR …"
};

struct Composed {
    bool regulation = false;  ///< a Peraturan: Pasal instead of diktum, Diundangkan, Penjelasan
    std::string copy_label;  ///< "SALINAN" in a copy, else empty
    style::CopyLabel copy_place = style::CopyLabel::TopLeft;
    Kop kop;
    TitleBlock title;
    std::optional<Line> opening;  ///< an Instruksi's «Dalam rangka …» sentence, before any part
    std::vector<Part> parts;
    Line decide;              ///< "MEMUTUSKAN:"; empty: none
    std::optional<Part> addressees;  ///< an Instruksi's «Kepada : 1. …», after `decide`
    std::string before_diktum;       ///< an Instruksi's «Untuk», a label alone before the diktum; empty: none
    std::string menetapkan_label;    ///< empty: no Menetapkan line (an Instruksi's, unless the drafter writes one)
    Line menetapkan;          ///< may be empty (the diktum follow at once)
    std::vector<std::string> diktum_labels;
    /// Every label the grid's label column must fit (the part labels whether present or not, so
    /// decrees of one office share one column).
    std::vector<std::string> grid_labels;
    Signature signature;            ///< under the decree, with place and date
    Signature lampiran_signature;   ///< at the end of each Lampiran
    std::optional<Certification> certification;
    bool certification_each = false;  ///< after every signature, not only at the end
    std::string tembusan_heading;
    std::vector<Line> tembusan;
    bool tembusan_numbered = true;  ///< "1.", "2." before the items (a lone item may have none)
    std::vector<LampiranHeading> lampiran;
    std::string page_number_form;   ///< "- {n} -"
    bool page_number_bottom = false;  ///< in the bottom margin (never in a tte variant: the footer is the BSrE statement's)
    // Peraturan
    std::vector<Line> joint_approval;          ///< a Perda's "Dengan Persetujuan Bersama / DPRD … / dan / BUPATI …"
    std::optional<Line> order;                 ///< "Agar setiap orang mengetahuinya, …"
    std::optional<Signature> promulgation;     ///< "Diundangkan di …" and the Sekretaris Daerah's signature
    std::vector<Line> gazette;                 ///< "BERITA DAERAH … TAHUN … NOMOR …", "NOREG …"
    bool gazette_centred = false;
    bool body_indented = false;  ///< the body in the label grid's text column
    std::optional<Explanation> explanation;
    std::string division_words[4] = {"BAB", "Bagian", "Paragraf", "Pasal"};  ///< by model::DivisionKind
    std::string note_words[3] = {"Ayat", "Huruf", "Angka"};

    /// The printed page number, e.g. "- 2 -".
    std::string page_number(int n) const;
    /// "BAB I", "Bagian Kesatu", "Paragraf 1", "Pasal 3A".
    std::string heading(const model::Division& v) const;
    /// "(1)" for an ayat, "1." for a change instruction, "" for text.
    static std::string clause_marker(const model::Clause& c);
    /// "Pasal 2", "Ayat (1)", "Huruf a", "Angka 3" in PASAL DEMI PASAL.
    std::string note_heading(const model::Note& n) const;
};

/// Composes the decree for one variant. Pure: no I/O, no fonts, no pages.
Composed compose(const model::Decree& d, const style::HouseStyle& s, model::Variant variant);

}  // namespace naskah::compose
