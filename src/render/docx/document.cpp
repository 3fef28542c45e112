// word/document.xml: the decree and its Lampiran as WordprocessingML, straight from the model.
//
// The label grid (Menimbang / Mengingat / diktum) is written as tab stops with hanging indents
// rather than a borderless table: drafters edit it as ordinary paragraphs, and Word breaks pages
// inside it as it does in any text. Markers ("a.", "1.") are literal text, not Word numbering,
// so the words match the PDF and survive copy and paste between decrees.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <optional>

#include "measure/columns.hpp"
#include "measure/table_measures.hpp"
#include "measure/text_fit.hpp"
#include "model/grid.hpp"
#include "model/table_rules.hpp"
#include "render/docx/parts.hpp"
#include "render/docx/xml_text.hpp"
#include "text/font.hpp"
#include "text/paragraph.hpp"

namespace naskah::render::docx {

using namespace naskah::model;

namespace {

// Clamped: a house style or a column with an absurd size must still give valid XML numbers.
int clamp_twips(double t) { return std::isfinite(t) ? static_cast<int>(std::lround(std::clamp(t, -200000.0, 200000.0))) : 0; }
int twips(double mm) { return clamp_twips(mm * 1440.0 / 25.4); }
int pt_twips(double pt) { return clamp_twips(pt * 20.0); }

void append_int(std::string& o, long v)
{
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    o.append(buf, res.ptr);
}

struct PPr {
    const char* style = nullptr;
    bool keep_next = false;
    bool keep_lines = false;
    bool no_hyphens = false;  ///< headings and names in capitals read badly when hyphenated
    std::vector<int> tabs;  ///< left tab stops, twips from the margin
    int left = 0, hanging = 0, right = 0;
    int before = -1, after = -1;
    const char* jc = nullptr;
    bool rule_below = false;  ///< a thick-thin double rule under the paragraph (the kop's)
    bool page_break = false;  ///< starts a new page (the Penjelasan)
};

/// What goes on the first line before a block's own text: a label ("Menimbang" tab ":" tab) or a
/// marker ("a." tab). The first paragraph written takes it; its first line starts at `first_at`.
struct Lead {
    std::string runs;
    std::vector<int> tabs;
    int first_at = 0;
};

/// How the paragraphs of a stretch of blocks look.
struct Flow {
    PPr proto;
    std::uint8_t add_style = kPlain;
    int nested_marker = 0;  ///< marker column of lists inside text, twips
};

class Writer {
public:
    Writer(const Decree& d, const compose::Composed& c, const style::HouseStyle& s, const DocxOptions& o, const Logo* logo,
           DiagnosticSink& sink, std::string& out, PageParts& pages)
        : d_(d), c_(c), st_(s), opt_(o), logo_(logo), sink_(sink), out_(out), pages_(pages)
    {
        L_ = twips(s.label_width);
        C_ = twips(s.colon_width);
        M_ = twips(s.marker_width);
        N_ = twips(s.nested_marker_width);
        number_open_ = !d.meta.number.has_value();
        date_open_ = !d.meta.date.has_value() || !d.meta.date->valid();
    }

    bool write();

private:
    const Decree& d_;
    const compose::Composed& c_;
    const style::HouseStyle& st_;
    const DocxOptions& opt_;
    const Logo* logo_;
    DiagnosticSink& sink_;
    std::string& out_;
    PageParts& pages_;
    bool failed_ = false;
    int run_half_points_ = 0;  ///< while set: runs at this size, not bold (the kop's address lines)
    int cell_half_points_ = 0;  ///< while set: runs at this size (a table whose text the PDF shrank)
    int L_ = 0, C_ = 0, M_ = 0, N_ = 0;
    bool number_open_ = false, date_open_ = false;
    bool certification_follows_ = false;  ///< the signature being written is followed by the certification
    const Lampiran* section_of_ = nullptr;  ///< the Lampiran whose section is being written; null: the decree's

    /// The sheet of the section being written: its Lampiran's `kertas`, else the house style's.
    model::Paper section_paper() const
    {
        if (section_of_ && section_of_->paper) return *section_of_->paper;
        return model::Paper{st_.paper_width, st_.paper_height};
    }
    /// The text width of the section being written (mm), on its own sheet.
    double section_text_width(bool landscape) const
    {
        const model::Paper paper = section_paper();
        const style::Margins& m = landscape ? st_.landscape : st_.portrait;
        return (landscape ? paper.height : paper.width) - m.left - m.right;
    }
    std::optional<text::Shaper> shaper_;   ///< for estimating the lines of table cells, made on first use

    /// Width of a marker (list number, ayat number) in points: measured as the PDF layout measures
    /// it, or, without fonts, about half an em per character.
    double marker_pt(const std::string& marker)
    {
        if (!opt_.fonts) return 0.5 * st_.font_size * static_cast<double>(marker.size());
        if (!shaper_) shaper_.emplace(*opt_.fonts);
        return shaper_->width(0, marker, st_.font_size);
    }
    /// The marker column of a list, as src/layout/document.cpp sizes it: at least `minimum`, and the
    /// widest marker plus 0.4 em, so "10." does not run into its text when the style's column is
    /// narrow.
    int marker_column(const std::vector<Item>& items, Numbering numbering, int minimum)
    {
        double widest = 0;
        for (std::size_t i = 0; i < items.size(); ++i)
            widest = std::max(widest, marker_pt(items[i].label.empty() ? list_marker(numbering, i) : items[i].label));
        return std::max(minimum, pt_twips(widest + st_.font_size * 0.4));
    }

    // The last body paragraph is held back so a section break can go into its properties
    // (Word puts a section's w:sectPr in the pPr of the section's last paragraph).
    bool has_pending_ = false;
    std::string pending_ppr_, pending_runs_;
    std::string* direct_ = nullptr;  ///< set while writing table cells

    // ---- text -------------------------------------------------------------------------------

    void esc(std::string& o, std::string_view s, const SourcePos& pos)
    {
        const std::size_t bad = append_escaped(o, s);
        if (bad == kTextOk) return;
        failed_ = true;
        sink_.error(pos, "E-DOCX-KARAKTER",
                    "teks ini memuat " + describe_bad_char(s, bad, Lang::Id) + " pada bita ke-" + std::to_string(bad + 1) + " dari \"" +
                        printable_excerpt(s, 60) + "\"; dokumen Word tidak dapat memuatnya",
                    "this text contains " + describe_bad_char(s, bad) + " at byte " + std::to_string(bad + 1) +
                        " of \"" + printable_excerpt(s, 60) + "\"; a Word document cannot carry it",
                    "hapus karakter itu atau ganti dengan teks biasa", "remove the character or replace it with ordinary text");
    }

