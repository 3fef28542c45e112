#include "compose/compose.hpp"

#include <cctype>

namespace naskah::compose {

using model::Inline;
using model::Span;

namespace {

Line words(std::string text, const SourcePos& pos, bool upper = false, std::uint8_t style = model::kPlain)
{
    Line l;
    if (!text.empty()) l.text.spans.push_back(Span{std::move(text), style, false, pos});
    l.text.pos = pos;
    l.upper = upper;
    return l;
}

/// `text` with its line breaks read as spaces (a title restated inside a sentence).
void append_flat(Inline& out, const Inline& text)
{
    for (const Span& s : text.spans) {
        if (s.line_break) out.spans.push_back(Span{" ", model::kPlain, false, s.pos});
        else out.spans.push_back(s);
    }
}

std::string with_comma(std::string s)
{
    if (!s.empty() && s.back() != ',') s += ',';
    return s;
}

class Composer {
public:
    Composer(const model::Decree& d, const style::HouseStyle& s, model::Variant v) : d_(d), m_(d.meta), s_(s), p_(s.phrase), c_(s.conv), v_(v) {}

    // An Instruksi «menginstruksikan» where a Keputusan «memutuskan»: the style's decision line
    // with the Instruksi's word, keeping the line's own punctuation («MEMUTUSKAN :», «MEMUTUSKAN:»).
    // A decree whose line already says it (bagian.memutuskan="MENGINSTRUKSIKAN :") is unchanged.
    std::string decision_line() const
    {
        if (!model::is_instruksi(m_) || p_.instruct.empty() || p_.decide.empty()) return p_.decide;
        std::size_t end = p_.decide.size();
        while (end > 0 && !std::isalpha(static_cast<unsigned char>(p_.decide[end - 1]))) --end;
        return p_.instruct + p_.decide.substr(end);
    }

    Composed run()
    {
        Composed out;
        if (v_ == model::Variant::Salinan) out.copy_label = p_.copy;
        out.copy_place = c_.copy_label;
        kop(out.kop);
        title(out.title);
        // UU 12/2011 Lampiran II letters even a lone Menimbang; many offices print it bare
        auto part = [&](const std::string& label, const std::vector<model::Item>& items, model::Numbering n, bool lone_marker) {
            if (!items.empty()) out.parts.push_back(Part{label, &items, n, items.size() > 1 || lone_marker});
        };
        if (d_.opening) out.opening = Line{*d_.opening, false, Blank::None};
        part(p_.menimbang, d_.menimbang, model::Numbering::Letter, c_.lone_menimbang_letter);
        part(p_.mengingat, d_.mengingat, model::Numbering::Number, false);
        part(p_.memperhatikan, d_.memperhatikan, model::Numbering::Number, false);
        // «Dalam rangka …, dengan ini menginstruksikan:» has said it: no MENGINSTRUKSIKAN line too
        if (!d_.opening) out.decide = words(decision_line(), d_.pos);
        if (!d_.kepada.empty()) {
            // an Instruksi instructs its addressees «Untuk» the diktum; it «menetapkan» nothing
            out.addressees = Part{p_.kepada, &d_.kepada, model::Numbering::Number, d_.kepada.size() > 1};
            out.before_diktum = p_.untuk;
        }
        if (d_.kepada.empty() || d_.menetapkan) {
            out.menetapkan_label = p_.menetapkan;
            out.menetapkan = menetapkan();
        }
        for (std::size_t i = 0; i < d_.diktum.size(); ++i) out.diktum_labels.push_back(model::diktum_label(d_, i));
        out.grid_labels = {p_.menimbang, p_.mengingat, p_.memperhatikan, p_.menetapkan};
        if (out.addressees) out.grid_labels.insert(out.grid_labels.end(), {p_.kepada, p_.untuk});
        out.grid_labels.insert(out.grid_labels.end(), out.diktum_labels.begin(), out.diktum_labels.end());
        out.signature = signature(true);
        out.lampiran_signature = signature(false);
        if (v_ == model::Variant::Salinan && m_.certification) out.certification = certification(*m_.certification);
        out.certification_each = c_.certification_place == style::CertificationPlace::EachSignature;
        out.tembusan_heading = p_.cc;
        for (const Inline& t : m_.tembusan) out.tembusan.push_back(Line{t, false, Blank::None});
        out.tembusan_numbered = out.tembusan.size() > 1 || c_.tembusan_lone_number;
        for (std::size_t i = 0; i < d_.lampiran.size(); ++i) out.lampiran.push_back(lampiran_heading(i));
        out.page_number_form = p_.page_number;
        out.page_number_bottom = c_.page_number_place == style::PageNumberPlace::Bottom && v_ != model::Variant::Tte;
        if (d_.instrument == model::Instrument::Peraturan) regulation(out);
        return out;
    }

private:
    const model::Decree& d_;
    const model::Metadata& m_;
    const style::HouseStyle& s_;
    const style::Phrases& p_;
    const style::Conventions& c_;
    model::Variant v_;

