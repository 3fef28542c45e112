// The table engine's concerns on their own (issue 15, Code): column widths (measure/columns),
// header heights and whether the header repeats (layout/table/repeated), a row span's fragments
// (layout/table/rowspans), the break choice (layout/table/row_breaking) and the merging of cell
// edges into rules (layout/table/rules). Pure functions, given numbers, checked exactly; the
// whole engine on pages is covered by test_table_golden.cpp and test_table_drawing.cpp.
#include <gtest/gtest.h>

#include <memory>
#include <numeric>
#include <string>

#include "layout/table/repeated.hpp"
#include "layout/table/row_breaking.hpp"
#include "layout/table/rowspans.hpp"
#include "layout/table/rules.hpp"
#include "measure/columns.hpp"
#include "model/grid.hpp"
#include "table_fixture.hpp"

using namespace naskah;
using namespace naskah::testing_tables;
using model::ColumnWidth;
using model::LineStyle;

namespace {

style::HouseStyle kpu()
{
    style::HouseStyle st;
    DiagnosticSink s;
    EXPECT_TRUE(style::load_style("kpu", st, s));
    return st;
}

/// A table read from XML and resolved, with the kpu style, its fonts and a shaper to measure it.
struct Measured {
    model::Table table;
    model::ResolvedGrid grid;
    style::HouseStyle style = kpu();
    std::unique_ptr<text::FontSet> fonts;
    std::unique_ptr<text::Shaper> shaper;
    explicit Measured(const std::string& xml) : table(parse_table(xml))
    {
        DiagnosticSink s;
        EXPECT_TRUE(model::resolve_grid(table, grid, s));
        fonts = text::FontSet::load(style, s);
        EXPECT_TRUE(fonts);
        if (fonts) shaper = std::make_unique<text::Shaper>(*fonts);
    }
    /// A word or phrase in the table's plain text, in mm, with the cell padding on both sides.
    double cell_mm(const char* text) const
    {
        return shaper->width(model::kPlain, text, style.table_font_size) * 25.4 / 72 + 2 * style.cell_padding;
    }
};

model::Table columns_of(const std::vector<ColumnWidth>& cols)
{
    model::Table t;
    t.columns = cols;
    return t;
}

ColumnWidth column(ColumnWidth::Kind kind, double value)
{
    ColumnWidth c;
    c.kind = kind;
    c.value = value;
    return c;
}
ColumnWidth fixed(double mm) { return column(ColumnWidth::Kind::Fixed, mm); }
ColumnWidth share(double n) { return column(ColumnWidth::Kind::Relative, n); }
ColumnWidth automatic() { return column(ColumnWidth::Kind::Auto, 0); }

/// column_widths_measured with the auto columns' content widths given (mm).
std::vector<double> widths(const std::vector<ColumnWidth>& cols, double avail, std::vector<double> min_mm, std::vector<double> max_mm)
{
    return measure::column_widths_measured(columns_of(cols), kpu(), avail, true, [&](std::vector<double>& mins) {
        mins = min_mm;
        return max_mm;
    });
}

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

}  // namespace

// ---- column widths (measure/columns) ---------------------------------------------------------

TEST(TableColumnWidths, FixedFirstSharesSplitTheRestAndTheySumToTheWidth)
{
    const model::Table t = parse_table("<tabel><kolom lebar=\"20mm\"/><kolom lebar=\"2*\"/><kolom lebar=\"1*\"/><isi><baris><sel>a</sel><sel>b</sel><sel>c</sel></baris></isi></tabel>");
    model::ResolvedGrid g;
    DiagnosticSink s;
    ASSERT_TRUE(model::resolve_grid(t, g, s));
    const auto w = measure::column_widths(t, g, kpu(), 170, nullptr);
    ASSERT_EQ(w.size(), 3u);
    EXPECT_DOUBLE_EQ(w[0], 20);
    EXPECT_DOUBLE_EQ(w[1], 100);
    EXPECT_DOUBLE_EQ(w[2], 50);
}

