#include <gtest/gtest.h>

#include "model/model.hpp"

using namespace naskah::model;

TEST(Model, OrdinalsComeFromIcu)
{
    EXPECT_EQ(upper_id(ordinal_id(1)), "KESATU");
    EXPECT_EQ(upper_id(ordinal_id(2)), "KEDUA");
    EXPECT_EQ(upper_id(ordinal_id(7)), "KETUJUH");
}

TEST(Model, DateInIndonesian) { EXPECT_EQ(format_date_id(Date{2022, 1, 17}), "17 Januari 2022"); }

TEST(Model, MonthsText) { EXPECT_EQ(months_text(0b100'0000'0111), "1-3,11"); }