    void run(std::string& o, std::string_view text, std::uint8_t style, const SourcePos& pos, bool caps = false)
    {
        if (text.empty()) return;
        o += "<w:r>";
        if (style != kPlain || caps || run_half_points_ || cell_half_points_) {
            o += "<w:rPr>";
            if (run_half_points_) o += "<w:b w:val=\"0\"/>";
            if (style & kBold) o += "<w:b/>";
            if (style & kItalic) o += "<w:i/>";
            if (caps) o += "<w:caps/>";
            if (style & kUnderline) o += "<w:u w:val=\"single\"/>";
            if (const int hp = run_half_points_ ? run_half_points_ : cell_half_points_) {
                o += "<w:sz w:val=\"";
                append_int(o, hp);
                o += "\"/><w:szCs w:val=\"";
                append_int(o, hp);
                o += "\"/>";
            }
            o += "</w:rPr>";
        }
        const bool preserve = text.front() == ' ' || text.back() == ' ' || text.find("  ") != std::string_view::npos;
        o += preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>";
        esc(o, text, pos);
        o += "</w:t></w:r>";
    }

    /// A placeholder stays one run, never upper-cased: SRIKANDI finds it by its exact text.
    /// `caps` lets Word show the filled-in value in capitals where convention wants them.
    void placeholder(std::string& o, const char* name, bool caps = false) { run(o, name, kPlain, {}, caps); }

    static void tab(std::string& o) { o += "<w:r><w:tab/></w:r>"; }

    void inline_runs(std::string& o, const Inline& in, std::uint8_t add, bool upper, bool breaks = true)
    {
        for (const Span& s : in.spans) {
            if (s.line_break) {
                if (breaks) o += "<w:r><w:br/></w:r>";
                else run(o, " ", add, s.pos);
                continue;
            }
            const auto style = static_cast<std::uint8_t>(s.style | add);
            if (upper && !(s.style & kKeepCase)) run(o, upper_id(s.text), style, s.pos);
            else run(o, s.text, style, s.pos);
        }
    }

    /// A composed line's runs; a value assigned at signing becomes its placeholder.
    std::string line_runs(const compose::Line& l, std::uint8_t add = kPlain, bool breaks = true)
    {
        std::string o;
        if (l.blank != compose::Blank::None && !l.text.spans.empty()) {
            Inline words = l.text;  // "NOMOR " then the placeholder, each its own run
            words.spans.back().text += ' ';
            inline_runs(o, words, add, l.upper, breaks);
        } else {
            inline_runs(o, l.text, add, l.upper, breaks);
        }
        if (l.blank != compose::Blank::None)
            placeholder(o, l.blank == compose::Blank::Number ? kPlaceholderNumber : kPlaceholderDate);
        return o;
    }

    std::string text_runs(std::string_view text, const SourcePos& pos, std::uint8_t style = kPlain)
    {
        std::string o;
        run(o, text, style, pos);
        return o;
    }

    // ---- paragraphs -------------------------------------------------------------------------

    static void ppr_xml(std::string& o, const PPr& p)
    {
        if (p.style) {
            o += "<w:pStyle w:val=\"";
            o += p.style;
            o += "\"/>";
        }
        if (p.keep_next) o += "<w:keepNext/>";
        if (p.keep_lines) o += "<w:keepLines/>";
        if (p.page_break) o += "<w:pageBreakBefore/>";
        if (!p.tabs.empty()) {
            o += "<w:tabs>";
            std::vector<int> t = p.tabs;
            std::sort(t.begin(), t.end());
            t.erase(std::unique(t.begin(), t.end()), t.end());
            for (int pos : t) {
                o += "<w:tab w:val=\"left\" w:pos=\"";
                append_int(o, pos);
                o += "\"/>";
            }
            o += "</w:tabs>";
        }
        if (p.rule_below) o += "<w:pBdr><w:bottom w:val=\"thickThinSmallGap\" w:sz=\"18\" w:space=\"4\" w:color=\"000000\"/></w:pBdr>";
        if (p.no_hyphens) o += "<w:suppressAutoHyphens/>";
        if (p.before >= 0 || p.after >= 0) {
            o += "<w:spacing";
            if (p.before >= 0) {  // -1: the style's own
                o += " w:before=\"";
                append_int(o, p.before);
                o += "\"";
            }
            if (p.after >= 0) {
                o += " w:after=\"";
                append_int(o, p.after);
                o += "\"";
            }
            o += "/>";
        }
        if (p.left || p.hanging || p.right) {
            o += "<w:ind w:left=\"";
            append_int(o, p.left);
            o += "\"";
            if (p.right) {
                o += " w:right=\"";
                append_int(o, p.right);
                o += "\"";
            }
            if (p.hanging < 0) {  // hanging is unsigned in the schema
                o += " w:firstLine=\"";
                append_int(o, -p.hanging);
                o += "\"";
            } else if (p.hanging) {
                o += " w:hanging=\"";
                append_int(o, p.hanging);
                o += "\"";
            }
            o += "/>";
        }
        if (p.jc) {
            o += "<w:jc w:val=\"";
            o += p.jc;
            o += "\"/>";
        }
    }

    void flush()
    {
        if (!has_pending_) return;
        out_ += "<w:p>";
        if (!pending_ppr_.empty()) {
            out_ += "<w:pPr>";
            out_ += pending_ppr_;
            out_ += "</w:pPr>";
        }
        out_ += pending_runs_;
        out_ += "</w:p>";
        has_pending_ = false;
    }

    void para(const PPr& p, std::string_view runs)
    {
        if (direct_) {
            std::string& o = *direct_;
            o += "<w:p><w:pPr>";
            ppr_xml(o, p);
            o += "</w:pPr>";
            o += runs;
            o += "</w:p>";
            return;
        }
        flush();
        pending_ppr_.clear();
        ppr_xml(pending_ppr_, p);
        pending_runs_.assign(runs);
        has_pending_ = true;
    }

    /// A body paragraph with hand-written properties (the logo line).
    void para_raw(std::string ppr, std::string runs)
    {
        flush();
        pending_ppr_ = std::move(ppr);
        pending_runs_ = std::move(runs);
        has_pending_ = true;
    }

    void end_section(const std::string& sect)
    {
        if (!has_pending_) {
            out_ += "<w:p><w:pPr>" + sect + "</w:pPr></w:p>";
            return;
        }
        pending_ppr_ += sect;
        flush();
    }

    PPr body_proto() const
    {
        PPr p;
        p.style = "Isi";
        return p;
    }

    PPr centred(int before = -1) const
    {
        PPr p;
        p.style = "Judul";
        p.before = before;
        return p;
    }

    // ---- blocks -----------------------------------------------------------------------------
    //
    // Spacing goes before paragraphs, as in the PDF layout (src/layout/document.cpp): a part's
    // first item gets space_part, later items and paragraphs space_paragraph, list items after
    // the first half of it.

    /// The paragraph's first line carries the lead, if one is still waiting.
    void paragraph_with_lead(const Inline& text, int left, Lead*& lead, const Flow& flow, int before, bool upper = false)
    {
        PPr p = flow.proto;
        p.left = left;
        p.before = before;
        std::string runs;
        if (lead) {
            p.hanging = left - lead->first_at;
            p.tabs = lead->tabs;
            if (p.hanging > 0) p.tabs.push_back(left);
            runs = lead->runs;
            lead = nullptr;
        }
        inline_runs(runs, text, flow.add_style, upper);
        para(p, runs);
    }