TEST(TableColumnWidths, AutoColumnsKeepTheirLongestWord)
{
    const Measured m(
        "<tabel><kolom/><kolom lebar=\"1*\"/><isi><baris><sel>Penyelenggaraan</sel><sel>isi yang panjang sekali untuk mengisi kolom</sel></baris></isi></tabel>");
    ASSERT_TRUE(m.shaper);
    const auto w = measure::column_widths(m.table, m.grid, m.style, 165, m.fonts.get(), m.shaper.get());
    EXPECT_GE(w[0], m.cell_mm("Penyelenggaraan"));
    EXPECT_NEAR(w[0] + w[1], 165, 1e-6);
}

TEST(TableColumnWidths, AutoColumnsWithoutSharesAbsorbTheSlackInProportion)
{
    // 20 mm fixed, two auto columns wanting 30 and 50 mm: the 70 mm left over goes 3 : 5
    const auto w = widths({fixed(20), automatic(), automatic()}, 170, {0, 10, 20}, {0, 30, 50});
    EXPECT_DOUBLE_EQ(w[0], 20);
    EXPECT_DOUBLE_EQ(w[1], 30 + 70.0 * 30 / 80);
    EXPECT_DOUBLE_EQ(w[2], 50 + 70.0 * 50 / 80);
    EXPECT_NEAR(sum(w), 170, 1e-9);
}

TEST(TableColumnWidths, SharesGetWhatAutoColumnsLeaveAtTheirMaximum)
{
    const auto w = widths({automatic(), share(1), share(3)}, 110, {10, 0, 0}, {30, 0, 0});
    EXPECT_DOUBLE_EQ(w[0], 30);
    EXPECT_DOUBLE_EQ(w[1], 20);
    EXPECT_DOUBLE_EQ(w[2], 60);
    EXPECT_NEAR(sum(w), 110, 1e-9);
}

TEST(TableColumnWidths, BetweenMinimumAndMaximumEachGetsInProportionToWhatItWantsMore)
{
    // 60 mm for minimums of 10 + 20 and maximums of 40 + 60: the 30 mm above the minimums are
    // shared 30 : 40, what each wants beyond its minimum
    const auto w = widths({automatic(), automatic()}, 60, {10, 20}, {40, 60});
    EXPECT_DOUBLE_EQ(w[0], 10 + 30.0 * 30 / 70);
    EXPECT_DOUBLE_EQ(w[1], 20 + 30.0 * 40 / 70);
    EXPECT_NEAR(sum(w), 60, 1e-9);
}

TEST(TableColumnWidths, BelowTheMinimumsNarrowColumnsStayWholeAndWideOnesShare)
{
    // 30 mm for minimums of 5, 40 and 40: "10." keeps its 5 mm, the two long texts share 25
    const auto w = widths({automatic(), automatic(), automatic()}, 30, {5, 40, 40}, {8, 90, 90});
    EXPECT_DOUBLE_EQ(w[0], 5);
    EXPECT_DOUBLE_EQ(w[1], 12.5);
    EXPECT_DOUBLE_EQ(w[2], 12.5);
    EXPECT_NEAR(sum(w), 30, 1e-9);
}

TEST(TableColumnWidths, FixedColumnsExceedingTheWidthKeepTheirWidthAndLeaveNothing)
{
    const auto w = widths({fixed(100), fixed(100), share(1), automatic()}, 170, {0, 0, 0, 10}, {0, 0, 0, 20});
    EXPECT_DOUBLE_EQ(w[0], 100);
    EXPECT_DOUBLE_EQ(w[1], 100);
    EXPECT_DOUBLE_EQ(w[2], 0);
    EXPECT_DOUBLE_EQ(w[3], 0) << "nothing is left, not even an auto column's minimum";
}

TEST(TableColumnWidths, UnmeasuredAutoColumnsTakeAnEqualShare)
{
    // the DOCX writer without fonts: an auto column counts as one share
    const auto w = measure::column_widths_measured(columns_of({automatic(), share(2), fixed(10)}), kpu(), 100, false,
                                                   [](std::vector<double>&) -> std::vector<double> {
                                                       ADD_FAILURE() << "nothing is measured";
                                                       return {};
                                                   });
    EXPECT_DOUBLE_EQ(w[0], 30);
    EXPECT_DOUBLE_EQ(w[1], 60);
    EXPECT_DOUBLE_EQ(w[2], 10);
}

