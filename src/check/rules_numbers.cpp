// Numbers written wrong.
//
// BILANGAN: a number that opens a sentence is written in words (PUEBI / EYD V, "Penulisan Angka
// dan Bilangan": "Bilangan pada awal kalimat ditulis dengan huruf", e.g. "Lima puluh siswa …", not
// "50 siswa …"). Judged where a sentence certainly begins: the first paragraph of a diktum, a Pasal
// or an ayat (not a list item, whose label the format writes and whose text may be a phrase, nor a
// table cell). Only the drafting form "3 (tiga) …" is taken, a count whose words are there already,
// so a date or a year that opens a paragraph is left alone.
#include <cctype>
#include <cstdint>
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


/// The value of the Indonesian number words that open `s` ("tiga puluh", "satu juta lima ratus
/// ribu rupiah"), up to the first word that is none ("rupiah"); nullopt when `s` opens with no
/// number word, the words do not make a number ("puluh tiga") or they go on into a fraction or a
/// product ("koma", "per", "kali"), which is not judged.
std::optional<std::uint64_t> spelt_value(std::string_view s)
{
    std::uint64_t total = 0, hundreds = 0, small = 0;
    bool any = false;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t e = s.find(' ', i);
        if (e == std::string_view::npos) e = s.size();
        const std::string_view w = s.substr(i, e - i);
        i = e + 1;
        static constexpr std::pair<std::string_view, unsigned> kUnits[] = {
            {"nol", 0}, {"satu", 1}, {"dua", 2}, {"tiga", 3}, {"empat", 4}, {"lima", 5}, {"enam", 6},
            {"tujuh", 7}, {"delapan", 8}, {"sembilan", 9}, {"sepuluh", 10}, {"sebelas", 11}};
        bool unit = false;
        for (const auto& [name, v] : kUnits)
            if (w == name) {
                if (small % 10 != 0 || (small != 0 && v >= 10)) return std::nullopt;  // "tiga empat"
                small += v;
                unit = true;
            }
        if (unit) {
            any = true;
            continue;
        }
        std::uint64_t scale = 0;
        if (w == "belas") {
            if (small == 0 || small > 9) return std::nullopt;
            small += 10;
        } else if (w == "puluh") {
            if (small == 0 || small > 9) return std::nullopt;
            small *= 10;
        } else if (w == "ratus" || w == "seratus") {
            if (w == "ratus" && (small == 0 || small > 9)) return std::nullopt;
            if (w == "seratus" && small != 0) return std::nullopt;
            hundreds += (w == "seratus" ? 1 : small) * 100;
            small = 0;
        } else if (w == "seribu") {
            if (small != 0 || hundreds != 0) return std::nullopt;
            total += 1000;
        } else if (w == "ribu") scale = 1000;
        else if (w == "juta") scale = 1000000;
        else if (w == "miliar" || w == "milyar") scale = 1000000000;
        else if (w == "triliun") scale = 1000000000000;
        // a fraction or a product: «3 0/00 (tiga per seribu)», «3 x 24 (tiga kali dua puluh empat)»
        else if (w == "per" || w == "kali" || w == "koma" || w == "banding" || w == "perseratus" || w == "perseribu") return std::nullopt;
        else {
            // «enam pluh tujuh», «empat rauts»: a number word misspelt is EJAAN's slip, and the
            // value read up to it says nothing
            for (std::string_view n : {"satu", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
                                       "belas", "puluh", "ratus", "seratus", "ribu", "seribu", "juta", "miliar", "triliun"})
                if (w.size() >= 3 && text::edit_distance(w, n) <= (n.size() >= 5 ? 2 : 1)) return std::nullopt;
            break;  // "rupiah", "hari": the number ends
        }
        any = true;
        if (scale) {
            if (hundreds + small == 0) return std::nullopt;
            total += (hundreds + small) * scale;
            hundreds = small = 0;
        }
    }
    if (!any) return std::nullopt;
    return total + hundreds + small;
}

