#include "layout/document.hpp"

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>

#include "compose/compose.hpp"
#include "measure/columns.hpp"

namespace naskah::layout {

using model::HAlign;
using model::Inline;

namespace {

constexpr double kMm = 72.0 / 25.4;

class DecreeLayout {
public:
    DecreeLayout(const model::Decree& d, LayoutContext& ctx, Document& doc)
        : d_(d), ctx_(ctx), s_(ctx.style), doc_(doc), flow_(ctx, doc), c_(compose::compose(d, ctx.style, ctx.variant))
    {
    }

    bool run();

private:
    const model::Decree& d_;
    LayoutContext& ctx_;
    const style::HouseStyle& s_;
    Document& doc_;
    Flow flow_;
    const compose::Composed c_;
    std::vector<FlowLine> lines_;  // the current section's lines, before they go to the flow

    double left() { return flow_.page().content_x; }
    double width() { return flow_.page().content_width; }
    double size() const { return s_.font_size; }

    text::ParagraphSpec spec(double w, HAlign align, std::uint8_t style = model::kPlain, bool upper = false) const
    {
        text::ParagraphSpec p;
        p.width = w;
        p.size = s_.font_size;
        p.align = align == HAlign::Justify && !s_.justify ? HAlign::Left : align;
        p.hyphenate = s_.hyphenate && align == HAlign::Justify;
        p.base_style = style;
        p.upper = upper;
        return p;
    }

    // Appends a paragraph's lines; returns the index of its first line in lines_.
    std::size_t paragraph(const Inline& in, double x, const text::ParagraphSpec& sp, double space_before = 0,
                          bool protect = true)
    {
        const std::size_t first = lines_.size();
        auto broken = text::break_paragraph(in, sp, ctx_.shaper, ctx_.sink);
        append_lines(lines_, broken, x, sp.size, ctx_);
        if (lines_.size() > first) {
            lines_[first].space_before = space_before;
            if (protect) protect_paragraph(lines_, first, lines_.size());
        }
        return first;
    }

    std::size_t plain(const std::string& text, double x, double w, HAlign align, std::uint8_t style = model::kPlain,
                      double space_before = 0, bool upper = false)
    {
        return paragraph(Inline::from_text(text), x, spec(w, align, style, upper), space_before, true);
    }

    // A label, colon or marker placed on an existing line, aligned to its baseline.
    void put(std::size_t line, const std::string& text, double x, std::uint8_t face = 0)
    {
        if (line >= lines_.size() || text.empty()) return;
        const LineMetrics lm = line_metrics(ctx_, size());
        TextBox t;
        t.x = x;
        t.y = lm.baseline;
        t.size = size();
        t.ascent = lm.baseline;
        t.descent = lm.height - lm.baseline;
        t.face = face;
        t.text = text;
        t.width = ctx_.shaper.width(face, text, size());
        // reading order: labels come before the text of their line
        lines_[line].texts.insert(lines_[line].texts.begin(), std::move(t));
    }

    void blank(double height, bool break_before = true)
    {
        FlowLine fl;
        fl.height = height;
        fl.break_before = break_before;
        lines_.push_back(std::move(fl));
    }

    std::size_t pending_glue_ = 0;  // first line after the heading, glued to it
    double label_width_ = 0;        // the label column: the house style's, or wider for a long label

    // A marker column wide enough for the widest marker ("100.", "aa.") and a space after it.
    double marker_column(const std::vector<model::Item>& items, model::Numbering numbering, double minimum)
    {
        double widest = 0;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const std::string m = items[i].label.empty() ? model::list_marker(numbering, i) : items[i].label;
            widest = std::max(widest, ctx_.shaper.width(0, m, size()));
        }
        return std::max(minimum, widest + size() * 0.4);
    }
    void glue_to_previous(std::size_t line)
    {
        if (line < lines_.size()) lines_[line].break_before = false;
    }

