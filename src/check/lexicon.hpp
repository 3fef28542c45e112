// The spelling check's lexicon: a sorted table of Indonesian word forms compiled into the program
// at build time (tools/lexicon/build_lexicon.cpp: the forms Hunspell-id accepts of its stems'
// usual affixations, and the reviewed lists data/ejaan/istilah.txt and kata.txt). Nothing is
// loaded or parsed at run time: a lookup is a binary search over the table's bytes. Words it does
// not hold go to Hunspell, loaded only then (speller.cpp).
#pragma once

#include <cstddef>
#include <string_view>

namespace naskah::check::lexicon {

/// The word (lower case, UTF-8) is in the table.
bool contains(std::string_view lower_word);
/// A word (lower case) of the name of a provinsi, kabupaten/kota or kecamatan (data/wilayah/).
bool is_area_word(std::string_view lower_word);
/// A word (lower case) written in at least five of 5,875 signed PP and UU texts
/// (data/ejaan/umum.txt): one drafters commonly write. Not evidence of a right spelling.
bool is_common(std::string_view lower_word);
/// Number of words in the table (docs, benchmarks).
std::size_t size();

/// The table's words fall into buckets by their first two bytes, and the build writes where each
/// bucket starts (kIndex, kAreaIndex), so a lookup binary-searches one bucket (about 80 words)
/// instead of the whole 0.7 MB: half the comparisons, each a jump within a few pages. The key
/// never decreases along the bytewise order (what the index relies on): letters a–z count by
/// themselves, every byte below 'a' as one value and every byte above 'z' as another, and the
/// second byte counts only after a first byte that is a letter.
constexpr std::size_t kBuckets = 28 * 27;
constexpr std::size_t bucket(std::string_view w)
{
    auto first = [](unsigned char c) -> std::size_t { return c < 'a' ? 0 : c <= 'z' ? c - 'a' + 1 : 27; };
    auto second = [](unsigned char c) -> std::size_t { return c < 'a' ? 0 : c <= 'z' ? c - 'a' + 1 : 26; };
    if (w.empty()) return 0;
    const std::size_t a = first(static_cast<unsigned char>(w[0]));
    if (a == 0 || a == 27 || w.size() < 2) return a * 27;
    return a * 27 + second(static_cast<unsigned char>(w[1]));
}

}  // namespace naskah::check::lexicon