TEST(TableColumnWidths, AutoWidthsComeFromTheLongestWordAndTheWholeText)
{
    const Measured m("<tabel><kolom/><isi><baris><sel>Rapat Pleno Terbuka</sel></baris><baris><sel>Penetapan</sel></baris></isi></tabel>");
    ASSERT_TRUE(m.shaper);
    std::vector<double> min_mm;
    const auto max_mm = measure::measure_auto_columns(m.table, m.grid, m.style, *m.shaper, min_mm);
    ASSERT_EQ(min_mm.size(), 1u);
    // the minimum is the widest word ("Penetapan" is wider than "Terbuka"), with a hair of slack
    EXPECT_NEAR(min_mm[0], std::max(m.cell_mm("Penetapan"), m.cell_mm("Terbuka")) + 0.1, 1e-6);
    EXPECT_NEAR(max_mm[0], m.cell_mm("Rapat Pleno Terbuka"), 0.05);
}

TEST(TableColumnWidths, AnEmptyAutoColumnStillHasItsPaddingAndTwoMillimetres)
{
    const style::HouseStyle st = kpu();
    std::vector<double> min_mm{0};
    const auto max_mm = measure::finish_auto_columns(st, min_mm, {0});
    EXPECT_DOUBLE_EQ(min_mm[0], 2 * st.cell_padding + 2);
    EXPECT_DOUBLE_EQ(max_mm[0], min_mm[0]);
}

// ---- header rows (layout/table/repeated) -----------------------------------------------------

TEST(TableHeader, RowsAreAsTallAsTheirTallestCellAndASpanGrowsItsLastRow)
{
    using layout::table::HeaderCell;
    // line height 10, padding 2: a one-line row is 14 tall
    const auto h = layout::table::header_row_heights(3, {HeaderCell{0, 1, 1}, HeaderCell{0, 2, 5}, HeaderCell{1, 1, 2}, HeaderCell{2, 1, 0}},
                                                     10, 2);
    ASSERT_EQ(h.size(), 3u);
    EXPECT_DOUBLE_EQ(h[0], 14);
    // row 1 holds two lines (24); the 5-line span over rows 0 and 1 needs 54 of their 38
    EXPECT_DOUBLE_EQ(h[1], 40);
    EXPECT_DOUBLE_EQ(h[2], 14) << "an empty cell still has one line";
}

TEST(TableHeader, ASpanThatAlreadyFitsGrowsNothing)
{
    using layout::table::HeaderCell;
    const auto h = layout::table::header_row_heights(2, {HeaderCell{0, 1, 3}, HeaderCell{1, 1, 3}, HeaderCell{0, 2, 4}}, 10, 2);
    EXPECT_DOUBLE_EQ(h[0], 34);
    EXPECT_DOUBLE_EQ(h[1], 34);
}

TEST(TableHeader, ContinuationPagesCountOnlyTheRowsThatRepeat)
{
    const auto h = layout::table::header_heights({30, 20, 14}, {false, false, true});
    EXPECT_DOUBLE_EQ(h.first, 64);
    EXPECT_DOUBLE_EQ(h.repeated, 14);
}

TEST(TableHeader, RepeatsUnlessTooTallOrNoRowFitsBelow)
{
    using layout::table::HeaderHeights;
    using layout::table::HeaderRepeat;
    using layout::table::header_repeat;
    EXPECT_EQ(header_repeat(HeaderHeights{100, 100}, 800, 12, 14), HeaderRepeat::Yes);
    EXPECT_EQ(header_repeat(HeaderHeights{641, 641}, 800, 12, 14), HeaderRepeat::TooTall) << "over 80% of the page";
    EXPECT_EQ(header_repeat(HeaderHeights{640, 640}, 800, 12, 14), HeaderRepeat::Yes) << "80% exactly still repeats";
    // the titles are tall but only the number row repeats: judged by the first page's height
    EXPECT_EQ(header_repeat(HeaderHeights{700, 14}, 800, 12, 14), HeaderRepeat::TooTall);
    // between the thresholds: under 80%, but "(lanjutan)" + header + a one-line row overflow
    EXPECT_EQ(header_repeat(HeaderHeights{80, 80}, 100, 12, 14), HeaderRepeat::NoRoomBelow);
    EXPECT_EQ(header_repeat(HeaderHeights{0, 0}, 10, 12, 14), HeaderRepeat::Yes) << "no header, nothing to decide";
}

