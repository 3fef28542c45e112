// The data/ejaan and data/rujukan lists compiled into the program (tools/datalists/) are what
// reading the build's data folder gives, row for row.
#include <gtest/gtest.h>

#include "check/data_lists.hpp"

namespace naskah::check {

TEST(DataLists, CompiledEjaanListsEqualTheFiles)
{
    EjaanLists files, compiled;
    std::string error;
    ASSERT_TRUE(read_ejaan_lists(std::string(NASKAH_DATA_DIR) + "/data/ejaan", files, error)) << error;
    ASSERT_TRUE(compiled_ejaan_lists(compiled));
    EXPECT_EQ(files.terms, compiled.terms);
    ASSERT_EQ(files.replacements.size(), compiled.replacements.size());
    for (std::size_t i = 0; i < files.replacements.size(); ++i) {
        const auto &a = files.replacements[i], &b = compiled.replacements[i];
        EXPECT_EQ(a.word, b.word);
        EXPECT_EQ(a.suggestion, b.suggestion);
        EXPECT_EQ(a.foreign, b.foreign) << a.word;
        EXPECT_EQ(a.since, b.since) << a.word;
    }
    EXPECT_EQ(files.abbreviations, compiled.abbreviations);
    EXPECT_FALSE(files.terms.empty());
    EXPECT_FALSE(files.replacements.empty());
}

TEST(DataLists, CompiledRujukanRowsEqualTheFiles)
{
    for (const char* name : {"frasa.txt", "gelar.txt", "perubahan.txt", "register.txt"}) {
        DataRows files, compiled;
        std::string error;
        ASSERT_TRUE(read_rujukan_rows(std::string(NASKAH_DATA_DIR) + "/data/rujukan/" + name, files, error)) << error;
        ASSERT_TRUE(compiled_rujukan_rows(name, compiled)) << name;
        EXPECT_EQ(files, compiled) << name;
        EXPECT_FALSE(files.empty()) << name;
    }
    DataRows none;
    EXPECT_FALSE(compiled_rujukan_rows("tidak-ada.txt", none));
}

TEST(DataLists, AnotherFolderIsReadFromItsFiles)
{
    EjaanLists lists;
    std::string error;
    EXPECT_FALSE(read_ejaan_lists("/nonexistent-naskah-data/data/ejaan", lists, error));
    EXPECT_NE(error.find("istilah.txt"), std::string::npos) << error;
    DataRows rows;
    EXPECT_FALSE(read_rujukan_rows("/nonexistent-naskah-data/frasa.txt", rows, error));
}

}  // namespace naskah::check

// The fast paths the checks lean on answer as the general ones do.
#include "check/citation.hpp"
#include "check/speller.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

TEST(SpeedPaths, SameIgnoringCaseIsLowerEquality)
{
    const char* words[] = {"Diktum", "diktum", "DIKTUM", "diktu", "diktums", "", "tentang", "Tentang", "tentang\xC3\xA9",
                           "\xC3\x89tat", "\xC3\xA9tat", "\xE2\x84\xAA" "ab", "kab", "Kab", "non", "Non", "NON", "nona"};
    for (const char* a : words)
        for (const char* b : words) EXPECT_EQ(text::same_ignoring_case(a, b), text::lower(a) == text::lower(b)) << a << " | " << b;
}

TEST(SpeedPaths, FindCitationsRemembersTheSameAnswer)
{
    const std::string s = "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum dan Peraturan Pemerintah Nomor 12 Tahun 2019";
    for (bool top : {true, false}) {
        const auto first = find_citations(s, top), again = find_citations(s, top);
        ASSERT_EQ(first.size(), 2u);
        ASSERT_EQ(first.size(), again.size());
        for (std::size_t i = 0; i < first.size(); ++i) {
            EXPECT_EQ(first[i].name(), again[i].name());
            EXPECT_EQ(first[i].begin, again[i].begin);
            EXPECT_EQ(first[i].end, again[i].end);
        }
    }
}

// citation_at keeps its answers by the text's bytes and the offset: the same text at another
// address, another offset, or another text at the same address must not get a kept answer.
TEST(SpeedPaths, CitationAtRemembersByTextAndOffset)
{
    const std::string s = "Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum dan Peraturan Pemerintah Nomor 12 Tahun 2019";
    const auto first = citation_at(s, 0);
    ASSERT_TRUE(first);
    const std::string copy = s;
    const auto again = citation_at(copy, 0);
    ASSERT_TRUE(again);
    EXPECT_EQ(first->name(), again->name());
    EXPECT_EQ(first->title_end, again->title_end);
    EXPECT_EQ(first->title_end, s.find(" dan Peraturan"));  // the title ends where the next citation starts
    const std::size_t pp = s.find("Peraturan Pemerintah");
    const auto second = citation_at(s, pp);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->name(), "Peraturan Pemerintah Nomor 12 Tahun 2019");
    std::string changed = s;  // same length, same place in memory after the edit
    changed.replace(s.find("Nomor 7"), 7, "Nomer 7");
    EXPECT_FALSE(citation_at(changed, 0));
    EXPECT_TRUE(citation_at(s, 0));
    EXPECT_FALSE(citation_at(s, 1));
}

TEST(SpeedPaths, PhraseHeadsAreTheFirstWordsOfListedPhrases)
{
    Speller* sp = Speller::instance();
    ASSERT_NE(sp, nullptr);
    EjaanLists lists;
    std::string error;
    ASSERT_TRUE(read_ejaan_lists(std::string(NASKAH_DATA_DIR) + "/data/ejaan", lists, error)) << error;
    bool any = false;
    for (const auto& r : lists.replacements) {
        const std::size_t space = r.word.find(' ');
        if (space == std::string::npos) continue;
        any = true;
        const std::string head = r.word.substr(0, space);
        EXPECT_TRUE(sp->starts_phrase(head)) << head;
        EXPECT_TRUE(sp->starts_phrase(text::capitalise(head))) << head;
        EXPECT_NE(sp->replacement(r.word), nullptr) << r.word;
    }
    EXPECT_TRUE(any) << "pengganti.txt lists no phrase any more: this test asks nothing";
    EXPECT_FALSE(sp->starts_phrase("zzzq"));
}

}  // namespace naskah::check