    std::size_t blocks(const std::vector<model::Block>& bs, double x, double w, double space_before, int depth);
    void grid_part(const compose::Part& part);
    /// A composed line as a paragraph; a value left for signing leaves its room.
    std::size_t line(const compose::Line& l, double x, double w, HAlign align, std::uint8_t style = model::kPlain,
                     double space_before = 0, bool protect = true);
    /// Label | ":" | value rows, the values aligned after the widest label.
    void rows(const std::vector<compose::Row>& rs, double x, double w, bool colons, double space_before);
    void kop();
    void heading();
    void signature(bool with_place);
    void signature_at(const compose::Signature& sg, double x, double w);
    void certification();
    // Peraturan
    std::size_t centred(const std::string& text, double x, double w, double space_before, bool upper = false);
    void division(const model::Division& v, double x, double w);
    void clauses(const std::vector<model::Clause>& cs, double x, double w);
    void closing();
    void explanation();
    void note(const model::Note& n, double x, double w);
    double ayat_marker_width(const std::vector<model::Clause>& cs);
    void tembusan();
    void lampiran(const model::Lampiran& l, std::size_t index);
    void lampiran_heading(std::size_t index);
    /// An image scaled to its width (or the text width), never taller than the page's text.
    void figure(const model::Figure& f, double space_before);
    std::size_t pending_heading_ = 0;  // first line after a Lampiran heading, to keep with it
    /// Finishes pages that can no longer change (all but the last two, or all) and hands them to
    /// the document's sink.
    void release_pages(bool all);
    void finalize(Page& page, const Page* next);
    void continuation_word(Page& page, const Page& next);
    std::size_t finalized_ = 0;
    std::string numbered_section_;  // the section whose first page section_first_ is (halaman nomor-lampiran-lanjut="tidak")
    int section_first_ = 1;
    // the TTE footer is the same on every page: built once
    bool footer_ready_ = false;
    QrBox footer_qr_;
    std::vector<text::Line> footer_lines_;
    double footer_size_ = 0;
    std::string number_text() const { return d_.meta.number ? *d_.meta.number : std::string(); }
    std::string date_text() const { return d_.meta.date ? model::format_date_id(*d_.meta.date) : std::string(); }
    void flush_section()
    {
        for (auto& l : lines_) flow_.add(std::move(l));
        lines_.clear();
        flow_.flush();
    }
};

std::size_t DecreeLayout::blocks(const std::vector<model::Block>& bs, double x, double w, double space_before, int depth)
{
    const std::size_t first = lines_.size();
    bool first_block = true;
    for (const auto& b : bs) {
        const double sb = first_block ? space_before : s_.space_paragraph;
        if (!b.is_list) {
            paragraph(b.paragraph, x, spec(w, HAlign::Justify), sb);
        } else {
            const double mw = marker_column(b.list.items, b.list.numbering, s_.nested_marker_width * kMm);
            for (std::size_t i = 0; i < b.list.items.size(); ++i) {
                const auto& item = b.list.items[i];
                const std::size_t at = blocks(item.blocks, x + mw, w - mw, i == 0 ? sb : s_.space_paragraph / 2, depth + 1);
                const std::string marker = item.label.empty() ? model::list_marker(b.list.numbering, i) : item.label;
                put(at, marker, x);
            }
        }
        first_block = false;
    }
    return first;
}

void DecreeLayout::grid_part(const compose::Part& part)
{
    const auto& items = *part.items;
    const auto numbering = part.numbering;
    const std::string& label = part.label;
    if (items.empty()) return;
    const double x0 = left();
    const double colon_x = x0 + label_width_;
    const double marker_x = colon_x + s_.colon_width * kMm;
    const bool markers = part.markers;
    const double text_x = markers ? marker_x + marker_column(items, numbering, s_.marker_width * kMm) : marker_x;
    const double text_w = x0 + width() - text_x;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        const std::size_t at = blocks(item.blocks, text_x, text_w, i == 0 ? s_.space_part : s_.space_paragraph, 0);
        if (markers) put(at, item.label.empty() ? model::list_marker(numbering, i) : item.label, marker_x);
        if (i == 0) {
            put(at, ":", colon_x);
            put(at, label, x0);
        }
    }
}

std::size_t DecreeLayout::line(const compose::Line& l, double x, double w, HAlign align, std::uint8_t style,
                               double space_before, bool protect)
{
    model::Inline text = l.text;
    if (text.spans.empty()) text.spans.push_back(model::Span{" ", model::kPlain, false, l.text.pos});  // keeps the line
    const std::size_t at = paragraph(text, x, spec(w, align, style, l.upper), space_before, protect);
    if (l.text.empty() && at < lines_.size()) lines_[at].texts.clear();  // a value assigned at signing: left blank
    if (l.blank != compose::Blank::None && align == HAlign::Center && !l.text.empty()) {
        // centred as if the value assigned at signing stood after the words
        const double blank_w = ctx_.shaper.width(0, l.blank == compose::Blank::Number ? kNumberPlaceholder : kDatePlaceholder, size());
        for (std::size_t k = at; k < lines_.size(); ++k)
            for (auto& t : lines_[k].texts) t.x -= blank_w / 2;
    }
    return at;
}

