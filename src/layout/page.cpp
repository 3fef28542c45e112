#include "layout/page.hpp"

#include <cstdio>
#include <cmath>

#include "core/json_write.hpp"

namespace naskah::layout {

namespace {
using json_write::Json;

// Lengths in points to 1/100, the precision the PDF writer draws with.
double num(double v) { return json_write::rounded(v, 2); }

// "x", "y", "w", "h": the box every kind of element carries
Json box(double x, double y, double w, double h) { return Json{{"x", num(x)}, {"y", num(y)}, {"w", num(w)}, {"h", num(h)}}; }
}  // namespace

// The document is written a page at a time (a 20,000-page table is never held as one JSON
// tree), so the frame around the pages is placed here: the title, then one page a line.
LayoutJson::LayoutJson(const std::string& title) { out_ = "{\"title\":" + json_write::dump(title) + ",\"pages\":["; }

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
    Json j{{"number", pg.number},
           {"section", pg.section},
           {"landscape", pg.landscape},
           {"width", num(pg.width)},
           {"height", num(pg.height)},
           {"content", Json::array({num(pg.content_x), num(pg.content_y), num(pg.content_width), num(pg.content_height)})}};
    Json& texts = j["texts"] = Json::array();
    for (const TextBox& t : pg.texts) {
        Json b = box(t.x, t.y - t.ascent, t.width, t.ascent + t.descent);
        b["baseline"] = num(t.y);
        b["size"] = num(t.size);
        b["face"] = t.face;
        b["seq"] = t.seq;
        b["text"] = t.text;
        texts.push_back(std::move(b));
    }
    Json& fills = j["fills"] = Json::array();
    for (const FillBox& f : pg.fills) {
        Json b = box(f.x, f.y, f.width, f.height);
        char rgb[8];
        std::snprintf(rgb, sizeof rgb, "#%06X", f.rgb & 0xFFFFFFu);
        b["rgb"] = rgb;
        b["month"] = f.month;
        fills.push_back(std::move(b));
    }
    Json& cells = j["cells"] = Json::array();
    for (const auto& c : pg.cells) {
        Json b = box(c.x, c.y, c.width, c.height);
        b["row"] = c.row;
        b["col"] = c.col;
        b["header"] = c.header;
        cells.push_back(std::move(b));
    }
    Json& fields = j["fields"] = Json::array();
    for (const auto& f : pg.fields) {
        Json b{{"name", f.name}};
        b.update(box(f.x, f.y, f.width, f.height));
        fields.push_back(std::move(b));
    }
    j["rules"] = pg.rules.size();
    out_ += first_ ? "\n" : ",\n";
    first_ = false;
    out_ += json_write::dump(j);
}

}  // namespace naskah::layout
