#include "import/wordml.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <map>

#include "model/model.hpp"

namespace naskah::import {

namespace {

/// Element name without its namespace prefix: generators differ in prefixes, not in names.
const char* local(const pugi::xml_node& n)
{
    const char* name = n.name();
    const char* colon = std::strchr(name, ':');
    return colon ? colon + 1 : name;
}

bool is(const pugi::xml_node& n, const char* name) { return n.type() == pugi::node_element && std::strcmp(local(n), name) == 0; }

pugi::xml_node child(const pugi::xml_node& n, const char* name)
{
    for (pugi::xml_node c : n.children())
        if (is(c, name)) return c;
    return {};
}

/// An attribute by local name (w:val, val).
const char* attr(const pugi::xml_node& n, const char* name)
{
    for (pugi::xml_attribute a : n.attributes()) {
        const char* an = a.name();
        const char* colon = std::strchr(an, ':');
        if (std::strcmp(colon ? colon + 1 : an, name) == 0) return a.value();
    }
    return nullptr;
}

int attr_int(const pugi::xml_node& n, const char* name, int fallback = 0)
{
    const char* v = attr(n, name);
    if (!v || !*v) return fallback;
    return static_cast<int>(std::strtol(v, nullptr, 10));
}

/// On/off properties: <w:b/>, <w:b w:val="0"/>, "false", "off".
bool on(const pugi::xml_node& n)
{
    if (!n) return false;
    const char* v = attr(n, "val");
    if (!v) return true;
    return !(std::strcmp(v, "0") == 0 || std::strcmp(v, "false") == 0 || std::strcmp(v, "off") == 0 || std::strcmp(v, "none") == 0);
}

bool is_true(const char* v) { return v && (std::strcmp(v, "1") == 0 || std::strcmp(v, "true") == 0 || std::strcmp(v, "on") == 0); }

struct Level {
    std::string format, text;
    int left = 0, hanging = 0;
    bool has_ind = false;
};

struct StyleInfo {
    std::string based_on;
    int num_id = -1, ilvl = 0;
    std::uint8_t run_style = 0;
    int line = 0;            ///< w:spacing w:line (0: not set)
    bool line_auto = true;   ///< w:lineRule auto (a multiple of 240) or exact/atLeast (twips)
};

class Reader {
public:
    Reader(const Package& pkg, WDocument& out, DiagnosticSink& sink) : pkg_(pkg), out_(out), sink_(sink) {}

    bool run()
    {
        const std::string dir = pkg_.main_part.substr(0, pkg_.main_part.rfind('/') + 1);
        const std::string rels_name = dir + "_rels/" + pkg_.main_part.substr(dir.size()) + ".rels";
        pugi::xml_document rels;
        if (!load(rels_name, rels, false)) return false;
        std::vector<std::string> headers, footers;
        std::string numbering = dir + "numbering.xml", styles = dir + "styles.xml", comments = dir + "comments.xml";
        for (pugi::xml_node r : rels.first_child().children()) {
            const char* type = attr(r, "Type");
            const char* target = attr(r, "Target");
            const char* id = attr(r, "Id");
            if (!type || !target || !id) continue;
            std::string t = target;
            if (!t.empty() && t[0] == '/') t.erase(0, 1);
            else t = dir + t;
            rel_[id] = t;
            const std::string ty = type;
            auto ends = [&](const char* s) {
                const std::size_t k = std::strlen(s);
                return ty.size() >= k && ty.compare(ty.size() - k, k, s) == 0;
            };
            if (ends("/header")) headers.push_back(t);
            else if (ends("/footer")) footers.push_back(t);
            else if (ends("/numbering")) numbering = t;
            else if (ends("/styles")) styles = t;
            else if (ends("/comments")) comments = t;
        }
        pugi::xml_document doc;
        if (!load(styles, doc, false)) return false;
        read_styles(doc);
        if (!load(numbering, doc, false)) return false;
        read_numbering(doc);
        if (!load(comments, doc, false)) return false;
        if (doc.first_child())
            for (pugi::xml_node c : doc.first_child().children())
                if (is(c, "comment")) ++out_.comments;

        if (!load(pkg_.main_part, doc, true)) return false;
        pugi::xml_node body = child(doc.first_child(), "body");
        if (!body) {
            sink_.error(SourcePos{pkg_.path, 0, 0}, "E-IMPOR-ISI", pkg_.main_part + " tidak memuat <w:body>",
                        pkg_.main_part + " has no <w:body>");
            return false;
        }
        block_children(body, out_.body);
        if (pugi::xml_node sect = child(body, "sectPr")) section(sect, nullptr);
        out_.paragraphs = counter_;
        body_line_spacing();
        if (too_deep_)
            sink_.warning(SourcePos{pkg_.path, 0, 0}, "W-IMPOR-DALAM",
                          "dokumen bersarang lebih dari " + std::to_string(kMaxDepth) + " tingkat; isi yang lebih dalam dilewati",
                          "the document nests more than " + std::to_string(kMaxDepth) + " levels deep; deeper content is skipped");

        // a header or footer names its pictures through its own relationships
        // (word/_rels/header1.xml.rels), not the main part's
        const std::map<std::string, std::string> main_rels = rel_;
        for (const std::string& h : headers) {
            if (!load(h, doc, false) || !part_rels(h)) return false;
            out_.headers.push_back(part_paragraphs(doc.first_child()));
        }
        for (const std::string& f : footers) {
            if (!load(f, doc, false) || !part_rels(f)) return false;
            out_.footers.push_back(part_paragraphs(doc.first_child()));
        }
        rel_ = main_rels;
        return true;
    }

