#include "xml/decree_writer.hpp"

#include <cmath>
#include <cstdio>

namespace naskah::xml {

using namespace naskah::model;

namespace {

class Out {
public:
    explicit Out(const WriteOptions& o) : opt_(o) {}
    std::string s;

    void text(std::string_view t)
    {
        for (char c : t) {
            switch (c) {
            case '&': s += "&amp;"; break;
            case '<': s += "&lt;"; break;
            case '>': s += "&gt;"; break;
            case '"': s += "&quot;"; break;
            default: s += c;
            }
        }
    }
    /// Text the house style upper-cases: kept as typed, or in capitals in canonical form.
    void caps_text(std::string_view t) { opt_.canonical ? text(upper_id(t)) : text(t); }

    void indent(int depth) { s.append(static_cast<std::size_t>(depth) * 2, ' '); }

    void attr(const char* name, std::string_view value)
    {
        s += ' ';
        s += name;
        s += "=\"";
        text(value);
        s += '"';
    }
    void caps_attr(const char* name, std::string_view value) { attr(name, opt_.canonical ? std::string_view(upper_id(value)) : value); }

    void inline_text(const Inline& in, bool caps = false)
    {
        for (const Span& sp : in.spans) {
            if (sp.line_break) {
                s += "<baris-baru/>";
                continue;
            }
            if (sp.style & kBold) s += "<tebal>";
            if (sp.style & kItalic) s += "<miring>";
            if (sp.style & kUnderline) s += "<garis-bawah>";
            if (sp.style & kKeepCase) s += "<tetap>";
            (caps && !(sp.style & kKeepCase)) ? caps_text(sp.text) : text(sp.text);
            if (sp.style & kKeepCase) s += "</tetap>";
            if (sp.style & kUnderline) s += "</garis-bawah>";
            if (sp.style & kItalic) s += "</miring>";
            if (sp.style & kBold) s += "</tebal>";
        }
    }

    void element_inline(int depth, const char* name, const Inline& in, bool caps = false)
    {
        indent(depth);
        s += '<';
        s += name;
        s += '>';
        inline_text(in, caps);
        s += "</";
        s += name;
        s += ">\n";
    }

    void element_plain(int depth, const char* name, std::string_view t, bool caps = false)
    {
        indent(depth);
        s += '<';
        s += name;
        s += '>';
        caps ? caps_text(t) : text(t);
        s += "</";
        s += name;
        s += ">\n";
    }

    static const char* numbering_name(Numbering n)
    {
        switch (n) {
        case Numbering::Letter: return "huruf";
        case Numbering::Number: return "angka";
        case Numbering::Bullet: return "titik";
        case Numbering::Dash: return "strip";
        case Numbering::None: return "tanpa";
        }
        return "angka";
    }

    /// Blocks inside an element whose tag is already open on the current line. A single
    /// paragraph stays on that line; anything else goes on lines of its own.
    void blocks(int depth, const std::vector<Block>& bs, const char* close)
    {
        if (bs.size() == 1 && !bs[0].is_list) {
            inline_text(bs[0].paragraph);
        } else if (!bs.empty()) {
            s += '\n';
            for (const Block& b : bs) {
                if (b.is_list) list(depth + 1, b.list);
                else element_inline(depth + 1, "paragraf", b.paragraph);
            }
            indent(depth);
        }
        s += "</";
        s += close;
        s += ">\n";
    }

    void item(int depth, const Item& it)
    {
        indent(depth);
        s += "<butir";
        if (!it.label.empty()) attr("label", it.label);
        s += '>';
        blocks(depth, it.blocks, "butir");
    }

    void list(int depth, const ListBlock& l)
    {
        indent(depth);
        s += "<daftar";
        attr("jenis", numbering_name(l.numbering));
        s += ">\n";
        for (const Item& it : l.items) item(depth + 1, it);
        indent(depth);
        s += "</daftar>\n";
    }

    void part(const char* name, const std::vector<Item>& items, int depth = 1)
    {
        if (items.empty()) return;
        indent(depth);
        s += '<';
        s += name;
        s += ">\n";
        for (const Item& it : items) item(depth + 1, it);
        indent(depth);
        s += "</";
        s += name;
        s += ">\n";
    }

    static std::string mm(double v)
    {
        char b[32];
        std::snprintf(b, sizeof b, "%.1f", std::round(v * 10) / 10);
        std::string r = b;
        if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
        return r;
    }

