#include "xml/decree_reader.hpp"

#include <cctype>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <set>

#include "model/grid.hpp"
#include "xml/source.hpp"

namespace naskah::xml {

using namespace naskah::model;

namespace {

std::string join(std::initializer_list<const char*> names)
{
    std::string out;
    for (const char* n : names) {
        if (!out.empty()) out += ", ";
        out += "<";
        out += n;
        out += ">";
    }
    return out;
}

bool is_blank(const char* s)
{
    for (; *s; ++s)
        if (!std::isspace(static_cast<unsigned char>(*s))) return false;
    return true;
}

bool is_text(const pugi::xml_node& n) { return n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata; }

class Reader {
public:
    Reader(const SourceText& src, DiagnosticSink& sink) : src_(src), sink_(sink) {}

    void read(const pugi::xml_document& doc, Decree& d);

private:
    const SourceText& src_;
    DiagnosticSink& sink_;

    SourcePos pos(const pugi::xml_node& n) const { return src_.of(n); }
    SourcePos pos(const pugi::xml_node& n, const char* attr) const { return src_.of(n, attr); }

    void error(const SourcePos& p, const char* code, const std::string& id, const std::string& en) { sink_.error(p, code, id, en); }

    void check_attributes(const pugi::xml_node& n, std::initializer_list<const char*> allowed)
    {
        for (auto a : n.attributes()) {
            bool ok = false;
            for (const char* name : allowed)
                if (std::strcmp(a.name(), name) == 0) ok = true;
            if (ok) continue;
            std::string list;
            for (const char* name : allowed) list += (list.empty() ? "" : ", ") + std::string(name);
            error(pos(n, a.name()), "E-FORMAT-ATRIBUT",
                  std::string("atribut '") + a.name() + "' tidak dikenal pada <" + n.name() + ">" +
                      (list.empty() ? "; elemen ini tidak memakai atribut" : "; seharusnya salah satu dari: " + list),
                  std::string("unknown attribute '") + a.name() + "' on <" + n.name() + ">" +
                      (list.empty() ? "; it takes no attributes" : "; expected one of: " + list));
        }
    }

    void unexpected(const pugi::xml_node& n, const pugi::xml_node& parent, const std::string& expected_id, const std::string& expected_en)
    {
        if (is_text(n))
            error(pos(n), "E-FORMAT-TEKS", std::string("teks tidak boleh langsung di dalam <") + parent.name() + ">; seharusnya " + expected_id,
                  std::string("text is not allowed directly in <") + parent.name() + ">; expected " + expected_en);
        else
            error(pos(n), "E-FORMAT-ELEMEN",
                  std::string("elemen <") + n.name() + "> tidak dikenal di dalam <" + parent.name() + ">; seharusnya " + expected_id,
                  std::string("unknown element <") + n.name() + "> in <" + parent.name() + ">; expected " + expected_en);
    }

    // A list of element names reads the same in both languages.
    void unexpected(const pugi::xml_node& n, const pugi::xml_node& parent, const std::string& expected)
    {
        unexpected(n, parent, expected, expected);
    }

    // Children that are elements or non-blank text; blank text between elements is layout of the file.
    template <class F>
    void for_children(const pugi::xml_node& n, F&& f)
    {
        for (auto c : n.children()) {
            if (is_text(c) && is_blank(c.value())) continue;
            if (c.type() != pugi::node_element && !is_text(c)) continue;
            f(c);
        }
    }

    // As for_children, and each child (blank text too) is removed from the tree once read. A
    // long work plan is most of the file: its nodes are freed as its model is built (pugixml
    // returns a block once every node in it is gone, so the blank text between them goes as
    // well), and the two no longer hold the heap together (156 MB of nodes at 201,400 rows).
    // Positions stay right: each node keeps its own offset into the unchanged text.
    template <class F>
    void consume_children(const pugi::xml_node& n, F&& f)
    {
        pugi::xml_node parent = n;
        for (pugi::xml_node c = parent.first_child(), next; c; c = next) {
            next = c.next_sibling();
            if (!(is_text(c) && is_blank(c.value())) && (c.type() == pugi::node_element || is_text(c))) f(c);
            parent.remove_child(c);
        }
    }

    std::string text_of(const pugi::xml_node& n)
    {
        std::string out;
        for (auto c : n.children()) {
            if (is_text(c)) out += c.value();
            else if (c.type() == pugi::node_element)
                error(pos(c), "E-FORMAT-ELEMEN", std::string("<") + n.name() + "> hanya berisi teks biasa; ditemukan <" + c.name() + ">",
                      std::string("<") + n.name() + "> holds plain text only; found <" + c.name() + ">");
        }
        return trim(collapse_space(out));
    }

    std::string attr_text(const pugi::xml_node& n, const char* name) { return trim(collapse_space(n.attribute(name).value())); }

    bool required_attr(const pugi::xml_node& n, const char* name, std::string& out)
    {
        auto a = n.attribute(name);
        if (!a || trim(a.value()).empty()) {
            error(pos(n), "E-FORMAT-WAJIB", std::string("<") + n.name() + "> memerlukan atribut " + name + "=\"…\"",
                  std::string("<") + n.name() + "> needs the attribute " + name + "=\"…\"");
            return false;
        }
        out = attr_text(n, name);
        return true;
    }

    // Elements that carry everything in attributes: content would otherwise be dropped silently.
    void expect_empty(const pugi::xml_node& n)
    {
        for (auto c : n.children()) {
            if (is_text(c) && is_blank(c.value())) continue;
            if (c.type() != pugi::node_element && !is_text(c)) continue;
            error(pos(c), "E-FORMAT-ISI", std::string("<") + n.name() + "> tidak boleh berisi apa pun; seharusnya <" + n.name() + " …/>",
                  std::string("<") + n.name() + "> takes no content; expected <" + n.name() + " …/>");
            return;
        }
    }

    bool yes_no(const pugi::xml_node& n, const char* name, bool fallback)
    {
        auto a = n.attribute(name);
        if (!a) return fallback;
        std::string v = a.value();
        if (v == "ya") return true;
        if (v == "tidak") return false;
        error(pos(n, name), "E-FORMAT-NILAI", std::string(name) + "=\"" + v + "\": seharusnya \"ya\" atau \"tidak\"",
              std::string(name) + "=\"" + v + "\": expected \"ya\" or \"tidak\"");
        return fallback;
    }

    // ---- inline ------------------------------------------------------------------------------

    void collect_inline(const pugi::xml_node& n, std::uint8_t style, Inline& out)
    {
        for (auto c : n.children()) {
            if (is_text(c)) {
                out.spans.push_back(Span{collapse_space(c.value()), style, false, pos(c)});
                continue;
            }
            if (c.type() != pugi::node_element) continue;
            const std::string name = c.name();
            if (name == "miring" || name == "tebal" || name == "garis-bawah" || name == "tetap") {
                check_attributes(c, {});
                std::uint8_t add = name == "miring" ? kItalic : name == "tebal" ? kBold : name == "tetap" ? kKeepCase : kUnderline;
                collect_inline(c, static_cast<std::uint8_t>(style | add), out);
            } else if (name == "baris-baru") {
                check_attributes(c, {});
                if (c.first_child()) error(pos(c), "E-FORMAT-ELEMEN", "<baris-baru/> harus kosong", "<baris-baru/> must be empty");
                out.spans.push_back(Span{{}, style, true, pos(c)});
            } else {
                const std::string allowed = join({"miring", "tebal", "garis-bawah", "tetap", "baris-baru"});
                error(pos(c), "E-FORMAT-ELEMEN", "elemen <" + name + "> tidak dikenal di dalam teks; seharusnya " + allowed,
                      "unknown element <" + name + "> in text; expected " + allowed);
            }
        }
    }

    // Whitespace across runs: one space between words, none at the ends or around a line break.
    static void normalise(Inline& in)
    {
        bool prev_space = true;  // start of paragraph behaves like after a space
        for (auto& s : in.spans) {
            if (s.line_break) {
                prev_space = true;
                continue;
            }
            if (prev_space && !s.text.empty() && s.text.front() == ' ') s.text.erase(0, 1);
            if (!s.text.empty()) prev_space = s.text.back() == ' ';
        }
        // trailing spaces before a break or the end
        bool next_break = true;
        for (auto it = in.spans.rbegin(); it != in.spans.rend(); ++it) {
            if (it->line_break) {
                next_break = true;
                continue;
            }
            if (next_break) {
                while (!it->text.empty() && it->text.back() == ' ') it->text.pop_back();
                if (it->text.empty()) continue;
            }
            next_break = false;
        }
        std::vector<Span> kept;
        kept.reserve(in.spans.size());
        for (auto& s : in.spans)
            if (s.line_break || !s.text.empty()) kept.push_back(std::move(s));
        in.spans = std::move(kept);
        // text of no-break or invisible spaces only (an «empty» paragraph pasted from Word) is no
        // text: <diktum>&#xA0;</diktum> is as empty as <diktum> </diktum>
        bool only_blank = true;
        for (const Span& s : in.spans) only_blank = only_blank && !s.line_break && blank(s.text);
        if (only_blank) in.spans.clear();
    }

    Inline read_inline(const pugi::xml_node& n)
    {
        Inline in;
        in.pos = pos(n);
        collect_inline(n, kPlain, in);
        normalise(in);
        return in;
    }

    // ---- blocks ------------------------------------------------------------------------------

    Numbering numbering_attr(const pugi::xml_node& n, Numbering fallback)
    {
        auto a = n.attribute("jenis");
        if (!a) return fallback;
        std::string v = a.value();
        if (v == "huruf") return Numbering::Letter;
        if (v == "angka") return Numbering::Number;
        if (v == "titik") return Numbering::Bullet;
        if (v == "strip") return Numbering::Dash;
        if (v == "tanpa") return Numbering::None;
        error(pos(n, "jenis"), "E-FORMAT-NILAI", "jenis=\"" + v + "\": seharusnya huruf, angka, titik, strip, atau tanpa",
              "jenis=\"" + v + "\": expected huruf, angka, titik, strip or tanpa");
        return fallback;
    }