void DecreeLayout::kop()
{
    const double x0 = left(), w = width();
    const compose::Kop& k = c_.kop;
    double text_x = x0, text_w = w;
    std::size_t first = lines_.size();
    double image_h = 0;
    std::optional<ImageBox> image;
    if (!k.logo.empty()) {
        std::filesystem::path p = std::filesystem::path(d_.source_file).parent_path() / k.logo;
        if (!std::filesystem::exists(p)) {
            ctx_.sink.error(k.logo_pos, "E-LOGO", "berkas logo '" + p.string() + "' tidak ada; seharusnya berkas PNG",
                            "the logo file '" + p.string() + "' does not exist; expected a PNG file");
        } else {
            const double side = s_.conv.logo_size * kMm;
            image_h = side;
            if (k.form == style::KopForm::LogoLeft) {
                image = ImageBox{x0, 0, side, side, p.string()};
                text_x = x0 + side + 3 * kMm;
                text_w = w - side - 3 * kMm;
            } else {
                FlowLine fl;  // the emblem centred above the kop lines
                fl.height = side + 4;
                fl.images.push_back(ImageBox{x0 + (w - side) / 2, 0, side, side, p.string()});
                fl.continuation_source = false;
                lines_.push_back(std::move(fl));
                first = lines_.size();
            }
        }
    }
    double kop_h = 0;
    for (std::size_t i = 0; i < k.lines.size(); ++i) {
        const bool address = i < k.address.size() && k.address[i];
        text::ParagraphSpec sp = spec(text_w, HAlign::Center, address || !s_.conv.kop_bold ? model::kPlain : model::kBold, k.lines[i].upper);
        sp.size = address ? s_.conv.kop_address_size : s_.kop_font_size;
        const std::size_t at = paragraph(k.lines[i].text, text_x, sp, 0, false);
        for (std::size_t j = at; j < lines_.size(); ++j) {
            lines_[j].break_before = false;
            kop_h += lines_[j].height;
        }
    }
    if (image) {
        // the logo stands beside the lines; the kop is as tall as the taller of the two
        if (first < lines_.size()) lines_[first].images.push_back(*image);
        else blank(0, false);
        if (kop_h < image_h) blank(image_h - kop_h, false);
    }
    if (k.rule) {
        FlowLine fl;  // a thick and a thin rule under the kop
        fl.height = 6;
        fl.break_before = false;
        fl.rules.push_back(Rule{x0, 2, x0 + w, 2, 1.5});
        fl.rules.push_back(Rule{x0, 4.2, x0 + w, 4.2, 0.5});
        fl.continuation_source = false;
        lines_.push_back(std::move(fl));
    }
}

void DecreeLayout::heading()
{
    const double x0 = left(), w = width();
    // SALINAN stands in the top margin, so the copy's body lines fall where the original's do.
    if (!c_.copy_label.empty()) {
        const LineMetrics lm = line_metrics(ctx_, size());
        TextBox t;
        t.y = flow_.top() - lm.height + lm.baseline - 4;
        t.size = size();
        t.ascent = lm.baseline;
        t.descent = lm.height - lm.baseline;
        t.face = model::kBold;
        t.text = c_.copy_label;
        t.width = ctx_.shaper.width(t.face, t.text, size());
        t.x = x0;
        if (c_.copy_place == style::CopyLabel::TopRightBoxed) {
            const double pad = 3;
            t.x = x0 + w - t.width - pad;
            const double top = t.y - lm.baseline - pad / 2, bottom = t.y + t.descent + pad / 2;
            const double l = t.x - pad, r = t.x + t.width + pad;
            for (const Rule& rule : {Rule{l, top, r, top, 0.75}, Rule{l, bottom, r, bottom, 0.75}, Rule{l, top, l, bottom, 0.75},
                                     Rule{r, top, r, bottom, 0.75}})
                flow_.page().rules.push_back(rule);
        }
        t.seq = flow_.next_seq();
        flow_.page().texts.push_back(std::move(t));
    }
    kop();
    const compose::TitleBlock& tb = c_.title;
    const std::size_t title_start = lines_.size();
    line(tb.instrument, x0, w, HAlign::Center, model::kPlain, s_.space_title);
    line(tb.number, x0, w, HAlign::Center);
    line(tb.about, x0, w, HAlign::Center, model::kPlain, s_.space_paragraph);
    line(tb.title, x0, w, HAlign::Center, model::kPlain, s_.space_paragraph);
    if (tb.rahmat) line(*tb.rahmat, x0, w, HAlign::Center, model::kPlain, s_.space_title);
    line(tb.official, x0, w, HAlign::Center, model::kPlain, s_.space_title);
    // the whole heading stays together with the first Menimbang line
    for (std::size_t k = title_start + 1; k < lines_.size(); ++k) lines_[k].break_before = false;
    pending_glue_ = lines_.size();
}

void DecreeLayout::rows(const std::vector<compose::Row>& rs, double x, double w, bool colons, double space_before)
{
    double label_w = 0;
    for (const auto& r : rs) label_w = std::max(label_w, ctx_.shaper.width(0, r.label, size()));
    const double colon_x = x + label_w + (label_w > 0 ? 6 : 0);
    const double value_x = label_w > 0 ? colon_x + ctx_.shaper.width(0, ": ", size()) + 2 : x;
    bool first = true;
    for (const auto& r : rs) {
        const std::size_t at = line(r.value, value_x, x + w - value_x, HAlign::Left, model::kPlain, first ? space_before : 0, false);
        if (!r.label.empty()) {
            if (colons) put(at, ":", colon_x);
            put(at, r.label, x);
        }
        first = false;
    }
}

