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
/// Number of words in the table (docs, benchmarks).
std::size_t size();

}  // namespace naskah::check::lexicon
