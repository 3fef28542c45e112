#include "layout/page.hpp"

#include <charconv>
#include <cmath>

#include "core/diagnostic.hpp"

namespace naskah::layout {

namespace {
void num(std::string& out, double v)
{
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, std::round(v * 100) / 100, std::chars_format::fixed, 2);
    out.append(buf, res.ptr);
}

// "x":…,"y":…,"w":…,"h":… — the box every kind of element carries
void box(std::string& o, double x, double y, double w, double h)
{
    o += "\"x\":"; num(o, x);
    o += ",\"y\":"; num(o, y);
    o += ",\"w\":"; num(o, w);
    o += ",\"h\":"; num(o, h);
}
}  // namespace

LayoutJson::LayoutJson(const std::string& title) { out_ = "{\"title\":\"" + json_escape(title) + "\",\"pages\":["; }

std::string LayoutJson::finish()
{
    out_ += "]}\n";
    return std::move(out_);
}

std::string layout_json(const Document& doc)
{
    LayoutJson json(doc.title);
    for (const auto& p : doc.pages) json.page(p);
    return json.finish();
}

void LayoutJson::page(const Page& pg)
{
    std::string& o = out_;
    {
        if (!first_) o += ",";
        first_ = false;
        o += "\n{\"number\":" + std::to_string(pg.number) + ",\"section\":\"" + json_escape(pg.section) + "\",\"landscape\":";
        o += pg.landscape ? "true" : "false";
        o += ",\"width\":"; num(o, pg.width);
        o += ",\"height\":"; num(o, pg.height);
        o += ",\"content\":["; num(o, pg.content_x); o += ","; num(o, pg.content_y); o += ",";
        num(o, pg.content_width); o += ","; num(o, pg.content_height); o += "]";
        o += ",\"texts\":[";
        for (std::size_t i = 0; i < pg.texts.size(); ++i) {
            const TextBox& t = pg.texts[i];
            if (i) o += ",";
            o += "\n{";
            box(o, t.x, t.y - t.ascent, t.width, t.ascent + t.descent);
            o += ",\"baseline\":"; num(o, t.y);
            o += ",\"size\":"; num(o, t.size);
            o += ",\"face\":" + std::to_string(t.face) + ",\"seq\":" + std::to_string(t.seq);
            o += ",\"text\":\"" + json_escape(t.text) + "\"}";
        }
        o += "],\"fills\":[";
        for (std::size_t i = 0; i < pg.fills.size(); ++i) {
            const FillBox& f = pg.fills[i];
            if (i) o += ",";
            o += "{";
            box(o, f.x, f.y, f.width, f.height);
            char buf[8];
            std::snprintf(buf, sizeof buf, "%06X", f.rgb);
            o += ",\"rgb\":\"#" + std::string(buf) + "\",\"month\":" + (f.month ? "true" : "false") + "}";
        }
        o += "],\"cells\":[";
        for (std::size_t i = 0; i < pg.cells.size(); ++i) {
            const auto& c = pg.cells[i];
            if (i) o += ",";
            o += "{";
            box(o, c.x, c.y, c.width, c.height);
            o += ",\"row\":" + std::to_string(c.row) + ",\"col\":" + std::to_string(c.col) + ",\"header\":" + (c.header ? "true" : "false") + "}";
        }
        o += "],\"fields\":[";
        for (std::size_t i = 0; i < pg.fields.size(); ++i) {
            const auto& f = pg.fields[i];
            if (i) o += ",";
            o += "{\"name\":\"" + json_escape(f.name) + "\",";
            box(o, f.x, f.y, f.width, f.height);
            o += "}";
        }
        o += "],\"rules\":" + std::to_string(pg.rules.size()) + "}";
    }
}

}  // namespace naskah::layout
