// What every rule needs: the decree, the options, a way to report, and positions inside text.
//
// The model keeps where each run of text starts, but not where each word is, and the reader has
// collapsed whitespace and decoded entities. A Text remembers which source anchor each stretch of
// its plain string came from; Context::at() walks the raw file from that anchor to find the
// line and column of any offset.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "check/checks.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

/// How a stretch of text sits in the source: as an element's text node, as everything inside an
/// element's start tag's '>' (plain-text elements), or inside an attribute value.
enum class Anchor : std::uint8_t { TextNode, ElementContent, Attribute };

/// Plain text of one paragraph (or one metadata value) with the way back to the source.
struct Text {
    struct Seg {
        std::size_t begin = 0, end = 0;  ///< byte range in `s`
        SourcePos pos;
        Anchor anchor = Anchor::TextNode;
        std::uint8_t style = 0;  ///< model::StyleFlags of the run
    };
    std::string s;
    std::vector<Seg> segs;
    SourcePos pos;  ///< where the paragraph starts; the fallback position
    bool table_cell = false;  ///< set by all_texts() for the text of a table cell
    /// set by all_texts() for the text of a Pasal, BAB … quoted in a change instruction, whose
    /// heading ("Pasal 3", where the quote opens) the format writes itself
    bool quoted_division = false;
    /// set by all_texts() for a list item's paragraph that ends with "." where the list's other
    /// items (but the last) end with ";"
    bool stop_mid_list = false;
    /// set by all_texts() for a list item's paragraph that ends with no mark at all where the
    /// list's other items (but the last) end with ";"
    bool open_mid_list = false;
    /// set by all_texts() for a list item's paragraph that ends with ":" (and holds no list) where
    /// the list's other items (but the last) end with ";"
    bool colon_mid_list = false;
    /// set by all_texts() for a list item's paragraph that ends with "," where the list's other
    /// items (but the last) end with ";"
    bool comma_mid_list = false;
    /// set by all_texts() for a list item's paragraph that ends with no mark at all where the
    /// list's other items (but the last) end with "." (definitions, UU 12/2011 Lampiran II)
    bool open_mid_stops = false;
    /// set by all_texts() for the last item's paragraph of a list whose other items all end with
    /// ";" when it ends with no mark at all (a list closes its sentence with "." or goes on with ";")
    bool open_list_end = false;
    /// set by all_texts() for the last paragraph of a Pasal's text or an ayat when it ends with ":"
    /// and no list, table or quoted text follows it there
    bool colon_end = false;

    bool empty() const { return s.empty(); }
    /// Style flags at a byte offset (italic runs hold foreign words).
    std::uint8_t style_at(std::size_t offset) const;
};

Text make_text(const model::Inline& in);
Text make_text(std::string s, const SourcePos& pos, Anchor anchor);

/// First and last paragraph of a list of blocks, descending into lists (an item that ends in a
/// list ends where its last sub-item ends).
const model::Inline* first_paragraph(const std::vector<model::Block>& blocks);
const model::Inline* last_paragraph(const std::vector<model::Block>& blocks);
/// All text of the blocks, paragraphs joined by one space.
std::string blocks_plain(const std::vector<model::Block>& blocks);

class Context {
public:
    Context(const model::Decree& decree, const CheckOptions& options, DiagnosticSink& sink);

    const model::Decree& decree;
    const CheckOptions& options;
    const style::HouseStyle* style;  ///< may be null: defaults apply
    bool english = false;

    // ---- the house style's conventions, read only through these (src/style/ is growing them) ----
    /// The last Menimbang item ends with "." rather than ";" (periksa.menimbang-akhir-titik).
    bool convention_last_menimbang_period() const { return style && style->last_menimbang_period; }
    /// Menimbang items begin "Bahwa" (periksa.menimbang-bahwa-kapital).
    bool convention_menimbang_bahwa_capital() const { return style && style->menimbang_bahwa_capital; }
    /// The office prints academic degrees in the signature (tanda-tangan.gelar): no TTD-GELAR finding.
    bool convention_degrees_allowed() const { return style && style->conv.degrees_allowed; }

    bool enabled(std::string_view code) const;
    /// Reports under `code` with the catalogue's severity; the message in the options' language.
    void report(std::string_view code, const SourcePos& pos, const std::string& id, const std::string& en,
                const std::string& hint_id = {}, const std::string& hint_en = {});
    /// Same as report(), as a warning whatever the catalogue says: a variant the house style does
    /// not declare, where the rule's error is for what makes the instrument wrong (issue 13).
    void report_warning(std::string_view code, const SourcePos& pos, const std::string& id, const std::string& en,
                        const std::string& hint_id = {}, const std::string& hint_en = {});
    /// Same with a hint "maksud Anda: a, b?" built from suggestions (none: no hint).
    void report_suggest(std::string_view code, const SourcePos& pos, const std::string& id, const std::string& en,
                        const std::vector<std::string>& suggestions);

