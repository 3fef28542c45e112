#include "layout/glyphs.hpp"

#include <cstdio>
#include <set>

namespace naskah::layout {

namespace {

class GlyphCheck {
public:
    GlyphCheck(const text::FontSet& fonts, DiagnosticSink& sink) : fonts_(fonts), sink_(sink) {}
    bool ok = true;

    void text(const model::Inline& in, std::uint8_t extra_style = 0)
    {
        for (const auto& span : in.spans) {
            if (span.line_break) continue;
            const int face = (span.style | extra_style) & 3;
            const text::Font& font = fonts_.at(face);
            std::uint32_t column = span.pos.column;
            for (std::size_t i = 0; i < span.text.size();) {
                const std::size_t at = i;
                // an ASCII byte is its own code point (what the decoder gives it), decoded here:
                // nearly every character of a decree, each asked once before layout
                const unsigned char byte = static_cast<unsigned char>(span.text[i]);
                const char32_t cp = byte < 0x80 ? (++i, static_cast<char32_t>(byte)) : text::next_codepoint(span.text, i);
                // the column of the character itself, assuming the run sits on one source line
                const std::uint32_t here = column++;
                if (cp < 0x20 || font.sets(cp)) continue;
                if (!reported_.insert({cp, face}).second) continue;
                ok = false;
                SourcePos pos = span.pos;
                if (pos.known()) pos.column = here;
                char code[16];
                std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
                sink_.error(pos, "E-HURUF-GLIF",
                            "karakter '" + span.text.substr(at, i - at) + "' (" + code + ") tidak ada dalam huruf " + font.postscript_name() +
                                "; seharusnya karakter yang dimuat huruf gaya rumah (atau gunakan gaya rumah lain)" +
                                text::private_use_hint(cp, false),
                            "the character '" + span.text.substr(at, i - at) + "' (" + code + ") is not in the font " +
                                font.postscript_name() + "; expected a character the house style's font has (or another house style)" +
                                text::private_use_hint(cp, true));
            }
        }
    }

    void blocks(const std::vector<model::Block>& bs, std::uint8_t extra = 0)
    {
        for (const auto& b : bs) {
            if (!b.is_list) {
                text(b.paragraph, extra);
                continue;
            }
            for (const auto& item : b.list.items) blocks(item.blocks, extra);
        }
    }

    void items(const std::vector<model::Item>& its)
    {
        for (const auto& it : its) blocks(it.blocks);
    }

    void clauses(const std::vector<model::Clause>& cs)
    {
        for (const auto& c : cs) {
            blocks(c.blocks);
            for (const auto& q : c.quoted) division(q);
            clauses(c.quoted_clauses);
        }
    }
    void division(const model::Division& v)
    {
        text(v.title);
        clauses(v.clauses);
        for (const auto& child : v.children) division(child);
    }
    void note(const model::Note& n)
    {
        blocks(n.blocks);
        for (const auto& sub : n.notes) note(sub);
    }

    void table(const model::Table& t)
    {
        for (const auto& r : t.header)
            for (const auto& c : r.cells) blocks(c.blocks, model::kBold);
        for (const auto& r : t.body)
            for (const auto& c : r.cells) blocks(c.blocks, (c.bold || r.group) ? model::kBold : 0);
    }

private:
    const text::FontSet& fonts_;
    DiagnosticSink& sink_;
    std::set<std::pair<char32_t, int>> reported_;
};

}  // namespace

bool check_glyphs(const model::Decree& d, const text::FontSet& fonts, DiagnosticSink& sink)
{
    GlyphCheck g(fonts, sink);
    const auto& m = d.meta;
    for (const auto& l : m.kop_lines) g.text(l, model::kBold);
    g.text(m.title);
    for (const auto& t : m.tembusan) g.text(t);
    for (const std::string* s : {&m.issuer, &m.official, &m.place, &m.signer.name, &m.signer.own_title, &m.signer.title,
                                 &m.signer.rank, &m.signer.nip})
        g.text(model::Inline::from_text(*s, m.issuer_pos));
    if (m.official_line) g.text(model::Inline::from_text(*m.official_line, m.official_pos));
    if (d.menetapkan) g.text(*d.menetapkan);
    if (m.number) g.text(model::Inline::from_text(*m.number, m.number_pos));
    if (m.certification)
        for (const std::string* s : {&m.certification->office, &m.certification->title, &m.certification->name, &m.certification->nip})
            g.text(model::Inline::from_text(*s, m.certification->pos));
    g.items(d.menimbang);
    g.items(d.mengingat);
    g.items(d.memperhatikan);
    g.items(d.kepada);
    for (const auto& dk : d.diktum) g.blocks(dk.blocks);
    // a Peraturan: its body, Penjelasan and promulgation
    for (const auto& v : d.body) g.division(v);
    if (d.penjelasan) {
        g.blocks(d.penjelasan->general);
        for (const auto& n : d.penjelasan->pasal) g.note(n);
    }
    if (const auto& p = m.promulgation)
        for (const std::string* s : {&p->place, &p->official, &p->signer.name, &p->signer.own_title, &p->signer.rank, &p->signer.nip,
                                     &p->gazette, &p->year, &p->number, &p->supplement, &p->noreg})
            g.text(model::Inline::from_text(*s, p->pos));
    if (m.joint_approval)
        for (const std::string* s : {&m.joint_approval->first, &m.joint_approval->second})
            g.text(model::Inline::from_text(*s, m.joint_approval_pos));
    for (const auto& l : d.lampiran) {
        g.text(l.title, model::kBold);
        for (const auto& block : l.content) {
            if (const auto* b = std::get_if<model::Block>(&block)) g.blocks({*b});
            else if (const auto* t = std::get_if<model::Table>(&block)) g.table(*t);
            else if (const auto* h = std::get_if<model::Heading>(&block)) g.text(h->text, model::kBold);
            else if (const auto* plan_ptr = std::get_if<model::WorkPlan>(&block)) {
                const auto& plan = *plan_ptr;
                for (const auto& s : plan.sections) {
                    g.text(s.title, model::kBold);
                    for (const auto& a : s.activities) {
                        g.text(a.name);
                        for (const auto& sub : a.subs) {
                            g.text(sub.text);
                            g.text(sub.indicator);
                            g.text(sub.remark);
                            for (const auto& e : sub.extra) g.text(e);
                        }
                    }
                }
            }
        }
    }
    return g.ok;
}

}  // namespace naskah::layout
