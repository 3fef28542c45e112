// The shipped house styles: one list for the import, the editor and the message that names a
// style which does not exist, with the nearest name (a new-user trial misspelt «gubernur-kalbar»
// and was told only that a file could not be read).
#include <gtest/gtest.h>

#include <algorithm>

#include "style/shipped.hpp"
#include "style/style.hpp"

using namespace naskah;

TEST(ShippedStyles, ListedSortedWithTheReferencesStyle)
{
    const auto names = style::shipped_styles();
    EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
    EXPECT_NE(std::find(names.begin(), names.end(), "kpu"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "gubernur-kalbar"), names.end());
}

TEST(ShippedStyles, AMisspeltNameIsToldTheNearest)
{
    EXPECT_EQ(style::nearest_shipped_style("gubernur-kalbr"), "gubernur-kalbar");
    EXPECT_EQ(style::nearest_shipped_style("kpuu"), "kpu");
    EXPECT_EQ(style::nearest_shipped_style("universitas-contoh"), "");
    style::HouseStyle s;
    DiagnosticSink sink(Lang::En);
    const SourcePos at{"decree.xml", 2, 12};
    EXPECT_FALSE(style::load_style("gubernur-kalbr", s, sink, &at));
    ASSERT_EQ(sink.items().size(), 1u);
    EXPECT_EQ(sink.items()[0].code, "E-GAYA-BACA");
    EXPECT_NE(sink.items()[0].message.find("did you mean 'gubernur-kalbar'?"), std::string::npos) << sink.items()[0].message;
    EXPECT_NE(sink.items()[0].message.find("shipped styles: bupati,"), std::string::npos) << sink.items()[0].message;
}