    Item read_item(const pugi::xml_node& n)
    {
        check_attributes(n, {"label"});
        Item it;
        it.pos = pos(n);
        it.label = attr_text(n, "label");
        it.blocks = read_blocks(n);
        if (it.blocks.empty()) error(pos(n), "E-FORMAT-KOSONG", "<butir> kosong; seharusnya berisi teks", "<butir> is empty; expected its text");
        return it;
    }

    ListBlock read_list(const pugi::xml_node& n, Numbering fallback)
    {
        check_attributes(n, {"jenis"});
        ListBlock l;
        l.pos = pos(n);
        l.numbering = numbering_attr(n, fallback);
        for_children(n, [&](const pugi::xml_node& c) {
            if (c.type() == pugi::node_element && std::strcmp(c.name(), "butir") == 0) l.items.push_back(read_item(c));
            else unexpected(c, n, "<butir>");
        });
        if (l.items.empty()) error(pos(n), "E-FORMAT-KOSONG", "<daftar> memerlukan paling sedikit satu <butir>", "<daftar> needs at least one <butir>");
        return l;
    }

    // Mixed content: inline text and markup gather into paragraphs; <paragraf> and <daftar>
    // are blocks of their own.
    std::vector<Block> read_blocks(const pugi::xml_node& n) { return read_blocks(n, nullptr, {}); }

    // `other` takes the elements a caller adds (ayat, ubah …) after the text before them has
    // been gathered into `blocks`; `other_names` names them in the error for an unknown element.
    std::vector<Block> read_blocks(const pugi::xml_node& n, const std::function<bool(const pugi::xml_node&, std::vector<Block>&)>& other,
                                   const std::string& other_names)
    {
        std::vector<Block> blocks;
        Inline pending;
        pending.pos = pos(n);
        auto flush = [&] {
            normalise(pending);
            if (!pending.spans.empty()) {
                Block b;
                b.paragraph = std::move(pending);
                blocks.push_back(std::move(b));
            }
            pending = Inline{};
        };
        for (auto c : n.children()) {
            if (is_text(c)) {
                if (pending.spans.empty() && is_blank(c.value())) continue;
                if (pending.spans.empty()) pending.pos = pos(c);
                pending.spans.push_back(Span{collapse_space(c.value()), kPlain, false, pos(c)});
                continue;
            }
            if (c.type() != pugi::node_element) continue;
            const std::string name = c.name();
            if (name == "paragraf") {
                flush();
                check_attributes(c, {});
                Block b;
                b.paragraph = read_inline(c);
                if (b.paragraph.empty()) error(pos(c), "E-FORMAT-KOSONG", "<paragraf> kosong; seharusnya berisi teks", "<paragraf> is empty; expected its text");
                blocks.push_back(std::move(b));
            } else if (name == "daftar") {
                flush();
                Block b;
                b.is_list = true;
                b.list = read_list(c, Numbering::Number);
                blocks.push_back(std::move(b));
            } else if (name == "miring" || name == "tebal" || name == "garis-bawah" || name == "tetap" || name == "baris-baru") {
                if (pending.spans.empty()) pending.pos = pos(c);
                std::uint8_t style = name == "miring"        ? kItalic
                                     : name == "tebal"       ? kBold
                                     : name == "garis-bawah" ? kUnderline
                                     : name == "tetap"       ? kKeepCase
                                                             : kPlain;
                check_attributes(c, {});
                if (name == "baris-baru") {
                    if (c.first_child()) error(pos(c), "E-FORMAT-ELEMEN", "<baris-baru/> harus kosong", "<baris-baru/> must be empty");
                    pending.spans.push_back(Span{{}, kPlain, true, pos(c)});
                }
                else collect_inline(c, style, pending);
            } else {
                if (other) {
                    flush();
                    if (other(c, blocks)) continue;
                }
                const std::string allowed =
                    join({"paragraf", "daftar", "miring", "tebal", "garis-bawah", "tetap", "baris-baru"}) + (other_names.empty() ? "" : ", " + other_names);
                error(pos(c), "E-FORMAT-ELEMEN", "elemen <" + name + "> tidak dikenal di dalam <" + n.name() + ">; seharusnya teks, " + allowed,
                      "unknown element <" + name + "> in <" + n.name() + ">; expected text, " + allowed);
            }
        }
        flush();
        return blocks;
    }

    std::vector<Item> read_items(const pugi::xml_node& n)
    {
        check_attributes(n, {});
        std::vector<Item> items;
        for_children(n, [&](const pugi::xml_node& c) {
            if (c.type() == pugi::node_element && std::strcmp(c.name(), "butir") == 0) items.push_back(read_item(c));
            else if (c.type() == pugi::node_element && is_division(c.name()))
                error(pos(c), "E-FORMAT-ELEMEN",
                      std::string("<") + c.name() + "> tidak boleh di dalam <" + n.name() + ">: pasal dan bab ditulis di dalam <memutuskan>; <" +
                          n.name() + "> berisi <butir>",
                      std::string("<") + c.name() + "> cannot stand in <" + n.name() + ">: Pasal and BAB go in <memutuskan>; <" + n.name() +
                          "> holds <butir>");
            else unexpected(c, n, "<butir>");
        });
        if (items.empty())
            error(pos(n), "E-FORMAT-KOSONG", std::string("<") + n.name() + "> memerlukan paling sedikit satu <butir>",
                  std::string("<") + n.name() + "> needs at least one <butir>");
        return items;
    }

    // ---- metadata ----------------------------------------------------------------------------