void DecreeLayout::signature(bool with_place)
{
    const double w = s_.signature_width * kMm;
    signature_at(with_place ? c_.signature : c_.lampiran_signature, left() + width() - w, w);
}

void DecreeLayout::signature_at(const compose::Signature& sg, double x, double w)
{
    const std::size_t first = lines_.size();
    if (!sg.place_date.empty()) rows(sg.place_date, x, w, sg.colons, s_.space_part);
    bool first_title = true;
    for (const auto& t : sg.titles) {
        line(t, x, w, HAlign::Left, model::kPlain, first_title ? (sg.place_date.empty() ? s_.space_part : s_.space_paragraph * 2) : 0, false);
        first_title = false;
    }
    // signing space: a signature field (asli, tte) or "ttd." (salinan)
    FlowLine space;
    space.height = s_.signing_space * kMm;
    if (!sg.mark.empty()) {
        const LineMetrics lm = line_metrics(ctx_, size());
        TextBox t;
        t.x = x;
        t.y = (space.height - lm.height) / 2 + lm.baseline;
        t.size = size();
        t.ascent = lm.baseline;
        t.descent = lm.height - lm.baseline;
        t.text = sg.mark;
        t.width = ctx_.shaper.width(0, t.text, size());
        space.texts.push_back(std::move(t));
    }
    if (sg.field) space.fields.push_back(SignatureField{sg.field_name, sg.signer, x, 0, w, space.height});
    lines_.push_back(std::move(space));
    line(sg.name, x, w, HAlign::Left, model::kPlain, 0, false);
    for (const auto& a : sg.after_name) line(a, x, w, HAlign::Left, model::kPlain, 0, false);
    for (std::size_t k = first; k < lines_.size(); ++k) {
        lines_[k].break_before = false;
        lines_[k].continuation_source = false;
    }
}

std::size_t DecreeLayout::centred(const std::string& text, double x, double w, double space_before, bool upper)
{
    return paragraph(Inline::from_text(text), x, spec(w, HAlign::Center, model::kPlain, upper), space_before, true);
}

double DecreeLayout::ayat_marker_width(const std::vector<model::Clause>& cs)
{
    double widest = 0;
    for (const auto& c : cs)
        if (c.kind != model::Clause::Kind::Text) widest = std::max(widest, ctx_.shaper.width(0, compose::Composed::clause_marker(c), size()));
    return widest == 0 ? 0 : std::max(s_.marker_width * kMm, widest + size() * 0.5);
}

void DecreeLayout::division(const model::Division& v, double x, double w)
{
    const std::size_t head = centred(c_.heading(v), x, w, s_.space_part, v.kind == model::DivisionKind::Bab);
    if (!v.title.empty()) {
        paragraph(v.title, x, spec(w, HAlign::Center, model::kPlain, v.kind == model::DivisionKind::Bab), 0, true);
    }
    for (std::size_t k = head + 1; k < lines_.size(); ++k) lines_[k].break_before = false;
    const std::size_t body_at = lines_.size();
    if (v.kind == model::DivisionKind::Pasal) clauses(v.clauses, x, w);
    for (const auto& child : v.children) division(child, x, w);
    // a heading is kept with at least two lines of what it heads
    for (std::size_t k = body_at; k < std::min(body_at + 2, lines_.size()); ++k) lines_[k].break_before = false;
}

void DecreeLayout::clauses(const std::vector<model::Clause>& cs, double x, double w)
{
    const double mw = ayat_marker_width(cs);
    bool first = true;
    for (const auto& c : cs) {
        const double sb = first ? s_.space_paragraph : s_.space_paragraph;
        first = false;
        if (c.kind == model::Clause::Kind::Text) {
            blocks(c.blocks, x, w, sb, 0);
            continue;
        }
        const std::string marker = compose::Composed::clause_marker(c);
        const double indent = marker.empty() ? 0 : mw;  // a lone change instruction has no number
        const std::size_t at = blocks(c.blocks, x + indent, w - indent, sb, 0);
        put(at, marker, x);
        if (c.kind == model::Clause::Kind::Change) {
            // the amended text, as it will read, under the instruction's text
            for (const auto& q : c.quoted) division(q, x + indent, w - indent);
            if (!c.quoted_clauses.empty()) clauses(c.quoted_clauses, x + indent, w - indent);
        }
    }
}

void DecreeLayout::closing()
{
    if (c_.promulgation) {
        const double w = s_.signature_width * kMm;
        const std::size_t at = lines_.size();
        signature_at(*c_.promulgation, left(), w);
        if (at < lines_.size()) lines_[at].break_before = true;
    }
    bool first = true;
    for (const auto& g : c_.gazette) {
        const std::size_t at = line(g, left(), width(), c_.gazette_centred ? HAlign::Center : HAlign::Left, model::kPlain,
                                    first ? s_.space_part : 0, false);
        if (at < lines_.size()) lines_[at].break_before = false;  // stays under the Diundangkan block
        first = false;
    }
}

