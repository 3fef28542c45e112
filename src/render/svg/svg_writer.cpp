#include "render/svg/svg_writer.hpp"

#include <hb.h>
#include <sys/stat.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "layout/document.hpp"
#include "layout/glyphs.hpp"

namespace naskah::render {

namespace {

// Numbers with at most two decimals, written by integer arithmetic like the PDF writer's: the
// output is deterministic and short.
void num(std::string& out, double v)
{
    long long c = std::llround(v * 100);
    if (c < 0) {
        out += '-';
        c = -c;
    }
    out += std::to_string(c / 100);
    const int frac = static_cast<int>(c % 100);
    if (frac) {
        out += '.';
        out += static_cast<char>('0' + frac / 10);
        if (frac % 10) out += static_cast<char>('0' + frac % 10);
    }
}

void escape(std::string& out, std::string_view s)
{
    for (char ch : s) {
        switch (ch) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += ch;
        }
    }
}

std::string colour(std::uint32_t rgb)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%06x", static_cast<unsigned>(rgb & 0xFFFFFF));
    return buf;
}

std::string base64(const std::string& in)
{
    static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < in.size(); i += 3) {
        const unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) | static_cast<unsigned char>(in[i + 2]);
        out += t[v >> 18];
        out += t[(v >> 12) & 63];
        out += t[(v >> 6) & 63];
        out += t[v & 63];
    }
    if (i < in.size()) {
        unsigned v = static_cast<unsigned char>(in[i]) << 16;
        if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
        out += t[v >> 18];
        out += t[(v >> 12) & 63];
        out += i + 1 < in.size() ? t[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

// Collects a glyph outline as SVG path data, in font units with y up (flipped where it is used).
struct PathSink {
    std::string d;
    void point(char op, float x, float y)
    {
        d += op;
        num(d, x);
        d += ' ';
        num(d, y);
    }
};

void move_to(hb_draw_funcs_t*, void* p, hb_draw_state_t*, float x, float y, void*) { static_cast<PathSink*>(p)->point('M', x, y); }
void line_to(hb_draw_funcs_t*, void* p, hb_draw_state_t*, float x, float y, void*) { static_cast<PathSink*>(p)->point('L', x, y); }
void quad_to(hb_draw_funcs_t*, void* p, hb_draw_state_t*, float cx, float cy, float x, float y, void*)
{
    auto* s = static_cast<PathSink*>(p);
    s->point('Q', cx, cy);
    s->point(' ', x, y);
}
void cubic_to(hb_draw_funcs_t*, void* p, hb_draw_state_t*, float c1x, float c1y, float c2x, float c2y, float x, float y, void*)
{
    auto* s = static_cast<PathSink*>(p);
    s->point('C', c1x, c1y);
    s->point(' ', c2x, c2y);
    s->point(' ', x, y);
}
void close_path(hb_draw_funcs_t*, void* p, hb_draw_state_t*, void*) { static_cast<PathSink*>(p)->d += 'Z'; }

hb_draw_funcs_t* draw_funcs()
{
    // made once and never freed: HarfBuzz makes the table immutable and shares it
    static hb_draw_funcs_t* f = [] {
        hb_draw_funcs_t* d = hb_draw_funcs_create();
        hb_draw_funcs_set_move_to_func(d, move_to, nullptr, nullptr);
        hb_draw_funcs_set_line_to_func(d, line_to, nullptr, nullptr);
        hb_draw_funcs_set_quadratic_to_func(d, quad_to, nullptr, nullptr);
        hb_draw_funcs_set_cubic_to_func(d, cubic_to, nullptr, nullptr);
        hb_draw_funcs_set_close_path_func(d, close_path, nullptr, nullptr);
        hb_draw_funcs_make_immutable(d);
        return d;
    }();
    return f;
}

constexpr std::size_t kMaxImageBytes = 8u << 20;

}  // namespace

class SvgWriter::Impl {
public:
    Impl(text::Shaper& shaper, DiagnosticSink& sink, SvgOptions options) : shaper_(shaper), sink_(sink), options_(std::move(options)) {}
    void add_page(const layout::Page& page);
    bool finish(std::string& out);
    int pages = 0;

private:
    text::Shaper& shaper_;
    DiagnosticSink& sink_;
    SvgOptions options_;
    std::string body_;
    double y_ = 0, width_ = 0;
    bool ok_ = true;
    std::map<std::pair<int, std::uint16_t>, bool> glyphs_;  // ordered: the defs come out the same every time
    std::map<std::string, std::string> images_;             // path → id

    std::string image_id(const std::string& path);
};

std::string SvgWriter::Impl::image_id(const std::string& path)
{
    auto it = images_.find(path);
    if (it != images_.end()) return it->second;
    const std::string id = "im" + std::to_string(images_.size());
    images_.emplace(path, id);
    return id;
}

void SvgWriter::Impl::add_page(const layout::Page& page)
{
    ++pages;
    std::string& c = body_;
    c += "<svg class=\"page\" data-page=\"" + std::to_string(page.number) + "\" data-section=\"";
    escape(c, page.section);
    c += "\" x=\"0\" y=\"";
    num(c, y_);
    c += "\" width=\"";
    num(c, page.width);
    c += "\" height=\"";
    num(c, page.height);
    c += "\" viewBox=\"0 0 ";
    num(c, page.width);
    c += ' ';
    num(c, page.height);
    c += "\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
    // the PDF's painting order: fills, images, QR codes, text, rules
    for (const auto& f : page.fills) {
        c += "<rect x=\"";
        num(c, f.x);
        c += "\" y=\"";
        num(c, f.y);
        c += "\" width=\"";
        num(c, f.width);
        c += "\" height=\"";
        num(c, f.height);
        c += "\" fill=\"" + colour(f.rgb) + (f.month ? "\" class=\"month\"/>\n" : "\"/>\n");
    }
    for (const auto& im : page.images) {
        c += "<use href=\"#" + image_id(im.path) + "\" transform=\"translate(";
        num(c, im.x);
        c += ' ';
        num(c, im.y);
        c += ") scale(";
        num(c, im.width);
        c += ' ';
        num(c, im.height);
        c += ")\"/>\n";
    }
    for (const auto& q : page.qrs) {
        if (q.modules <= 0) continue;
        const double m = q.size / q.modules;
        c += "<path class=\"qr\" d=\"";
        for (int r = 0; r < q.modules; ++r)
            for (int col = 0; col < q.modules; ++col)
                if (q.bits[static_cast<std::size_t>(r * q.modules + col)]) {
                    c += 'M';
                    num(c, q.x + col * m);
                    c += ' ';
                    num(c, q.y + r * m);
                    c += 'h';
                    num(c, m);
                    c += 'v';
                    num(c, m);
                    c += 'h';
                    num(c, -m);
                    c += 'z';
                }
        c += "\"/>\n";
    }
    for (const auto& t : page.texts) {
        if (!options_.font_family_prefix.empty()) {
            c += "<text x=\"";
            num(c, t.x);
            c += "\" y=\"";
            num(c, t.y);
            c += "\" font-family=\"" + options_.font_family_prefix + std::to_string(t.face) + "\" font-size=\"";
            num(c, t.size);
            c += "\">";
            escape(c, t.text);
            c += "</text>\n";
        }
        else {
        const text::ShapedText& sh = shaper_.shape(t.face, t.text);
        const text::Font& font = shaper_.fonts().at(t.face);
        const double k = t.size / font.units_per_em();
        c += "<g aria-label=\"";
        escape(c, t.text);
        c += "\" transform=\"translate(";
        num(c, t.x);
        c += ' ';
        num(c, t.y);
        c += ") scale(";
        c += std::to_string(k).substr(0, 9);
        c += ' ';
        c += std::to_string(-k).substr(0, 10);
        c += ")\">";
        long long pen = 0;
        for (std::size_t i = 0; i < sh.glyphs.size(); ++i) {
            const std::uint16_t g = sh.glyphs[i];
            glyphs_[{t.face, g}] = true;
            c += "<use href=\"#g" + std::to_string(t.face) + '-' + std::to_string(g) + '"';
            if (pen) c += " x=\"" + std::to_string(pen) + '"';
            c += "/>";
            pen += sh.advances[i];
        }
        c += "</g>\n";
        }
        if (t.underline) {
            c += "<rect x=\"";
            num(c, t.x);
            c += "\" y=\"";
            num(c, t.y + t.size * 0.12 - t.size * 0.05);
            c += "\" width=\"";
            num(c, t.width);
            c += "\" height=\"";
            num(c, t.size * 0.05);
            c += "\"/>\n";
        }
    }
    if (!page.rules.empty()) {
        // one path per line width, like the PDF's one stroke per width
        std::map<long long, std::string> by_width;
        for (const auto& r : page.rules) {
            std::string& d = by_width[std::llround(r.width * 100)];
            d += 'M';
            num(d, r.x1);
            d += ' ';
            num(d, r.y1);
            d += 'L';
            num(d, r.x2);
            d += ' ';
            num(d, r.y2);
        }
        for (const auto& [w, d] : by_width) {
            c += "<path fill=\"none\" stroke=\"#000\" stroke-width=\"";
            num(c, w / 100.0);
            c += "\" d=\"" + d + "\"/>\n";
        }
    }
    c += "</svg>\n";
    y_ += page.height + kSvgPageGap;
    width_ = std::max(width_, page.width);
}

bool SvgWriter::Impl::finish(std::string& out)
{
    if (!ok_) return false;
    const double height = pages ? y_ - kSvgPageGap : 0;
    out.clear();
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"naskah\" width=\"";
    num(out, width_);
    out += "pt\" height=\"";
    num(out, height);
    out += "pt\" viewBox=\"0 0 ";
    num(out, width_);
    out += ' ';
    num(out, height);
    out += "\" data-pages=\"" + std::to_string(pages) + "\">\n<defs>\n";
    for (const auto& [key, used] : glyphs_) {
        (void)used;
        PathSink p;
        hb_font_get_glyph_shape(shaper_.fonts().at(key.first).font(), key.second, draw_funcs(), &p);
        out += "<path id=\"g" + std::to_string(key.first) + '-' + std::to_string(key.second) + "\" d=\"" + p.d + "\"/>\n";
    }
    for (const auto& [path, id] : images_) {
        struct stat st{};
        std::string bytes;
        if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) <= kMaxImageBytes) {
            std::ifstream in(path, std::ios::binary);
            std::ostringstream s;
            s << in.rdbuf();
            bytes = s.str();
        }
        const bool png = bytes.size() >= 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0;
        const bool jpeg = bytes.size() >= 3 && bytes.compare(0, 3, "\xFF\xD8\xFF") == 0;  // a Lampiran's <gambar>
        if (!png && !jpeg) {
            sink_.error(SourcePos{path, 0, 0}, "E-LOGO", "gambar bukan PNG atau JPEG yang dapat dibaca", "the image is not a readable PNG or JPEG");
            return false;
        }
        // a unit square, scaled where it is used
        out += "<image id=\"" + id + "\" width=\"1\" height=\"1\" preserveAspectRatio=\"none\" href=\"data:image/" +
               (png ? "png" : "jpeg") + ";base64," + base64(bytes) + "\"/>\n";
    }
    out += "</defs>\n";
    out += body_;
    out += "</svg>\n";
    return true;
}