    /// Source position of a byte offset in a Text.
    SourcePos at(const Text& t, std::size_t offset) const;
    /// The input's bytes, or empty when they cannot be read.
    const std::string& raw() const { return raw_; }

    /// Called for each whitespace run of the source inside a segment that the text shows as one
    /// space: where it starts in raw(), its length in bytes, and the text offset of that space.
    using WhitespaceFn = std::function<void(std::size_t raw_begin, std::size_t raw_len, std::size_t text_offset)>;
    /// Walks the source behind one segment up to text offset `target` (npos: to the segment's end)
    /// and returns the raw offset reached; npos when the source is unavailable or does not match.
    std::size_t walk(const Text& t, const Text::Seg& seg, std::size_t target, const WhitespaceFn* ws) const;
    SourcePos pos_of_raw(std::size_t offset, const std::string& file) const;
    /// Position of attribute `name` in the start tag at `element` (the model keeps only the
    /// element's for some attributes); the element's position when not found.
    SourcePos attribute_pos(const SourcePos& element, const std::string& name) const;

    /// all_texts() of the decree, built once for every rule that reads them all.
    const std::vector<Text>& texts();
    /// text::tokenize(t.s), kept per text of texts() (several rules read the same tokens); a text
    /// from elsewhere is tokenised afresh into a buffer that lives as long as the Context.
    const std::vector<text::Token>& tokens(const Text& t);
    /// The word tokens of tokens(t) (text::words(t.s)); a copy, not kept.
    std::vector<text::Token> words(const Text& t);

private:
    std::vector<Text> texts_;
    bool texts_built_ = false;
    std::vector<std::vector<text::Token>> tokens_;  ///< per text of texts_; empty until asked
    std::vector<bool> tokenised_;
    std::deque<std::vector<text::Token>> other_tokens_;     ///< tokens of texts not in texts_ (a deque: references stay valid)
    std::size_t cached_index(const Text& t);                ///< its index in texts_ (tokenised), or npos

    DiagnosticSink& sink_;
    void emit(std::string_view code, Severity severity, const SourcePos& pos, const std::string& id, const std::string& en,
              const std::string& hint_id, const std::string& hint_en);
    std::vector<std::string> disabled_exact_;
    std::vector<std::string> disabled_prefix_;
    std::string own_raw_;     ///< the file's bytes when the caller gave none
    const std::string& raw_;  ///< options.source_text, or own_raw_
    std::vector<std::size_t> line_starts_;

    std::size_t seg_start(const Text::Seg& seg) const;
};

// ---- rule groups: rules_parts.cpp, rules_meta.cpp, rules_place.cpp, rules_workplan.cpp, rules_text.cpp, rules_peraturan.cpp, rules_capitals.cpp

void check_menimbang(Context& cx);
void check_mengingat(Context& cx);
void check_memperhatikan(Context& cx);
void check_diktum(Context& cx);
void check_signature(Context& cx);
void check_numbering(Context& cx);
void check_consistency(Context& cx);
void check_place(Context& cx);
void check_work_plan(Context& cx);
void check_text(Context& cx);
void check_peraturan(Context& cx);  ///< rules_peraturan.cpp: a Peraturan's body
void check_capitals(Context& cx);   ///< rules_capitals.cpp: KAPITAL
void check_drafting(Context& cx);   ///< rules_drafting.cpp: RUJUKAN, TANDA-BACA, KUTIPAN-SALAH
void check_citations(Context& cx);  ///< rules_citations.cpp: MEMPERHATIKAN-JENIS, MENGINGAT-KURANG, a decree's citations as a whole
void check_cited_titles(Context& cx);  ///< rules_cited_titles.cpp: MENGINGAT-JUDUL
void check_amendment_titles(Context& cx);  ///< rules_amendment_titles.cpp: KAPITAL for «Perubahan Atas» since UU 12/2011
void check_sentence_numbers(Context& cx);  ///< rules_numbers.cpp: BILANGAN, a number opening a sentence
void check_dates(Context& cx);  ///< rules_dates.cpp: TANGGAL-FORMAT, a date in the text written as PUEBI writes it
void check_area_names(Context& cx);  ///< rules_area_names.cpp: NAMA-WILAYAH, a region's name one letter off the official list
void check_doubled_marks(Context& cx);  ///< rules_marks.cpp: TANDA-BACA, a mark typed twice («,,», «..»)

/// Every paragraph of the decree a drafter typed, in reading order.
std::vector<Text> all_texts(const model::Decree& d);

}  // namespace naskah::check