    void write_blocks(const std::vector<Block>& blocks, int left, Lead* lead, const Flow& flow, int first_before)
    {
        bool first = true;
        for (const Block& b : blocks) {
            const int before = first ? first_before : pt_twips(st_.space_paragraph);
            if (b.is_list) write_list(b.list.items, b.list.numbering, left, lead, flow, before);
            else paragraph_with_lead(b.paragraph, left, lead, flow, before);
            first = false;
        }
        if (lead) {  // nothing took it: the label still needs its line
            Inline empty;
            paragraph_with_lead(empty, left, lead, flow, first_before);
        }
    }

    /// A list inside text: markers at `left`, text one nested-marker column further in.
    void write_list(const std::vector<Item>& items, Numbering numbering, int left, Lead*& lead, const Flow& flow,
                    int first_before)
    {
        const int column = marker_column(items, numbering, flow.nested_marker);
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Item& it = items[i];
            const int before = i == 0 ? first_before : pt_twips(st_.space_paragraph / 2);
            write_item(it, !it.label.empty() ? it.label : list_marker(numbering, i), left, column, lead, flow, before);
        }
    }

    void write_item(const Item& it, const std::string& marker, int left, int marker_width, Lead*& lead, const Flow& flow,
                    int before)
    {
        if (marker.empty()) {
            write_blocks(it.blocks, left, lead, flow, before);
            lead = nullptr;
            return;
        }
        Lead item_lead;
        if (lead) {
            item_lead = std::move(*lead);
            lead = nullptr;
        } else {
            item_lead.first_at = left;
        }
        run(item_lead.runs, marker, flow.add_style, it.pos);
        tab(item_lead.runs);
        item_lead.tabs.push_back(left + marker_width);
        write_blocks(it.blocks, left + marker_width, &item_lead, flow, before);
    }

    // ---- decree -----------------------------------------------------------------------------

    Lead label_lead(std::string_view label, const SourcePos& pos)
    {
        Lead l;
        run(l.runs, label, kPlain, pos);
        tab(l.runs);
        l.runs += "<w:r><w:t>:</w:t></w:r>";
        tab(l.runs);
        l.tabs = {L_, L_ + C_};
        return l;
    }

    Flow body_flow() const
    {
        Flow f;
        f.proto = body_proto();
        f.nested_marker = N_;
        return f;
    }

    /// Menimbang / Mengingat / Memperhatikan. A part with a single item carries no marker, except
    /// Menimbang's letter (UU 12/2011 Lampiran II; the PDF layout does the same).
    void write_part(const compose::Part& part)
    {
        const std::vector<Item>& items = *part.items;
        const Numbering numbering = part.numbering;
        const std::string& label = part.label;
        if (items.empty()) return;
        const bool markers = part.markers;
        Lead lead = label_lead(label, d_.pos);
        Lead* lp = &lead;
        const Flow flow = body_flow();
        const int marker_x = L_ + C_;
        const int column = markers ? marker_column(items, numbering, M_) : M_;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const Item& it = items[i];
            const int before = pt_twips(i == 0 ? st_.space_part : st_.space_paragraph);
            const std::string marker = !markers ? std::string() : !it.label.empty() ? it.label : list_marker(numbering, i);
            write_item(it, marker, marker_x, column, lp, flow, before);
        }
    }

    std::string logo_drawing() const
    {
        const std::string cx = std::to_string(logo_->width_emu), cy = std::to_string(logo_->height_emu);
        return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + cx + "\" cy=\"" + cy +
               "\"/><wp:docPr id=\"1\" name=\"Logo\"/><a:graphic "
               "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData "
               "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic "
               "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr "
               "id=\"1\" name=\"logo.png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" +
               std::string(kRelLogo) +
               "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx +
               "\" cy=\"" + cy +
               "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>"
               "</a:graphic></wp:inline></w:drawing></w:r>";
    }

    void write_kop_lines()
    {
        const compose::Kop& k = c_.kop;
        for (std::size_t i = 0; i < k.lines.size(); ++i) {
            PPr p;
            p.style = "Kop";
            if (k.rule && !direct_ && i + 1 == k.lines.size()) p.rule_below = true;
            const bool address = i < k.address.size() && k.address[i];
            std::string runs;
            run_half_points_ = address ? static_cast<int>(std::lround(st_.conv.kop_address_size * 2)) : 0;
            inline_runs(runs, k.lines[i].text, kPlain, k.lines[i].upper);
            run_half_points_ = 0;
            para(p, runs);
        }
        if (k.lines.empty() && k.rule && !direct_) {
            PPr rule;  // the rule under an emblem-only kop
            rule.style = "Kop";
            rule.rule_below = true;
            para(rule, std::string_view());
        }
    }

    void write_kop()
    {
        // SALINAN is in the first page's header (sect_pr), in the top margin as in the PDF, so
        // the copy's body falls where the original's does.
        const compose::Kop& k = c_.kop;
        if (logo_ && k.form == style::KopForm::LogoLeft) {
            // logo | name, unit and address lines: a borderless two-cell table, as offices draw it
            flush();
            const int text_w = twips(measure::text_width_mm(st_, false));
            const int logo_w = twips(st_.conv.logo_size + 3);
            std::string cells;
            direct_ = &cells;
            write_kop_lines();
            direct_ = nullptr;
            if (cells.empty()) cells = "<w:p/>";  // a cell holds at least one paragraph
            std::string& o = out_;
            o += "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(text_w) +
                 "\" w:type=\"dxa\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>"
                 "<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
                 "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"" +
                 std::to_string(logo_w) + "\"/><w:gridCol w:w=\"" + std::to_string(std::max(0, text_w - logo_w)) +
                 "\"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(logo_w) +
                 "\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Kop\"/>"
                 "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/></w:pPr>" +
                 logo_drawing() + "</w:p></w:tc><w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(std::max(0, text_w - logo_w)) +
                 "\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>" + cells + "</w:tc></w:tr></w:tbl>";
            if (k.rule) {
                PPr rule;
                rule.style = "Kop";
                rule.rule_below = true;
                para(rule, std::string_view());
            }
            return;
        }
        if (logo_) {
            // The kop's exact line height would crop the picture; this line sizes to it.
            para_raw("<w:pStyle w:val=\"Kop\"/><w:spacing w:after=\"80\" w:line=\"240\" w:lineRule=\"auto\"/>", logo_drawing());
        }
        write_kop_lines();
    }

    void write_title_block()
    {
        const compose::TitleBlock& t = c_.title;
        para(centred(pt_twips(st_.space_title)), line_runs(t.instrument));
        para(centred(), line_runs(t.number));
        para(centred(pt_twips(st_.space_paragraph)), line_runs(t.about));
        para(centred(pt_twips(st_.space_paragraph)), line_runs(t.title));
        if (t.rahmat) para(centred(pt_twips(st_.space_title)), line_runs(*t.rahmat));
        para(centred(pt_twips(st_.space_title)), line_runs(t.official));
    }