void DecreeLayout::note(const model::Note& n, double x, double w)
{
    const double indent = s_.marker_width * kMm;
    const std::size_t head = plain(c_.note_heading(n), x, w, HAlign::Left, model::kPlain, s_.space_paragraph);
    const std::size_t body_at = lines_.size();
    if (!n.blocks.empty()) blocks(n.blocks, x + indent, w - indent, s_.space_paragraph / 2, 0);
    for (const auto& sub : n.notes) note(sub, x + indent, w - indent);
    for (std::size_t k = body_at; k < std::min(body_at + 2, lines_.size()); ++k) lines_[k].break_before = false;
    (void)head;
}

void DecreeLayout::explanation()
{
    const compose::Explanation& e = *c_.explanation;
    const model::Penjelasan& p = *d_.penjelasan;
    flow_.set_reserve(0);
    flow_.new_page(false, "penjelasan");
    const double x0 = left(), w = width();
    const std::size_t first = lines_.size();
    bool first_line = true;
    for (const auto& l : e.heading) {
        line(l, x0, w, HAlign::Center, model::kPlain, first_line ? 0 : s_.space_paragraph / 2);
        first_line = false;
    }
    for (std::size_t k = first + 1; k < lines_.size(); ++k) lines_[k].break_before = false;
    const double indent = s_.marker_width * kMm;
    if (!p.general.empty()) {
        line(e.general, x0, w, HAlign::Left, model::kPlain, s_.space_part);
        const std::size_t at = blocks(p.general, x0 + indent, w - indent, s_.space_paragraph, 0);
        glue_to_previous(at);
    }
    if (!p.pasal.empty()) {
        line(e.article_by_article, x0, w, HAlign::Left, model::kPlain, s_.space_part);
        const std::size_t at = lines_.size();
        for (const auto& n : p.pasal) note(n, x0 + indent, w - indent);
        glue_to_previous(at);
    }
    if (e.supplement) {
        const std::size_t at = line(*e.supplement, x0, w, HAlign::Left, model::kPlain, s_.space_part * 2, false);
        (void)at;
    }
    if (d_.lampiran.empty() && !c_.certification_each) certification();
    flush_section();
}

void DecreeLayout::certification()
{
    if (!c_.certification) return;
    const compose::Certification& c = *c_.certification;
    const double x = left();
    const double w = s_.certification_width * kMm;
    const std::size_t first = lines_.size();
    bool first_line = true;
    for (const auto& l : c.lines) {
        line(l, x, w, HAlign::Left, model::kPlain, first_line ? s_.space_part : 0);
        first_line = false;
    }
    if (c.mark.empty()) {
        blank(s_.signing_space * kMm * 0.8, false);
    } else {
        // the mark ends the signing space, as the DOCX's spacer paragraph holds it
        const double before = std::max(0.0, s_.signing_space * kMm * 0.8 - line_metrics(ctx_, size()).height);
        blank(before, false);
        plain(c.mark, x, w, HAlign::Left, model::kPlain, 0);
    }
    line(c.name, x, w, HAlign::Left);
    for (const auto& a : c.after_name) line(a, x, w, HAlign::Left);
    for (std::size_t k = first + 1; k < lines_.size(); ++k) lines_[k].break_before = false;
    for (std::size_t k = first; k < lines_.size(); ++k) lines_[k].continuation_source = false;
}

void DecreeLayout::tembusan()
{
    if (c_.tembusan.empty()) return;
    const double x = left();
    const std::size_t at = plain(c_.tembusan_heading, x, width(), HAlign::Left, model::kPlain, s_.space_part);
    const std::size_t first = at;
    const double mw = c_.tembusan_numbered ? s_.marker_width * kMm : 0;
    for (std::size_t i = 0; i < c_.tembusan.size(); ++i) {
        const std::size_t l = line(c_.tembusan[i], x + mw, width() - mw, HAlign::Left);
        if (c_.tembusan_numbered) put(l, model::list_marker(model::Numbering::Number, i), x);
    }
    glue_to_previous(first + 1);
    for (std::size_t k = first; k < lines_.size(); ++k) lines_[k].continuation_source = false;
}

void DecreeLayout::lampiran_heading(std::size_t index)
{
    const compose::LampiranHeading& h = c_.lampiran[index];
    double w = std::min(s_.lampiran_heading_width * kMm, width());
    double x = left() + width() - w;
    if (h.place == style::HeadingPlace::Left) x = left();
    if (h.place == style::HeadingPlace::Full) {
        x = left();
        w = width();
    }
    const std::size_t first = lines_.size();
    if (!h.labelled) {
        for (const auto& r : h.rows) {
            compose::Line l = r.value;
            if (!r.label.empty())
                l.text.spans.insert(l.text.spans.begin(),
                                    model::Span{r.value.text.empty() ? r.label : r.label + " ", model::kPlain, false, l.text.pos});
            line(l, x, w, HAlign::Left);
        }
    } else {
        rows(h.rows, x, w, s_.conv.lampiran_colons, 0);
    }
    if (h.underline_last && !h.rows.empty()) {
        // the last row's lines, as far as they reach: the line ending the heading is underlined
        for (auto& t : lines_.back().texts) t.underline = true;
    }
    for (std::size_t k = first; k < lines_.size(); ++k) {
        lines_[k].break_before = k == first;
        lines_[k].continuation_source = false;
    }
}

