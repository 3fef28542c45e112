// The area lists compiled into the program (tools/areas/) are what reading data/wilayah gives.
#include <gtest/gtest.h>

#include "check/areas.hpp"

namespace naskah::check {

TEST(Areas, CompiledTableEqualsTheFiles)
{
    Areas files, compiled;
    std::string error;
    ASSERT_TRUE(files.load(std::string(NASKAH_DATA_DIR) + "/data/wilayah", error)) << error;
    ASSERT_TRUE(compiled.load_compiled());
    ASSERT_EQ(files.provinces.size(), compiled.provinces.size());
    for (std::size_t i = 0; i < files.provinces.size(); ++i) {
        EXPECT_EQ(files.provinces[i].code, compiled.provinces[i].code);
        EXPECT_EQ(files.provinces[i].name, compiled.provinces[i].name);
    }
    ASSERT_EQ(files.regencies.size(), compiled.regencies.size());
    for (std::size_t i = 0; i < files.regencies.size(); ++i) {
        const Regency &a = files.regencies[i], &b = compiled.regencies[i];
        EXPECT_EQ(a.code, b.code);
        EXPECT_EQ(a.province_code, b.province_code);
        EXPECT_EQ(a.name, b.name);
        EXPECT_EQ(a.short_name, b.short_name);
        EXPECT_EQ(a.city, b.city);
        EXPECT_EQ(a.match_name, b.match_name);
        EXPECT_EQ(a.match_kind_name, b.match_kind_name);
        // the districts of each regency, in the files' order
        const auto da = files.districts_of(a.code), db = compiled.districts_of(b.code);
        ASSERT_EQ(da.size(), db.size()) << a.name;
        for (std::size_t k = 0; k < da.size(); ++k) EXPECT_EQ(da[k].name, db[k].name);
    }
    ASSERT_EQ(files.district_count(), compiled.district_count());
    for (std::size_t i = 0; i < files.district_count(); ++i) {
        EXPECT_EQ(files.district(i).regency, compiled.district(i).regency);
        EXPECT_EQ(files.district(i).name, compiled.district(i).name);
    }
    // quoted fields survive: "Ra""as" is Ra"as
    EXPECT_EQ(compiled.places_named("Ra\"as").size(), 1u);
    EXPECT_EQ(compiled.issuer_regency("Komisi Pemilihan Umum Kabupaten Malang")->code, "35.07");
}

}  // namespace naskah::check
