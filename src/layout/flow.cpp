#include "layout/flow.hpp"

namespace naskah::layout {

namespace {
constexpr double kMm = 72.0 / 25.4;
constexpr double kEps = 0.01;
}  // namespace

void Flow::new_page(bool landscape, const std::string& section)
{
    const auto& s = ctx_.style;
    Page p;
    p.landscape = landscape;
    const double pw = paper_w_ > 0 ? paper_w_ : s.paper_width, ph = paper_h_ > 0 ? paper_h_ : s.paper_height;
    p.width = (landscape ? ph : pw) * kMm;
    p.height = (landscape ? pw : ph) * kMm;
    p.sideways = landscape && sideways_;
    const auto& m = landscape ? s.landscape : s.portrait;
    p.content_x = m.left * kMm;
    p.content_y = m.top * kMm;
    p.content_width = p.width - (m.left + m.right) * kMm;
    p.content_height = p.height - (m.top + m.bottom) * kMm - footer_;
    p.number = ++doc_.page_count;
    p.section = section;
    doc_.pages.push_back(std::move(p));
    landscape_ = landscape;
    section_ = section;
    top_ = y_ = m.top * kMm;
    bottom_ = top_ + doc_.pages.back().content_height;
    if (on_new_page_) on_new_page_();
}

void Flow::place(FlowLine& line)
{
    Page& p = page();
    const double sb = at_page_top() ? 0 : line.space_before;
    const double top = y_ + sb;
    for (auto& t : line.texts) {
        t.y += top;
        t.seq = seq_++;
        p.texts.push_back(std::move(t));
    }
    for (auto& r : line.rules) {
        r.y1 += top;
        r.y2 += top;
        p.rules.push_back(r);
    }
    for (auto& f : line.fields) {
        f.y += top;
        p.fields.push_back(std::move(f));
    }
    for (auto& q : line.qrs) {
        q.y += top;
        p.qrs.push_back(std::move(q));
    }
    for (auto& im : line.images) {
        im.y += top;
        p.images.push_back(std::move(im));
    }
    y_ = top + line.height;
}

void Flow::flush()
{
    const std::size_t n = pending_.size();
    std::size_t i = 0;
    while (i < n) {
        double y = y_;
        std::size_t j = i;
        const double limit = bottom_ - reserve_ + kEps;
        while (j < n) {
            const double sb = (j == i && at_page_top()) ? 0 : pending_[j].space_before;
            if (y + sb + pending_[j].height > limit) break;
            y += sb + pending_[j].height;
            ++j;
        }
        if (j == n) {
            for (; i < n; ++i) place(pending_[i]);
            break;
        }
        std::size_t k = j;
        while (k > i && !pending_[k].break_before) --k;
        if (k == i) {
            if (!at_page_top()) {
                // the group starting here does not fit in what is left: start it on a new page
                new_page(landscape_, section_);
                continue;
            }
            // a group taller than a whole page: split where the page is full
            k = j > i ? j : i + 1;
        }
        for (; i < k; ++i) place(pending_[i]);
        new_page(landscape_, section_);
    }
    pending_.clear();
}

LineMetrics line_metrics(const LayoutContext& ctx, double size)
{
    const text::Font& f = ctx.fonts.at(0);
    const double asc = f.ascender() * size / f.units_per_em();
    const double desc = -f.descender() * size / f.units_per_em();
    const double h = size * ctx.style.line_height;
    return LineMetrics{h, (h - (asc + desc)) / 2 + asc};
}

TextBox text_box(const text::LineRun& run, double x, double top, double size, const LineMetrics& lm)
{
    TextBox t;
    t.x = x + run.x;
    t.y = top + lm.baseline;
    t.width = run.width;
    t.size = size;
    t.ascent = lm.baseline;
    t.descent = lm.height - lm.baseline;
    t.face = run.face;
    t.underline = run.underline;
    t.text = run.text;
    t.shaped = run.shaped;
    return t;
}

void append_lines(std::vector<FlowLine>& out, const std::vector<text::Line>& lines, double x, double size, const LayoutContext& ctx)
{
    const LineMetrics lm = line_metrics(ctx, size);
    for (const auto& line : lines) {
        FlowLine fl;
        fl.height = lm.height;
        for (const auto& run : line.runs) fl.texts.push_back(text_box(run, x, 0, size, lm));
        out.push_back(std::move(fl));
    }
}

void protect_paragraph(std::vector<FlowLine>& lines, std::size_t first, std::size_t end)
{
    if (end - first >= 2) {
        lines[first + 1].break_before = false;  // no orphan: first line alone at a page bottom
        lines[end - 1].break_before = false;    // no widow: last line alone on a new page
    }
}

}  // namespace naskah::layout