    void write_memutuskan()
    {
        for (std::size_t i = 0; i < c_.joint_approval.size(); ++i) {
            PPr p = centred(i == 0 ? pt_twips(st_.space_part) : 0);
            p.keep_next = true;
            para(p, line_runs(c_.joint_approval[i]));
        }
        if (!c_.decide.empty()) para(centred(pt_twips(st_.space_part)), line_runs(c_.decide));
        // an Instruksi: «Kepada : 1. …» and «Untuk :» alone before the diktum
        if (c_.addressees) write_part(*c_.addressees);
        if (!c_.before_diktum.empty()) {
            Lead untuk = label_lead(c_.before_diktum, d_.pos);
            Lead* up = &untuk;
            paragraph_with_lead(Inline{}, L_ + C_, up, body_flow(), pt_twips(st_.space_part), false);
        }
        if (!c_.menetapkan_label.empty()) {
            Lead lead = label_lead(c_.menetapkan_label, d_.pos);
            Lead* lp = &lead;
            Flow caps = body_flow();
            caps.proto.no_hyphens = true;
            paragraph_with_lead(c_.menetapkan.text, L_ + C_, lp, caps, pt_twips(st_.space_part), c_.menetapkan.upper);
        }
        for (std::size_t i = 0; i < d_.diktum.size(); ++i) {
            const Diktum& dk = d_.diktum[i];
            Lead dl = label_lead(c_.diktum_labels[i], dk.pos);
            write_blocks(dk.blocks, L_ + C_, &dl, body_flow(), pt_twips(st_.space_paragraph * 2));
        }
    }

    // ---- Peraturan ---------------------------------------------------------------------------

    /// A centred heading line ("BAB I", "Pasal 3", a BAB's title), kept with what follows.
    void heading_line(const Inline& text, bool upper, int left, int before)
    {
        PPr p = centred(before);
        p.left = left;
        p.keep_next = true;
        p.no_hyphens = true;
        std::string runs;
        inline_runs(runs, text, kPlain, upper);
        para(p, runs);
    }

    void write_division(const Division& v, int left)
    {
        const bool bab = v.kind == DivisionKind::Bab;
        heading_line(Inline::from_text(c_.heading(v), v.pos), bab, left, pt_twips(st_.space_part));
        if (!v.title.empty()) heading_line(v.title, bab, left, 0);
        if (v.kind == DivisionKind::Pasal) write_clauses(v.clauses, left);
        for (const Division& child : v.children) write_division(child, left);
    }

    void write_clauses(const std::vector<Clause>& cs, int left)
    {
        const Flow flow = body_flow();
        // the PDF's ayat column (DecreeLayout::ayat_marker_width): the widest marker plus half an em
        double widest = 0;
        for (const Clause& c : cs)
            if (c.kind != Clause::Kind::Text) widest = std::max(widest, marker_pt(compose::Composed::clause_marker(c)));
        const int marker = widest == 0 ? 0 : std::max(M_, pt_twips(widest + st_.font_size * 0.5));
        for (const Clause& c : cs) {
            const int before = pt_twips(st_.space_paragraph);
            const std::string marker_text = compose::Composed::clause_marker(c);
            if (c.kind == Clause::Kind::Text || marker_text.empty()) {
                // text, or a lone change instruction: no marker, the quoted text under it
                write_blocks(c.blocks, left, nullptr, flow, before);
                for (const Division& q : c.quoted) write_division(q, left);
                if (!c.quoted_clauses.empty()) write_clauses(c.quoted_clauses, left);
                continue;
            }
            Lead lead;
            lead.first_at = left;
            run(lead.runs, compose::Composed::clause_marker(c), kPlain, c.pos);
            tab(lead.runs);
            lead.tabs.push_back(left + marker);
            write_blocks(c.blocks, left + marker, &lead, flow, before);
            if (c.kind == Clause::Kind::Change) {
                for (const Division& q : c.quoted) write_division(q, left + marker);
                if (!c.quoted_clauses.empty()) write_clauses(c.quoted_clauses, left + marker);
            }
        }
    }

    void write_body()
    {
        for (const Division& v : d_.body) write_division(v, c_.body_indented ? L_ + C_ : 0);
        if (c_.order) {
            PPr p = body_proto();
            p.before = pt_twips(st_.space_paragraph * 2);
            p.left = c_.body_indented ? L_ + C_ : 0;
            para(p, line_runs(*c_.order));
        }
    }

    /// Diundangkan block at the left and the gazette lines under it.
    void write_promulgation()
    {
        if (c_.promulgation) write_signature(*c_.promulgation, false, true);
        bool first = true;
        for (const auto& g : c_.gazette) {
            PPr p;
            p.style = "Isi";
            p.jc = c_.gazette_centred ? "center" : "left";
            p.no_hyphens = true;
            p.before = first ? pt_twips(st_.space_part) : -1;
            para(p, line_runs(g));
            first = false;
        }
    }

    void write_note(const Note& n, int left)
    {
        PPr head = body_proto();
        head.jc = "left";
        head.left = left;
        head.keep_next = true;
        head.before = pt_twips(st_.space_paragraph);
        para(head, text_runs(c_.note_heading(n), n.pos));
        write_blocks(n.blocks, left + M_, nullptr, body_flow(), pt_twips(st_.space_paragraph / 2));
        for (const Note& sub : n.notes) write_note(sub, left + M_);
    }

    void write_explanation()
    {
        if (!c_.explanation) return;
        const compose::Explanation& e = *c_.explanation;
        const Penjelasan& pj = *d_.penjelasan;
        bool first = true;
        for (const auto& l : e.heading) {
            PPr p = centred(first ? 0 : pt_twips(st_.space_paragraph / 2));
            p.page_break = first;
            p.keep_next = true;
            para(p, line_runs(l));
            first = false;
        }
        PPr part = body_proto();
        part.jc = "left";
        part.keep_next = true;
        part.before = pt_twips(st_.space_part);
        if (!pj.general.empty()) {
            para(part, line_runs(e.general));
            write_blocks(pj.general, M_, nullptr, body_flow(), pt_twips(st_.space_paragraph));
        }
        if (!pj.pasal.empty()) {
            para(part, line_runs(e.article_by_article));
            for (const Note& n : pj.pasal) write_note(n, M_);
        }
        if (e.supplement) {
            PPr p = body_proto();
            p.jc = "left";
            p.before = pt_twips(st_.space_part * 2);
            para(p, line_runs(*e.supplement));
        }
    }

