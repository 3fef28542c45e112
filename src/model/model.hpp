// The typed model of a decree (Keputusan) and its appendices (Lampiran).
//
// Plain data: it knows nothing of pages, fonts or file formats. Text is stored once, in the case
// the drafter typed it; layouts upper-case where convention demands. Every element keeps the
// place it came from so later stages (checks, table resolution, glyph lookup) can point at it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/diagnostic.hpp"

namespace naskah::model {

/// Inline style flags; combine with |.
enum StyleFlags : std::uint8_t {
    kPlain = 0,
    kItalic = 1,
    kBold = 2,
    kUnderline = 4,
    kKeepCase = 8,  ///< keeps its own case where the style sets text in capitals ("APLIKASI eKinerja")
};

/// A run of text in one style. A run with `line_break` set carries no text and forces a new line.
struct Span {
    std::string text;  ///< UTF-8, whitespace already collapsed to single spaces
    std::uint8_t style = kPlain;
    bool line_break = false;
    SourcePos pos;  ///< where the run starts in the input (for glyph errors)
};

/// Inline content: a sequence of runs forming one paragraph's text.
struct Inline {
    std::vector<Span> spans;
    SourcePos pos;

    bool empty() const;
    /// Text without styles; line breaks become a single space.
    std::string plain() const;
    static Inline from_text(std::string text, SourcePos pos = {});
};

enum class Numbering : std::uint8_t {
    Letter,  ///< a. b. c.
    Number,  ///< 1. 2. 3.
    Bullet,  ///< •
    Dash,    ///< -
    None,    ///< items without markers
};

struct Item;

/// A nested list (daftar) inside an item, a diktum or a cell.
struct ListBlock {
    Numbering numbering = Numbering::Number;
    std::vector<Item> items;
    SourcePos pos;
};

/// A paragraph or a list. Exactly one of the two is meaningful, told by `is_list`.
struct Block {
    bool is_list = false;
    Inline paragraph;
    ListBlock list;
};

/// A list item (butir): one or more blocks. `label` overrides the automatic marker.
struct Item {
    std::string label;
    std::vector<Block> blocks;
    SourcePos pos;
};

struct Date {
    int year = 0, month = 0, day = 0;
    bool valid() const { return year > 0; }
    std::string iso() const;
};

enum class Variant : std::uint8_t { Asli, Salinan, Tte };
const char* variant_name(Variant v);

/// The person who signs. With a delegation (a.n.), `own_title` is the signer's own office,
/// printed under the delegating official's title.
struct Signer {
    std::string name;
    std::string delegation;  ///< "", "a.n.", "Plt.", "Plh."
    std::string own_title;
    std::string title;       ///< title printed at the signature when it differs from <pejabat> ("Rektor")
    std::string rank;        ///< pangkat, a line under the name
    std::string nip;         ///< a line under the name, after the style's "NIP" phrase
    SourcePos pos;
};

/// The "Salinan sesuai dengan aslinya" block of a certified copy.
struct Certification {
    std::string office;  ///< certifying unit, e.g. "Sekretariat Komisi Pemilihan Umum Kabupaten Malang"
    std::string title;   ///< certifier's office, e.g. "Sekretaris"
    std::string name;
    std::string nip;  ///< optional
    SourcePos pos;
};

/// "Diundangkan di …": the promulgation of a Peraturan in the regional or state gazette.
struct Promulgation {
    std::string place;
    SourcePos place_pos;
    std::optional<Date> date;  ///< nullopt: assigned at promulgation
    SourcePos date_pos;
    std::string official;      ///< "Sekretaris Daerah Kabupaten Kulon Progo"
    SourcePos official_pos;
    Signer signer;
    std::string gazette;       ///< "Berita Daerah Kabupaten Kulon Progo"
    std::string year;          ///< of the gazette; default the date's year
    std::string number;        ///< in the gazette; empty: assigned at promulgation
    std::string supplement;    ///< Tambahan … Nomor (Perda with a Penjelasan)
    std::string noreg;         ///< Perda register line, as printed after "NOREG …"
    bool order = true;         ///< "Agar setiap orang mengetahuinya, memerintahkan pengundangan …"
    SourcePos pos;
};

struct Metadata {
    std::vector<Inline> kop_lines;  ///< institution heading, one entry per line
    std::vector<bool> kop_address;  ///< per kop line: an address/contact line (normal case, smaller)
    std::string logo_path;          ///< optional, resolved relative to the input file
    SourcePos logo_pos;
    std::string kind = "Keputusan";  ///< jenis naskah
    std::string issuer;              ///< penerbit: "Komisi Pemilihan Umum Kabupaten Malang"
    SourcePos issuer_pos;
    std::optional<std::string> number;  ///< nullopt: assigned at signing (placeholder)
    SourcePos number_pos;
    Inline title;  ///< tentang
    std::string official;  ///< pejabat: "Ketua Komisi Pemilihan Umum Kabupaten Malang"
    SourcePos official_pos;
    std::optional<std::string> official_line;  ///< the line above Menimbang when it differs from <pejabat>
    std::string place;  ///< tempat penetapan
    SourcePos place_pos;
    std::optional<Date> date;  ///< nullopt: assigned at signing (placeholder)
    SourcePos date_pos;
    Signer signer;
    std::optional<Certification> certification;
    std::vector<Inline> tembusan;
    bool rahmat = false;  ///< "DENGAN RAHMAT TUHAN YANG MAHA ESA"
    Variant variant = Variant::Asli;
    std::string verification;  ///< text the TTE QR code encodes
    SourcePos verification_pos;
    std::string short_name;    ///< "Peraturan Bupati": the instrument as "… ini" names it; empty: derived
    std::optional<Promulgation> promulgation;  ///< Peraturan
    /// A Perda's "Dengan Persetujuan Bersama DPRD … dan BUPATI …": the council, the regional head
    std::optional<std::pair<std::string, std::string>> joint_approval;
    SourcePos joint_approval_pos;
};

/// An operative clause. `label` empty means KESATU, KEDUA, … by position.
struct Diktum {
    std::string label;
    std::vector<Block> blocks;
    SourcePos pos;
};

// ---------------------------------------------------------------------------------------------
// Tables

struct ColumnWidth {
    enum class Kind : std::uint8_t { Fixed, Relative, Auto };
    Kind kind = Kind::Auto;
    double value = 0;  ///< millimetres for Fixed, share for Relative
    SourcePos pos;
};

enum class HAlign : std::uint8_t { Left, Center, Right, Justify };
enum class VAlign : std::uint8_t { Top, Middle, Bottom };

// ---- Table drawing (issue 15): rules, column formats, repeated rows ----
/// One rule of a table edge; Inherit leaves it to the column, then the table.
enum class LineStyle : std::uint8_t { Inherit, None, Single, Double };
/// Which rules a table draws by default (`<tabel garis>`).
enum class TableRules : std::uint8_t {
    All,      ///< semua: every cell edge
    None,     ///< tanpa: no rules (role lists)
    Frame,    ///< bingkai: the outer frame only
    Columns,  ///< kolom: frame, the header's rules and column rules; no rules between body rows
};
/// What a column says about its cells (`<kolom rata garis-kiri>`).
struct ColumnFormat {
    std::optional<HAlign> halign;  ///< nullopt: the table's default
    bool numbers = false;          ///< rata="angka": right-aligned figures that never break
    LineStyle rule_left = LineStyle::Inherit;
    SourcePos pos;
};

struct Cell {
    std::vector<Block> blocks;
    int colspan = 1;
    int rowspan = 1;
    std::optional<HAlign> halign;  ///< nullopt: the table's default
    VAlign valign = VAlign::Top;
    std::optional<std::uint32_t> fill;  ///< 0xRRGGBB
    bool mark = false;  ///< a schedule mark (work-plan month), drawn per house style
    bool bold = false;
    LineStyle rule_top = LineStyle::Inherit, rule_bottom = LineStyle::Inherit;
    LineStyle rule_left = LineStyle::Inherit, rule_right = LineStyle::Inherit;
    bool repeat_text = false;  ///< a row span printing its text again on each continuation page
    SourcePos pos;
};

struct Row {
    std::vector<Cell> cells;
    bool group = false;           ///< full-width group row (section row); kept with the next row
    bool keep_with_next = false;
    bool repeat = true;           ///< a header row printed again on every continuation page
    SourcePos pos;
};

struct Table {
    std::vector<ColumnWidth> columns;
    std::vector<Row> header;  ///< repeated on every page
    std::vector<Row> body;
    bool column_numbers = false;  ///< a 1, 2, 3 … row after the header
    bool column_numbers_repeat = true;  ///< the column-number row printed again on continuation pages
    HAlign default_halign = HAlign::Left;
    TableRules rules = TableRules::All;
    std::vector<ColumnFormat> column_format;  ///< one per column, or empty (all defaults)
    SourcePos pos;
};

// ---------------------------------------------------------------------------------------------
// Work plan (rencana kerja)

struct SubActivity {
    Inline text;       ///< sub kegiatan
    Inline indicator;  ///< indikator keberhasilan
    Inline remark;     ///< ket.
    std::uint16_t months = 0;  ///< bit (m-1) set when month m is scheduled
    std::vector<Inline> extra;  ///< one per WorkPlan::extra_columns
    SourcePos pos;
    SourcePos months_pos;
};

struct Activity {
    Inline name;
    std::vector<SubActivity> subs;
    SourcePos pos;
};

struct Section {
    Inline title;
    std::vector<Activity> activities;
    SourcePos pos;
};

struct ExtraColumn {
    std::string heading;
    ColumnWidth width;
    SourcePos pos;
};

struct WorkPlan {
    std::vector<ExtraColumn> extra_columns;  ///< placed before KET
    std::vector<Section> sections;
    SourcePos pos;
};

/// A heading of a prose Lampiran ("BAB I", "PENDAHULUAN", "A. Latar Belakang"), bold.
struct Heading {
    Inline text;
    HAlign align = HAlign::Center;
    SourcePos pos;
};

/// An image in a Lampiran (an organisation chart), scaled to `width_mm` or to the text width and
/// never taller than a page. The reader's file check fills in what the file says.
struct Figure {
    std::string path;      ///< as written in berkas="…"
    std::string resolved;  ///< beside the decree
    double width_mm = 0;   ///< 0: the text width
    bool jpeg = false;     ///< else PNG
    std::uint32_t pixel_width = 0, pixel_height = 0;
    SourcePos pos;
};

using LampiranBlock = std::variant<Block, Table, WorkPlan, Heading, Figure>;

enum class Orientation : std::uint8_t { Auto, Portrait, Landscape };

/// A sheet size in millimetres, portrait (width < height).
struct Paper {
    double width = 0, height = 0;
};

struct Lampiran {
    Inline title;
    Orientation orientation = Orientation::Auto;
    std::optional<Paper> paper;  ///< `kertas`: this Lampiran's sheet; nullopt: the house style's
    bool sideways = false;       ///< `putar="ya"`: landscape pages printed sideways on a portrait sheet
    std::vector<LampiranBlock> content;
    SourcePos pos;
};

// ---------------------------------------------------------------------------------------------
// Peraturan (regulation): the body of BAB, Bagian, Paragraf and Pasal (UU 12/2011 Lampiran II)

enum class Instrument : std::uint8_t { Keputusan, Peraturan };

struct Division;

/// A piece of a Pasal: plain text (paragraphs, lists), a numbered ayat, or, in an amending
/// regulation, a numbered change instruction with the amended text it quotes.
struct Clause {
    enum class Kind : std::uint8_t { Text, Ayat, Change };
    Kind kind = Kind::Text;
    std::string number;         ///< ayat "1", "1a" (printed "(1)"); change "1" (printed "1."); generated unless given
    bool number_given = false;
    std::vector<Block> blocks;  ///< the text; for a change, its instruction
    std::vector<Division> quoted;   ///< change: the amended Pasal, BAB … as they will read
    std::vector<Clause> quoted_clauses;  ///< change: an amended ayat or text without its Pasal
    SourcePos pos;
};

enum class DivisionKind : std::uint8_t { Bab, Bagian, Paragraf, Pasal };

/// BAB, Bagian and Paragraf group Pasal under a heading; a Pasal holds the clauses.
struct Division {
    DivisionKind kind = DivisionKind::Pasal;
    std::string number;  ///< as printed after the word: "I", "Kesatu", "1", "3A"; generated unless given
    bool number_given = false;
    Inline title;                    ///< BAB, Bagian, Paragraf
    std::vector<Division> children;  ///< BAB: Bagian or Pasal; Bagian: Paragraf or Pasal; Paragraf: Pasal
    std::vector<Clause> clauses;     ///< Pasal
    SourcePos pos;
};

/// One note of PASAL DEMI PASAL: "Pasal 2" with its text, or "Ayat (1)", "Huruf a" under it.
struct Note {
    enum class Kind : std::uint8_t { Pasal, Ayat, Huruf, Angka };
    Kind kind = Kind::Pasal;
    std::string number;
    std::vector<Block> blocks;
    std::vector<Note> notes;  ///< Pasal: its ayat, huruf, angka notes
    SourcePos pos;
};

struct Penjelasan {
    std::vector<Block> general;  ///< I. UMUM
    std::vector<Note> pasal;     ///< II. PASAL DEMI PASAL
    SourcePos pos;
};

/// A house-style setting the decree overrides for itself (<konvensi> in <kepala>), e.g.
/// bagian.memutuskan = "MEMUTUSKAN :". Checked and applied by the style stage.
struct StyleSetting {
    std::string key;  ///< group.attribute, as in layouts/*.xml
    std::string value;
    SourcePos pos;
};

struct Decree {
    std::string source_file;
    Instrument instrument = Instrument::Keputusan;
    Metadata meta;
    /// An Instruksi's opening sentence in place of Menimbang («Dalam rangka …, dengan ini
    /// menginstruksikan:»): it carries the instructing verb, so no decision line follows.
    std::optional<Inline> opening;
    std::vector<Item> menimbang;  ///< required, except in an Instruksi opened by `opening`
    std::vector<Item> mengingat;
    std::vector<Item> memperhatikan;
    /// An Instruksi's addressees («Kepada : 1. …»), after MENGINSTRUKSIKAN and before the diktum
    std::vector<Item> kepada;
    std::optional<Inline> menetapkan;  ///< the drafter's own Menetapkan text; empty Inline: none
    std::vector<Diktum> diktum;   ///< Keputusan
    std::vector<Division> body;   ///< Peraturan: BAB, Bagian, Paragraf, Pasal
    std::optional<Penjelasan> penjelasan;
    std::vector<Lampiran> lampiran;
    std::string layout_name;  ///< house style named in the file (gaya), may be empty; a path is taken from the input's folder
    SourcePos layout_pos;     ///< of the gaya attribute
    std::vector<StyleSetting> style_settings;  ///< the decree's own conventions, over the house style's
    std::vector<std::string> disabled_checks;  ///< rule codes switched off for this file (abaikan-periksa)
    SourcePos pos;
};

// ---------------------------------------------------------------------------------------------
// Derived text, shared by every renderer so PDF and DOCX say the same words.

/// "17 Januari 2022", from ICU's Indonesian date format.
std::string format_date_id(const Date& d, bool short_month = false);
/// "kesatu" → caller upper-cases; ICU %spellout-ordinal in the id locale.
std::string ordinal_id(int n);
/// Upper-case with ICU's Indonesian rules.
std::string upper_id(std::string_view s);
/// Roman numeral for section and Lampiran numbering (1 → "I").
std::string roman(int n);
/// Label of the n-th (0-based) diktum: explicit or KESATU, KEDUA, …
std::string diktum_label(const Decree& d, std::size_t index);
/// Marker of the n-th (0-based) item of a list: "a.", "1.", "•", "-".
std::string list_marker(Numbering numbering, std::size_t index);
/// True for an Instruksi (jenis «Instruksi», any case): it instructs addressees instead of deciding.
bool is_instruksi(const Metadata& m);
/// "Keputusan Komisi Pemilihan Umum Kabupaten Malang" (normal case).
std::string decree_heading(const Metadata& m);
/// "Peraturan Bupati" for "Peraturan" by "Bupati Kulon Progo": the given short name, or the kind
/// and the office without its region.
std::string short_instrument(const Metadata& m);
/// True when a Peraturan amends another: a Pasal of its body holds change instructions.
bool is_amendment(const Decree& d);
/// Fills the numbers not given: BAB I, II …; Bagian Kesatu …; Paragraf 1 … (both restart under
/// their parent); Pasal 1 … across the whole body, I, II … in an amending regulation; ayat (1) …
/// and change instructions 1. … within a Pasal. Pasal quoted in a change keep their own numbers.
void number_body(Decree& d);
/// Every Pasal of the body in reading order (not those quoted in change instructions).
std::vector<const Division*> body_pasal(const Decree& d);
/// Months as "1-3,7".
std::string months_text(std::uint16_t months);

/// Column widths the work-plan table uses; comes from the house style.
struct WorkPlanColumns {
    ColumnWidth no, kegiatan, sub, indikator, month, ket;
    std::uint32_t month_fill = 0xBFBFBF;
    bool month_mark = false;  ///< draw a mark too, for black-and-white copies
    bool upper_section_titles = true;
};

/// Expands the semantic work plan into the generic table it stands for: NO | KEGIATAN | SUB
/// KEGIATAN | INDIKATOR KEBERHASILAN | PELAKSANAAN (BULAN) 1…12 | [extra…] | KET.
Table expand_work_plan(const WorkPlan& plan, const WorkPlanColumns& cols);
/// The columns of that table, without building its rows.
std::vector<ColumnWidth> work_plan_columns(const WorkPlan& plan, const WorkPlanColumns& cols);

/// The same table a piece at a time, for the table engine: each piece holds the columns, the
/// header rows and the body rows of whole activities, about `rows` of them (a piece never ends
/// on a section row, which is kept with the row after it). The pieces' body rows, in order, are
/// expand_work_plan's.
class WorkPlanPieces {
public:
    WorkPlanPieces(const WorkPlan& plan, const WorkPlanColumns& cols) : plan_(plan), cols_(cols) {}
    /// The next piece, valid until the next call; null when the plan is done. The first call
    /// always gives a piece (the header alone for an empty plan).
    const Table* next(std::size_t rows);
    /// Whether the piece last given was the last.
    bool done() const;
    void restart();
    /// Rows of the whole table: header and body.
    std::size_t total_rows() const;

private:
    const WorkPlan& plan_;
    const WorkPlanColumns& cols_;
    Table piece_;
    std::size_t section_ = 0, activity_ = 0;
    bool section_row_done_ = false, started_ = false;
};

}  // namespace naskah::model