void DecreeLayout::figure(const model::Figure& f, double space_before)
{
    if (f.pixel_width == 0 || f.pixel_height == 0) return;  // the file check reported it
    double w = std::min(f.width_mm > 0 ? f.width_mm * kMm : width(), width());
    double h = w * f.pixel_height / f.pixel_width;
    const double room = flow_.page().content_height - space_before - 2;
    if (h > room) {
        w *= room / h;
        h = room;
    }
    FlowLine fl;
    fl.height = h + 2;
    fl.space_before = space_before;
    fl.images.push_back(ImageBox{left() + (width() - w) / 2, 0, w, h, f.resolved, f.jpeg});
    lines_.push_back(std::move(fl));
}

void DecreeLayout::lampiran(const model::Lampiran& l, std::size_t index)
{
    const bool landscape = measure::lampiran_landscape(l, s_);
    flow_.set_reserve(0);
    // a Lampiran may have its own sheet (kertas) and be turned onto a portrait one (putar)
    flow_.set_paper(l.paper ? l.paper->width : 0, l.paper ? l.paper->height : 0, l.sideways);
    flow_.new_page(landscape, "lampiran-" + std::to_string(index + 1));
    lampiran_heading(index);
    if (const auto& title = c_.lampiran[index].title) {
        const std::size_t title_at = line(*title, left(), width(), HAlign::Center, model::kBold, s_.space_part * 1.5);
        glue_to_previous(title_at + 1);
        for (std::size_t k = title_at; k < lines_.size(); ++k) lines_[k].continuation_source = false;
    }
    bool after_title = true;
    for (const auto& block : l.content) {
        if (const auto* b = std::get_if<model::Block>(&block)) {
            std::vector<model::Block> one{*b};
            const std::size_t at = blocks(one, left(), width(), after_title ? s_.space_part : s_.space_paragraph, 0);
            if (after_title) glue_to_previous(at);
        } else if (const auto* h = std::get_if<model::Heading>(&block)) {
            // a prose Lampiran's heading stays with the first lines under it
            const bool follows_heading = &block != &l.content.front() && std::holds_alternative<model::Heading>(*(&block - 1));
            const std::size_t at = paragraph(h->text, left(), spec(width(), h->align, model::kBold), follows_heading ? 0 : s_.space_part, true);
            if (follows_heading) glue_to_previous(at);
            if (after_title) glue_to_previous(at);
            pending_heading_ = lines_.size();
        } else if (const auto* f = std::get_if<model::Figure>(&block)) {
            figure(*f, after_title ? s_.space_part : s_.space_paragraph);
        } else {
            blank(s_.space_paragraph, false);
            flush_section();
            double keep_after = 0;
            if (&block == &l.content.back()) {
                // measure the signature block that will follow, then take it out again
                const std::size_t mark = lines_.size();
                signature(false);
                for (std::size_t k = mark; k < lines_.size(); ++k) keep_after += lines_[k].height + lines_[k].space_before;
                lines_.resize(mark);
            }
            // the first block sits under the Lampiran's heading and title, at the top of its page
            if (const auto* t = std::get_if<model::Table>(&block)) layout_table(*t, flow_, ctx_, keep_after, after_title);
            else layout_work_plan(std::get<model::WorkPlan>(block), flow_, ctx_, keep_after, after_title);
        }
        after_title = false;
        if (pending_heading_ && !std::holds_alternative<model::Heading>(block)) {
            for (std::size_t k = pending_heading_; k < std::min(pending_heading_ + 2, lines_.size()); ++k) lines_[k].break_before = false;
            pending_heading_ = 0;
        }
    }
    signature(false);
    if (c_.certification_each || index + 1 == d_.lampiran.size()) certification();
    // the Lampiran's signature may follow a table directly: nothing to glue it to in lines_
    if (!lines_.empty()) lines_.front().break_before = true;
    flush_section();
}

