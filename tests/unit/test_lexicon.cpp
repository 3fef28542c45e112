// The compiled lexicon's lookups go through a bucket index by the first two bytes: a word must be
// found whichever bucket it falls in, first and last words and words of no letter included.
#include <gtest/gtest.h>

#include <string>

#include "check/lexicon.hpp"

using namespace naskah::check;

TEST(Lexicon, BucketsNeverDecreaseAlongByteOrder)
{
    const char* ordered[] = {"", "0", "9", "A", "Z", "a", "a-", "aa", "az", "a\xC3", "b", "ba", "z", "zz", "z\xC3", "\xC3", "\xC3\xA9"};
    for (std::size_t k = 1; k < std::size(ordered); ++k)
        EXPECT_LE(lexicon::bucket(ordered[k - 1]), lexicon::bucket(ordered[k])) << ordered[k - 1] << " then " << ordered[k];
    EXPECT_LT(lexicon::bucket("\xC3\xA9"), lexicon::kBuckets);
}

TEST(Lexicon, FindsWordsInEveryKindOfBucketAndNoOthers)
{
    for (const char* w : {"abad", "dan", "keputusan", "menetapkan", "yang", "zona", "pemerintahan", "undang-undang"})
        EXPECT_TRUE(lexicon::contains(w)) << w;
    for (const char* w : {"", "zzzzq", "keputusann", "a\n", "\xC3\xA9zz"}) EXPECT_FALSE(lexicon::contains(w)) << w;
    EXPECT_TRUE(lexicon::is_area_word("malang"));
    EXPECT_FALSE(lexicon::is_area_word("malangx"));
}