    /// What stands between the official's title and the name.
    void signing_space(const compose::Signature& sg, int left, bool keep, double height_mm, bool with_mark, bool srikandi = true)
    {
        PPr p;
        p.style = "Isi";
        p.jc = "left";
        p.left = left;
        p.keep_next = keep;
        const int total = twips(height_mm);
        const int line = pt_twips(st_.font_size * st_.line_height);
        p.before = std::max(0, (total - line) / 2);
        p.after = std::max(0, total - line - p.before);
        std::string runs;
        if (with_mark) {
            if (!sg.mark.empty()) run(runs, sg.mark, kPlain, d_.meta.signer.pos);
            else if (srikandi && (number_open_ || date_open_)) placeholder(runs, kPlaceholderSignature);
        }
        para(p, runs);
    }

    /// Label | ":" | value rows as tab stops, the value wrapping under itself.
    void write_rows(const std::vector<compose::Row>& rows, PPr p, int left, int width, bool colons)
    {
        std::string widest;
        for (const auto& r : rows)
            if (r.label.size() > widest.size()) widest = r.label;
        if (!widest.empty()) {
            const int value_x = std::min(left + label_width(widest), std::max(left, left + width - twips(30)));
            const int colon_x = value_x - pt_twips(0.6 * st_.font_size + 2);
            p.left = value_x;
            p.hanging = value_x - left;
            p.tabs = {std::max(left, colon_x), value_x};
        }
        for (const auto& r : rows) {
            std::string runs;
            if (!widest.empty()) {
                run(runs, r.label, kPlain, r.value.text.pos);
                tab(runs);
                if (colons && !r.label.empty()) runs += "<w:r><w:t>:</w:t></w:r>";
                tab(runs);
            }
            runs += line_runs(r.value);
            para(p, runs);
            p.before = -1;
        }
    }

    /// `at_left`: the Diundangkan block, signed by the Sekretaris Daerah: SRIKANDI's signature and
    /// name placeholders belong to the official who enacts, so that block carries none.
    void write_signature(const compose::Signature& sg, bool landscape, bool at_left = false)
    {
        const bool srikandi = !at_left;
        const int width = twips(st_.signature_width);
        const int left = at_left ? 0 : std::max(0, twips(measure::text_width_mm(st_, landscape)) - width);
        PPr p;
        p.style = "Isi";
        p.jc = "left";
        p.left = left;
        p.keep_next = true;
        p.keep_lines = true;
        p.no_hyphens = true;
        auto line = [&](const std::string& runs, int before) {
            p.before = before;
            para(p, runs);
        };
        if (!sg.place_date.empty()) {
            PPr rows = p;
            rows.before = pt_twips(st_.space_part);
            write_rows(sg.place_date, rows, left, width, sg.colons);
        }
        bool first = true;
        for (const auto& t : sg.titles) {
            line(line_runs(t), first ? pt_twips(!sg.place_date.empty() ? st_.space_paragraph * 2 : st_.space_part) : -1);
            first = false;
        }
        signing_space(sg, left, true, st_.signing_space, true, srikandi);
        // A certified copy's "Salinan sesuai dengan aslinya" block stays on the signature's page,
        // as in the PDF (issue 15, item 11).
        p.keep_next = !sg.after_name.empty() || certification_follows_;
        std::string runs;
        if (srikandi && number_open_ && sg.mark.empty()) placeholder(runs, kPlaceholderName, true);
        else runs = line_runs(sg.name);
        line(runs, -1);
        for (std::size_t i = 0; i < sg.after_name.size(); ++i) {
            p.keep_next = i + 1 < sg.after_name.size() || certification_follows_;
            line(line_runs(sg.after_name[i]), -1);
        }
    }

    void write_certification(bool landscape)
    {
        if (!c_.certification) return;
        const compose::Certification& c = *c_.certification;
        PPr p;
        p.style = "Isi";
        p.jc = "left";
        p.right = std::max(0, twips(measure::text_width_mm(st_, landscape)) - twips(st_.certification_width));
        p.keep_next = true;
        p.keep_lines = true;
        p.no_hyphens = true;
        p.before = pt_twips(st_.space_part);
        auto line = [&](const compose::Line& l) {
            para(p, line_runs(l));
            p.before = -1;
        };
        for (const auto& l : c.lines) line(l);
        {
            PPr space = p;
            space.before = std::max(0, twips(st_.signing_space * 0.8) - pt_twips(st_.font_size * st_.line_height));
            para(space, c.mark.empty() ? std::string() : text_runs(c.mark, d_.pos));
        }
        if (c.after_name.empty()) p.keep_next = false;
        line(c.name);
        for (std::size_t i = 0; i < c.after_name.size(); ++i) {
            p.keep_next = i + 1 < c.after_name.size();
            line(c.after_name[i]);
        }
    }

    void write_tembusan()
    {
        const auto& items = c_.tembusan;
        if (items.empty()) return;
        PPr head;
        head.style = "Isi";
        head.jc = "left";
        head.keep_next = true;
        head.before = pt_twips(st_.space_part);
        para(head, text_runs(c_.tembusan_heading, d_.pos));
        for (std::size_t i = 0; i < items.size(); ++i) {
            PPr p;
            p.style = "Isi";
            p.jc = "left";
            std::string runs;
            if (c_.tembusan_numbered) {
                p.left = M_;
                p.hanging = M_;
                p.tabs = {M_};
                run(runs, list_marker(Numbering::Number, i), kPlain, items[i].text.pos);
                tab(runs);
            }
            runs += line_runs(items[i], kPlain, true);
            para(p, runs);
        }
    }

    // ---- Lampiran ---------------------------------------------------------------------------

    /// Width of a label column: the PDF measures the widest label with the font and adds 6 pt
    /// and the colon; without fonts, capitals of a book face average about 0.75 em.
    int label_width(const std::string& label)
    {
        double pt = 0;
        if (opt_.fonts) {
            text::Shaper shaper(*opt_.fonts);
            pt = shaper.width(0, label, st_.font_size) + 6 + shaper.width(0, ": ", st_.font_size) + 2;
        } else {
            pt = 0.75 * st_.font_size * static_cast<double>(label.size()) + 6 + 0.6 * st_.font_size + 2;
        }
        return pt_twips(pt);
    }

    void write_lampiran_heading(std::size_t index, bool landscape)
    {
        const compose::LampiranHeading& h = c_.lampiran[index];
        const int text_w = twips(measure::text_width_mm(st_, landscape));
        int width = std::min(text_w, twips(st_.lampiran_heading_width));
        int left = std::max(0, text_w - width);
        if (h.place == style::HeadingPlace::Left) left = 0;
        if (h.place == style::HeadingPlace::Full) {
            left = 0;
            width = text_w;
        }
        PPr p;
        p.style = "Isi";
        p.jc = "left";
        p.keep_next = true;
        p.no_hyphens = true;
        p.left = left;
        std::vector<compose::Row> rows = h.rows;
        if (h.underline_last && !rows.empty())
            for (auto& sp : rows.back().value.text.spans) sp.style |= kUnderline;
        if (h.labelled) {
            write_rows(rows, p, left, width, st_.conv.lampiran_colons);
            return;
        }
        for (const auto& r : rows) {
            std::string runs;
            run(runs, r.label, kPlain, d_.lampiran[index].pos);
            if (!r.label.empty() && !r.value.empty()) runs += "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>";
            runs += line_runs(r.value);
            para(p, runs);
        }
    }