    /// Loads a part's own relationships into rel_ (ids resolved against the part's folder).
    bool part_rels(const std::string& part)
    {
        rel_.clear();
        const std::string dir = part.substr(0, part.rfind('/') + 1);
        pugi::xml_document rels;
        if (!load(dir + "_rels/" + part.substr(dir.size()) + ".rels", rels, false)) return false;
        if (!rels.first_child()) return true;
        for (pugi::xml_node r : rels.first_child().children()) {
            const char* target = attr(r, "Target");
            const char* id = attr(r, "Id");
            const char* mode = attr(r, "TargetMode");
            if (!target || !id || (mode && std::strcmp(mode, "External") == 0)) continue;
            std::string t = target;
            if (!t.empty() && t[0] == '/') t.erase(0, 1);
            else t = dir + t;
            rel_[id] = t;
        }
        return true;
    }

private:
    /// The line spacing most of the body's text paragraphs (outside tables) are set in, as a
    /// multiple of the default font size: exact or at-least spacing in points over that size, Word's
    /// "auto" multiple scaled by 1.15 (a single line of a usual font is about 1.15 times its size).
    void body_line_spacing()
    {
        const double size = out_.font_size_pt > 0 ? out_.font_size_pt : 12;
        std::map<std::pair<int, bool>, int> count;
        for (const WBlock& b : out_.body) {
            if (b.is_table || b.para.line <= 0) continue;
            bool blank = true;
            for (const WRun& r : b.para.runs)
                if (r.text.find_first_not_of(" \t\n") != std::string::npos) blank = false;
            if (!blank) ++count[{b.para.line, b.para.line_auto}];
        }
        std::pair<int, bool> best{0, true};
        int best_n = 0;
        for (const auto& [k, n] : count)
            if (n > best_n) {
                best_n = n;
                best = k;
            }
        if (best_n == 0 && default_line_ > 0) best = {default_line_, default_line_auto_};
        if (best.first <= 0) return;
        out_.line_spacing = best.second ? best.first / 240.0 * 1.15 : best.first / 20.0 / size;
        out_.line_spacing_exact = !best.second;
    }

