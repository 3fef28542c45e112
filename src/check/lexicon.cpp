#include "check/lexicon.hpp"

namespace naskah::check::lexicon_data {
extern const char kWords[];  // "\nword\nword\n…", sorted bytewise (generated/lexicon_words.cpp)
extern const std::size_t kSize;
extern const std::size_t kCount;
extern const char kAreaWords[];  // the same for the words of area names (data/wilayah/*.csv)
extern const std::size_t kAreaSize;
extern const unsigned kIndex[];  // lexicon::kBuckets + 1 bucket starts in kWords (build_lexicon.cpp)
extern const unsigned kAreaIndex[];
extern const char kCommonWords[];  // data/ejaan/umum.txt
extern const std::size_t kCommonSize;
extern const unsigned kCommonIndex[];
}  // namespace naskah::check::lexicon_data

namespace naskah::check::lexicon {

namespace {

// The word starting after the newline at or before `i`.
// `i` is never before the range's first word start, so this never backs out of the range.
std::string_view word_around(const char* table, std::size_t size, std::size_t i, std::size_t& begin)
{
    while (i > 0 && table[i - 1] != '\n') --i;
    begin = i;
    std::size_t e = i;
    while (e < size && table[e] != '\n') ++e;
    return std::string_view(table + i, e - i);
}

}  // namespace

namespace {

bool search(const char* table, std::size_t size, const unsigned* index, std::string_view w)
{
    if (w.empty() || w.find('\n') != std::string_view::npos) return false;
    // [lo, hi) are byte offsets of word starts still possible: those of the word's bucket
    const std::size_t b = bucket(w);
    std::size_t lo = index[b], hi = index[b + 1];
    while (lo < hi) {
        std::size_t begin = 0;
        const std::size_t mid = lo + (hi - lo) / 2;
        const std::string_view found = word_around(table, size, mid, begin);
        if (found == w) return true;
        if (found < w) lo = begin + found.size() + 1;
        else hi = begin;
    }
    return false;
}

}  // namespace

bool contains(std::string_view w) { return search(lexicon_data::kWords, lexicon_data::kSize, lexicon_data::kIndex, w); }

bool is_area_word(std::string_view w) { return search(lexicon_data::kAreaWords, lexicon_data::kAreaSize, lexicon_data::kAreaIndex, w); }

bool is_common(std::string_view w) { return search(lexicon_data::kCommonWords, lexicon_data::kCommonSize, lexicon_data::kCommonIndex, w); }

std::size_t size() { return lexicon_data::kCount; }

}  // namespace naskah::check::lexicon