    /// `keep_last`: the table ends its Lampiran, so its last row stays with the signature (as in
    /// the PDF), never leaving the signature alone on a page.
    void write_table(const Table& t, bool landscape, bool keep_last)
    {
        ResolvedGrid g;
        if (!resolve_grid(t, g, sink_)) {
            failed_ = true;
            return;
        }
        const double available_mm = section_text_width(landscape);
        const measure::TableMeasure* laid_out = opt_.table_measures ? opt_.table_measures->find(t.pos, available_mm) : nullptr;
        const std::vector<double> mm = laid_out ? laid_out->widths_mm : measure::column_widths(t, g, st_, available_mm, opt_.fonts);
        // Cumulative rounding keeps the twips columns summing to the millimetre total.
        std::vector<int> w(mm.size());
        double cum = 0;
        int prev = 0;
        for (std::size_t i = 0; i < mm.size(); ++i) {
            cum += std::isfinite(mm[i]) && mm[i] > 0 ? mm[i] : 0.0;
            const int edge = twips(cum);
            w[i] = std::max(0, edge - prev);
            prev = edge;
        }
        // The PDF shrinks a table's text (down to `tabel ukuran-minimum`) when a word would not fit
        // its column; at the configured size Word and LibreOffice broke the very numbers the PDF
        // keeps whole ("138,00 / 0"), so the DOCX sets the fitted size on the table's runs
        // (rounded down to Word's half points). Its diagnostics were the layout's to report.
        double text_scale = laid_out ? laid_out->text_scale : 1;
        if (opt_.fonts && !laid_out) {
            if (!shaper_) shaper_.emplace(*opt_.fonts);
            DiagnosticSink quiet;
            text_scale = measure::fit_table_text(t, g, st_, mm, *shaper_, quiet).scale;
        }
        auto half_points = [&](bool header) {
            if (!(text_scale < 1)) return 0;
            const double size = style::table_text_size(st_, header);
            return std::max(2, static_cast<int>(std::floor(size * text_scale * 2)));
        };
        flush();
        std::string& o = out_;
        o += "<w:tbl><w:tblPr><w:tblW w:w=\"";
        append_int(o, prev);
        o += "\" w:type=\"dxa\"/><w:tblBorders>";
        // The same rules as the PDF (model/table_rules.hpp): the table's mode in tblBorders, and,
        // when a column or cell changes any edge or the mode leaves some out, each cell's own
        // edges in tcBorders.
        const bool rules_drawn = st_.border_width > 0;
        bool plain = rules_drawn && t.rules == TableRules::All;
        for (const auto& f : t.column_format) plain = plain && f.rule_left == LineStyle::Inherit;
        for (int r = 0; r < g.rows && plain; ++r)
            for (int c = 0; c < g.columns && plain; ++c)
                if (const Cell* cell = g.at(r, c).cell)
                    plain = cell->rule_top == LineStyle::Inherit && cell->rule_bottom == LineStyle::Inherit &&
                            cell->rule_left == LineStyle::Inherit && cell->rule_right == LineStyle::Inherit;
        const LineStyle frame = rules_drawn ? frame_rule(t) : LineStyle::None;
        const LineStyle inside = rules_drawn && t.rules == TableRules::All ? LineStyle::Single : LineStyle::None;
        const LineStyle inside_v = rules_drawn && (t.rules == TableRules::All || t.rules == TableRules::Columns) ? LineStyle::Single : LineStyle::None;
        for (const char* side : {"top", "left", "bottom", "right"}) o += border_xml(side, frame);
        o += border_xml("insideH", inside);
        o += border_xml("insideV", inside_v);
        const std::string pad = std::to_string(std::max(0, twips(st_.cell_padding)));
        o += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"" + pad + "\" w:type=\"dxa\"/><w:left w:w=\"" + pad +
             "\" w:type=\"dxa\"/><w:bottom w:w=\"" + pad + "\" w:type=\"dxa\"/><w:right w:w=\"" + pad +
             "\" w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" "
             "w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
        for (int x : w) {
            o += "<w:gridCol w:w=\"";
            append_int(o, x);
            o += "\"/>";
        }
        o += "</w:tblGrid>";

        const int header_end = g.body_begin();
        Flow flow;
        flow.proto.style = "Tabel";
        flow.proto.no_hyphens = true;  // the PDF never hyphenates in cells: "Penata-an" must not appear in Word
        flow.nested_marker = N_;
        direct_ = &o;
        bool repeat_run = true;
        for (int r = 0; r < g.rows; ++r) {
            const Row* src = g.row_source[static_cast<std::size_t>(r)];
            const bool keep = (src && (src->group || src->keep_with_next)) || (keep_last && r == g.rows - 1);
            // Rows the PDF keeps whole (every cell under four lines, group and kept rows) may not
            // split in Word either, so both break pages at the same rows (issue 15, item 11).
            const bool whole = (src && (src->group || src->keep_with_next)) || row_kept_whole(g, r, w, text_scale);
            cell_half_points_ = half_points(r < header_end);
            o += "<w:tr>";
            // Word repeats only the leading run of header rows: a row not repeated ends it
            // (the PDF can repeat a later row alone, e.g. the 1 | 2 | 3 row; docs/docx.md)
            if (r < header_end && repeat_run) repeat_run = src ? src->repeat : t.column_numbers_repeat;
            const bool repeated = r < header_end && repeat_run;
            if (repeated || whole) {
                o += "<w:trPr>";
                if (whole) o += "<w:cantSplit/>";
                if (repeated) o += "<w:tblHeader/>";
                o += "</w:trPr>";
            }
            for (int c = 0; c < g.columns;) {
                const GridSlot& s = g.at(r, c);
                if (!s.cell || s.origin_col != c) {  // cannot happen for a resolved grid; stay valid anyway
                    o += "<w:tc><w:tcPr><w:tcW w:w=\"";
                    append_int(o, w[static_cast<std::size_t>(c)]);
                    o += "\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>";
                    ++c;
                    continue;
                }
                const Cell& cell = *s.cell;
                const int span = std::clamp(cell.colspan, 1, g.columns - c);
                int width = 0;
                for (int k = 0; k < span; ++k) width += w[static_cast<std::size_t>(c + k)];
                const bool origin = s.origin_row == r;
                o += "<w:tc><w:tcPr><w:tcW w:w=\"";
                append_int(o, width);
                o += "\" w:type=\"dxa\"/>";
                if (span > 1) {
                    o += "<w:gridSpan w:val=\"";
                    append_int(o, span);
                    o += "\"/>";
                }
                if (cell.rowspan > 1) o += origin ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>";
                if (!plain) {
                    // this slot's own edges; a vMerge continuation has no rule above, and none
                    // below unless the span ends here
                    auto edge = [&](LineStyle l) { return rules_drawn ? l : LineStyle::None; };
                    o += "<w:tcBorders>";
                    o += border_xml("top", edge(horizontal_rule(t, g, r, c)));
                    o += border_xml("left", edge(vertical_rule(t, g, r, c)));
                    o += border_xml("bottom", edge(horizontal_rule(t, g, r + 1, c)));
                    o += border_xml("right", edge(vertical_rule(t, g, r, c + span)));
                    o += "</w:tcBorders>";
                }
                if (cell.fill) {
                    char hex[8];
                    std::snprintf(hex, sizeof hex, "%06X", static_cast<unsigned>(*cell.fill & 0xFFFFFF));
                    o += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"";
                    o += hex;
                    o += "\"/>";
                }
                if (cell.valign == VAlign::Middle) o += "<w:vAlign w:val=\"center\"/>";
                else if (cell.valign == VAlign::Bottom) o += "<w:vAlign w:val=\"bottom\"/>";
                o += "</w:tcPr>";
                flow.proto.keep_next = keep;
                flow.proto.style = r < header_end ? "TabelKepala" : "Tabel";
                flow.proto.jc = jc_of(model::cell_halign(t, g, s.origin_row, c));
                flow.add_style = cell.bold ? kBold : kPlain;
                if (origin && !cell.blocks.empty()) {
                    write_blocks(cell.blocks, 0, nullptr, flow, -1);
                } else if (origin && cell.mark) {
                    PPr p = flow.proto;
                    p.jc = "center";
                    para(p, text_runs("\xE2\x9C\x93", cell.pos));  // ✓
                } else {
                    para(flow.proto, std::string_view());
                }
                o += "</w:tc>";
                c += span;
            }
            o += "</w:tr>";
        }
        direct_ = nullptr;
        cell_half_points_ = 0;
        o += "</w:tbl>";
    }