    static std::string width(const ColumnWidth& w)
    {
        switch (w.kind) {
        case ColumnWidth::Kind::Fixed: return mm(w.value) + "mm";
        case ColumnWidth::Kind::Relative: return w.value == 1 ? "*" : mm(w.value) + "*";
        case ColumnWidth::Kind::Auto: return "auto";
        }
        return "auto";
    }

    static const char* halign_name(HAlign a)
    {
        switch (a) {
        case HAlign::Left: return "kiri";
        case HAlign::Center: return "tengah";
        case HAlign::Right: return "kanan";
        case HAlign::Justify: return "rata";
        }
        return "kiri";
    }

    /// The alignment a cell is drawn with: its own, else its column's (`<kolom rata>`; figures
    /// right), else the table's. `pending` holds, per column, the rows a row span above still covers.
    static HAlign resolved_halign(const Cell& c, std::size_t col, const Table& t)
    {
        if (c.halign) return *c.halign;
        if (col < t.column_format.size()) {
            const ColumnFormat& f = t.column_format[col];
            if (f.halign) return *f.halign;
            if (f.numbers) return HAlign::Right;
        }
        return t.default_halign;
    }

    void row(int depth, const Row& r, const Table& t, std::vector<int>& pending)
    {
        // the grid column each cell starts in, past the slots row spans above still hold
        std::vector<std::size_t> cols;
        {
            std::size_t col = 0;
            for (const Cell& c : r.cells) {
                while (col < pending.size() && pending[col] > 0) ++col;
                cols.push_back(col);
                for (int k = 0; k < std::max(1, c.colspan) && col < pending.size(); ++k, ++col) pending[col] = std::max(1, c.rowspan);
            }
            for (int& p : pending)
                if (p > 0) --p;
        }
        if (r.group && r.cells.size() == 1) {
            for (int& p : pending)
                if (p > 0) --p;
            indent(depth);
            s += "<grup>";
            blocks(depth, r.cells[0].blocks, "grup");
            return;
        }
        indent(depth);
        s += "<baris";
        if (r.keep_with_next) attr("tetap-dengan-berikutnya", "ya");
        if (!opt_.canonical && !r.repeat) attr("ulang", "tidak");  // a header row not repeated
        s += ">\n";
        for (std::size_t ci = 0; ci < r.cells.size(); ++ci) {
            const Cell& c = r.cells[ci];
            indent(depth + 1);
            s += "<sel";
            if (c.colspan != 1) attr("gabung-kolom", std::to_string(c.colspan));
            if (c.rowspan != 1) attr("gabung-baris", std::to_string(c.rowspan));
            // an empty cell shows no alignment: the canonical form leaves it out
            if (opt_.canonical) {
                if (!c.blocks.empty()) attr("rata", halign_name(resolved_halign(c, cols[ci], t)));
            }
            else if (c.halign) attr("rata", halign_name(*c.halign));
            if (c.valign == VAlign::Middle) attr("rata-vertikal", "tengah");
            else if (c.valign == VAlign::Bottom) attr("rata-vertikal", "bawah");
            if (c.fill) {
                char hex[8];
                std::snprintf(hex, sizeof hex, "#%06X", static_cast<unsigned>(*c.fill & 0xFFFFFF));
                attr("latar", hex);
            }
            if (c.bold) attr("tebal", "ya");
            s += '>';
            blocks(depth + 1, c.blocks, "sel");
        }
        indent(depth);
        s += "</baris>\n";
    }

    void table(int depth, const Table& t)
    {
        indent(depth);
        s += "<tabel";
        if (!opt_.canonical && t.default_halign != HAlign::Left) attr("rata", halign_name(t.default_halign));
        // how the table is drawn (issue 15); a DOCX carries it only as each cell's borders and
        // alignment, so the canonical form compares resolved cell alignment instead
        static const char* rules[] = {"semua", "tanpa", "bingkai", "kolom"};
        if (!opt_.canonical && t.rules != TableRules::All) attr("garis", rules[static_cast<int>(t.rules)]);
        s += ">\n";
        for (std::size_t k = 0; k < t.columns.size(); ++k) {
            indent(depth + 1);
            s += "<kolom";
            if (!opt_.canonical) {
                attr("lebar", width(t.columns[k]));
                if (k < t.column_format.size()) {
                    const ColumnFormat& f = t.column_format[k];
                    if (f.numbers) attr("rata", "angka");
                    else if (f.halign) attr("rata", halign_name(*f.halign));
                    static const char* lines[] = {"", "tanpa", "tunggal", "ganda"};
                    if (f.rule_left != LineStyle::Inherit) attr("garis-kiri", lines[static_cast<int>(f.rule_left)]);
                }
            }
            s += "/>\n";
        }
        std::vector<int> pending(t.columns.size(), 0);
        if (!t.header.empty()) {
            indent(depth + 1);
            s += "<kepala>\n";
            for (const Row& r : t.header) row(depth + 2, r, t, pending);
            indent(depth + 1);
            s += "</kepala>\n";
        }
        if (t.column_numbers) {
            indent(depth + 1);
            s += "<nomor-kolom";
            if (!opt_.canonical && !t.column_numbers_repeat) attr("ulang", "tidak");
            s += "/>\n";
        }
        if (!t.body.empty()) {
            indent(depth + 1);
            s += "<isi>\n";
            for (const Row& r : t.body) row(depth + 2, r, t, pending);
            indent(depth + 1);
            s += "</isi>\n";
        }
        indent(depth);
        s += "</tabel>\n";
    }