    std::string instrument() const { return model::decree_heading(m_); }
    bool regulation() const { return d_.instrument == model::Instrument::Peraturan; }

    static std::string fill(std::string form, const std::string& key, const std::string& value)
    {
        for (std::size_t at = form.find(key); at != std::string::npos; at = form.find(key, at + value.size()))
            form.replace(at, key.size(), value);
        return form;
    }

    void regulation(Composed& out) const
    {
        out.regulation = true;
        out.division_words[0] = p_.bab;
        out.division_words[1] = p_.bagian;
        out.division_words[2] = p_.paragraf;
        out.division_words[3] = p_.pasal;
        out.note_words[0] = p_.note_ayat;
        out.note_words[1] = p_.note_huruf;
        out.note_words[2] = p_.note_angka;
        out.gazette_centred = c_.gazette_centred;
        out.body_indented = c_.body_indented;
        if (m_.joint_approval) {
            out.joint_approval.push_back(words(p_.joint_approval, m_.joint_approval_pos));
            out.joint_approval.push_back(words(m_.joint_approval->first, m_.joint_approval_pos, true));
            out.joint_approval.push_back(words(p_.joint_and, m_.joint_approval_pos));
            out.joint_approval.push_back(words(m_.joint_approval->second, m_.joint_approval_pos, true));
        }
        if (const auto& pr = m_.promulgation) {
            if (pr->order)
                out.order = words(fill(fill(p_.order, "{sebutan}", model::short_instrument(m_)), "{berita}", pr->gazette), pr->pos);
            out.promulgation = promulgation(*pr);
            std::string gazette = fill(fill(fill(p_.gazette, "{berita}", pr->gazette), "{tahun}", pr->year), "{nomor}", pr->number);
            out.gazette.push_back(words(trim_right(gazette), pr->pos, true));
            if (!pr->noreg.empty()) out.gazette.push_back(words(p_.noreg + " " + pr->noreg, pr->pos, true));
        }
        if (d_.penjelasan) {
            Explanation e;
            e.heading.push_back(words(p_.explanation, d_.penjelasan->pos));
            e.heading.push_back(words(p_.explanation_of, d_.penjelasan->pos));
            e.heading.push_back(words(instrument(), m_.issuer_pos, true));
            e.heading.push_back(number_line());
            e.heading.push_back(words(p_.about, m_.title.pos));
            e.heading.push_back(Line{m_.title, true, Blank::None});
            e.general = words(p_.general, d_.penjelasan->pos);
            e.article_by_article = words(p_.article_by_article, d_.penjelasan->pos);
            if (m_.promulgation && !m_.promulgation->supplement.empty())
                e.supplement = words(fill(fill(p_.supplement, "{berita}", m_.promulgation->gazette), "{nomor}", m_.promulgation->supplement),
                                     m_.promulgation->pos, true);
            out.explanation = std::move(e);
        }
    }

    static std::string trim_right(std::string s)
    {
        while (!s.empty() && s.back() == ' ') s.pop_back();
        return s;
    }

    Line number_line() const
    {
        const std::string& label = regulation() ? p_.reg_number : p_.number;
        Line l;
        if (m_.number) {
            l = words(label + " " + *m_.number, m_.number_pos);
        } else {
            l = words(label, m_.number_pos);
            l.blank = Blank::Number;
        }
        return l;
    }

    Signature promulgation(const model::Promulgation& pr) const
    {
        Signature sg;
        sg.colons = c_.enactment == style::EnactmentForm::Colons;
        Line on;
        if (pr.date) on = words(date_text(*pr.date), pr.date_pos);
        else on.blank = Blank::Date;
        place_date(sg, p_.promulgated_at, p_.promulgated_on, pr.place, pr.place_pos, std::move(on), pr.date_pos);
        sign(sg, pr.official, pr.official_pos, pr.signer, c_.promulgation_field);
        return sg;
    }

    /// "Ditetapkan di PLACE / pada tanggal DATE" (or Diundangkan): two lines, or label | ":" rows.
    void place_date(Signature& sg, const std::string& at, const std::string& on_label, const std::string& place, const SourcePos& place_pos,
                    Line on, const SourcePos& date_pos) const
    {
        const std::string shown = c_.place_upper ? model::upper_id(place) : place;
        if (sg.colons) {
            sg.place_date.push_back(Row{at, words(shown, place_pos)});
            sg.place_date.push_back(Row{on_label, std::move(on)});
        } else {
            sg.place_date.push_back(Row{"", words(at + " " + shown, place_pos)});
            if (on.blank == Blank::None) on.text.spans.insert(on.text.spans.begin(), Span{on_label + " ", model::kPlain, false, date_pos});
            else on.text = words(on_label, date_pos).text;
            sg.place_date.push_back(Row{"", std::move(on)});
        }
    }