    /// Whether every single-row cell of row `r` would take fewer than four lines (the PDF's rule
    /// for rows that never split), estimated from the unbroken width of each paragraph against
    /// the cell's inner width; rows with a longer cell may split, as in the PDF.
    bool row_kept_whole(const ResolvedGrid& g, int r, const std::vector<int>& col_twips, double text_scale)
    {
        if (!opt_.fonts) return true;
        if (!shaper_) shaper_.emplace(*opt_.fonts);
        for (int c = 0; c < g.columns; ++c) {
            if (!g.origin_at(r, c)) continue;
            const Cell& cell = *g.at(r, c).cell;
            if (cell.rowspan != 1) continue;
            int width = 0;
            for (int k = 0; k < cell.colspan && c + k < g.columns; ++k) width += col_twips[static_cast<std::size_t>(c + k)];
            const double inner_pt = std::max(1.0, width / 20.0 - 2 * st_.cell_padding * 72.0 / 25.4);
            double lines = 0;
            std::function<void(const std::vector<Block>&, double)> visit = [&](const std::vector<Block>& bs, double indent_pt) {
                for (const auto& b : bs) {
                    if (b.is_list) {
                        for (const auto& item : b.list.items) visit(item.blocks, indent_pt + st_.nested_marker_width * 72.0 / 25.4);
                        continue;
                    }
                    text::ParagraphSpec sp;
                    sp.size = st_.table_font_size * text_scale;
                    sp.base_style = cell.bold ? kBold : kPlain;
                    double lo = 0, hi = 0;
                    text::measure_paragraph(b.paragraph, sp, *shaper_, lo, hi);
                    // a line is seldom filled to the edge: count a tenth more
                    lines += std::max(1.0, std::ceil(hi * 1.1 / std::max(1.0, inner_pt - indent_pt)));
                }
            };
            visit(cell.blocks, 0);
            if (lines >= 4) return false;
        }
        return true;
    }

    /// One border element (tblBorders/tcBorders) for a resolved rule.
    std::string border_xml(const char* side, LineStyle l) const
    {
        std::string x = "<w:";
        x += side;
        if (l == LineStyle::None || l == LineStyle::Inherit) return x + " w:val=\"nil\"/>";
        x += l == LineStyle::Double ? " w:val=\"double\"" : " w:val=\"single\"";
        x += " w:sz=\"" + std::to_string(std::clamp(static_cast<int>(std::lround(st_.border_width * 8)), 2, 96)) +
             "\" w:space=\"0\" w:color=\"000000\"/>";
        return x;
    }

    static const char* jc_of(HAlign a)
    {
        switch (a) {
        case HAlign::Left: return "left";
        case HAlign::Center: return "center";
        case HAlign::Right: return "right";
        case HAlign::Justify: return "both";
        }
        return "left";
    }

    /// A Lampiran's image in its own centred paragraph, as wide as the PDF draws it.
    void write_figure(const Figure& f, bool landscape)
    {
        if (f.pixel_width == 0 || f.pixel_height == 0) return;
        pages_.figures.push_back(&f);
        const std::string rid = "rIdFig" + std::to_string(pages_.figures.size());
        const double text_w = measure::text_width_mm(st_, landscape);
        double w = std::min(f.width_mm > 0 ? f.width_mm : text_w, text_w);
        double h = w * f.pixel_height / f.pixel_width;
        const style::Margins& m = landscape ? st_.landscape : st_.portrait;
        const double text_h = (landscape ? st_.paper_width : st_.paper_height) - m.top - m.bottom - 10;
        if (h > text_h) {
            w *= text_h / h;
            h = text_h;
        }
        const std::string cx = std::to_string(std::max(1L, std::lround(w * 36000))), cy = std::to_string(std::max(1L, std::lround(h * 36000)));
        const std::string id = std::to_string(100 + pages_.figures.size());
        PPr p = centred(pt_twips(st_.space_paragraph));
        para(p, "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + cx + "\" cy=\"" + cy +
                    "\"/><wp:docPr id=\"" + id + "\" name=\"Gambar " + id + "\"/><a:graphic "
                    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData "
                    "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic "
                    "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"" + id +
                    "\" name=\"gambar\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" + rid +
                    "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx +
                    "\" cy=\"" + cy +
                    "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>"
                    "</a:graphic></wp:inline></w:drawing></w:r>");
    }