bool DecreeLayout::run()
{
    const std::size_t errors = ctx_.sink.error_count();
    flow_.on_new_page([this] { release_pages(false); });
    if (ctx_.variant == model::Variant::Tte) flow_.set_footer((s_.qr_size + 4) * kMm);
    flow_.new_page(false, "keputusan");
    const LineMetrics lm = line_metrics(ctx_, size());
    if (s_.continuation_word) flow_.set_reserve(lm.height);
    label_width_ = s_.label_width * kMm;
    for (const std::string& label : c_.grid_labels)
        label_width_ = std::max(label_width_, ctx_.shaper.width(0, label, size()) + size() * 0.5);
    heading();
    if (c_.opening) {
        // an Instruksi's «Dalam rangka …» sentence over the full width, kept with the official's line
        const std::size_t at = line(*c_.opening, left(), width(), HAlign::Justify, model::kPlain, s_.space_part);
        glue_to_previous(at);
    }
    bool first_part = true;
    for (const auto& part : c_.parts) {
        grid_part(part);
        if (first_part) glue_to_previous(pending_glue_);
        first_part = false;
    }
    for (std::size_t i = 0; i < c_.joint_approval.size(); ++i) {
        const std::size_t at = line(c_.joint_approval[i], left(), width(), HAlign::Center, model::kPlain, i == 0 ? s_.space_part : 0);
        if (i > 0) glue_to_previous(at);
    }
    if (!c_.decide.empty()) line(c_.decide, left(), width(), HAlign::Center, model::kPlain, s_.space_part);
    {
        const double x0 = left();
        const double colon_x = x0 + label_width_;
        const double text_x = colon_x + s_.colon_width * kMm;
        bool glued = c_.decide.empty() && !c_.opening;  // «… menginstruksikan:» stays with its «Kepada»
        // an Instruksi: «Kepada : 1. …» and «Untuk :» alone before the diktum
        if (c_.addressees) {
            const std::size_t first = lines_.size();
            grid_part(*c_.addressees);
            if (!glued && first < lines_.size()) glue_to_previous(first);
            glued = true;
        }
        if (!c_.before_diktum.empty()) {
            const std::size_t at = line(compose::Line{}, text_x, x0 + width() - text_x, HAlign::Left, model::kPlain, s_.space_part);
            put(at, ":", colon_x);
            put(at, c_.before_diktum, x0);
        }
        // "Menetapkan : KEPUTUSAN … TENTANG … ." in the label grid
        if (!c_.menetapkan_label.empty()) {
            const std::size_t at = line(c_.menetapkan, text_x, x0 + width() - text_x, HAlign::Justify, model::kPlain, s_.space_part);
            put(at, ":", colon_x);
            put(at, c_.menetapkan_label, x0);
            if (!glued) glue_to_previous(at);
        }
        for (std::size_t i = 0; i < d_.diktum.size(); ++i) {
            const std::size_t dk = blocks(d_.diktum[i].blocks, text_x, x0 + width() - text_x, s_.space_paragraph * 2, 0);
            put(dk, ":", colon_x);
            put(dk, c_.diktum_labels[i], x0);
        }
    }
    // a Peraturan's body: BAB, Bagian, Paragraf, Pasal over the full width
    {
        const double body_x = c_.body_indented ? left() + label_width_ + s_.colon_width * kMm : left();
        for (const auto& v : d_.body) division(v, body_x, left() + width() - body_x);
        if (c_.order) line(*c_.order, body_x, left() + width() - body_x, HAlign::Justify, model::kPlain, s_.space_paragraph * 2);
    }
    signature(true);
    if (c_.regulation) closing();
    tembusan();
    // once at the end of the document, or after every signature
    if (c_.certification_each || (d_.lampiran.empty() && !c_.explanation)) certification();
    flush_section();
    if (c_.explanation) explanation();
    for (std::size_t i = 0; i < d_.lampiran.size(); ++i) lampiran(d_.lampiran[i], i);
    release_pages(true);
    return ctx_.sink.error_count() == errors;
}

void DecreeLayout::release_pages(bool all)
{
    const std::size_t keep = all ? 0 : 2;
    while (doc_.pages.size() - finalized_ > keep) {
        const Page* next = finalized_ + 1 < doc_.pages.size() ? &doc_.pages[finalized_ + 1] : nullptr;
        finalize(doc_.pages[finalized_], next);
        ++finalized_;
    }
    if (doc_.sink && finalized_ > 0) {
        for (std::size_t i = 0; i < finalized_; ++i) doc_.sink->page(std::move(doc_.pages[i]));
        doc_.pages.erase(doc_.pages.begin(), doc_.pages.begin() + static_cast<std::ptrdiff_t>(finalized_));
        finalized_ = 0;
    }
}

