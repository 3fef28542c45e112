// Numbers written wrong.
//
// BILANGAN: a number that opens a sentence is written in words (PUEBI / EYD V, "Penulisan Angka
// dan Bilangan": "Bilangan pada awal kalimat ditulis dengan huruf", e.g. "Lima puluh siswa …", not
// "50 siswa …"). Judged where a sentence certainly begins: the first paragraph of a diktum, a Pasal
// or an ayat (not a list item, whose label the format writes and whose text may be a phrase, nor a
// table cell). Only the drafting form "3 (tiga) …" is taken, a count whose words are there already,
// so a date or a year that opens a paragraph is left alone.
#include <optional>
#include <string>
#include <string_view>

#include "check/context.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

namespace {

/// The words of "N (words) …" at the start of `s`, or "" when it does not start so.
std::string_view count_in_words(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == 0 || i > 12 || s.substr(i, 2) != " (") return {};
    const std::size_t open = i + 2, close = s.find(')', open);
    if (close == std::string_view::npos || close == open) return {};
    const std::string_view words = s.substr(open, close - open);
    for (char c : words)
        if (!(c >= 'a' && c <= 'z') && c != ' ') return {};
    if (close + 1 >= s.size() || s[close + 1] != ' ') return {};  // "3 (tiga)" alone: a value, not a sentence
    return words;
}

void check_paragraph(Context& cx, const model::Inline& in)
{
    const Text t = make_text(in);
    const std::string_view words = count_in_words(t.s);
    if (words.empty()) return;
    const std::size_t digits = t.s.find(' ');
    const std::string number = t.s.substr(0, digits);
    const std::string fixed = text::capitalise(std::string(words));
    cx.report("BILANGAN", cx.at(t, 0),
              "bilangan «" + number + "» membuka kalimat: ditulis dengan huruf (PUEBI), «" + fixed + " …»",
              "the number «" + number + "» opens a sentence: it is written in words (PUEBI), «" + fixed + " …»",
              "maksud Anda: " + fixed + " …?", "did you mean: " + fixed + " …?");
}

/// The first paragraph of the blocks when they start with one (not with a list).
void check_first(Context& cx, const std::vector<model::Block>& blocks)
{
    if (!blocks.empty() && !blocks.front().is_list) check_paragraph(cx, blocks.front().paragraph);
}

void check_division(Context& cx, const model::Division& d)
{
    for (const auto& child : d.children) check_division(cx, child);
    for (const auto& clause : d.clauses) {
        if (clause.kind == model::Clause::Kind::Change) continue;  // the quoted text is another act's
        check_first(cx, clause.blocks);
    }
}

/// The Roman numeral "la", "IlIa", "lV/b" typed with a lower-case L for the capital I, or nullopt.
std::optional<std::string> roman_with_l(std::string_view w)
{
    std::size_t n = 0;
    bool has_l = false;
    for (; n < w.size() && (w[n] == 'I' || w[n] == 'l' || w[n] == 'V' || w[n] == 'X'); ++n)
        if (w[n] == 'l') has_l = true;
    if (!has_l || n == 0) return std::nullopt;
    std::string_view rest = w.substr(n);  // a grade's letter: "IIIa", "III/a", "III.a"
    if (!rest.empty() && (rest[0] == '/' || rest[0] == '.')) rest.remove_prefix(1);
    if (rest.size() > 1 || (rest.size() == 1 && (rest[0] < 'a' || rest[0] > 'e'))) return std::nullopt;
    std::string fixed(w);
    for (std::size_t i = 0; i < n; ++i)
        if (fixed[i] == 'l') fixed[i] = 'I';
    return fixed;
}

/// EJAAN: a Roman numeral after "eselon" or "golongan" typed with a lower-case L for the capital I
/// ("eselon la", "eselon IlIa" for Ia, IIIa; Keputusan Presiden 9/2004): the two look alike in
/// many fonts, so the slip survives proofreading, but it is no numeral and a reader of the text
/// layer (a search, a screen reader) gets "la".
void check_roman_with_l(Context& cx)
{
    for (const Text& t : cx.texts()) {
        const std::string_view s = t.s;
        for (std::size_t i = 0; i < s.size();) {
            const std::size_t sp = s.find(' ', i);
            if (sp == std::string_view::npos) break;
            const std::string_view before = s.substr(i, sp - i);
            i = sp + 1;
            if (!text::same_ignoring_case(before, "eselon") && !text::same_ignoring_case(before, "golongan")) continue;
            std::size_t end = i;
            while (end < s.size() && s[end] != ' ' && s[end] != ',' && s[end] != ';' && s[end] != ')') ++end;
            std::string_view w = s.substr(i, end - i);
            if (!w.empty() && w.back() == '.') w.remove_suffix(1);  // the sentence's full stop
            const auto fixed = roman_with_l(w);
            if (!fixed) continue;
            cx.report("EJAAN", cx.at(t, i), "«" + std::string(w) + "» sesudah «" + std::string(before) + "»: angka Romawi ditulis dengan huruf I kapital, «" + *fixed + "»",
                      "«" + std::string(w) + "» after «" + std::string(before) + "»: a Roman numeral is written with a capital I, «" + *fixed + "»",
                      "maksud Anda: " + *fixed + "?", "did you mean: " + *fixed + "?");
        }
    }
}

}  // namespace

void check_sentence_numbers(Context& cx)
{
    if (cx.enabled("EJAAN")) check_roman_with_l(cx);
    if (!cx.enabled("BILANGAN")) return;
    for (const auto& k : cx.decree.diktum) check_first(cx, k.blocks);
    for (const auto& d : cx.decree.body) check_division(cx, d);
}

}  // namespace naskah::check