SvgWriter::SvgWriter(text::Shaper& shaper, DiagnosticSink& sink, SvgOptions options)
    : impl_(std::make_unique<Impl>(shaper, sink, std::move(options)))
{
}
SvgWriter::~SvgWriter() = default;
void SvgWriter::page(layout::Page&& page) { impl_->add_page(page); }
bool SvgWriter::finish(std::string& out) { return impl_->finish(out); }
int SvgWriter::pages() const { return impl_->pages; }

bool render_svg(const model::Decree& decree, const style::HouseStyle& style, const text::FontSet& fonts, text::Shaper& shaper,
                model::Variant variant, std::string& out, int& pages, DiagnosticSink& sink, const SvgOptions& options)
{
    const std::size_t errors = sink.error_count();
    if (variant == model::Variant::Tte && decree.meta.verification.empty()) {
        sink.error(decree.pos, "E-TTE-VERIFIKASI",
                   "varian tte memerlukan <verifikasi> di dalam <kepala>: alamat atau pengenal yang dimuat kode QR-nya",
                   "the tte variant needs <verifikasi> in <kepala>: the address or identifier its QR code encodes");
        return false;
    }
    if (variant == model::Variant::Salinan && !decree.meta.certification) {
        sink.error(decree.pos, "E-SALINAN-PENGESAHAN",
                   "varian salinan memerlukan <pengesahan-salinan kantor=\"…\" jabatan=\"…\" nama=\"…\"/> di dalam <kepala>",
                   "the salinan variant needs <pengesahan-salinan kantor=\"…\" jabatan=\"…\" nama=\"…\"/> in <kepala>");
        return false;
    }
    if (!layout::check_glyphs(decree, fonts, sink)) return false;
    SvgWriter writer(shaper, sink, options);
    layout::LayoutContext ctx{style, fonts, shaper, sink, variant};
    layout::Document doc;
    doc.sink = &writer;
    if (!layout::layout_document(decree, ctx, doc) || sink.error_count() > errors) return false;
    for (auto& p : doc.pages) writer.page(std::move(p));  // pages a layout kept back, if any
    if (!writer.finish(out)) return false;
    pages = writer.pages();
    return true;
}

}  // namespace naskah::render
