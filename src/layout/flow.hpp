// Block flow: lines of text placed down pages, with the breaking rules of a decree
// (widows and orphans, keep-with-next, blocks that never split) and page geometry.
#pragma once

#include <functional>
#include <vector>

#include "core/diagnostic.hpp"
#include "layout/page.hpp"
#include "measure/table_measures.hpp"
#include "model/model.hpp"
#include "style/style.hpp"
#include "text/font.hpp"
#include "text/paragraph.hpp"

namespace naskah::layout {

struct LayoutContext {
    const style::HouseStyle& style;
    const text::FontSet& fonts;
    text::Shaper& shaper;
    DiagnosticSink& sink;
    model::Variant variant = model::Variant::Asli;
    /// Where the layout leaves each table's widths and text size for the DOCX writer; may be null.
    measure::TableMeasures* table_measures = nullptr;
};

/// One line of the flow: its boxes with y relative to the line's top.
struct FlowLine {
    double height = 0;
    double space_before = 0;       ///< dropped at the top of a page
    bool break_before = true;      ///< the page may break before this line
    std::vector<TextBox> texts;    ///< y relative to the line's top
    std::vector<Rule> rules;       ///< y relative to the line's top
    std::vector<SignatureField> fields;  ///< y relative to the line's top
    std::vector<QrBox> qrs;
    std::vector<ImageBox> images;
    bool continuation_source = true;  ///< its first words may serve as the kata penyambung
};

/// Places FlowLines onto pages. Lines are buffered until `flush` so that keep rules can move
/// a group to the next page as a whole.
class Flow {
public:
    Flow(LayoutContext& ctx, Document& doc) : ctx_(ctx), doc_(doc) {}

    /// Starts a new page; `section` names it for tests and the continuation word.
    void new_page(bool landscape, const std::string& section);
    void add(FlowLine line) { pending_.push_back(std::move(line)); }
    /// Places every buffered line. Breaking moves whole keep-groups.
    void flush();

    Page& page() { return doc_.pages.back(); }
    double y() const { return y_; }
    void set_y(double y) { y_ = y; }
    /// Bottom of the usable area on the current page.
    double bottom() const { return bottom_; }
    bool at_page_top() const { return y_ <= top_ + 0.01; }
    double top() const { return top_; }
    bool landscape() const { return landscape_; }
    const std::string& section() const { return section_; }
    /// Reserve room at the page bottom for the continuation word on decree pages.
    void set_reserve(double r) { reserve_ = r; }
    /// Height kept free at the bottom of every new page (the TTE footer).
    void set_footer(double h) { footer_ = h; }
    /// The sheet of the pages that follow (a Lampiran's `kertas`, mm, portrait); 0 × 0: the house
    /// style's. `sideways`: landscape pages are turned onto a portrait sheet.
    void set_paper(double width_mm, double height_mm, bool sideways)
    {
        paper_w_ = width_mm;
        paper_h_ = height_mm;
        sideways_ = sideways;
    }
    std::uint32_t next_seq() { return seq_++; }
    /// Called after every new page, so finished pages can be handed on.
    void on_new_page(std::function<void()> f) { on_new_page_ = std::move(f); }

private:
    LayoutContext& ctx_;
    Document& doc_;
    std::vector<FlowLine> pending_;
    double y_ = 0, top_ = 0, bottom_ = 0, reserve_ = 0, footer_ = 0;
    double paper_w_ = 0, paper_h_ = 0;
    bool sideways_ = false;
    bool landscape_ = false;
    std::string section_;
    std::uint32_t seq_ = 0;
    std::function<void()> on_new_page_;
    void place(FlowLine& line);
};

/// Metrics of a line of text at `size` pt in the house style's leading.
struct LineMetrics {
    double height, baseline;  ///< line height and baseline offset from the line's top
};
LineMetrics line_metrics(const LayoutContext& ctx, double size);

/// A text box for a run of a laid-out line: `x` is where the line starts, `top` the line's top
/// (its box spans the whole line height, so boxes of consecutive lines never overlap).
TextBox text_box(const text::LineRun& run, double x, double top, double size, const LineMetrics& lm);

/// Turns paragraph lines into FlowLines at horizontal offset `x` (absolute, pt).
void append_lines(std::vector<FlowLine>& out, const std::vector<text::Line>& lines, double x, double size,
                  const LayoutContext& ctx);

/// Sets widow/orphan rules on a paragraph's lines [first, end): no single line left at the
/// bottom or carried to the next page.
void protect_paragraph(std::vector<FlowLine>& lines, std::size_t first, std::size_t end);

}  // namespace naskah::layout
