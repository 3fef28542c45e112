// Lays out a whole decree: the Keputusan pages, then each Lampiran, into one Document.
#pragma once

#include "layout/flow.hpp"
#include "layout/page.hpp"
#include "model/model.hpp"

namespace naskah::layout {

/// Lays out `decree` with the context's house style and variant. Errors (a missing glyph, an
/// unreadable logo) go to ctx.sink; returns false when the document cannot be laid out.
bool layout_document(const model::Decree& decree, LayoutContext& ctx, Document& out);

/// Lays out a table at the flow's position, continuing over as many pages as it needs.
/// `keep_after` is the height of what must follow the last row on its page (the Lampiran's
/// signature block), so the last row moves to the next page with it rather than leave it alone.
/// `under_heading`: the table follows its Lampiran's heading and title at the top of the
/// Lampiran's first page; it then starts there whenever its header and a line fit, since moving
/// it would leave the heading alone on its page.
/// Implemented by the table engine (layout/table/layouter.cpp).
bool layout_table(const model::Table& table, Flow& flow, LayoutContext& ctx, double keep_after = 0, bool under_heading = false);
/// The same for a work plan, expanded into its table a few hundred rows at a time.
bool layout_work_plan(const model::WorkPlan& plan, Flow& flow, LayoutContext& ctx, double keep_after = 0, bool under_heading = false);

/// The text shown where the number or date is assigned at signing: nothing is drawn, but the
/// same width as the DOCX placeholder is left blank.
inline constexpr const char* kNumberPlaceholder = "${nomor_naskah}";
inline constexpr const char* kDatePlaceholder = "${tanggal_naskah}";

}  // namespace naskah::layout