// ---- a row span's fragments (layout/table/rowspans) ------------------------------------------

TEST(TableRowspan, WholeLinesFitInsideThePadding)
{
    using layout::table::lines_fitting;
    EXPECT_EQ(lines_fitting(24, 2, 10), 2u);
    EXPECT_EQ(lines_fitting(23.995, 2, 10), 2u) << "a hundredth of a point of tolerance";
    EXPECT_EQ(lines_fitting(23.9, 2, 10), 1u);
    EXPECT_EQ(lines_fitting(3, 2, 10), 0u) << "shorter than its padding: none, not a negative count";
}

TEST(TableRowspan, TextFlowsThroughFragmentsPageAfterPage)
{
    using layout::table::SpanEnd;
    using layout::table::span_fragment;
    // a 7-line span: 3 lines on the first page (34 tall), 3 on the next (whole page), 1 at the end
    auto f = span_fragment(0, 7, true, 34, SpanEnd::PageBreak, 2, 10);
    EXPECT_EQ(f.from, 0u);
    EXPECT_EQ(f.to, 3u);
    EXPECT_TRUE(f.top_edge);
    EXPECT_FALSE(f.bottom_edge) << "a page break is closed by the frame's rule";
    EXPECT_FALSE(f.valign);
    f = span_fragment(3, 7, false, 34, SpanEnd::PageBreak, 2, 10);
    EXPECT_EQ(f.from, 3u);
    EXPECT_EQ(f.to, 6u);
    EXPECT_FALSE(f.top_edge);
    f = span_fragment(6, 7, false, 50, SpanEnd::RowEnd, 2, 10);
    EXPECT_EQ(f.from, 6u);
    EXPECT_EQ(f.to, 7u);
    EXPECT_FALSE(f.top_edge);
    EXPECT_TRUE(f.bottom_edge);
    EXPECT_FALSE(f.valign) << "a continued span is set from its top";
}

TEST(TableRowspan, AFragmentTallerThanTheRestHoldsOnlyTheRest)
{
    const auto f = layout::table::span_fragment(5, 7, false, 500, layout::table::SpanEnd::PageBreak, 2, 10);
    EXPECT_EQ(f.to, 7u);
}

TEST(TableRowspan, ASpanClosedOnItsFirstPageIsAlignedAsAWholeCell)
{
    using layout::table::SpanEnd;
    auto f = layout::table::span_fragment(0, 2, true, 60, SpanEnd::RowEnd, 2, 10);
    EXPECT_EQ(f.to, 2u);
    EXPECT_TRUE(f.valign);
    EXPECT_TRUE(f.top_edge);
    EXPECT_TRUE(f.bottom_edge);
    // closed at the page bottom of a split row it is set from the top like the row's own cells
    f = layout::table::span_fragment(0, 2, true, 60, SpanEnd::PageBottom, 2, 10);
    EXPECT_EQ(f.to, 2u);
    EXPECT_FALSE(f.valign);
    EXPECT_TRUE(f.bottom_edge);
}

TEST(TableRowspan, ClosesAtThePageBottomOnlyWhenItsRestFits)
{
    using layout::table::span_closes_at_page_bottom;
    EXPECT_TRUE(span_closes_at_page_bottom(3, 5, 24, 2, 10));
    EXPECT_FALSE(span_closes_at_page_bottom(2, 5, 24, 2, 10)) << "three lines left, two fit: it goes on";
}

// ---- the break choice (layout/table/row_breaking) --------------------------------------------

TEST(TableBreakChoice, ShortCellsGoWholeLongCellsLeaveTwoLinesEachSide)
{
    using layout::table::CellLines;
    // 1-line NO, a 10-line text, 5 lines of room: NO whole, 5 of the text here
    auto t = layout::table::choose_row_split({CellLines{1, 1}, CellLines{10, 10}}, 5);
    ASSERT_TRUE(t);
    EXPECT_EQ((*t)[0], 1u);
    EXPECT_EQ((*t)[1], 5u);
    // 9 lines of room for 10: still two must go to the next page
    t = layout::table::choose_row_split({CellLines{10, 10}}, 9);
    ASSERT_TRUE(t);
    EXPECT_EQ((*t)[0], 8u);
}

