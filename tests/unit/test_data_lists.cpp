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