void DecreeLayout::continuation_word(Page& page, const Page& next)
{
    // kata penyambung: the first word(s) of the next page, at the bottom right, on pages of the
    // decree body that continue on a page of the same part
    const LineMetrics lm = line_metrics(ctx_, size());
    {
        if (page.section != "keputusan" || next.section != page.section || next.texts.empty()) return;
        // the first line of the next page: the texts sharing the lowest baseline
        double first_y = 1e9;
        for (const auto& t : next.texts)
            if (t.text != c_.copy_label) first_y = std::min(first_y, t.y);
        std::vector<const TextBox*> line;
        for (const auto& t : next.texts)
            if (std::fabs(t.y - first_y) < 0.01) line.push_back(&t);
        std::sort(line.begin(), line.end(), [](const TextBox* a, const TextBox* b) { return a->x < b->x; });
        std::string words;
        for (const TextBox* t : line) {
            // labels and markers ("3.", ":") come with the first real word
            if (!words.empty()) words += ' ';
            words += t->text;
            bool wordlike = t->text.size() > 2 && std::any_of(t->text.begin(), t->text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
            if (wordlike) break;
        }
        if (words.empty()) return;
        words += "...";
        TextBox t;
        t.size = size();
        t.width = ctx_.shaper.width(0, words, size());
        t.x = page.content_x + page.content_width - t.width;
        t.ascent = lm.baseline;
        t.descent = lm.height - lm.baseline;
        t.y = page.content_y + page.content_height - lm.height + lm.baseline;
        t.text = words;
        t.seq = 0xFFFFFF00u;
        page.texts.push_back(std::move(t));
    }
}

void DecreeLayout::finalize(Page& page, const Page* next)
{
    if (s_.continuation_word && next) continuation_word(page, *next);
    const LineMetrics lm = line_metrics(ctx_, size());
    {
        for (auto& f : page.fields) {
            // each signing space gets its own field: ttd_ketua, ttd_ketua_lampiran_1, …
            if (page.section.rfind("lampiran-", 0) == 0) f.name += "_lampiran_" + page.section.substr(9);
        }
        // a Lampiran that counts from 1 again (nomor-lampiran-lanjut="tidak", as the DOCX's section
        // restarts) leaves its first page unnumbered, like the decree's; pages come here in order
        int printed = page.number;
        if (!s_.lampiran_numbers_continue) {
            if (page.section != numbered_section_) {
                numbered_section_ = page.section;
                section_first_ = page.number;
            }
            if (page.section.rfind("lampiran-", 0) == 0) printed = page.number - section_first_ + 1;
        }
        if (s_.page_numbers && printed >= 2) {
            TextBox t;
            t.size = size();
            t.text = c_.page_number(printed);
            t.width = ctx_.shaper.width(0, t.text, size());
            t.x = (page.width - t.width) / 2;
            t.ascent = lm.baseline;
            t.descent = lm.height - lm.baseline;
            // centred in the top (or bottom) margin, but never nearer the paper's edge than printers print
            const double margin = c_.page_number_bottom ? page.height - page.content_y - page.content_height : page.content_y;
            const double from_edge = std::max(margin / 2 - lm.height / 2, std::min(s_.page_number_edge * kMm, margin - lm.height));
            const double top = c_.page_number_bottom ? page.height - from_edge - lm.height : from_edge;
            t.y = top + lm.baseline;
            t.seq = 0;  // printed first on its page
            page.texts.insert(page.texts.begin(), std::move(t));
        }
        if (ctx_.variant == model::Variant::Tte) {
            // the BSrE statement and the verification QR code in the footer
            const double qr = s_.qr_size * kMm;
            if (!footer_ready_) {
                footer_ready_ = true;
                QRcode* code = QRcode_encodeString8bit(d_.meta.verification.empty() ? "-" : d_.meta.verification.c_str(), 0, QR_ECLEVEL_M);
                if (code) {
                    footer_qr_.size = qr;
                    footer_qr_.modules = code->width;
                    footer_qr_.text = d_.meta.verification;
                    footer_qr_.bits.resize(static_cast<std::size_t>(code->width * code->width));
                    for (int i = 0; i < code->width * code->width; ++i) footer_qr_.bits[static_cast<std::size_t>(i)] = code->data[i] & 1;
                    QRcode_free(code);
                }
                text::ParagraphSpec sp = spec(page.content_width - qr - 4 * kMm, HAlign::Left, model::kItalic);
                sp.size = footer_size_ = std::max(7.0, s_.font_size - 3);
                footer_lines_ = text::break_paragraph(Inline::from_text(s_.tte_statement), sp, ctx_.shaper, ctx_.sink);
            }
            const double fy = page.content_y + page.content_height + 2 * kMm;
            if (footer_qr_.modules) {
                QrBox q = footer_qr_;
                q.x = page.content_x;
                q.y = fy;
                page.qrs.push_back(std::move(q));
            }
            const LineMetrics flm = line_metrics(ctx_, footer_size_);
            double y = fy + 2;
            for (const auto& line : footer_lines_) {
                for (const auto& run : line.runs) {
                    TextBox t = text_box(run, page.content_x + qr + 4 * kMm, y, footer_size_, flm);
                    t.seq = 0xFFFFFFF0u;
                    page.texts.push_back(std::move(t));
                }
                y += flm.height;
            }
        }
    }
}

}  // namespace

bool layout_document(const model::Decree& decree, LayoutContext& ctx, Document& out)
{
    PageSink* sink = out.sink;
    out = Document{};
    out.sink = sink;
    out.title = model::upper_id(decree.meta.title.plain());
    out.subject = decree.meta.number ? *decree.meta.number : std::string();
    out.author = decree.meta.issuer;
    DecreeLayout layout(decree, ctx, out);
    return layout.run();
}

}  // namespace naskah::layout