TEST(TableBreakChoice, RowsThatMayNotSplitMove)
{
    using layout::table::CellLines;
    EXPECT_FALSE(layout::table::choose_row_split({CellLines{3, 3}}, 2)) << "under four lines: whole";
    EXPECT_FALSE(layout::table::choose_row_split({CellLines{10, 10}}, 1)) << "one line here is a widow";
    EXPECT_FALSE(layout::table::choose_row_split({CellLines{2, 2}}, 5)) << "it fits: nothing to split";
    EXPECT_FALSE(layout::table::choose_row_split({CellLines{10, 10}}, 0));
    auto t = layout::table::choose_row_split({std::nullopt, CellLines{6, 6}}, 3);  // a span's column is not the row's
    ASSERT_TRUE(t);
    EXPECT_EQ((*t)[0], 0u);
    EXPECT_EQ((*t)[1], 3u);
}

TEST(TableBreakChoice, OnAFreshPageTheRowSplitsWhereThePageIsFull)
{
    using layout::table::CellLines;
    const auto t = layout::table::force_row_split({CellLines{3, 3}, std::nullopt, CellLines{40, 12}}, 2);
    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[0], 2u) << "even a short cell splits: the row must make progress";
    EXPECT_EQ(t[1], 0u);
    EXPECT_EQ(t[2], 2u);
}

TEST(TableBreakChoice, TheLeastOfARowAtAPageBottom)
{
    using layout::table::CellLines;
    using layout::table::least_first_part;
    EXPECT_EQ(least_first_part({CellLines{1, 1}, CellLines{3, 3}}), 3u) << "under four lines: whole";
    EXPECT_EQ(least_first_part({CellLines{1, 1}, CellLines{9, 9}}), 2u);
    EXPECT_EQ(least_first_part({std::nullopt, CellLines{0, 0}}), 1u);
}

// ---- merging edges into drawn rules (layout/table/rules) -------------------------------------

TEST(TableRuleMerge, CollinearEdgesMergeNoneIsDroppedDoubleIsTwoLines)
{
    using layout::table::TableSegment;
    std::vector<TableSegment> h = {{10, 0, 50, LineStyle::Single}, {10, 50, 100, LineStyle::Single}, {20, 0, 100, LineStyle::None}};
    std::vector<TableSegment> v = {{0, 10, 20, LineStyle::Double}};
    const auto rules = layout::table::merge_rules(h, v, 0.5);
    ASSERT_EQ(rules.size(), 3u);
    EXPECT_DOUBLE_EQ(rules[0].x1, 0);
    EXPECT_DOUBLE_EQ(rules[0].x2, 100);
    EXPECT_DOUBLE_EQ(rules[0].y1, 10);
    EXPECT_LT(rules[1].x1, 0);  // the two lines of the double rule, either side of x = 0
    EXPECT_GT(rules[2].x1, 0);
    EXPECT_TRUE(layout::table::merge_rules(h, v, 0).empty()) << "garis=\"0pt\" draws nothing, not hairlines";
}

TEST(TableRuleMerge, DifferentRulesOnOneLineStayApart)
{
    using layout::table::TableSegment;
    std::vector<TableSegment> h = {{10, 0, 50, LineStyle::Single}, {10, 50, 100, LineStyle::Double}};
    const auto rules = layout::table::merge_rules(h, {}, 0.5);
    EXPECT_EQ(rules.size(), 3u);  // one single and two lines of the double
}

TEST(TableRuleMerge, SegmentsWithAGapStayApart)
{
    using layout::table::TableSegment;
    const auto rules = layout::table::merge_rules({{10, 0, 40, LineStyle::Single}, {10, 60, 100, LineStyle::Single}}, {}, 0.5);
    ASSERT_EQ(rules.size(), 2u);
    EXPECT_DOUBLE_EQ(rules[0].x2, 40);
    EXPECT_DOUBLE_EQ(rules[1].x1, 60);
}
