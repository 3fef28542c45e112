// Small text tools the drafting rules share: UTF-8 words, case folding, word diffs, edit distance.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.hpp"

namespace naskah::check::text {

/// Decodes the code point at `i` and moves `i` past it; malformed bytes come back as U+FFFD.
char32_t next_cp(std::string_view s, std::size_t& i);
using naskah::append_utf8;
std::size_t cp_count(std::string_view s);

bool is_letter(char32_t cp);
bool is_digit(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
/// Byte tests for ASCII figures and letters (a UTF-8 lead or continuation byte is neither).
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// Lower case with ICU's root rules (Indonesian has no special casing).
std::string lower(std::string_view s);
/// lower(a) == lower(b), without building either when both are ASCII (asked of every word pair).
bool same_ignoring_case_slow(std::string_view a, std::string_view b);
/// (inline: most words differ from the constant they are asked against in their first ASCII
/// letter, which settles it without a call; same_ignoring_case_slow does the rest)
inline bool same_ignoring_case(std::string_view a, std::string_view b)
{
    if (!a.empty() && !b.empty()) {
        const auto x = static_cast<unsigned char>(a[0]), y = static_cast<unsigned char>(b[0]);
        if ((x | y) < 0x80 && (x >= 'A' && x <= 'Z' ? x + ('a' - 'A') : x) != (y >= 'A' && y <= 'Z' ? y + ('a' - 'A') : y)) return false;
    }
    return same_ignoring_case_slow(a, b);
}
std::string upper(std::string_view s);
/// First letter upper, the rest as it is.
std::string capitalise(std::string_view s);
/// Without the spaces, tabs and carriage returns around it (a line of a data file).
std::string trim(std::string_view s);

bool all_upper(std::string_view word);       ///< two or more letters, none lower case
bool starts_upper_slow(std::string_view word);
/// First letter upper case. (inline: asked of nearly every word several times, and a word that
/// starts with an ASCII letter, nearly all, is settled by that byte without a call)
inline bool starts_upper(std::string_view word)
{
    if (!word.empty())
        if (const auto b = static_cast<unsigned char>(word[0]); b < 0x80 && (b | 0x20) >= 'a' && (b | 0x20) <= 'z') return b <= 'Z';
    return starts_upper_slow(word);
}
/// (inline: a word is a few bytes, and this is asked of every word)
inline bool has_digit(std::string_view word)
{
    for (const char c : word)
        if (c >= '0' && c <= '9') return true;
    return false;
}

/// A token of a text: a word (letters, digits, inner '-' or apostrophes) or one other character.
struct Token {
    // 32-bit offsets: a decree's tokens are kept for all its rules, and half the size is half the
    // fresh memory pages (about 15 µs each on the development machine)
    std::uint32_t begin = 0, end = 0;  ///< byte offsets
    bool word = false;
    std::string_view view(std::string_view s) const { return s.substr(begin, end - begin); }
};

/// Words and punctuation, spaces dropped.
std::vector<Token> tokenize(std::string_view s);
/// Only the words.
std::vector<Token> words(std::string_view s);

/// Levenshtein distance over code points, case-insensitive.
int edit_distance(std::string_view a, std::string_view b);

/// One run of a word diff: tokens only in the expected text (`a`), only in the found one (`b`).
struct DiffHunk {
    std::size_t a_begin = 0, a_end = 0;  ///< token indices into a
    std::size_t b_begin = 0, b_end = 0;  ///< token indices into b
};

struct DiffOptions {
    bool ignore_case = false;
    bool trim_leading_extra = false;   ///< b may carry words before a's (a job title before a name)
    bool trim_trailing_extra = false;  ///< b may carry words after a's (the rest of a sentence)
};

/// Token-level LCS diff of `b` against the expected `a`. Empty when they agree.
std::vector<DiffHunk> diff_tokens(std::string_view a, const std::vector<Token>& at, std::string_view b,
                                  const std::vector<Token>& bt, const DiffOptions& opt);

/// "«Dan» (seharusnya «dan»); kurang «Penetapan»" or the English wording.
std::string describe_diff(std::string_view a, const std::vector<Token>& at, std::string_view b,
                          const std::vector<Token>& bt, const std::vector<DiffHunk>& hunks, bool english);

/// Joins the text of tokens [from, to) as written (spaces kept from the source).
std::string span_text(std::string_view s, const std::vector<Token>& t, std::size_t from, std::size_t to);

/// "I" → 1 … up to 39 (Lampiran numbers); 0 if not a Roman numeral.
int from_roman(std::string_view s);

/// A list marker without its closing punctuation: "a." and "a)" are both "a".
std::string strip_label(std::string s);

}  // namespace naskah::check::text