    void work_plan(int depth, const WorkPlan& p)
    {
        indent(depth);
        s += "<rencana-kerja>\n";
        for (const ExtraColumn& e : p.extra_columns) {
            indent(depth + 1);
            s += "<kolom-tambahan";
            caps_attr("judul", e.heading);
            if (!opt_.canonical) attr("lebar", width(e.width));
            s += "/>\n";
        }
        for (const Section& sec : p.sections) {
            indent(depth + 1);
            s += "<bagian>\n";
            element_inline(depth + 2, "judul", sec.title, true);
            for (const Activity& a : sec.activities) {
                indent(depth + 2);
                s += "<kegiatan>\n";
                element_inline(depth + 3, "nama", a.name);
                for (const SubActivity& sub : a.subs) {
                    indent(depth + 3);
                    s += "<subkegiatan";
                    attr("bulan", months_text(sub.months));
                    s += ">\n";
                    element_inline(depth + 4, "uraian", sub.text);
                    element_inline(depth + 4, "indikator", sub.indicator);
                    for (const Inline& x : sub.extra) element_inline(depth + 4, "tambahan", x);
                    if (!sub.remark.empty()) element_inline(depth + 4, "ket", sub.remark);
                    indent(depth + 3);
                    s += "</subkegiatan>\n";
                }
                indent(depth + 2);
                s += "</kegiatan>\n";
            }
            indent(depth + 1);
            s += "</bagian>\n";
        }
        indent(depth);
        s += "</rencana-kerja>\n";
    }

    /// Blocks each on lines of their own (no element open on the current line).
    void block_lines(int depth, const std::vector<Block>& bs)
    {
        for (const Block& b : bs) {
            if (b.is_list) list(depth, b.list);
            else element_inline(depth, "paragraf", b.paragraph);
        }
    }

    void signer(int depth, const Signer& sg)
    {
        indent(depth);
        s += "<penandatangan";
        caps_attr("nama", sg.name);
        if (!sg.delegation.empty()) attr("kuasa", sg.delegation);
        if (!sg.own_title.empty()) caps_attr("jabatan", sg.own_title);
        if (!sg.title.empty()) caps_attr("jabatan-ttd", sg.title);
        if (!sg.rank.empty()) attr("pangkat", sg.rank);
        if (!sg.nip.empty()) attr("nip", sg.nip);
        s += "/>\n";
    }

    void clause(int depth, const Clause& c)
    {
        if (c.kind == Clause::Kind::Text) {
            block_lines(depth, c.blocks);
            return;
        }
        indent(depth);
        s += c.kind == Clause::Kind::Ayat ? "<ayat" : "<ubah";
        if (c.number_given) attr("nomor", c.number);
        s += ">\n";
        block_lines(depth + 1, c.blocks);
        for (const Division& q : c.quoted) division(depth + 1, q);
        for (const Clause& q : c.quoted_clauses) clause(depth + 1, q);
        indent(depth);
        s += c.kind == Clause::Kind::Ayat ? "</ayat>\n" : "</ubah>\n";
    }

    void division(int depth, const Division& v)
    {
        static const char* names[] = {"bab", "bagian", "paragraf-bagian", "pasal"};
        const char* name = names[static_cast<int>(v.kind)];
        indent(depth);
        s += '<';
        s += name;
        if (v.number_given) attr("nomor", v.number);
        // a BAB's title is printed in capitals: canonical form compares it so
        if (v.kind == DivisionKind::Bab) caps_attr("judul", v.title.plain());
        else if (v.kind != DivisionKind::Pasal) attr("judul", v.title.plain());
        s += ">\n";
        for (const Clause& c : v.clauses) clause(depth + 1, c);
        for (const Division& child : v.children) division(depth + 1, child);
        indent(depth);
        s += "</";
        s += name;
        s += ">\n";
    }