    const Package& pkg_;
    WDocument& out_;
    DiagnosticSink& sink_;
    std::map<std::string, std::string> rel_;
    std::map<std::string, StyleInfo> styles_;
    std::map<int, std::map<int, Level>> abstract_;
    std::map<int, int> num_to_abstract_;
    int counter_ = 0;
    std::string default_pstyle_;  ///< the default paragraph style's id ("Normal")
    int default_line_ = 0;        ///< docDefaults' line spacing (w:pPrDefault)
    bool default_line_auto_ = true;
    bool have_section_ = false;
    std::vector<pugi::xml_node> textboxes_;  ///< w:txbxContent met in the paragraph being read

    bool load(const std::string& name, pugi::xml_document& doc, bool required)
    {
        doc.reset();
        const std::string* text = pkg_.get(name);
        if (!text) {
            if (required) {
                sink_.error(SourcePos{pkg_.path, 0, 0}, "E-IMPOR-ISI", name + " tidak ada", name + " is missing");
                return false;
            }
            return true;
        }
        // No DOCTYPE processing: pugixml never expands external entities; parse_default skips DTDs.
        // parse_ws_pcdata_single keeps a w:t holding only a space ("NOMOR" " " "188.45/…"), which
        // the default drops.
        const pugi::xml_parse_result r = doc.load_buffer(text->data(), text->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
        if (!r) {
            sink_.error(SourcePos{pkg_.path + ":" + name, 0, 0}, "E-IMPOR-XML",
                        "bagian " + name + " bukan XML yang benar (" + r.description() + ", pada bita " + std::to_string(r.offset) + ")",
                        "the part " + name + " is not well-formed XML (" + r.description() + ", at byte " + std::to_string(r.offset) + ")");
            return false;
        }
        return true;
    }

    static std::uint8_t run_flags(const pugi::xml_node& rpr)
    {
        std::uint8_t f = 0;
        if (!rpr) return f;
        if (on(child(rpr, "b"))) f |= model::kBold;
        if (on(child(rpr, "i"))) f |= model::kItalic;
        if (pugi::xml_node u = child(rpr, "u"); u && on(u)) f |= model::kUnderline;
        return f;
    }

    void read_styles(const pugi::xml_document& doc)
    {
        pugi::xml_node root = doc.first_child();
        if (!root) return;
        if (pugi::xml_node rpr = child(child(child(root, "docDefaults"), "rPrDefault"), "rPr")) {
            if (const char* f = attr(child(rpr, "rFonts"), "ascii")) out_.font_family = f;
            if (int sz = attr_int(child(rpr, "sz"), "val")) out_.font_size_pt = sz / 2.0;
        }
        read_line(child(child(child(child(root, "docDefaults"), "pPrDefault"), "pPr"), "spacing"), default_line_, default_line_auto_);
        for (pugi::xml_node s : root.children()) {
            if (!is(s, "style")) continue;
            const char* type = attr(s, "type");
            const char* id = attr(s, "styleId");
            if (!type || !id) continue;
            StyleInfo info;
            if (const char* b = attr(child(s, "basedOn"), "val")) info.based_on = b;
            pugi::xml_node ppr = child(s, "pPr");
            if (pugi::xml_node np = child(ppr, "numPr")) {
                info.num_id = attr_int(child(np, "numId"), "val", -1);
                info.ilvl = attr_int(child(np, "ilvl"), "val");
            }
            info.run_style = run_flags(child(s, "rPr"));
            read_line(child(ppr, "spacing"), info.line, info.line_auto);
            if (std::strcmp(type, "paragraph") == 0 && (is_true(attr(s, "default")) || std::strcmp(id, "Normal") == 0)) {
                if (default_pstyle_.empty() || is_true(attr(s, "default"))) default_pstyle_ = id;
                pugi::xml_node rpr = child(s, "rPr");
                if (const char* f = attr(child(rpr, "rFonts"), "ascii")) out_.font_family = f;
                if (int sz = attr_int(child(rpr, "sz"), "val")) out_.font_size_pt = sz / 2.0;
            }
            styles_[id] = info;
        }
    }


    /// A w:spacing element's line spacing: `line` in twips (exact, atLeast) or 240ths (auto).
    static void read_line(const pugi::xml_node& spacing, int& line, bool& line_auto)
    {
        if (!spacing) return;
        const int l = attr_int(spacing, "line");
        if (l <= 0) return;
        const char* rule = attr(spacing, "lineRule");
        line = l;
        line_auto = !rule || std::strcmp(rule, "auto") == 0;
    }

    void read_numbering(const pugi::xml_document& doc)
    {
        pugi::xml_node root = doc.first_child();
        if (!root) return;
        for (pugi::xml_node a : root.children()) {
            if (is(a, "abstractNum")) {
                auto& levels = abstract_[attr_int(a, "abstractNumId")];
                for (pugi::xml_node l : a.children()) {
                    if (!is(l, "lvl")) continue;
                    Level lv;
                    if (const char* f = attr(child(l, "numFmt"), "val")) lv.format = f;
                    if (const char* t = attr(child(l, "lvlText"), "val")) lv.text = t;
                    if (pugi::xml_node ind = child(child(l, "pPr"), "ind")) {
                        lv.has_ind = true;
                        lv.left = attr(ind, "left") ? attr_int(ind, "left") : attr_int(ind, "start");
                        lv.hanging = attr(ind, "hanging") ? attr_int(ind, "hanging") : -attr_int(ind, "firstLine");
                    }
                    levels[attr_int(l, "ilvl")] = lv;
                }
            } else if (is(a, "num")) {
                num_to_abstract_[attr_int(a, "numId")] = attr_int(child(a, "abstractNumId"), "val");
            }
        }
    }

    const Level* level(int num_id, int ilvl) const
    {
        auto n = num_to_abstract_.find(num_id);
        if (n == num_to_abstract_.end()) return nullptr;
        auto a = abstract_.find(n->second);
        if (a == abstract_.end()) return nullptr;
        auto l = a->second.find(ilvl);
        return l == a->second.end() ? nullptr : &l->second;
    }

    void section(const pugi::xml_node& sect, WPara* para)
    {
        pugi::xml_node sz = child(sect, "pgSz");
        const bool landscape = (attr(sz, "orient") && std::strcmp(attr(sz, "orient"), "landscape") == 0) ||
                               attr_int(sz, "w") > attr_int(sz, "h");
        if (para) {
            para->section_end = true;
            para->landscape = landscape;
        } else {
            out_.final_landscape = landscape;
        }
        if (have_section_) return;
        have_section_ = true;
        const double tw = 25.4 / 1440.0;
        int w = attr_int(sz, "w"), h = attr_int(sz, "h");
        if (landscape) std::swap(w, h);
        out_.page_width_mm = w * tw;
        out_.page_height_mm = h * tw;
        pugi::xml_node mar = child(sect, "pgMar");
        out_.margin_left_mm = attr_int(mar, "left") * tw;
        out_.margin_right_mm = attr_int(mar, "right") * tw;
        out_.margin_top_mm = attr_int(mar, "top") * tw;
        out_.margin_bottom_mm = attr_int(mar, "bottom") * tw;
    }

    /// Nesting this deep (tables in cells, content controls, text boxes, hyperlinks) is no
    /// document's; past it the content is skipped with a warning rather than risking the stack.
    static constexpr int kMaxDepth = 200;
    int depth_ = 0;
    bool too_deep_ = false;
    struct Deeper {
        Reader& r;
        explicit Deeper(Reader& reader) : r(reader) { ++r.depth_; }
        ~Deeper() { --r.depth_; }
        bool ok() const
        {
            if (r.depth_ <= kMaxDepth) return true;
            r.too_deep_ = true;
            return false;
        }
    };

    void block_children(const pugi::xml_node& parent, std::vector<WBlock>& out)
    {
        Deeper guard(*this);
        if (!guard.ok()) return;
        for (pugi::xml_node c : parent.children()) {
            if (is(c, "p")) {
                WBlock b;
                paragraph(c, b.para);
                out.push_back(std::move(b));
                // text boxes anchored in the paragraph (a SALINAN label, a kop) follow it
                std::vector<pugi::xml_node> boxes;
                boxes.swap(textboxes_);
                for (const pugi::xml_node& box : boxes) block_children(box, out);
            } else if (is(c, "tbl")) {
                WBlock b;
                b.is_table = true;
                table(c, b.table);
                out.push_back(std::move(b));
            } else if (is(c, "sdt")) {
                block_children(child(c, "sdtContent"), out);
            } else if (is(c, "customXml") || is(c, "ins") || is(c, "moveTo")) {
                if (!is(c, "customXml")) ++out_.tracked_insertions;
                block_children(c, out);
            } else if (is(c, "del") || is(c, "moveFrom")) {
                ++out_.tracked_deletions;
            }
        }
    }

    std::vector<WPara> part_paragraphs(const pugi::xml_node& root)
    {
        std::vector<WBlock> blocks;
        const int saved = counter_;
        block_children(root, blocks);
        counter_ = saved;
        std::vector<WPara> out;
        for (WBlock& b : blocks) {
            if (!b.is_table) {
                out.push_back(std::move(b.para));
                continue;
            }
            for (WRow& r : b.table.rows)
                for (WCell& c : r.cells)
                    for (WPara& p : c.paras) out.push_back(std::move(p));
        }
        return out;
    }

    void table(const pugi::xml_node& t, WTable& out)
    {
        out.first_para = counter_ + 1;
        for (pugi::xml_node g : child(t, "tblGrid").children())
            if (is(g, "gridCol")) out.grid.push_back(attr_int(g, "w"));
        for (pugi::xml_node tr : t.children()) {
            if (!is(tr, "tr")) continue;
            WRow row;
            if (pugi::xml_node trpr = child(tr, "trPr")) {
                row.header = on(child(trpr, "tblHeader"));
                row.grid_before = std::clamp(attr_int(child(trpr, "gridBefore"), "val"), 0, 1000);
                row.grid_after = std::clamp(attr_int(child(trpr, "gridAfter"), "val"), 0, 1000);
            }
            cells(tr, row);
            out.rows.push_back(std::move(row));
        }
    }

    void cells(const pugi::xml_node& parent, WRow& row)
    {
        Deeper guard(*this);
        if (!guard.ok()) return;
        for (pugi::xml_node tc : parent.children()) {
            if (is(tc, "sdt")) {
                cells(child(tc, "sdtContent"), row);
                continue;
            }
            if (!is(tc, "tc")) continue;
            WCell cell;
            if (pugi::xml_node pr = child(tc, "tcPr")) {
                cell.span = std::clamp(attr_int(child(pr, "gridSpan"), "val", 1), 1, 1000);
                if (pugi::xml_node vm = child(pr, "vMerge")) {
                    const char* v = attr(vm, "val");
                    cell.merge = v && std::strcmp(v, "restart") == 0 ? WCell::Merge::Restart : WCell::Merge::Continue;
                }
                if (pugi::xml_node shd = child(pr, "shd")) {
                    const char* fill = attr(shd, "fill");
                    if (fill && std::strlen(fill) == 6 && std::strcmp(fill, "auto") != 0) {
                        char* end = nullptr;
                        const unsigned long v = std::strtoul(fill, &end, 16);
                        if (end && !*end && v != 0xFFFFFF) {
                            cell.fill = static_cast<std::uint32_t>(v);
                            cell.has_fill = true;
                        }
                    }
                }
                if (const char* va = attr(child(pr, "vAlign"), "val")) cell.valign = va;
                cell.width = attr_int(child(pr, "tcW"), "w");
            }
            std::vector<WBlock> inner;
            block_children(tc, inner);
            for (WBlock& b : inner) {
                if (!b.is_table) {
                    cell.paras.push_back(std::move(b.para));
                    continue;
                }
                cell.nested_table = true;
                for (WRow& r : b.table.rows)
                    for (WCell& c : r.cells)
                        for (WPara& p : c.paras) cell.paras.push_back(std::move(p));
            }
            row.cells.push_back(std::move(cell));
        }
    }

    void paragraph(const pugi::xml_node& p, WPara& out)
    {
        out.number = ++counter_;
        pugi::xml_node ppr = child(p, "pPr");
        std::uint8_t style_flags = 0;
        int num_id = -1, ilvl = 0;
        out.line = default_line_;
        out.line_auto = default_line_auto_;
        bool line_from_style = false;
        // line spacing through the paragraph's style (or the default paragraph style) and its bases
        {
            const char* s = attr(child(ppr, "pStyle"), "val");
            std::string id = s ? s : default_pstyle_;
            for (int depth = 0; depth < 8 && !id.empty() && !line_from_style; ++depth) {
                auto it = styles_.find(id);
                if (it == styles_.end()) break;
                if (it->second.line > 0) {
                    out.line = it->second.line;
                    out.line_auto = it->second.line_auto;
                    line_from_style = true;
                }
                id = it->second.based_on;
            }
        }
        read_line(child(ppr, "spacing"), out.line, out.line_auto);
        if (const char* s = attr(child(ppr, "pStyle"), "val")) {
            out.style_id = s;
            // numbering and run style inherited through basedOn, a few steps at most
            std::string id = s;
            for (int depth = 0; depth < 8 && !id.empty(); ++depth) {
                auto it = styles_.find(id);
                if (it == styles_.end()) break;
                if (num_id < 0 && it->second.num_id >= 0) {
                    num_id = it->second.num_id;
                    ilvl = it->second.ilvl;
                }
                style_flags |= it->second.run_style;
                id = it->second.based_on;
            }
        }
        if (pugi::xml_node np = child(ppr, "numPr")) {
            if (pugi::xml_node n = child(np, "numId")) num_id = attr_int(n, "val");
            if (pugi::xml_node l = child(np, "ilvl")) ilvl = attr_int(l, "val");
        }
        bool has_ind = false;
        if (pugi::xml_node ind = child(ppr, "ind")) {
            has_ind = true;
            out.left = attr(ind, "left") ? attr_int(ind, "left") : attr_int(ind, "start");
            out.hanging = attr(ind, "hanging") ? attr_int(ind, "hanging") : -attr_int(ind, "firstLine");
        }
        if (num_id > 0) {
            out.num_id = num_id;
            out.ilvl = ilvl;
            if (const Level* lv = level(num_id, ilvl)) {
                out.num_format = lv->format;
                out.num_text = lv->text;
                if (!has_ind && lv->has_ind) {
                    out.left = lv->left;
                    out.hanging = lv->hanging;
                }
            }
            if (out.num_format == "none") out.num_id = 0;
        }
        if (const char* jc = attr(child(ppr, "jc"), "val")) out.jc = jc;
        if (out.jc == "start") out.jc = "left";
        if (out.jc == "end") out.jc = "right";
        out.keep_next = on(child(ppr, "keepNext"));
        out.page_break = on(child(ppr, "pageBreakBefore"));
        if (pugi::xml_node sect = child(ppr, "sectPr")) section(sect, &out);
        content(p, out, style_flags);
    }

    void content(const pugi::xml_node& parent, WPara& out, std::uint8_t base)
    {
        Deeper guard(*this);
        if (!guard.ok()) return;
        for (pugi::xml_node c : parent.children()) {
            if (is(c, "r")) run(c, out, base);
            else if (is(c, "ins") || is(c, "moveTo")) {
                ++out_.tracked_insertions;
                content(c, out, base);
            } else if (is(c, "del") || is(c, "moveFrom")) {
                ++out_.tracked_deletions;
            } else if (is(c, "hyperlink") || is(c, "smartTag") || is(c, "customXml") || is(c, "fldSimple") || is(c, "dir") ||
                       is(c, "bdo")) {
                content(c, out, base);
            } else if (is(c, "sdt")) {
                content(child(c, "sdtContent"), out, base);
            }
        }
    }

    void images(const pugi::xml_node& n, WPara& out)
    {
        Deeper guard(*this);
        if (!guard.ok()) return;
        for (pugi::xml_node c : n.children()) {
            if (c.type() != pugi::node_element) continue;
            if (is(c, "txbxContent")) {
                textboxes_.push_back(c);
                continue;
            }
            if (is(c, "AlternateContent")) {
                // the same drawing twice: the modern form, else the fallback; one is read
                pugi::xml_node choice = child(c, "Choice");
                images(choice ? choice : child(c, "Fallback"), out);
                continue;
            }
            if (is(c, "blip") || is(c, "imagedata")) {
                const char* id = attr(c, "embed");
                if (!id) id = attr(c, "id");
                if (id) {
                    auto it = rel_.find(id);
                    if (it != rel_.end()) out.images.push_back(it->second);
                }
            }
            images(c, out);
        }
    }

    void run(const pugi::xml_node& r, WPara& out, std::uint8_t base)
    {
        std::uint8_t flags = base;
        bool caps = false;
        pugi::xml_node rpr = child(r, "rPr");
        if (rpr) {
            caps = on(child(rpr, "caps"));
            if (const char* rs = attr(child(rpr, "rStyle"), "val")) {
                auto it = styles_.find(rs);
                if (it != styles_.end()) flags |= it->second.run_style;
            }
            // direct formatting wins over the style, both ways
            for (auto [name, bit] : {std::pair{"b", model::kBold}, std::pair{"i", model::kItalic}, std::pair{"u", model::kUnderline}}) {
                if (pugi::xml_node x = child(rpr, name)) {
                    if (on(x)) flags |= bit;
                    else flags &= static_cast<std::uint8_t>(~bit);
                }
            }
        }
        auto add = [&](std::string_view t) {
            if (!out.runs.empty() && out.runs.back().style == flags && out.runs.back().caps == caps) out.runs.back().text += t;
            else out.runs.push_back(WRun{std::string(t), flags, caps});
        };
        for (pugi::xml_node c : r.children()) {
            if (is(c, "t")) add(c.text().get());
            else if (is(c, "tab") || is(c, "ptab")) add("\t");
            else if (is(c, "br")) {
                const char* type = attr(c, "type");
                if (type && std::strcmp(type, "page") == 0) out.page_break = true;
                else add("\n");
            } else if (is(c, "cr")) add("\n");
            else if (is(c, "noBreakHyphen")) add("-");
            else if (is(c, "drawing") || is(c, "pict") || is(c, "object")) images(c, out);
            else if (is(c, "AlternateContent")) {
                pugi::xml_node choice = child(c, "Choice");
                images(choice ? choice : child(c, "Fallback"), out);
            }
            else if (is(c, "sym")) {
                // a Symbol-font character: kept as the private-use code point Word stores
                const char* ch = attr(c, "char");
                const unsigned long cp = ch ? std::strtoul(ch, nullptr, 16) : 0;
                if (cp == 0xF0B7 || cp == 0xF09F) add("\xE2\x80\xA2");
                else if (cp == 0xF02D) add("-");
                else {
                    const char* font = attr(c, "font");
                    out.lost.push_back(std::string("symbol ") + (ch ? ch : "?") + " (" + (font ? font : "?") + ")");
                }
            } else if (is(c, "footnoteReference") || is(c, "endnoteReference")) {
                out.lost.push_back(std::string(is(c, "footnoteReference") ? "footnote " : "endnote ") + (attr(c, "id") ? attr(c, "id") : "?"));
            }
        }
    }
};

}  // namespace

std::string WPara::text() const
{
    std::string s;
    for (const WRun& r : runs) s += r.text;
    return s;
}

std::string WPara::shown() const
{
    std::string s;
    for (const WRun& r : runs) s += r.caps ? model::upper_id(r.text) : r.text;
    return s;
}

bool WPara::all_bold() const
{
    bool any = false;
    for (const WRun& r : runs) {
        bool blank = true;
        for (char c : r.text)
            if (c != ' ' && c != '\t' && c != '\n') blank = false;
        if (blank) continue;
        if (!(r.style & model::kBold)) return false;
        any = true;
    }
    return any;
}

bool read_wordml(const Package& pkg, WDocument& out, DiagnosticSink& sink)
{
    out = WDocument{};
    Reader r(pkg, out, sink);
    return r.run();
}

}  // namespace naskah::import