    bool parse_date(const pugi::xml_node& n, const char* attr, Date& out)
    {
        std::string v = attr_text(n, attr);
        int y = 0, m = 0, d = 0;
        char tail = 0;
        bool digits = v.size() == 10 && v[4] == '-' && v[7] == '-';
        for (std::size_t i = 0; digits && i < v.size(); ++i)
            if (i != 4 && i != 7) digits = std::isdigit(static_cast<unsigned char>(v[i])) != 0;
        if (!digits || std::sscanf(v.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) {
            error(pos(n, attr), "E-FORMAT-TANGGAL", std::string(attr) + "=\"" + v + "\": seharusnya tanggal ISO seperti 2022-01-17",
                  std::string(attr) + "=\"" + v + "\": expected an ISO date such as 2022-01-17");
            return false;
        }
        static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        if (y < 1945) {
            error(pos(n, attr), "E-FORMAT-TANGGAL", std::string(attr) + "=\"" + v + "\": seharusnya tahun 1945 atau sesudahnya",
                  std::string(attr) + "=\"" + v + "\": expected a year from 1945");
            return false;
        }
        if (m < 1 || m > 12 || d < 1 || d > days[m - 1] + (m == 2 && leap ? 1 : 0)) {
            error(pos(n, attr), "E-FORMAT-TANGGAL",
                  std::string(attr) + "=\"" + v + "\" bukan tanggal yang sah; seharusnya bulan 01 sampai 12 dan hari yang ada pada bulan itu",
                  std::string(attr) + "=\"" + v + "\" is not a calendar date; expected a month from 01 to 12 and a day that month has");
            return false;
        }
        out = Date{y, m, d};
        return true;
    }

    void read_signer(const pugi::xml_node& c, Signer& signer)
    {
        check_attributes(c, {"nama", "kuasa", "jabatan", "jabatan-ttd", "pangkat", "nip"});
        expect_empty(c);
        signer.pos = pos(c);
        required_attr(c, "nama", signer.name);
        signer.delegation = attr_text(c, "kuasa");
        signer.own_title = attr_text(c, "jabatan");
        signer.title = attr_text(c, "jabatan-ttd");
        signer.rank = attr_text(c, "pangkat");
        signer.nip = attr_text(c, "nip");
        const auto& dl = signer.delegation;
        if (!(dl.empty() || dl == "a.n." || dl == "Plt." || dl == "Plh."))
            error(pos(c, "kuasa"), "E-FORMAT-NILAI", "kuasa=\"" + dl + "\": seharusnya a.n., Plt., atau Plh.",
                  "kuasa=\"" + dl + "\": expected a.n., Plt. or Plh.");
        if (dl == "a.n." && signer.own_title.empty())
            error(pos(c), "E-FORMAT-WAJIB",
                  "kuasa=\"a.n.\" memerlukan jabatan=\"…\": jabatan penanda tangan sendiri, dicetak di bawah jabatan pejabat",
                  "kuasa=\"a.n.\" needs jabatan=\"…\": the signer's own office, printed under the official's");
    }

    // tempat + tanggal | tanggal-terbuka, shared by <penetapan> and <pengundangan>; `occasion_id`/`occasion_en`
    // name when an open date gets filled in (penandatanganan/signing, pengundangan/promulgation).
    void read_place_date(const pugi::xml_node& c, const char* occasion_id, const char* occasion_en, std::string& place,
                         SourcePos& place_pos, std::optional<Date>& date, SourcePos& date_pos)
    {
        const std::string element = std::string("<") + c.name() + ">";
        required_attr(c, "tempat", place);
        place_pos = pos(c, "tempat");
        const bool open = yes_no(c, "tanggal-terbuka", false);
        if (open && c.attribute("tanggal"))
            error(pos(c, "tanggal"), "E-FORMAT-TANGGAL", "gunakan tanggal=\"…\" atau tanggal-terbuka=\"ya\", tidak keduanya",
                  "give either tanggal=\"…\" or tanggal-terbuka=\"ya\", not both");
        else if (!open && !c.attribute("tanggal"))
            error(pos(c), "E-FORMAT-WAJIB",
                  element + " memerlukan tanggal=\"YYYY-MM-DD\", atau tanggal-terbuka=\"ya\" bila tanggal diberikan saat " + occasion_id,
                  element + " needs tanggal=\"YYYY-MM-DD\", or tanggal-terbuka=\"ya\" when it is assigned at " + occasion_en);
        else if (!open) {
            Date d;
            date_pos = pos(c, "tanggal");
            if (parse_date(c, "tanggal", d)) date = d;
        }
        if (open) date_pos = pos(c, "tanggal-terbuka");
    }

    // <pengundangan tempat tanggal berita tahun nomor …><pejabat/><penandatangan/></pengundangan>
    Promulgation read_promulgation(const pugi::xml_node& c)
    {
        check_attributes(c, {"tempat", "tanggal", "tanggal-terbuka", "berita", "tahun", "nomor", "tambahan", "noreg", "perintah"});
        Promulgation p;
        p.pos = pos(c);
        read_place_date(c, "pengundangan", "promulgation", p.place, p.place_pos, p.date, p.date_pos);
        required_attr(c, "berita", p.gazette);
        p.year = attr_text(c, "tahun");
        if (p.year.empty() && p.date) p.year = std::to_string(p.date->year);
        p.number = attr_text(c, "nomor");
        p.supplement = attr_text(c, "tambahan");
        p.noreg = attr_text(c, "noreg");
        p.order = yes_no(c, "perintah", true);
        bool official = false, signer = false;
        for_children(c, [&](const pugi::xml_node& k) {
            const std::string kn = is_text(k) ? "" : k.name();
            if (kn == "pejabat" && !official) {
                check_attributes(k, {});
                p.official = text_of(k);
                p.official_pos = pos(k);
                official = true;
                if (p.official.empty()) error(pos(k), "E-FORMAT-KOSONG", "<pejabat> kosong", "<pejabat> is empty");
            } else if (kn == "penandatangan" && !signer) {
                read_signer(k, p.signer);
                signer = true;
            } else {
                unexpected(k, c, "<pejabat> lalu <penandatangan nama=\"…\"/>, masing-masing sekali",
                           "<pejabat> then <penandatangan nama=\"…\"/>, once each");
            }
        });
        if (!official)
            error(pos(c), "E-FORMAT-WAJIB", "<pengundangan> memerlukan <pejabat> (misalnya Sekretaris Daerah …)",
                  "<pengundangan> needs <pejabat> (e.g. Sekretaris Daerah …)");
        if (!signer)
            error(pos(c), "E-FORMAT-WAJIB", "<pengundangan> memerlukan <penandatangan nama=\"…\"/>",
                  "<pengundangan> needs <penandatangan nama=\"…\"/>");
        return p;
    }

    void read_kepala(const pugi::xml_node& n, Metadata& m, std::vector<StyleSetting>& settings)
    {
        check_attributes(n, {});
        std::set<std::string> seen;
        for_children(n, [&](const pugi::xml_node& c) {
            if (!is_text(c) && !seen.insert(c.name()).second) {
                error(pos(c), "E-FORMAT-GANDA", std::string("<") + c.name() + "> muncul lebih dari sekali di dalam <kepala>",
                      std::string("<") + c.name() + "> appears more than once in <kepala>");
                return;
            }
            const std::string name = is_text(c) ? "" : c.name();
            if (name == "kop") {
                check_attributes(c, {});
                for_children(c, [&](const pugi::xml_node& k) {
                    if (k.type() == pugi::node_element && std::strcmp(k.name(), "baris") == 0) {
                        check_attributes(k, {"jenis"});
                        bool address = false;
                        if (auto a = k.attribute("jenis")) {
                            const std::string v = a.value();
                            if (v == "alamat") address = true;
                            else if (v != "nama")
                                error(pos(k, "jenis"), "E-FORMAT-NILAI", "jenis=\"" + v + "\": seharusnya nama atau alamat",
                                      "jenis=\"" + v + "\": expected nama or alamat");
                        }
                        m.kop_address.push_back(address);
                        m.kop_lines.push_back(read_inline(k));
                        if (m.kop_lines.back().empty()) error(pos(k), "E-FORMAT-KOSONG", "<baris> kosong", "<baris> is empty");
                    } else if (k.type() == pugi::node_element && std::strcmp(k.name(), "logo") == 0) {
                        check_attributes(k, {"berkas"});
                        expect_empty(k);
                        if (!m.logo_path.empty()) error(pos(k), "E-FORMAT-GANDA", "<kop> hanya memuat satu <logo>", "<kop> takes one <logo>");
                        required_attr(k, "berkas", m.logo_path);
                        m.logo_pos = pos(k, "berkas");
                    } else {
                        unexpected(k, c, "<baris> atau <logo>", "<baris> or <logo>");
                    }
                });
                // no <baris>: a kop of the emblem alone, or none (a copy leaving the emblem's place empty)
            } else if (name == "jenis") {
                check_attributes(c, {});
                m.kind = text_of(c);
                if (m.kind.empty())
                    error(pos(c), "E-FORMAT-KOSONG", "<jenis> kosong; seharusnya berisi jenis naskah, misalnya Keputusan",
                          "<jenis> is empty; expected e.g. Keputusan");
            } else if (name == "penerbit") {
                check_attributes(c, {});
                m.issuer = text_of(c);
                m.issuer_pos = pos(c);
            } else if (name == "nomor") {
                check_attributes(c, {"terbuka"});
                m.number_pos = pos(c);
                const bool open = yes_no(c, "terbuka", false);
                std::string v = text_of(c);
                if (open && !v.empty())
                    error(pos(c), "E-FORMAT-NOMOR", "<nomor terbuka=\"ya\"> harus kosong: nomor diberikan saat penandatanganan",
                          "<nomor terbuka=\"ya\"> must be empty: the number is assigned at signing");
                else if (!open && v.empty())
                    error(pos(c), "E-FORMAT-NOMOR",
                          "<nomor> kosong; seharusnya berisi nomor, atau terbuka=\"ya\" bila nomor diberikan saat penandatanganan",
                          "<nomor> is empty; expected the number, or terbuka=\"ya\" when it is assigned at signing");
                if (!open) m.number = v;
            } else if (name == "tentang") {
                check_attributes(c, {});
                m.title = read_inline(c);
            } else if (name == "pejabat") {
                check_attributes(c, {"baris"});
                m.official = text_of(c);
                m.official_pos = pos(c);
                if (auto a = c.attribute("baris")) m.official_line = collapse_space(a.value());
            } else if (name == "penetapan") {
                check_attributes(c, {"tempat", "tanggal", "tanggal-terbuka"});
                expect_empty(c);
                read_place_date(c, "penandatanganan", "signing", m.place, m.place_pos, m.date, m.date_pos);
            } else if (name == "penandatangan") {
                read_signer(c, m.signer);
            } else if (name == "sebutan") {
                check_attributes(c, {});
                m.short_name = text_of(c);
                if (m.short_name.empty()) error(pos(c), "E-FORMAT-KOSONG", "<sebutan> kosong; seharusnya misalnya Peraturan Bupati",
                                                "<sebutan> is empty; expected e.g. Peraturan Bupati");
            } else if (name == "persetujuan") {
                check_attributes(c, {"dprd", "kepala-daerah"});
                expect_empty(c);
                std::string council, head;
                required_attr(c, "dprd", council);
                required_attr(c, "kepala-daerah", head);
                m.joint_approval = std::make_pair(council, head);
                m.joint_approval_pos = pos(c);
            } else if (name == "pengundangan") {
                m.promulgation = read_promulgation(c);
            } else if (name == "pengesahan-salinan") {
                check_attributes(c, {"kantor", "jabatan", "nama", "nip"});
                expect_empty(c);
                Certification cert;
                cert.pos = pos(c);
                cert.office = attr_text(c, "kantor");  // optional: a certifier's title may name the unit itself
                required_attr(c, "jabatan", cert.title);
                required_attr(c, "nama", cert.name);
                cert.nip = attr_text(c, "nip");
                m.certification = cert;
            } else if (name == "tembusan") {
                check_attributes(c, {});
                for_children(c, [&](const pugi::xml_node& k) {
                    if (k.type() == pugi::node_element && std::strcmp(k.name(), "butir") == 0) {
                        check_attributes(k, {});
                        m.tembusan.push_back(read_inline(k));
                    } else {
                        unexpected(k, c, "<butir>");
                    }
                });
            } else if (name == "konvensi") {
                // the decree's own conventions: <bagian memutuskan="MEMUTUSKAN :"/> …, the same
                // group elements and attributes as a house style file; the style stage checks them
                check_attributes(c, {});
                for_children(c, [&](const pugi::xml_node& g) {
                    if (g.type() != pugi::node_element) {
                        unexpected(g, c, "elemen pengaturan gaya seperti <bagian memutuskan=\"…\"/>",
                                   "house-style setting elements such as <bagian memutuskan=\"…\"/>");
                        return;
                    }
                    expect_empty(g);
                    for (auto a : g.attributes())
                        settings.push_back(StyleSetting{std::string(g.name()) + "." + a.name(), a.value(), pos(g, a.name())});
                });
            } else if (name == "verifikasi") {
                check_attributes(c, {});
                m.verification = text_of(c);
                m.verification_pos = pos(c);
            } else {
                unexpected(c, n,
                           join({"kop", "jenis", "penerbit", "sebutan", "nomor", "tentang", "pejabat", "penetapan", "penandatangan",
                                 "persetujuan", "pengundangan", "pengesahan-salinan", "tembusan", "konvensi", "verifikasi"}));
            }
        });
        const SourcePos here = pos(n);
        if (m.kop_lines.empty() && !seen.count("kop"))
            error(here, "E-FORMAT-WAJIB", "<kepala> memerlukan <kop> (kop instansi)", "<kepala> needs <kop> (the institution heading)");
        if (!seen.count("penerbit"))
            error(here, "E-FORMAT-WAJIB", "<kepala> memerlukan <penerbit> (instansi yang menerbitkan)",
                  "<kepala> needs <penerbit> (the issuing institution)");
        else if (m.issuer.empty()) error(m.issuer_pos, "E-FORMAT-KOSONG", "<penerbit> kosong", "<penerbit> is empty");
        if (!seen.count("nomor")) error(here, "E-FORMAT-WAJIB", "<kepala> memerlukan <nomor>", "<kepala> needs <nomor>");
        if (!seen.count("tentang"))
            error(here, "E-FORMAT-WAJIB", "<kepala> memerlukan <tentang> (judul)", "<kepala> needs <tentang> (the title)");
        else if (m.title.empty()) error(m.title.pos, "E-FORMAT-KOSONG", "<tentang> kosong", "<tentang> is empty");
        if (!seen.count("pejabat"))
            error(here, "E-FORMAT-WAJIB", "<kepala> memerlukan <pejabat> (jabatan pejabat yang menetapkan)",
                  "<kepala> needs <pejabat> (the issuing official's title)");
        else if (m.official.empty()) error(m.official_pos, "E-FORMAT-KOSONG", "<pejabat> kosong", "<pejabat> is empty");
        if (!seen.count("penetapan"))
            error(here, "E-FORMAT-WAJIB", "<kepala> memerlukan <penetapan tempat=\"…\" tanggal=\"…\"/>",
                  "<kepala> needs <penetapan tempat=\"…\" tanggal=\"…\"/>");
        if (!seen.count("penandatangan"))
            error(here, "E-FORMAT-WAJIB", "<kepala> memerlukan <penandatangan nama=\"…\"/>", "<kepala> needs <penandatangan nama=\"…\"/>");
    }

    // ---- Peraturan body ----------------------------------------------------------------------

    static bool is_division(const std::string& name)
    {
        return name == "bab" || name == "bagian" || name == "paragraf-bagian" || name == "pasal";
    }

    // "3" < "3a" < "4": the order ayat and inserted Pasal are numbered in
    static std::pair<long, std::string> number_key(const std::string& v)
    {
        std::size_t i = 0;
        long n = 0;
        while (i < v.size() && i < 6 && std::isdigit(static_cast<unsigned char>(v[i]))) n = n * 10 + (v[i++] - '0');
        return {i == 0 ? -1 : n, v.substr(i)};
    }

    void read_number(const pugi::xml_node& n, std::string& number, bool& given)
    {
        if (!n.attribute("nomor")) return;
        number = attr_text(n, "nomor");
        given = true;
        if (number.empty())
            error(pos(n, "nomor"), "E-FORMAT-KOSONG", std::string("nomor=\"\" kosong pada <") + n.name() + ">; hapus atributnya agar nomor dibuat otomatis",
                  std::string("nomor=\"\" is empty on <") + n.name() + ">; leave the attribute out to have the number generated");
    }

    // Text, <ayat> and (in an amending Pasal) <ubah>, in order.
    std::vector<Clause> read_clauses(const pugi::xml_node& n, bool quoted)
    {
        std::vector<Clause> clauses;
        auto take_text = [&](std::vector<Block>& blocks) {
            if (blocks.empty()) return;
            Clause t;
            t.kind = Clause::Kind::Text;
            t.pos = blocks.front().is_list ? blocks.front().list.pos : blocks.front().paragraph.pos;
            t.blocks = std::move(blocks);
            blocks.clear();
            clauses.push_back(std::move(t));
        };
        auto rest = read_blocks(
            n,
            [&](const pugi::xml_node& c, std::vector<Block>& blocks) {
                const std::string name = c.name();
                if (name == "ayat") {
                    take_text(blocks);
                    clauses.push_back(read_ayat(c));
                    return true;
                }
                if (name == "ubah" && !quoted) {
                    take_text(blocks);
                    clauses.push_back(read_change(c));
                    return true;
                }
                return false;
            },
            quoted ? join({"ayat"}) : join({"ayat", "ubah"}));
        take_text(rest);
        // ayat given their numbers must come in order: (3) before (2) is a slip of the drafter
        std::pair<long, std::string> last{-1, ""};
        const Clause* previous = nullptr;
        for (const Clause& c : clauses) {
            if (c.kind != Clause::Kind::Ayat) continue;
            if (c.number_given && previous && previous->number_given) {
                const auto key = number_key(c.number);
                if (key.first >= 0 && last.first >= 0 && !(last < key))
                    error(c.pos, "E-PASAL-AYAT-URUTAN",
                          "ayat (" + c.number + ") sesudah ayat (" + previous->number + "); seharusnya ayat bernomor urut naik",
                          "ayat (" + c.number + ") after ayat (" + previous->number + "); expected ayat in ascending order");
            }
            if (c.number_given) last = number_key(c.number);
            previous = &c;
        }
        return clauses;
    }

    Clause read_ayat(const pugi::xml_node& n)
    {
        check_attributes(n, {"nomor"});
        Clause a;
        a.kind = Clause::Kind::Ayat;
        a.pos = pos(n);
        read_number(n, a.number, a.number_given);
        a.blocks = read_blocks(n);
        if (a.blocks.empty()) error(pos(n), "E-FORMAT-KOSONG", "<ayat> kosong; seharusnya berisi teksnya", "<ayat> is empty; expected its text");
        return a;
    }

    // <ubah>instruction … <pasal nomor="3">amended text</pasal></ubah>
    Clause read_change(const pugi::xml_node& n)
    {
        check_attributes(n, {"nomor"});
        Clause ch;
        ch.kind = Clause::Kind::Change;
        ch.pos = pos(n);
        read_number(n, ch.number, ch.number_given);
        bool quoting = false;
        ch.blocks = read_blocks(
            n,
            [&](const pugi::xml_node& c, std::vector<Block>& blocks) {
                const std::string name = c.name();
                if (is_division(name)) {
                    quoting = true;
                    ch.quoted.push_back(read_division(c, true));
                    return true;
                }
                if (name == "ayat") {
                    quoting = true;
                    ch.quoted_clauses.push_back(read_ayat(c));
                    return true;
                }
                (void)blocks;
                return false;
            },
            join({"bab", "bagian", "paragraf-bagian", "pasal", "ayat"}));
        if (ch.blocks.empty())
            error(pos(n), "E-FORMAT-KOSONG",
                  "<ubah> memerlukan teks perintah perubahan, misalnya \"Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:\"",
                  "<ubah> needs the change instruction, e.g. \"Ketentuan Pasal 3 diubah sehingga berbunyi sebagai berikut:\"");
        // the instruction comes before the text it quotes
        bool seen_quote = false;
        for (auto c : n.children()) {
            if (c.type() == pugi::node_element && (is_division(c.name()) || std::strcmp(c.name(), "ayat") == 0)) seen_quote = true;
            else if (seen_quote && ((is_text(c) && !is_blank(c.value())) || c.type() == pugi::node_element)) {
                error(pos(c), "E-PASAL-UBAH",
                      "teks sesudah bunyi yang dikutip di dalam <ubah>; seharusnya perintah perubahan di depan, lalu <pasal>/<ayat> yang dikutip",
                      "text after the quoted text in <ubah>; expected the change instruction first, then the quoted <pasal>/<ayat>");
                break;
            }
        }
        (void)quoting;
        return ch;
    }

    Division read_division(const pugi::xml_node& n, bool quoted)
    {
        Division v;
        v.pos = pos(n);
        const std::string name = n.name();
        if (name == "pasal") {
            check_attributes(n, {"nomor"});
            v.kind = DivisionKind::Pasal;
            read_number(n, v.number, v.number_given);
            if (quoted && !v.number_given)
                error(pos(n), "E-FORMAT-WAJIB", "<pasal> yang dikutip dalam <ubah> memerlukan nomor=\"…\": nomornya dalam peraturan yang diubah",
                      "a <pasal> quoted in <ubah> needs nomor=\"…\": its number in the regulation amended");
            v.clauses = read_clauses(n, quoted);
            if (v.clauses.empty()) error(pos(n), "E-FORMAT-KOSONG", "<pasal> kosong; seharusnya berisi teks atau <ayat>", "<pasal> is empty; expected its text or <ayat>");
            return v;
        }
        check_attributes(n, {"nomor", "judul"});
        v.kind = name == "bab" ? DivisionKind::Bab : name == "bagian" ? DivisionKind::Bagian : DivisionKind::Paragraf;
        read_number(n, v.number, v.number_given);
        if (std::string t; required_attr(n, "judul", t)) v.title = Inline::from_text(t, pos(n, "judul"));
        const char* allowed_id = v.kind == DivisionKind::Bab ? "<bagian> atau <pasal>" : v.kind == DivisionKind::Bagian ? "<paragraf-bagian> atau <pasal>" : "<pasal>";
        const char* allowed_en = v.kind == DivisionKind::Bab ? "<bagian> or <pasal>" : v.kind == DivisionKind::Bagian ? "<paragraf-bagian> or <pasal>" : "<pasal>";
        for_children(n, [&](const pugi::xml_node& c) {
            const std::string cn = is_text(c) ? "" : c.name();
            const bool ok = cn == "pasal" || (v.kind == DivisionKind::Bab && cn == "bagian") ||
                            (v.kind == DivisionKind::Bagian && cn == "paragraf-bagian");
            if (ok) v.children.push_back(read_division(c, quoted));
            else unexpected(c, n, allowed_id, allowed_en);
        });
        if (v.children.empty() && !quoted)
            error(pos(n), "E-FORMAT-KOSONG", "<" + name + "> memerlukan paling sedikit satu <pasal>", "<" + name + "> needs at least one <pasal>");
        return v;
    }

    // ---- Penjelasan --------------------------------------------------------------------------

    Note read_note(const pugi::xml_node& n, Note::Kind kind, bool nested = false)
    {
        check_attributes(n, {"nomor"});
        Note note;
        note.kind = kind;
        note.pos = pos(n);
        bool given = false;
        read_number(n, note.number, given);
        if ((kind != Note::Kind::Pasal || nested) && !given) {  // notes under a Pasal name what they explain
            std::string ignored;
            required_attr(n, "nomor", ignored);
        }
        note.blocks = read_blocks(
            n,
            [&](const pugi::xml_node& c, std::vector<Block>&) {
                const std::string name = c.name();
                // notes nest as the text does: an amendment's Pasal I / angka 1 / Pasal 3 / ayat (1) / huruf a
                if (name == "pasal") note.notes.push_back(read_note(c, Note::Kind::Pasal, true));
                else if (name == "ayat") note.notes.push_back(read_note(c, Note::Kind::Ayat, true));
                else if (name == "huruf") note.notes.push_back(read_note(c, Note::Kind::Huruf, true));
                else if (name == "angka") note.notes.push_back(read_note(c, Note::Kind::Angka, true));
                else return false;
                return true;
            },
            join({"pasal", "ayat", "huruf", "angka"}));
        if (note.blocks.empty() && note.notes.empty())
            error(pos(n), "E-FORMAT-KOSONG", std::string("<") + n.name() + "> kosong; seharusnya berisi penjelasannya, misalnya \"Cukup jelas.\"",
                  std::string("<") + n.name() + "> is empty; expected its explanation, e.g. \"Cukup jelas.\"");
        return note;
    }

    Penjelasan read_penjelasan(const pugi::xml_node& n)
    {
        check_attributes(n, {});
        Penjelasan p;
        p.pos = pos(n);
        int part = 0;
        for_children(n, [&](const pugi::xml_node& c) {
            const std::string cn = is_text(c) ? "" : c.name();
            if (cn == "umum" && part < 1) {
                check_attributes(c, {});
                p.general = read_blocks(c);
                if (p.general.empty()) error(pos(c), "E-FORMAT-KOSONG", "<umum> kosong", "<umum> is empty");
                part = 1;
            } else if (cn == "pasal-demi-pasal" && part < 2) {
                check_attributes(c, {});
                for_children(c, [&](const pugi::xml_node& k) {
                    if (!is_text(k) && std::strcmp(k.name(), "pasal") == 0) p.pasal.push_back(read_note(k, Note::Kind::Pasal));
                    else unexpected(k, c, "<pasal>");
                });
                part = 2;
            } else {
                unexpected(c, n, "<umum> lalu <pasal-demi-pasal>, masing-masing sekali", "<umum> then <pasal-demi-pasal>, once each");
            }
        });
        if (part == 0)
            error(pos(n), "E-FORMAT-KOSONG", "<penjelasan> memerlukan <umum> dan/atau <pasal-demi-pasal>", "<penjelasan> needs <umum> and/or <pasal-demi-pasal>");
        return p;
    }

    // ---- tables ------------------------------------------------------------------------------

    // A plain decimal number ("12", "1.5") and what follows it; strtod would also take "inf",
    // hex and exponents, none of which is a width.
    static bool decimal(const std::string& v, double& x, std::string& unit)
    {
        std::size_t i = 0;
        while (i < v.size() && std::isdigit(static_cast<unsigned char>(v[i]))) ++i;
        if (i == 0) return false;
        if (i < v.size() && v[i] == '.') {
            const std::size_t f = ++i;
            while (i < v.size() && std::isdigit(static_cast<unsigned char>(v[i]))) ++i;
            if (i == f) return false;
        }
        x = std::strtod(v.substr(0, i).c_str(), nullptr);
        unit = v.substr(i);
        return true;
    }

    bool parse_width(const pugi::xml_node& n, const char* attr, ColumnWidth& w)
    {
        std::string v = attr_text(n, attr);
        w.pos = pos(n, attr);
        if (v.empty() || v == "auto") {
            w.kind = ColumnWidth::Kind::Auto;
            return true;
        }
        if (v == "*") {
            w.kind = ColumnWidth::Kind::Relative;
            w.value = 1;
            return true;
        }
        double x = 0;
        std::string unit;
        if (decimal(v, x, unit) && x > 0) {
            if ((unit == "mm" || unit == "cm") && x <= 2000) {
                w.kind = ColumnWidth::Kind::Fixed;
                w.value = unit == "cm" ? x * 10 : x;
                return true;
            }
            if (unit == "*" && x <= 1000) {
                w.kind = ColumnWidth::Kind::Relative;
                w.value = x;
                return true;
            }
        }
        error(w.pos, "E-FORMAT-LEBAR", std::string(attr) + "=\"" + v + "\": seharusnya lebar seperti 12mm, 1.5cm, 2*, atau auto",
              std::string(attr) + "=\"" + v + "\": expected a width such as 12mm, 1.5cm, 2* or auto");
        return false;
    }

    std::optional<std::uint32_t> parse_colour(const pugi::xml_node& n, const char* attr)
    {
        std::string v = attr_text(n, attr);
        if (v.size() == 7 && v[0] == '#') {
            bool hex = true;
            for (std::size_t i = 1; i < 7; ++i) hex = hex && std::isxdigit(static_cast<unsigned char>(v[i]));
            if (hex) return static_cast<std::uint32_t>(std::strtoul(v.c_str() + 1, nullptr, 16));
        }
        error(pos(n, attr), "E-FORMAT-WARNA", std::string(attr) + "=\"" + v + "\": seharusnya warna dalam bentuk #RRGGBB",
              std::string(attr) + "=\"" + v + "\": expected a colour as #RRGGBB");
        return std::nullopt;
    }

    int parse_span(const pugi::xml_node& n, const char* attr)
    {
        auto a = n.attribute(attr);
        if (!a) return 1;
        std::string v = trim(a.value());
        char* end = nullptr;
        long x = std::strtol(v.c_str(), &end, 10);
        if (v.empty() || *end || x < 1 || x > 10000) {
            error(pos(n, attr), "E-FORMAT-RENTANG", std::string(attr) + "=\"" + v + "\": seharusnya bilangan bulat 1 sampai 10000",
                  std::string(attr) + "=\"" + v + "\": expected a whole number from 1 to 10000");
            return 1;
        }
        return static_cast<int>(x);
    }

    std::optional<HAlign> halign_attr(const pugi::xml_node& n)
    {
        auto a = n.attribute("rata");
        if (!a) return std::nullopt;
        const std::string v = a.value();
        if (v == "kiri") return HAlign::Left;
        if (v == "tengah") return HAlign::Center;
        if (v == "kanan") return HAlign::Right;
        if (v == "rata") return HAlign::Justify;
        error(pos(n, "rata"), "E-FORMAT-NILAI", "rata=\"" + v + "\": seharusnya kiri, tengah, kanan, atau rata",
              "rata=\"" + v + "\": expected kiri, tengah, kanan or rata");
        return std::nullopt;
    }

    // ---- table drawing (issue 15): rules, column formats, repeated rows ----

    /// A rule value: tunggal, ganda or tanpa; Inherit when the attribute is absent.
    LineStyle line_attr(const pugi::xml_node& n, const char* name, LineStyle fallback = LineStyle::Inherit)
    {
        auto a = n.attribute(name);
        if (!a) return fallback;
        const std::string v = a.value();
        if (v == "tunggal") return LineStyle::Single;
        if (v == "ganda") return LineStyle::Double;
        if (v == "tanpa") return LineStyle::None;
        error(pos(n, name), "E-FORMAT-NILAI", std::string(name) + "=\"" + v + "\": seharusnya tunggal, ganda, atau tanpa",
              std::string(name) + "=\"" + v + "\": expected tunggal, ganda or tanpa");
        return fallback;
    }

    TableRules table_rules_attr(const pugi::xml_node& n)
    {
        auto a = n.attribute("garis");
        if (!a) return TableRules::All;
        const std::string v = a.value();
        if (v == "semua") return TableRules::All;
        if (v == "tanpa") return TableRules::None;
        if (v == "bingkai") return TableRules::Frame;
        if (v == "kolom") return TableRules::Columns;
        error(pos(n, "garis"), "E-FORMAT-NILAI", "garis=\"" + v + "\": seharusnya semua, tanpa, bingkai, atau kolom",
              "garis=\"" + v + "\": expected semua, tanpa, bingkai or kolom");
        return TableRules::All;
    }

    ColumnFormat column_format_attrs(const pugi::xml_node& n)
    {
        ColumnFormat f;
        f.pos = pos(n);
        if (auto a = n.attribute("rata"); a && std::string(a.value()) == "angka") {
            f.halign = HAlign::Right;
            f.numbers = true;
        } else if (a) {
            const std::string v = a.value();
            if (v == "kiri") f.halign = HAlign::Left;
            else if (v == "tengah") f.halign = HAlign::Center;
            else if (v == "kanan") f.halign = HAlign::Right;
            else if (v == "rata") f.halign = HAlign::Justify;
            else
                error(pos(n, "rata"), "E-FORMAT-NILAI", "rata=\"" + v + "\": seharusnya kiri, tengah, kanan, rata, atau angka",
                      "rata=\"" + v + "\": expected kiri, tengah, kanan, rata or angka");
        }
        f.rule_left = line_attr(n, "garis-kiri");
        return f;
    }

    Cell read_cell(const pugi::xml_node& n)
    {
        check_attributes(n, {"gabung-kolom", "gabung-baris", "rata", "rata-vertikal", "latar", "tebal", "garis", "garis-atas", "garis-bawah",
                             "garis-kiri", "garis-kanan", "ulang"});
        Cell c;
        c.pos = pos(n);
        c.colspan = parse_span(n, "gabung-kolom");
        c.rowspan = parse_span(n, "gabung-baris");
        c.halign = halign_attr(n);
        if (auto a = n.attribute("rata-vertikal")) {
            std::string v = a.value();
            if (v == "atas") c.valign = VAlign::Top;
            else if (v == "tengah") c.valign = VAlign::Middle;
            else if (v == "bawah") c.valign = VAlign::Bottom;
            else
                error(pos(n, "rata-vertikal"), "E-FORMAT-NILAI", "rata-vertikal=\"" + v + "\": seharusnya atas, tengah, atau bawah",
                      "rata-vertikal=\"" + v + "\": expected atas, tengah or bawah");
        }
        if (n.attribute("latar")) c.fill = parse_colour(n, "latar");
        c.bold = yes_no(n, "tebal", false);
        const LineStyle all = line_attr(n, "garis");
        c.rule_top = line_attr(n, "garis-atas", all);
        c.rule_bottom = line_attr(n, "garis-bawah", all);
        c.rule_left = line_attr(n, "garis-kiri", all);
        c.rule_right = line_attr(n, "garis-kanan", all);
        c.repeat_text = yes_no(n, "ulang", false);
        if (c.repeat_text && c.rowspan < 2)
            error(pos(n, "ulang"), "E-FORMAT-NILAI", "ulang=\"ya\" hanya berlaku untuk sel dengan gabung-baris 2 atau lebih",
                  "ulang=\"ya\" applies only to a cell with gabung-baris of 2 or more");
        c.blocks = read_blocks(n);
        return c;
    }

    Row read_row(const pugi::xml_node& n, bool header = false)
    {
        if (header) check_attributes(n, {"tetap-dengan-berikutnya", "ulang"});
        else check_attributes(n, {"tetap-dengan-berikutnya"});
        Row r;
        r.pos = pos(n);
        r.keep_with_next = yes_no(n, "tetap-dengan-berikutnya", false);
        if (header) r.repeat = yes_no(n, "ulang", true);
        for_children(n, [&](const pugi::xml_node& c) {
            if (c.type() == pugi::node_element && std::strcmp(c.name(), "sel") == 0) r.cells.push_back(read_cell(c));
            else unexpected(c, n, "<sel>");
        });
        if (r.cells.empty()) error(pos(n), "E-FORMAT-KOSONG", "<baris> memerlukan paling sedikit satu <sel>", "<baris> needs at least one <sel>");
        return r;
    }

    Table read_table(const pugi::xml_node& n)
    {
        check_attributes(n, {"rata", "garis"});
        Table t;
        t.pos = pos(n);
        if (auto align = halign_attr(n)) t.default_halign = *align;
        t.rules = table_rules_attr(n);
        enum { Columns, Header, Numbers, Body } stage = Columns;
        for_children(n, [&](const pugi::xml_node& c) {
            const std::string name = is_text(c) ? "" : c.name();
            if (name == "kolom" && stage == Columns) {
                check_attributes(c, {"lebar", "rata", "garis-kiri"});
                expect_empty(c);
                ColumnWidth w;
                parse_width(c, "lebar", w);
                t.columns.push_back(w);
                t.column_format.push_back(column_format_attrs(c));
            } else if (name == "kepala" && stage <= Columns) {
                stage = Header;
                check_attributes(c, {});
                for_children(c, [&](const pugi::xml_node& r) {
                    if (r.type() == pugi::node_element && std::strcmp(r.name(), "baris") == 0) t.header.push_back(read_row(r, true));
                    else unexpected(r, c, "<baris>");
                });
            } else if (name == "nomor-kolom" && stage <= Header) {
                stage = Numbers;
                check_attributes(c, {"ulang"});
                expect_empty(c);
                t.column_numbers = true;
                t.column_numbers_repeat = yes_no(c, "ulang", true);
            } else if (name == "isi" && stage <= Numbers) {
                stage = Body;
                check_attributes(c, {});
                const int width = static_cast<int>(t.columns.size());
                for_children(c, [&](const pugi::xml_node& r) {
                    const std::string rn = is_text(r) ? "" : r.name();
                    if (rn == "baris") {
                        t.body.push_back(read_row(r));
                    } else if (rn == "grup") {
                        check_attributes(r, {"label"});
                        Row g;
                        g.group = true;
                        g.keep_with_next = true;
                        g.pos = pos(r);
                        // A section row: its label ("A", "A.1.") in the first (NO) column, the
                        // text spanning the others; without a label, one bold cell across.
                        const std::string label = trim(r.attribute("label").value());
                        if (r.attribute("label") && label.empty())
                            error(pos(r, "label"), "E-FORMAT-KOSONG", "label=\"\" kosong; seharusnya label baris bagian seperti A atau A.1.",
                                  "label=\"\" is empty; expected a section label such as A or A.1.");
                        if (!label.empty() && width < 2)
                            error(pos(r, "label"), "E-FORMAT-NILAI", "<grup label> memerlukan tabel dengan paling sedikit 2 kolom",
                                  "<grup label> needs a table of at least 2 columns");
                        if (!label.empty() && width >= 2) {
                            Cell lab;
                            lab.pos = pos(r, "label");
                            lab.bold = true;
                            Block b;
                            b.paragraph = Inline::from_text(label, lab.pos);
                            lab.blocks.push_back(std::move(b));
                            g.cells.push_back(std::move(lab));
                        }
                        Cell cell;
                        cell.pos = pos(r);
                        cell.colspan = std::max(1, label.empty() || width < 2 ? width : width - 1);
                        cell.bold = true;
                        cell.blocks = read_blocks(r);
                        g.cells.push_back(std::move(cell));
                        t.body.push_back(std::move(g));
                    } else {
                        unexpected(r, c, "<baris> atau <grup>", "<baris> or <grup>");
                    }
                });
            } else if (name == "kolom" || name == "kepala" || name == "nomor-kolom" || name == "isi") {
                error(pos(c), "E-FORMAT-URUTAN",
                      "<" + name + "> tidak pada urutannya; seharusnya <kolom>…, <kepala>, <nomor-kolom/>, <isi> dengan urutan itu",
                      "<" + name + "> is out of order; expected <kolom>…, <kepala>, <nomor-kolom/>, <isi> in that order");
            } else {
                unexpected(c, n, join({"kolom", "kepala", "nomor-kolom", "isi"}));
            }
        });
        if (t.columns.empty())
            error(pos(n), "E-FORMAT-WAJIB", "<tabel> memerlukan satu <kolom lebar=\"…\"/> untuk setiap kolom",
                  "<tabel> needs one <kolom lebar=\"…\"/> per column");
        else {
            ResolvedGrid grid;
            resolve_grid(t, grid, sink_);
        }
        return t;
    }

    std::uint16_t parse_months(const pugi::xml_node& n, const char* attr)
    {
        std::string v = attr_text(n, attr);
        std::uint16_t mask = 0;
        std::size_t i = 0;
        auto bad = [&](const std::string& why_id, const std::string& why_en) {
            error(pos(n, attr), "E-FORMAT-BULAN", std::string(attr) + "=\"" + v + "\": " + why_id, std::string(attr) + "=\"" + v + "\": " + why_en);
            return static_cast<std::uint16_t>(0);
        };
        if (v.empty()) return bad("seharusnya bulan seperti 1-3,7 (1 sampai 12)", "expected months such as 1-3,7 (1 to 12)");
        while (i < v.size()) {
            auto number = [&](int& out) {
                std::size_t b = i;
                while (i < v.size() && v[i] == ' ') ++i;
                b = i;
                while (i < v.size() && std::isdigit(static_cast<unsigned char>(v[i]))) ++i;
                if (b == i || i - b > 2) return false;
                out = std::stoi(v.substr(b, i - b));
                while (i < v.size() && v[i] == ' ') ++i;
                return true;
            };
            int a = 0, b = 0;
            if (!number(a)) return bad("seharusnya bulan seperti 1-3,7 (1 sampai 12)", "expected months such as 1-3,7 (1 to 12)");
            b = a;
            if (i < v.size() && v[i] == '-') {
                ++i;
                if (!number(b)) return bad("seharusnya ada bulan sesudah '-'", "expected a month after '-'");
            }
            if (a < 1 || a > 12 || b < 1 || b > 12) return bad("bulan hanya 1 sampai 12", "months run from 1 to 12");
            if (b < a) {
                const std::string range = "(" + std::to_string(a) + "-" + std::to_string(b) + ")";
                return bad("rentang harus dimulai dari bulan yang lebih awal " + range, "a range must go forwards " + range);
            }
            for (int m = a; m <= b; ++m) mask = static_cast<std::uint16_t>(mask | (1u << (m - 1)));
            if (i < v.size()) {
                if (v[i] != ',') return bad("seharusnya ',' di antara bulan", "expected ',' between months");
                ++i;
                if (i == v.size()) return bad("seharusnya ada bulan sesudah ',' terakhir", "expected a month after the last ','");
            }
        }
        return mask;
    }

    WorkPlan read_work_plan(const pugi::xml_node& n)
    {
        check_attributes(n, {});
        WorkPlan p;
        p.pos = pos(n);
        for_children(n, [&](const pugi::xml_node& c) {
            const std::string name = is_text(c) ? "" : c.name();
            if (name == "kolom-tambahan") {
                if (!p.sections.empty())
                    error(pos(c), "E-FORMAT-URUTAN", "<kolom-tambahan> harus ditulis sebelum <bagian> pertama",
                          "<kolom-tambahan> must come before the first <bagian>");
                check_attributes(c, {"judul", "lebar"});
                expect_empty(c);
                ExtraColumn e;
                e.pos = pos(c);
                required_attr(c, "judul", e.heading);
                parse_width(c, "lebar", e.width);
                p.extra_columns.push_back(e);
            } else if (name == "bagian") {
                check_attributes(c, {});
                Section s;
                s.pos = pos(c);
                bool has_title = false;
                consume_children(c, [&](const pugi::xml_node& k) {
                    const std::string kn = is_text(k) ? "" : k.name();
                    if (kn == "judul" && !has_title && s.activities.empty()) {
                        check_attributes(k, {});
                        s.title = read_inline(k);
                        has_title = true;
                    } else if (kn == "kegiatan") {
                        s.activities.push_back(read_activity(k, p.extra_columns.size()));
                    } else {
                        unexpected(k, c, has_title ? "<kegiatan>" : "<judul> lalu <kegiatan>", has_title ? "<kegiatan>" : "<judul> then <kegiatan>");
                    }
                });
                if (!has_title || s.title.empty())
                    error(pos(c), "E-FORMAT-WAJIB", "<bagian> memerlukan <judul> terlebih dahulu", "<bagian> needs a <judul> first");
                if (s.activities.empty())
                    error(pos(c), "E-FORMAT-KOSONG", "<bagian> memerlukan paling sedikit satu <kegiatan>", "<bagian> needs at least one <kegiatan>");
                p.sections.push_back(std::move(s));
            } else {
                unexpected(c, n, join({"kolom-tambahan", "bagian"}));
            }
        });
        if (p.sections.empty())
            error(pos(n), "E-FORMAT-KOSONG", "<rencana-kerja> memerlukan paling sedikit satu <bagian>", "<rencana-kerja> needs at least one <bagian>");
        return p;
    }

    Activity read_activity(const pugi::xml_node& n, std::size_t extra_columns)
    {
        check_attributes(n, {});
        Activity a;
        a.pos = pos(n);
        bool has_name = false;
        for_children(n, [&](const pugi::xml_node& c) {
            const std::string name = is_text(c) ? "" : c.name();
            if (name == "nama" && !has_name && a.subs.empty()) {
                check_attributes(c, {});
                a.name = read_inline(c);
                has_name = true;
            } else if (name == "subkegiatan") {
                a.subs.push_back(read_sub(c, extra_columns));
            } else {
                unexpected(c, n, has_name ? "<subkegiatan>" : "<nama> lalu <subkegiatan>", has_name ? "<subkegiatan>" : "<nama> then <subkegiatan>");
            }
        });
        if (!has_name || a.name.empty())
            error(pos(n), "E-FORMAT-WAJIB", "<kegiatan> memerlukan <nama> terlebih dahulu", "<kegiatan> needs a <nama> first");
        if (a.subs.empty())
            error(pos(n), "E-FORMAT-KOSONG", "<kegiatan> memerlukan paling sedikit satu <subkegiatan>", "<kegiatan> needs at least one <subkegiatan>");
        return a;
    }

    SubActivity read_sub(const pugi::xml_node& n, std::size_t extra_columns)
    {
        check_attributes(n, {"bulan"});
        SubActivity s;
        s.pos = pos(n);
        if (n.attribute("bulan")) {
            s.months_pos = pos(n, "bulan");
            s.months = parse_months(n, "bulan");
        } else {
            error(pos(n), "E-FORMAT-WAJIB", "<subkegiatan> memerlukan bulan=\"…\", bulan pelaksanaan seperti 1-3,7",
                  "<subkegiatan> needs bulan=\"…\", the months of execution such as 1-3,7");
        }
        bool has_text = false, has_indicator = false, has_remark = false;
        for_children(n, [&](const pugi::xml_node& c) {
            const std::string name = is_text(c) ? "" : c.name();
            if (name == "uraian" && !has_text) {
                check_attributes(c, {});
                s.text = read_inline(c);
                has_text = true;
            } else if (name == "indikator" && !has_indicator) {
                check_attributes(c, {});
                s.indicator = read_inline(c);
                has_indicator = true;
            } else if (name == "tambahan") {
                check_attributes(c, {});
                s.extra.push_back(read_inline(c));
            } else if (name == "ket" && !has_remark) {
                check_attributes(c, {});
                s.remark = read_inline(c);
                has_remark = true;
            } else {
                const std::string allowed = join({"uraian", "indikator", "tambahan", "ket"});
                unexpected(c, n, allowed + " (masing-masing sekali, <tambahan> sekali untuk setiap kolom tambahan)",
                           allowed + " (each once, <tambahan> once per extra column)");
            }
        });
        if (!has_text || s.text.empty())
            error(pos(n), "E-FORMAT-WAJIB", "<subkegiatan> memerlukan <uraian> (uraian subkegiatan)",
                  "<subkegiatan> needs <uraian> (the sub-activity)");
        if (!has_indicator)
            error(pos(n), "E-FORMAT-WAJIB", "<subkegiatan> memerlukan <indikator> (indikator keberhasilan)",
                  "<subkegiatan> needs <indikator> (the success indicator)");
        if (s.extra.size() != extra_columns)
            error(pos(n), "E-FORMAT-TAMBAHAN",
                  "<subkegiatan> memuat " + std::to_string(s.extra.size()) + " <tambahan>; rencana kerja menyatakan " +
                      std::to_string(extra_columns) + " <kolom-tambahan>",
                  "<subkegiatan> has " + std::to_string(s.extra.size()) + " <tambahan>; the work plan declares " +
                      std::to_string(extra_columns) + " <kolom-tambahan>");
        return s;
    }

    Lampiran read_lampiran(const pugi::xml_node& n)
    {
        check_attributes(n, {"orientasi", "kertas", "putar"});
        Lampiran l;
        l.pos = pos(n);
        if (auto a = n.attribute("kertas")) {
            // the sheets Indonesian offices print on (F4 = folio, 215 × 330 mm)
            const std::string v = a.value();
            if (v == "f4") l.paper = Paper{215, 330};
            else if (v == "a4") l.paper = Paper{210, 297};
            else if (v == "letter") l.paper = Paper{215.9, 279.4};
            else if (v == "legal") l.paper = Paper{215.9, 355.6};
            else
                error(pos(n, "kertas"), "E-FORMAT-NILAI", "kertas=\"" + v + "\": seharusnya f4, a4, letter, atau legal",
                      "kertas=\"" + v + "\": expected f4, a4, letter or legal");
        }
        l.sideways = yes_no(n, "putar", false);
        if (auto a = n.attribute("orientasi")) {
            std::string v = a.value();
            if (v == "otomatis") l.orientation = Orientation::Auto;
            else if (v == "potret") l.orientation = Orientation::Portrait;
            else if (v == "lanskap") l.orientation = Orientation::Landscape;
            else
                error(pos(n, "orientasi"), "E-FORMAT-NILAI", "orientasi=\"" + v + "\": seharusnya otomatis, potret, atau lanskap",
                      "orientasi=\"" + v + "\": expected otomatis, potret or lanskap");
        }
        if (l.sideways && l.orientation == Orientation::Portrait)
            error(pos(n, "putar"), "E-FORMAT-NILAI", "putar=\"ya\" memutar halaman lanskap; seharusnya tanpa orientasi=\"potret\"",
                  "putar=\"ya\" turns landscape pages; expected no orientasi=\"potret\"");
        bool has_title = false;
        for_children(n, [&](const pugi::xml_node& c) {
            const std::string name = is_text(c) ? "" : c.name();
            if (name == "judul" && !has_title && l.content.empty()) {
                check_attributes(c, {});
                l.title = read_inline(c);
                has_title = true;
            } else if (name == "paragraf") {
                check_attributes(c, {});
                Block b;
                b.paragraph = read_inline(c);
                l.content.emplace_back(std::move(b));
            } else if (name == "daftar") {
                Block b;
                b.is_list = true;
                b.list = read_list(c, Numbering::Number);
                l.content.emplace_back(std::move(b));
            } else if (name == "tabel") {
                l.content.emplace_back(read_table(c));
            } else if (name == "rencana-kerja") {
                l.content.emplace_back(read_work_plan(c));
            } else if (name == "subjudul") {
                // a prose Lampiran's own headings (a pedoman: BAB I, PENDAHULUAN, A. Latar Belakang)
                check_attributes(c, {"rata"});
                Heading h;
                h.pos = pos(c);
                h.text = read_inline(c);
                if (auto a = c.attribute("rata")) {
                    const std::string v = a.value();
                    if (v == "kiri") h.align = HAlign::Left;
                    else if (v != "tengah")
                        error(pos(c, "rata"), "E-FORMAT-NILAI", "rata=\"" + v + "\": seharusnya tengah atau kiri", "rata=\"" + v + "\": expected tengah or kiri");
                }
                if (h.text.empty()) error(pos(c), "E-FORMAT-KOSONG", "<subjudul> kosong", "<subjudul> is empty");
                l.content.emplace_back(std::move(h));
            } else if (name == "gambar") {
                check_attributes(c, {"berkas", "lebar"});
                expect_empty(c);
                Figure f;
                f.pos = pos(c, "berkas");
                required_attr(c, "berkas", f.path);
                if (c.attribute("lebar")) {
                    ColumnWidth w;
                    if (parse_width(c, "lebar", w)) {
                        if (w.kind != ColumnWidth::Kind::Fixed || w.value <= 0)
                            error(pos(c, "lebar"), "E-FORMAT-NILAI", "lebar gambar: seharusnya panjang seperti 150mm",
                                  "the image's width: expected a length such as 150mm");
                        else f.width_mm = w.value;
                    }
                }
                l.content.emplace_back(std::move(f));
            } else {
                unexpected(c, n, join({"judul", "paragraf", "daftar", "tabel", "rencana-kerja", "subjudul", "gambar"}));
            }
        });
        // the title is optional: many Lampiran go straight from the heading to the table
        if (has_title && l.title.empty())
            error(l.title.pos, "E-FORMAT-KOSONG", "<judul> Lampiran kosong; hapus elemennya bila Lampiran tidak berjudul",
                  "the Lampiran's <judul> is empty; leave the element out when the Lampiran has no title");
        if (l.content.empty())
            error(pos(n), "E-FORMAT-KOSONG", "<lampiran> tidak berisi apa pun", "<lampiran> has no content");
        return l;
    }
};

void Reader::read(const pugi::xml_document& doc, Decree& d)
{
    pugi::xml_node root = doc.document_element();
    if (!root || !(std::strcmp(root.name(), kRootElement) == 0 || std::strcmp(root.name(), kRegulationRoot) == 0)) {
        error(pos(root), "E-FORMAT-AKAR", std::string("elemen akar adalah <") + (root ? root.name() : "") + ">; seharusnya <keputusan> atau <peraturan>",
              std::string("the root element is <") + (root ? root.name() : "") + ">; expected <keputusan> or <peraturan>");
        return;
    }
    const bool regulation = std::strcmp(root.name(), kRegulationRoot) == 0;
    const std::string root_name = root.name();
    d.instrument = regulation ? Instrument::Peraturan : Instrument::Keputusan;
    if (regulation) d.meta.kind = "Peraturan";
    d.pos = pos(root);
    check_attributes(root, {"gaya", "rahmat", "varian", "versi", "abaikan-periksa"});
    d.layout_name = attr_text(root, "gaya");
    d.layout_pos = pos(root, "gaya");
    {
        std::string codes = attr_text(root, "abaikan-periksa");
        std::size_t b = 0;
        while (b < codes.size()) {
            std::size_t e = codes.find(' ', b);
            if (e == std::string::npos) e = codes.size();
            if (e > b) d.disabled_checks.push_back(codes.substr(b, e - b));
            b = e + 1;
        }
    }
    d.meta.rahmat = yes_no(root, "rahmat", false);
    if (auto a = root.attribute("varian")) {
        std::string v = a.value();
        if (v == "asli") d.meta.variant = Variant::Asli;
        else if (v == "salinan") d.meta.variant = Variant::Salinan;
        else if (v == "tte") d.meta.variant = Variant::Tte;
        else
            error(pos(root, "varian"), "E-FORMAT-NILAI", "varian=\"" + v + "\": seharusnya asli, salinan, atau tte",
                  "varian=\"" + v + "\": expected asli, salinan or tte");
    }
    if (auto a = root.attribute("versi"); a && std::string(a.value()) != "1")
        error(pos(root, "versi"), "E-FORMAT-VERSI", std::string("versi=\"") + a.value() + "\": naskah ini membaca format versi 1",
              std::string("versi=\"") + a.value() + "\": this naskah reads format version 1");

    // Fixed order, as a decree reads: kepala, [pembukaan, only in an Instruksi], menimbang,
    // mengingat, [memperhatikan], memutuskan, [penjelasan, only in a Peraturan], lampiran*.
    enum Part { kKepala, kPembukaan, kMenimbang, kMengingat, kMemperhatikan, kMemutuskan, kPenjelasan, kLampiran, kParts };
    static const char* order[kParts] = {"kepala", "pembukaan", "menimbang", "mengingat", "memperhatikan", "memutuskan", "penjelasan", "lampiran"};
    const std::string expected = regulation ? join({"kepala", "menimbang", "mengingat", "memperhatikan", "memutuskan", "penjelasan", "lampiran"})
                                            : join({"kepala", "pembukaan", "menimbang", "mengingat", "memperhatikan", "memutuskan", "lampiran"});
    const std::string expected_order = regulation ? "kepala, menimbang, mengingat, memperhatikan, memutuskan, penjelasan, lampiran"
                                                  : "kepala, [pembukaan], menimbang, mengingat, memperhatikan, memutuskan, lampiran";
    int last = -1;
    bool seen[kParts] = {};
    for_children(root, [&](const pugi::xml_node& c) {
        if (is_text(c)) {
            unexpected(c, root, expected);
            return;
        }
        int idx = -1;
        for (int i = 0; i < kParts; ++i)
            if (std::strcmp(c.name(), order[i]) == 0) idx = i;
        if (idx < 0 || (idx == kPenjelasan && !regulation) || (idx == kPembukaan && regulation)) {
            unexpected(c, root, expected);
            return;
        }
        if (idx < last || (seen[idx] && idx != kLampiran)) {
            seen[idx] = true;  // present, only misplaced: no second "needs <…>" error
            error(pos(c), "E-FORMAT-URUTAN",
                  std::string("<") + c.name() + "> tidak pada urutannya atau berulang; seharusnya " + expected_order,
                  std::string("<") + c.name() + "> is out of order or repeated; expected " + expected_order);
            return;
        }
        last = idx;
        seen[idx] = true;
        switch (idx) {
        case kKepala: read_kepala(c, d.meta, d.style_settings); break;
        case kPembukaan:
            // <jenis> is read by now: <kepala> comes first
            check_attributes(c, {});
            if (!model::is_instruksi(d.meta))
                error(pos(c), "E-FORMAT-ELEMEN",
                      "<pembukaan> («Dalam rangka …, dengan ini menginstruksikan:») milik Instruksi, tetapi <jenis> naskah ini «" + d.meta.kind +
                          "»; keputusan memerlukan <menimbang>",
                      "<pembukaan> («Dalam rangka …, dengan ini menginstruksikan:») belongs to an Instruksi, but this document's <jenis> is «" +
                          d.meta.kind + "»; a keputusan needs <menimbang>");
            d.opening = read_inline(c);
            if (d.opening->empty()) error(pos(c), "E-FORMAT-KOSONG", "<pembukaan> kosong", "<pembukaan> is empty");
            break;
        case kMenimbang: d.menimbang = read_items(c); break;
        case kMengingat: d.mengingat = read_items(c); break;
        case kMemperhatikan: d.memperhatikan = read_items(c); break;
        case kMemutuskan: {
            check_attributes(c, {});
            bool saw_diktum = false;
            for_children(c, [&](const pugi::xml_node& k) {
                const std::string kn = is_text(k) ? "" : k.name();
                if (kn == "kepada" && !regulation && d.kepada.empty() && d.diktum.empty() && !d.menetapkan) {
                    // an Instruksi's addressees, numbered as Mengingat is
                    d.kepada = read_items(k);  // (an empty one is reported there)
                } else if (kn == "menetapkan" && d.diktum.empty() && d.body.empty() && !d.menetapkan) {
                    // the drafter's own Menetapkan text; an empty element leaves the line empty
                    check_attributes(k, {});
                    d.menetapkan = read_inline(k);
                } else if (kn == "diktum" && !regulation) {
                    check_attributes(k, {"label"});
                    Diktum dk;
                    dk.pos = pos(k);
                    dk.label = attr_text(k, "label");
                    dk.blocks = read_blocks(k);
                    if (dk.blocks.empty())
                        error(pos(k), "E-FORMAT-KOSONG", "<diktum> kosong; seharusnya berisi apa yang diputuskan", "<diktum> is empty; expected what it decides");
                    d.diktum.push_back(std::move(dk));
                } else if (regulation && (kn == "bab" || kn == "pasal")) {
                    d.body.push_back(read_division(k, false));
                } else if (regulation && kn == "diktum") {
                    saw_diktum = true;
                    error(pos(k), "E-FORMAT-ELEMEN", "<diktum> milik <keputusan>; isi <peraturan> ditulis dalam <pasal> (atau <bab> berisi pasal)",
                          "<diktum> belongs to a <keputusan>; a <peraturan> is written in <pasal> (or <bab> holding Pasal)");
                } else if (regulation) {
                    unexpected(k, c, "<menetapkan> (sekali, di depan), <bab> atau <pasal>", "<menetapkan> (once, first), <bab> or <pasal>");
                } else {
                    unexpected(k, c, "<kepada> (sekali, di depan), <menetapkan> (sekali, sebelum diktum) atau <diktum>",
                               "<kepada> (once, first), <menetapkan> (once, before the diktum) or <diktum>");
                }
            });
            if (!regulation && d.diktum.empty())
                error(pos(c), "E-FORMAT-KOSONG", "<memutuskan> memerlukan paling sedikit satu <diktum>", "<memutuskan> needs at least one <diktum>");
            if (regulation && d.body.empty() && !saw_diktum)
                error(pos(c), "E-FORMAT-KOSONG", "<memutuskan> memerlukan paling sedikit satu <pasal> (atau <bab> berisi pasal)",
                      "<memutuskan> needs at least one <pasal> (or a <bab> holding Pasal)");
            break;
        }
        case kPenjelasan: d.penjelasan = read_penjelasan(c); break;
        case kLampiran: d.lampiran.push_back(read_lampiran(c)); break;
        }
    });
    const SourcePos here = pos(root);
    const std::string r = "<" + root_name + ">";
    if (!seen[kKepala]) error(here, "E-FORMAT-WAJIB", r + " memerlukan <kepala> (data pokok naskah)", r + " needs <kepala> (the instrument's metadata)");
    // An Instruksi may open «Dalam rangka …, dengan ini menginstruksikan:» (Permendagri 1/2023 on
    // regional official documents) instead of weighing and citing; every other kind must do both.
    if (!seen[kPembukaan]) {
        if (!seen[kMenimbang])
            error(here, "E-FORMAT-WAJIB",
                  r + (model::is_instruksi(d.meta) ? " memerlukan <menimbang> (atau, dalam Instruksi, <pembukaan>)" : " memerlukan <menimbang>"),
                  r + (model::is_instruksi(d.meta) ? " needs <menimbang> (or, in an Instruksi, <pembukaan>)" : " needs <menimbang>"));
        if (!seen[kMengingat]) error(here, "E-FORMAT-WAJIB", r + " memerlukan <mengingat>", r + " needs <mengingat>");
    }
    if (!seen[kMemutuskan])
        error(here, "E-FORMAT-WAJIB", r + (regulation ? " memerlukan <memutuskan> beserta <pasal>" : " memerlukan <memutuskan> beserta <diktum>"),
              r + (regulation ? " needs <memutuskan> with its <pasal>" : " needs <memutuskan> with its <diktum>"));
    if (!regulation && d.meta.promulgation)
        error(d.meta.promulgation->pos, "E-FORMAT-ELEMEN", "<pengundangan> hanya untuk <peraturan>: keputusan tidak diundangkan",
              "<pengundangan> belongs to a <peraturan>: a keputusan is not promulgated");
    number_body(d);
}

}  // namespace

bool read_decree_text(const std::string& path, std::string text, Decree& out, DiagnosticSink& sink)
{
    const std::size_t errors_before = sink.error_count();
    SourceText src(path, std::move(text));
    pugi::xml_document doc;
    if (!parse_document(src, doc, sink)) return false;
    Decree fresh;
    fresh.source_file = path;
    Reader(src, sink).read(doc, fresh);
    if (sink.error_count() == errors_before) check_referenced_files(fresh, sink);
    out = std::move(fresh);
    return sink.error_count() == errors_before;
}

bool read_decree(const std::string& path, Decree& out, DiagnosticSink& sink)
{
    std::string text;
    if (!read_file(path, text, sink)) return false;
    return read_decree_text(path, std::move(text), out, sink);
}

bool meant_as_decree(std::string_view bytes, std::string& root)
{
    root.clear();
    pugi::xml_document doc;
    if (doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_minimal)) {
        root = doc.document_element().name();
        return root == kRootElement || root == kRegulationRoot;
    }
    // Broken: name the first element, past the declaration, comments and a DOCTYPE.
    std::size_t i = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < bytes.size()) {
        const std::size_t lt = bytes.find('<', i);
        if (lt == std::string_view::npos) break;
        const std::string_view rest = bytes.substr(lt);
        std::string_view close;
        if (rest.substr(0, 4) == "<!--") close = "-->";
        else if (rest.substr(0, 2) == "<?") close = "?>";
        else if (rest.substr(0, 2) == "<!") close = ">";
        if (!close.empty()) {
            const std::size_t end = bytes.find(close, lt);
            if (end == std::string_view::npos) break;
            i = end + close.size();
            continue;
        }
        std::size_t e = lt + 1;
        while (e < bytes.size() && (std::isalnum(static_cast<unsigned char>(bytes[e])) || bytes[e] == '-' || bytes[e] == '_' ||
                                    bytes[e] == ':' || bytes[e] == '.' || (static_cast<unsigned char>(bytes[e]) & 0x80)))
            ++e;
        root = std::string(bytes.substr(lt + 1, e - lt - 1));
        break;
    }
    return root.empty() || root == kRootElement || root == kRegulationRoot;
}

bool is_naskah_document(const std::string& path)
{
    std::string text, root;
    DiagnosticSink ignore;
    return read_file(path, text, ignore) && meant_as_decree(text, root);
}

}  // namespace naskah::xml