    void note(int depth, const Note& n)
    {
        static const char* names[] = {"pasal", "ayat", "huruf", "angka"};
        const char* name = names[static_cast<int>(n.kind)];
        indent(depth);
        s += '<';
        s += name;
        attr("nomor", n.number);
        s += ">\n";
        block_lines(depth + 1, n.blocks);
        for (const Note& sub : n.notes) note(depth + 1, sub);
        indent(depth);
        s += "</";
        s += name;
        s += ">\n";
    }

private:
    const WriteOptions& opt_;
};

std::string comment_safe(std::string_view t)
{
    std::string r;
    for (char c : t) {
        if (c == '-' && !r.empty() && r.back() == '-') r += ' ';
        r += c;
    }
    if (!r.empty() && r.back() == '-') r += ' ';
    return r;
}

}  // namespace

std::string write_decree(const Decree& d, const WriteOptions& options)
{
    Out o(options);
    std::string& s = o.s;
    s += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    if (!options.canonical && !options.comments.empty()) {
        s += "<!--\n";
        for (const std::string& c : options.comments) s += "  " + comment_safe(c) + "\n";
        s += "-->\n";
    }
    const Metadata& m = d.meta;
    const bool regulation = d.instrument == Instrument::Peraturan;
    s += regulation ? "<peraturan" : "<keputusan";
    if (!d.layout_name.empty()) o.attr("gaya", d.layout_name);
    o.attr("varian", variant_name(m.variant));
    if (m.rahmat) o.attr("rahmat", "ya");
    if (!d.disabled_checks.empty()) {
        std::string codes;
        for (const auto& c : d.disabled_checks) codes += (codes.empty() ? "" : " ") + c;
        o.attr("abaikan-periksa", codes);
    }
    s += ">\n  <kepala>\n    <kop>\n";
    if (!m.logo_path.empty()) {
        s += "      <logo";
        o.attr("berkas", options.canonical ? std::string_view("logo") : std::string_view(m.logo_path));
        s += "/>\n";
    }
    for (std::size_t i = 0; i < m.kop_lines.size(); ++i) {
        // an address line keeps its case; the others are printed in capitals
        const bool address = i < m.kop_address.size() && m.kop_address[i];
        s += "      <baris";
        if (address) o.attr("jenis", "alamat");
        s += '>';
        o.inline_text(m.kop_lines[i], !address);
        s += "</baris>\n";
    }
    s += "    </kop>\n";
    o.element_plain(2, "jenis", m.kind);
    o.element_plain(2, "penerbit", m.issuer, true);
    if (!m.short_name.empty()) o.element_plain(2, "sebutan", m.short_name);
    if (m.number) o.element_plain(2, "nomor", *m.number);
    else s += "    <nomor terbuka=\"ya\"/>\n";
    o.element_inline(2, "tentang", m.title, true);
    if (m.official_line) {
        s += "    <pejabat";
        o.caps_attr("baris", *m.official_line);
        s += '>';
        o.caps_text(m.official);
        s += "</pejabat>\n";
    } else {
        o.element_plain(2, "pejabat", m.official, true);
    }
    s += "    <penetapan";
    o.attr("tempat", m.place);
    if (m.date && m.date->valid()) o.attr("tanggal", m.date->iso());
    else o.attr("tanggal-terbuka", "ya");
    s += "/>\n";
    o.signer(2, m.signer);
    if (m.joint_approval) {
        s += "    <persetujuan";
        // printed in capitals (docs/format.md §15.1)
        o.caps_attr("dprd", m.joint_approval->first);
        o.caps_attr("kepala-daerah", m.joint_approval->second);
        s += "/>\n";
    }
    if (const auto& p = m.promulgation) {
        s += "    <pengundangan";
        o.attr("tempat", p->place);
        if (p->date && p->date->valid()) o.attr("tanggal", p->date->iso());
        else o.attr("tanggal-terbuka", "ya");
        o.attr("berita", p->gazette);
        if (!p->year.empty()) o.attr("tahun", p->year);
        if (!p->number.empty()) o.attr("nomor", p->number);
        if (!p->supplement.empty()) o.attr("tambahan", p->supplement);
        if (!p->noreg.empty()) o.caps_attr("noreg", p->noreg);  // the register line is printed in capitals
        if (!p->order) o.attr("perintah", "tidak");
        s += ">\n";
        o.element_plain(3, "pejabat", p->official, true);
        o.signer(3, p->signer);
        s += "    </pengundangan>\n";
    }
    if (m.certification) {
        const Certification& c = *m.certification;
        s += "    <pengesahan-salinan";
        if (!c.office.empty()) o.caps_attr("kantor", c.office);
        o.caps_attr("jabatan", c.title);
        o.caps_attr("nama", c.name);
        if (!c.nip.empty()) o.attr("nip", c.nip);
        s += "/>\n";
    }
    if (!m.tembusan.empty()) {
        s += "    <tembusan>\n";
        for (const Inline& t : m.tembusan) o.element_inline(3, "butir", t);
        s += "    </tembusan>\n";
    }
    if (!m.verification.empty()) o.element_plain(2, "verifikasi", m.verification);
    if (!d.style_settings.empty() && !options.canonical) {
        // the decree's own conventions, one element per setting (the reader takes any number)
        s += "    <konvensi>\n";
        for (const StyleSetting& st : d.style_settings) {
            const auto dot = st.key.find('.');
            if (dot == std::string::npos) continue;
            s += "      <" + st.key.substr(0, dot);
            o.attr(st.key.substr(dot + 1).c_str(), st.value);
            s += "/>\n";
        }
        s += "    </konvensi>\n";
    }
    s += "  </kepala>\n";
    if (d.opening) o.element_inline(1, "pembukaan", *d.opening);
    o.part("menimbang", d.menimbang);
    o.part("mengingat", d.mengingat);
    o.part("memperhatikan", d.memperhatikan);
    s += "  <memutuskan>\n";
    o.part("kepada", d.kepada, 2);
    if (d.menetapkan) o.element_inline(2, "menetapkan", *d.menetapkan);
    for (const Diktum& dk : d.diktum) {
        s += "    <diktum";
        if (!dk.label.empty()) o.attr("label", dk.label);
        s += '>';
        o.blocks(2, dk.blocks, "diktum");
    }
    for (const Division& v : d.body) o.division(2, v);
    s += "  </memutuskan>\n";
    if (const auto& pj = d.penjelasan) {
        s += "  <penjelasan>\n";
        if (!pj->general.empty()) {
            s += "    <umum>\n";
            o.block_lines(3, pj->general);
            s += "    </umum>\n";
        }
        if (!pj->pasal.empty()) {
            s += "    <pasal-demi-pasal>\n";
            for (const Note& n : pj->pasal) o.note(3, n);
            s += "    </pasal-demi-pasal>\n";
        }
        s += "  </penjelasan>\n";
    }
    for (const Lampiran& l : d.lampiran) {
        s += "  <lampiran";
        // The canonical form leaves the orientation out: a DOCX keeps only the resolved one.
        if (options.canonical) {
        } else if (l.orientation == Orientation::Portrait) o.attr("orientasi", "potret");
        else if (l.orientation == Orientation::Landscape) o.attr("orientasi", "lanskap");
        s += ">\n";
        if (!l.title.empty()) o.element_inline(2, "judul", l.title, true);  // a Lampiran may have no title
        for (const LampiranBlock& b : l.content) {
            if (const auto* blk = std::get_if<Block>(&b)) {
                if (blk->is_list) o.list(2, blk->list);
                else o.element_inline(2, "paragraf", blk->paragraph);
            } else if (const auto* t = std::get_if<Table>(&b)) {
                o.table(2, *t);
            } else if (const auto* p = std::get_if<WorkPlan>(&b)) {
                o.work_plan(2, *p);
            } else if (const auto* h = std::get_if<Heading>(&b)) {
                s += "    <subjudul";
                if (h->align == HAlign::Left) o.attr("rata", "kiri");
                s += '>';
                o.inline_text(h->text);
                s += "</subjudul>\n";
            } else if (const auto* f = std::get_if<Figure>(&b)) {
                s += "    <gambar";
                o.attr("berkas", f->path);
                if (f->width_mm > 0) o.attr("lebar", Out::width(ColumnWidth{ColumnWidth::Kind::Fixed, f->width_mm, {}}));
                s += "/>\n";
            }
        }
        s += "  </lampiran>\n";
    }
    s += regulation ? "</peraturan>\n" : "</keputusan>\n";
    return s;
}

}  // namespace naskah::xml
