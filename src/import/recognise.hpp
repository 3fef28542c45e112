// Recognising a decree in a Word document: kop, title block, Menimbang/Mengingat/Memperhatikan,
// MEMUTUSKAN, diktum, signature, tembusan, certification, Lampiran with their tables.
// Nothing is dropped silently: what cannot be placed in the model is kept as a paragraph where it
// stood, or — where the model has no room for free text (the head, the signature block) — written
// as a comment at the top of the output, always with a warning naming the Word paragraph.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "import/package.hpp"
#include "import/wordml.hpp"
#include "model/model.hpp"

namespace naskah::import {

struct ImportResult {
    model::Decree decree;
    std::vector<std::string> notes;  ///< comment lines for the output file
    /// Pictures to write beside the output: file name (relative to the output's folder), bytes.
    std::vector<std::pair<std::string, std::string>> images;
    /// What the document looks like, for choosing a house style.
    bool lampiran_labelled = true;
    bool lampiran_date_line = true;
    /// the decision line as typed, reduced to its form: "MEMUTUSKAN:", "MEMUTUSKAN :",
    /// "MEMUTUSKAN" (no colon); empty when the document has none
    std::string decision_line;
    /// the kop's name lines: 1 all bold, 0 none bold, -1 mixed, -2 none met
    int kop_bold = -2;
    /// the label of the signer's NIP line as typed, "NIP" or "NIP."; empty when there is none
    std::string nip_label;
    /// the certification: 1 its office on a line of its own over the title, -1 not told (no
    /// office line); its name shown in capitals 1, in mixed case 0, -1 no certification
    int certification_office_line = -1;
    int certification_name_upper = -1;
};

struct RecogniseOptions {
    std::string image_stem = "gambar";  ///< pictures are named <stem>-logo.png, <stem>-gambar-2.png, …
};

/// Builds the decree from a parsed document. False (with an E-IMPOR-STRUKTUR error) only when
/// not even the title block (NOMOR …) can be found.
bool recognise(const WDocument& doc, const Package& pkg, const RecogniseOptions& options, ImportResult& out, DiagnosticSink& sink);

/// Helpers exposed for the unit tests.
namespace detail {
struct Marker {
    bool found = false;
    model::Numbering kind = model::Numbering::Number;
    std::string text;       ///< as typed: "a.", "1.", "-", "(2)"
    std::size_t end = 0;    ///< byte offset just past the marker and its following blank
};
/// A typed list marker at the start of `text` (after blanks): "a." / "1." / "a)" / "(1)" / "-" /
/// "•", followed by a tab or a space.
Marker typed_marker(std::string_view text);
/// "17 Januari 2022" → date; false when it is not a date.
bool parse_date_id(std::string_view text, model::Date& out);
/// The document's running text, indexed once for recasing capitals.
class CaseIndex {
public:
    explicit CaseIndex(std::string_view corpus);
    std::string recase(std::string_view upper) const;

private:
    std::string corpus_, upper_;
    std::map<std::string, std::map<std::string, int>> seen_;  ///< upper-cased word → spellings seen, counted
};
/// Normal case for text a house style prints in capitals, from how the words appear elsewhere in
/// the document (`corpus`), else Indonesian title case.
std::string recase(std::string_view upper, std::string_view corpus);
/// The word of a decision line in capitals, however it is spaced: "MEMUTUSKAN" for "M E M U T U S
/// K A N :", "MENGINSTRUKSIKAN" for an Instruksi's; empty when the line holds anything else.
std::string decision_word(std::string_view text);
/// Whether a line is MEMUTUSKAN in any of its forms ("MEMUTUSKAN:", "M E M U T U S K A N :").
bool is_memutuskan(std::string_view text);
/// Whether a line opens an Instruksi's body: MENGINSTRUKSIKAN in any of its forms.
bool is_menginstruksikan(std::string_view text);
/// A Peraturan's division heading standing alone on its line: "BAB IV", "Bagian Kesatu",
/// "Paragraf 2", "Pasal 3A", "Pasal I" (any case). `number` as typed, a Bagian's ordinal as
/// naskah writes it ("Kedua belas"); `rest` is text after a BAB's number ("BAB I KETENTUAN UMUM").
bool division_heading(std::string_view text, model::DivisionKind& kind, std::string& number, std::string* rest = nullptr);
/// A note heading of PASAL DEMI PASAL: "Pasal 2", "Ayat (1)", "Huruf a", "Angka 3" (any case).
bool note_heading(std::string_view text, model::Note::Kind& kind, std::string& number);
/// An amending regulation's change instruction: "Ketentuan Pasal 3 diubah …", "Di antara Pasal 3
/// dan Pasal 4 disisipkan …", "Pasal 6 dihapus." (the text after its number).
bool change_instruction(std::string_view text);
/// "Agar setiap orang mengetahuinya, memerintahkan pengundangan {sebutan} ini dengan penempatannya
/// dalam {berita}.": false when the sentence has another form.
bool closing_order(std::string_view text, std::string& short_name, std::string& gazette);
}  // namespace detail

}  // namespace naskah::import