    /// The official's title (with a.n./Plt./Plh.), the signing space and the signer's name lines.
    void sign(Signature& sg, const std::string& title, const SourcePos& title_pos, const model::Signer& who, const std::string& field_name) const
    {
        // the comma ends the title lines (the signer's own under a.n.); some offices print none
        auto ended = [&](const std::string& s) { return c_.signature_comma ? with_comma(s) : s; };
        Line t = words(ended(title), title_pos, true);
        if (!who.delegation.empty())
            t.text.spans.insert(t.text.spans.begin(), Span{who.delegation + " ", model::kKeepCase, false, who.pos});
        sg.titles.push_back(std::move(t));
        if (who.delegation == "a.n.") sg.titles.push_back(words(ended(who.own_title), who.pos, true));
        if (v_ == model::Variant::Salinan || c_.signed_mark_always) sg.mark = p_.signed_mark;
        if (v_ != model::Variant::Salinan) sg.field = true;
        sg.field_name = field_name;
        sg.signer = who.name;
        sg.name = words(who.name, who.pos, c_.name_upper, c_.name_underline ? model::kUnderline : model::kPlain);
        if (!who.rank.empty()) sg.after_name.push_back(words(who.rank, who.pos));
        if (!who.nip.empty()) sg.after_name.push_back(words(p_.nip + " " + who.nip, who.pos));
    }

    void kop(Kop& k) const
    {
        k.form = c_.kop;
        k.rule = c_.kop_rule;
        k.logo = m_.logo_path;
        k.logo_pos = m_.logo_pos;
        for (std::size_t i = 0; i < m_.kop_lines.size(); ++i) {
            const bool address = i < m_.kop_address.size() && m_.kop_address[i];
            k.lines.push_back(Line{m_.kop_lines[i], !address, Blank::None});
            k.address.push_back(address);
        }
    }

    void title(TitleBlock& t) const
    {
        t.instrument = words(instrument(), m_.issuer_pos, true);
        t.number = number_line();
        t.about = words(p_.about, m_.title.pos);
        t.title = Line{m_.title, true, Blank::None};
        if (m_.rahmat) t.rahmat = words(p_.rahmat, d_.pos);
        std::string official = m_.official_line ? *m_.official_line : m_.official;
        if (c_.official_comma) official = with_comma(official);
        if (m_.signer.delegation == "Plt." || m_.signer.delegation == "Plh.") {
            // the delegation keeps its own case inside the capitals
            t.official = words(m_.signer.delegation + " ", m_.official_pos, true, model::kKeepCase);
            t.official.text.spans.push_back(Span{official, model::kPlain, false, m_.official_pos});
        } else {
            t.official = words(official, m_.official_pos, true);
        }
    }

    Line menetapkan() const
    {
        if (d_.menetapkan) return Line{*d_.menetapkan, false, Blank::None};
        if (c_.menetapkan == style::MenetapkanText::Empty) return Line{};
        // "KEPUTUSAN … TENTANG … ." restated in capitals; the style may leave out the region
        // ("PERATURAN BUPATI TENTANG …", the retyped Keputusan Presiden's "KEPUTUSAN PRESIDEN TENTANG …")
        const std::string named = !c_.menetapkan_region ? model::short_instrument(m_) : instrument();
        Line l = words(named + " " + p_.about + " ", m_.issuer_pos, true);
        append_flat(l.text, m_.title);
        const std::string plain = m_.title.plain();
        if (plain.empty() || plain.back() != '.') l.text.spans.push_back(Span{".", model::kPlain, false, m_.title.pos});
        return l;
    }

    Line date_value(const SourcePos& pos) const
    {
        if (!m_.date) {
            Line l;
            l.text.pos = pos;
            l.blank = Blank::Date;
            return l;
        }
        return words(date_text(*m_.date), m_.date_pos);
    }

    /// "19 Maret 2024", or in figures as the style's form says ("19-03-2024").
    std::string date_text(const model::Date& d) const
    {
        if (c_.date_form.empty()) return model::format_date_id(d, c_.month == style::MonthForm::Short);
        auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
        std::string out = c_.date_form;
        out = fill(out, "{dd}", two(d.day));
        out = fill(out, "{d}", std::to_string(d.day));
        out = fill(out, "{mm}", two(d.month));
        out = fill(out, "{m}", std::to_string(d.month));
        return fill(out, "{yyyy}", std::to_string(d.year));
    }