    void write_lampiran(std::size_t index, bool landscape)
    {
        const Lampiran& l = d_.lampiran[index];
        write_lampiran_heading(index, landscape);
        if (const auto& title = c_.lampiran[index].title) para(centred(pt_twips(st_.space_part * 1.5)), line_runs(*title, kBold));
        bool after_table = false, after_title = true;
        for (const LampiranBlock& b : l.content) {
            if (const auto* blk = std::get_if<Block>(&b)) {
                std::vector<Block> one{*blk};
                write_blocks(one, 0, nullptr, body_flow(), pt_twips(after_title ? st_.space_part : st_.space_paragraph));
                after_table = after_title = false;
                continue;
            }
            if (const auto* h = std::get_if<Heading>(&b)) {
                const bool follows_heading = &b != &l.content.front() && std::holds_alternative<Heading>(*(&b - 1));
                PPr p = centred(follows_heading ? 0 : pt_twips(st_.space_part));
                if (h->align == HAlign::Left) p.jc = "left";
                p.keep_next = true;
                std::string runs;
                inline_runs(runs, h->text, kBold, false);
                para(p, runs);
                after_table = after_title = false;
                continue;
            }
            if (const auto* f = std::get_if<Figure>(&b)) {
                write_figure(*f, landscape);
                after_table = after_title = false;
                continue;
            }
            after_title = false;
            // Word joins adjacent tables into one; a small paragraph keeps them apart.
            if (after_table) {
                PPr sep;
                sep.style = "Tabel";
                para(sep, std::string_view());
            }
            const bool last = &b == &l.content.back();
            if (const auto* t = std::get_if<Table>(&b)) write_table(*t, landscape, last);
            else if (const auto* wp = std::get_if<WorkPlan>(&b)) write_table(measure::work_plan_table(*wp, st_), landscape, last);
            after_table = true;
        }
        const bool certification = c_.certification && (c_.certification_each || index + 1 == d_.lampiran.size());
        certification_follows_ = certification;
        write_signature(c_.lampiran_signature, landscape);
        certification_follows_ = false;
        if (certification) write_certification(landscape);
    }

    // ---- sections ---------------------------------------------------------------------------

    /// `first_page`: the decree's opening section, whose first page carries the kop: no page
    /// number there, and SALINAN at the top left of a copy.
    std::string sect_pr(bool landscape, bool first_page, bool restart)
    {
        const bool salinan_head = first_page && !c_.copy_label.empty();
        // A Lampiran that counts from 1 again leaves its first page unnumbered, like the decree.
        const bool title_page = (first_page || restart) && (st_.page_numbers || salinan_head);
        std::string s = "<w:sectPr>";
        const bool foot = st_.page_numbers && c_.page_number_bottom;
        if (st_.page_numbers && !foot) {
            s += "<w:headerReference w:type=\"default\" r:id=\"" + std::string(kRelHeaderDefault) + "\"/>";
            pages_.header_default = true;
        }
        if (title_page) {
            s += "<w:headerReference w:type=\"first\" r:id=\"" +
                 std::string(salinan_head ? kRelHeaderSalinan : kRelHeaderFirst) + "\"/>";
            (salinan_head ? pages_.header_salinan : pages_.header_first) = true;
        }
        if (foot) {
            s += "<w:footerReference w:type=\"default\" r:id=\"" + std::string(kRelFooterNumber) + "\"/>";
            pages_.footer_number = true;
            if (title_page) {
                s += "<w:footerReference w:type=\"first\" r:id=\"" + std::string(kRelFooterNumberFirst) + "\"/>";
                pages_.footer_number_first = true;
            }
        }
        if (opt_.variant == Variant::Tte) {
            s += "<w:footerReference w:type=\"default\" r:id=\"" + std::string(kRelFooterDefault) + "\"/>";
            pages_.footer_default = true;
            if (title_page) {
                s += "<w:footerReference w:type=\"first\" r:id=\"" + std::string(kRelFooterFirst) + "\"/>";
                pages_.footer_first = true;
            }
        }
        // a Lampiran's own sheet (kertas); a sideways Lampiran (putar) stays a landscape section:
        // Word cannot turn a page's content onto a portrait sheet (docs/docx.md)
        const model::Paper paper = section_paper();
        const int pw = std::max(1440, twips(paper.width)), ph = std::max(1440, twips(paper.height));
        const style::Margins& m = landscape ? st_.landscape : st_.portrait;
        auto mar = [](double mm) { return std::to_string(std::max(0, twips(mm))); };
        s += "<w:pgSz w:w=\"" + std::to_string(landscape ? ph : pw) + "\" w:h=\"" + std::to_string(landscape ? pw : ph) + "\"" +
             (landscape ? " w:orient=\"landscape\"" : "") + "/>";
        // A tte page gives its footer (the QR code and 4 mm) out of the text area, as the PDF does,
        // and the footer ends 2 mm above the margin line the PDF draws it from.
        const bool tte = opt_.variant == Variant::Tte;
        const double bottom = tte ? m.bottom + st_.qr_size + 4 : m.bottom;
        const double footer = tte ? m.bottom + 2 : m.bottom * 0.4;
        s += "<w:pgMar w:top=\"" + mar(m.top) + "\" w:right=\"" + mar(m.right) + "\" w:bottom=\"" + mar(bottom) +
             "\" w:left=\"" + mar(m.left) + "\" w:header=\"" + mar(m.top * 0.4) + "\" w:footer=\"" + mar(footer) +
             "\" w:gutter=\"0\"/>";
        if (restart) s += "<w:pgNumType w:start=\"1\"/>";
        if (title_page) s += "<w:titlePg/>";
        s += "</w:sectPr>";
        return s;
    }
};

bool Writer::write()
{
    out_.reserve(out_.size() + 64 * 1024);
    out_ +=
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>";
    write_kop();
    write_title_block();
    if (c_.opening) {
        // an Instruksi's «Dalam rangka …» sentence over the full width, before its «Kepada»
        PPr p = body_proto();
        p.before = pt_twips(st_.space_part);
        p.keep_next = true;
        para(p, line_runs(*c_.opening));
    }
    for (const auto& part : c_.parts) write_part(part);
    write_memutuskan();
    write_body();
    const bool certify_at_end = c_.certification_each || (d_.lampiran.empty() && !c_.explanation);
    certification_follows_ = c_.certification && certify_at_end && d_.meta.tembusan.empty() && !c_.promulgation;
    write_signature(c_.signature, false);
    certification_follows_ = false;
    write_promulgation();
    write_tembusan();
    if (certify_at_end) write_certification(false);
    if (c_.explanation) {
        write_explanation();
        if (d_.lampiran.empty() && !c_.certification_each) write_certification(false);
    }

    // Each section's properties describe the pages before the break, so the decree's go out
    // when the first Lampiran starts, and so on.
    bool landscape = false, first = true, restart = false;
    for (std::size_t i = 0; i < d_.lampiran.size(); ++i) {
        end_section(sect_pr(landscape, first, restart));
        section_of_ = &d_.lampiran[i];
        landscape = measure::lampiran_landscape(d_.lampiran[i], st_);
        restart = !st_.lampiran_numbers_continue;
        first = false;
        write_lampiran(i, landscape);
    }
    flush();
    out_ += sect_pr(landscape, first, restart);
    out_ += "</w:body></w:document>";
    return !failed_;
}

}  // namespace

bool build_document(const Decree& decree, const compose::Composed& composed, const style::HouseStyle& style,
                    const DocxOptions& options, const Logo* logo, std::string& out, PageParts& pages, DiagnosticSink& sink)
{
    Writer w(decree, composed, style, options, logo, sink, out, pages);
    return w.write();
}

}  // namespace naskah::render::docx