/// BILANGAN: "3 (empat)": a number and its words in brackets that differ. The drafting form writes
/// a count in figures and in words so that neither can be misread (UU 12/2011 Lampiran II, "Teknik
/// Penulisan": «Pasal 5 berlaku dalam jangka waktu 30 (tiga puluh) hari»); when they differ the
/// instrument says two things, and a reviewer cannot tell which was meant.
void check_figures_and_words(Context& cx)
{
    for (const Text& t : cx.texts()) {
        const std::string_view s = t.s;
        for (std::size_t open = s.find(" ("); open != std::string_view::npos; open = s.find(" (", open + 2)) {
            // the figures before the bracket: "30", "1.500.000", "1.500.000,00", "15.000.000,-"
            std::size_t b = open;
            while (b > 0 && (std::isdigit(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '.' || s[b - 1] == ',' || s[b - 1] == '-')) --b;
            std::string_view figures = s.substr(b, open - b);
            if (figures.empty() || !std::isdigit(static_cast<unsigned char>(figures.front()))) continue;
            // "ke-3 (ketiga)", "3/2024 (…)", "A1 (…)": not a count
            if (b > 0 && s[b - 1] != ' ' && s[b - 1] != '(' && !(b >= 2 && s.substr(b - 2, 2) == "Rp")) continue;
            if (const std::size_t comma = figures.find(','); comma != std::string_view::npos) {
                const std::string_view cents = figures.substr(comma + 1);
                if (cents != "-" && cents != "00") continue;  // a decimal fraction: "2,5 (dua koma lima)" is not judged
                figures = figures.substr(0, comma);
            }
            std::uint64_t value = 0;
            bool ok = !figures.empty() && figures.size() <= 19;
            for (std::size_t k = 0; ok && k < figures.size(); ++k) {
                if (figures[k] == '.') {
                    ok = (figures.size() - k - 1) % 4 == 3 && k > 0;  // thousands in groups of three
                    continue;
                }
                ok = std::isdigit(static_cast<unsigned char>(figures[k]));
                value = value * 10 + static_cast<unsigned>(figures[k] - '0');
            }
            if (!ok) continue;
            const std::size_t close = s.find(')', open + 2);
            if (close == std::string_view::npos) continue;
            // «sepuluh Juta Rupiah»: the case is KAPITAL's
            const std::string words = text::lower(s.substr(open + 2, close - open - 2));
            const auto spelt = spelt_value(words);
            if (!spelt || *spelt == value) continue;
            const std::string both = std::string(s.substr(b, close + 1 - b));
            std::string read = std::to_string(*spelt);  // in the figures' own form: 25.620.766.600
            if (figures.find('.') != std::string_view::npos)
                for (std::size_t k = read.size(); k > 3; k -= 3) read.insert(k - 3, ".");
            cx.report("BILANGAN", cx.at(t, b),
                      "«" + both + "»: angka dan hurufnya berbeda (" + std::string(figures) + " dan " + read + ")",
                      "«" + both + "»: the figures and the words differ (" + std::string(figures) + " and " + read + ")");
        }
    }
}

/// «Pelita ke-II», «Sidang ke-IV»: the prefix «ke-» makes an ordinal of a figure («ke-2») and a
/// Roman numeral is an ordinal by itself («Pelita II»), so «ke-» before a Roman numeral says it
/// twice (PUEBI / EYD V, "Penulisan Angka dan Bilangan": «abad XX», «abad ke-20», «abad kedua
/// puluh»; never «abad ke-XX»). The numeral in capitals of I, V, X, L, C, a word of its own after
/// the hyphen. «Ke-II» with a capital is left to KAPITAL, which names its case (one finding a slip).
void check_ordinal_roman(Context& cx)
{
    // the Republic's spelling before EYD (16 August 1972) is not judged by PUEBI («sidang ke-IV»
    // in the PP and UU of 1949-1971 in tools/scale)
    if (const auto& date = cx.decree.meta.date; date && date->valid() && date->year < 1973) return;
    for (const Text& t : cx.texts()) {
        const std::string_view s = t.s;
        for (std::size_t p = s.find("e-"); p != std::string_view::npos; p = s.find("e-", p + 2)) {
            if (p == 0 || s[p - 1] != 'k') continue;
            const std::size_t k = p - 1;
            if (k > 0 && (std::isalnum(static_cast<unsigned char>(s[k - 1])) || s[k - 1] == '-' || static_cast<unsigned char>(s[k - 1]) >= 0x80)) continue;
            std::size_t e = p + 2;
            while (e < s.size() && (s[e] == 'I' || s[e] == 'V' || s[e] == 'X' || s[e] == 'L' || s[e] == 'C')) ++e;
            if (e == p + 2 || e - p - 2 > 7) continue;
            if (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '-' || static_cast<unsigned char>(s[e]) >= 0x80)) continue;
            const std::string w(s.substr(k, e - k)), roman(s.substr(p + 2, e - p - 2));
            cx.report("BILANGAN", cx.at(t, k),
                      "«" + w + "»: bilangan tingkat ditulis «" + roman + "» (angka Romawi tanpa «ke-») atau «ke-» dengan angka Arab (PUEBI)",
                      "«" + w + "»: an ordinal is written «" + roman + "» (a Roman numeral without «ke-») or «ke-» with Arabic figures (PUEBI)",
                      "maksud Anda: " + roman + "?", "did you mean: " + roman + "?");
        }
    }
}

}  // namespace

void check_sentence_numbers(Context& cx)
{
    if (cx.enabled("EJAAN")) check_roman_with_l(cx);
    if (!cx.enabled("BILANGAN")) return;
    check_figures_and_words(cx);
    check_ordinal_roman(cx);
    for (const auto& k : cx.decree.diktum) check_first(cx, k.blocks);
    for (const auto& d : cx.decree.body) check_division(cx, d);
}

}  // namespace naskah::check