    Signature signature(bool with_place) const
    {
        Signature sg;
        sg.colons = c_.enactment == style::EnactmentForm::Colons;
        if (with_place) place_date(sg, p_.enacted_at, p_.enacted_on, m_.place, m_.place_pos, date_value(m_.date_pos), m_.date_pos);
        if (!with_place && c_.lampiran_signature_date) {
            // "Wates, 16 Desember 2015" over a Lampiran's signature
            Line l = date_value(m_.date_pos);
            const std::string place = (c_.place_upper ? model::upper_id(m_.place) : m_.place) + ",";
            l.text.spans.insert(l.text.spans.begin(), Span{l.blank == Blank::None ? place + " " : place, model::kPlain, false, m_.place_pos});
            sg.place_date.push_back(Row{"", std::move(l)});
        }
        sign(sg, m_.signer.title.empty() ? m_.official : m_.signer.title, m_.official_pos, m_.signer, s_.signature_field);
        return sg;
    }

    Certification certification(const model::Certification& c) const
    {
        Certification out;
        out.lines.push_back(words(p_.copy_true, c.pos));
        auto ended = [&](const std::string& s) { return c_.certification_comma ? with_comma(s) : s; };
        if (c_.certification_one_line) {
            out.lines.push_back(words(ended(c.office.empty() ? c.title : c.title + " " + c.office), c.pos));
        } else {
            // no office line where the certifier's title names the unit («KEPALA BAGIAN HUKUM,»)
            if (!c.office.empty()) out.lines.push_back(words(c.office, c.pos, true));
            out.lines.push_back(words(ended(c.title), c.pos, true));
        }
        if (c_.certification_mark) out.mark = p_.signed_mark;
        out.name = words(c.name, c.pos, c_.certification_name_upper, c_.certification_name_underline ? model::kUnderline : model::kPlain);
        if (!c.nip.empty()) out.after_name.push_back(words(p_.nip + " " + c.nip, c.pos));
        return out;
    }

    LampiranHeading lampiran_heading(std::size_t index) const
    {
        const model::Lampiran& l = d_.lampiran[index];
        LampiranHeading h;
        h.labelled = s_.lampiran_heading == style::LampiranHeading::Labelled;
        h.place = c_.lampiran_place;
        h.underline_last = c_.lampiran_underline_last;
        std::string name = p_.lampiran;
        if (d_.lampiran.size() > 1) name += " " + model::roman(static_cast<int>(index + 1));
        Line instrument_line = words(instrument(), m_.issuer_pos, true);
        if (h.labelled) {
            h.rows.push_back(Row{name, c_.lampiran_instrument_line ? instrument_line : Line{}});
        } else {
            h.rows.push_back(Row{name, Line{}});
            if (c_.lampiran_instrument_line) h.rows.push_back(Row{"", instrument_line});
        }
        if (c_.lampiran_number_line) {
            Line number;
            if (m_.number) number = words(*m_.number, m_.number_pos);
            else number.blank = Blank::Number;
            h.rows.push_back(Row{p_.lampiran_number, number});
        }
        if (s_.lampiran_date_line) h.rows.push_back(Row{p_.lampiran_date, date_value(m_.date_pos)});
        Line title = Line{m_.title, true, Blank::None};
        if (!c_.lampiran_about_line) {
            // the decree's title is left to the Lampiran's own title, as some offices print it
        } else if (c_.lampiran_about_alone) {
            h.rows.push_back(Row{p_.lampiran_about, Line{}});
            h.rows.push_back(Row{"", title});
        } else {
            h.rows.push_back(Row{p_.lampiran_about, title});
        }
        if (!l.title.empty()) h.title = Line{l.title, true, Blank::None};
        return h;
    }
};

}  // namespace

std::string Composed::page_number(int n) const
{
    std::string out = page_number_form;
    const auto at = out.find("{n}");
    if (at != std::string::npos) out.replace(at, 3, std::to_string(n));
    return out;
}

std::string Composed::heading(const model::Division& v) const
{
    return division_words[static_cast<int>(v.kind)] + " " + v.number;
}

std::string Composed::clause_marker(const model::Clause& c)
{
    switch (c.kind) {
    case model::Clause::Kind::Ayat: return "(" + c.number + ")";
    case model::Clause::Kind::Change: return c.number.empty() ? "" : c.number + ".";
    case model::Clause::Kind::Text: break;
    }
    return "";
}

std::string Composed::note_heading(const model::Note& n) const
{
    switch (n.kind) {
    case model::Note::Kind::Pasal: return division_words[3] + " " + n.number;
    case model::Note::Kind::Ayat: return note_words[0] + " (" + n.number + ")";
    case model::Note::Kind::Huruf: return note_words[1] + " " + n.number;
    case model::Note::Kind::Angka: return note_words[2] + " " + n.number;
    }
    return "";
}

Composed compose(const model::Decree& d, const style::HouseStyle& s, model::Variant variant)
{
    return Composer(d, s, variant).run();
}

}  // namespace naskah::compose
