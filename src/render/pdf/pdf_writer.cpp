#include "render/pdf/pdf_writer.hpp"

#include <hb-subset.h>
#include <hb.h>
#include <hpdf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <libdeflate.h>

#include <algorithm>
#include <charconv>
#include <ctime>
#include <cmath>
#include <cstring>
#include <map>
#include <new>
#include <stdexcept>

namespace naskah::render {

namespace {

struct HaruError {
    HPDF_STATUS error = 0;
    HPDF_STATUS detail = 0;
};

void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* data)
{
    auto* e = static_cast<HaruError*>(data);
    if (!e->error) {
        e->error = error;
        e->detail = detail;
    }
}

// Content streams are large; numbers are written with up to two decimals by integer arithmetic
// (std::to_chars for doubles was a tenth of the whole render time).
long long centi(double v) { return static_cast<long long>(v * 100 + (v >= 0 ? 0.5 : -0.5)); }

// Writes c/100 at `p` (at most kCentiBytes bytes) and returns the end: the digits of c, a point before its
// last two when they are not both zero, a trailing zero of those two left out.
constexpr std::size_t kCentiBytes = 24;  // a sign, 19 digits, a point and two decimals, rounded up

char* put_centi(char* p, long long c)
{
    // two digits at a time from a table, written in place once the length is known
    static constexpr char kPairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    const unsigned long long u = c < 0 ? 0ULL - static_cast<unsigned long long>(c) : static_cast<unsigned long long>(c);
    if (c < 0) *p++ = '-';
    unsigned long long whole = u / 100;
    const unsigned frac = static_cast<unsigned>(u % 100);
    int len = 1;
    for (unsigned long long bound = 10; len < 20 && whole >= bound; bound *= 10) ++len;
    char* q = p + len;
    p = q;
    while (whole >= 100) {
        q -= 2;
        std::memcpy(q, kPairs + 2 * (whole % 100), 2);
        whole /= 100;
    }
    if (whole >= 10) {
        q -= 2;
        std::memcpy(q, kPairs + 2 * whole, 2);
    } else {
        *--q = static_cast<char>('0' + whole);
    }
    if (frac) {
        *p++ = '.';
        *p++ = kPairs[2 * frac];
        if (frac % 10) *p++ = kPairs[2 * frac + 1];
    }
    return p;
}

void num_centi(std::string& out, long long c)
{
    char buf[kCentiBytes];
    out.append(buf, static_cast<std::size_t>(put_centi(buf, c) - buf));
}

void num(std::string& out, double v) { num_centi(out, centi(v)); }

// A glyph id as the two bytes of a literal string: half the length of hex. The bytes a reader
// would take as string syntax or line ends are escaped. Writes at most 4 bytes at `p`.
char* put_glyph(char* p, std::uint16_t g)
{
    for (const unsigned char b : {static_cast<unsigned char>(g >> 8), static_cast<unsigned char>(g & 0xFF)}) {
        switch (b) {
        case '(': *p++ = '\\'; *p++ = '('; break;
        case ')': *p++ = '\\'; *p++ = ')'; break;
        case '\\': *p++ = '\\'; *p++ = '\\'; break;
        case '\r': *p++ = '\\'; *p++ = 'r'; break;
        case '\n': *p++ = '\\'; *p++ = 'n'; break;
        default: *p++ = static_cast<char>(b);
        }
    }
    return p;
}

// libharu drops a /Filter entry from a stream it did not compress itself; this hook writes it
// into the stream's dictionary as libharu serialises it.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) { return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012"); }

// Streams are deflated here, with libdeflate: zlib at its fastest level took a sixth of a batch
// render, libdeflate's level 1 is several times faster and its output no larger. A compressor holds
// large tables, so each thread keeps one.
std::string deflated(const std::string& in)
{
    struct Compressor {
        libdeflate_compressor* c = libdeflate_alloc_compressor(1);
        ~Compressor() { libdeflate_free_compressor(c); }
    };
    thread_local Compressor z;
    if (!z.c) throw std::bad_alloc();  // libdeflate could not allocate its tables
    std::string out(libdeflate_zlib_compress_bound(z.c, in.size()), '\0');
    const std::size_t n = libdeflate_zlib_compress(z.c, in.data(), in.size(), out.data(), out.size());
    // 0 means "did not fit", impossible within the bound: a broken library, not a broken input
    if (n == 0) throw std::runtime_error("libdeflate could not compress a PDF stream");
    out.resize(n);
    return out;
}

void hex4(std::string& out, unsigned v)
{
    static const char* d = "0123456789ABCDEF";
    out += d[(v >> 12) & 15];
    out += d[(v >> 8) & 15];
    out += d[(v >> 4) & 15];
    out += d[v & 15];
}

// Which glyphs of a face the document uses, and the first text each stood for. Asked for every
// glyph painted, so a flat table by glyph id rather than a tree.
struct FaceUse {
    enum : std::uint8_t { kUnused, kUsed, kMapped };
    std::vector<std::uint8_t> state;
    std::vector<std::pair<std::uint16_t, std::u16string>> unicode;
    std::vector<std::int32_t> widths;  ///< by glyph: the /W entry, thousandths of an em

    void start(const text::Font& font)
    {
        const std::size_t n = font.glyph_count();
        state.assign(n, kUnused);
        widths.resize(n);
        const double scale = 1000.0 / font.units_per_em();
        for (std::size_t g = 0; g < n; ++g) widths[g] = static_cast<std::int32_t>(std::lround(font.advance(static_cast<std::uint32_t>(g)) * scale));
    }

    std::vector<std::uint16_t> glyphs() const
    {
        std::vector<std::uint16_t> out;
        for (std::size_t g = 0; g < state.size(); ++g)
            if (state[g] != kUnused) out.push_back(static_cast<std::uint16_t>(g));
        return out;
    }
};

std::u16string to_utf16(std::string_view s)
{
    std::u16string out;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = text::next_codepoint(s, i);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out += static_cast<char16_t>(0xD800 + (cp >> 10));
            out += static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
        } else {
            out += static_cast<char16_t>(cp);
        }
    }
    return out;
}

}  // namespace

class PdfWriter::Impl {
public:
    Impl(text::Shaper& shaper, DiagnosticSink& sink, FontProgramCache* programs) : shaper_(shaper), sink_(sink), programs_(programs) {}
    ~Impl()
    {
        if (pdf_) HPDF_Free(pdf_);
    }
    bool begin();
    bool add_page(const layout::Page& page);
    bool finish(const layout::Document& info, const ByteSink& write);
    /// At least the size the saved file will have: the pages' contents so far, what libharu
    /// writes around each, and room for the fonts.
    std::size_t expected_size() const { return pages_bytes_ + (std::size_t{1} << 20); }
    bool ok = true;

private:
    text::Shaper& shaper_;
    DiagnosticSink& sink_;
    FontProgramCache* programs_;
    HaruError err_;
    HPDF_Doc pdf_ = nullptr;
    // the page objects, resources and cross-reference entry libharu writes around each page's
    // contents take about 300 bytes; a generous bound costs nothing (see expected_size)
    static constexpr std::size_t kPageObjectBytes = 1024;
    std::size_t pages_bytes_ = 0;
    FaceUse use_[text::FontSet::kFaces];
    struct Field {
        layout::SignatureField field;
        HPDF_Page page;
        double page_height;
    };
    std::vector<Field> fields_;
    HPDF_Dict font_dict_ = nullptr;

    bool failed(const char* what_id, const char* what)
    {
        if (!err_.error) return false;
        char buf[64];
        std::snprintf(buf, sizeof buf, " (libharu error 0x%04X, detail %u)", static_cast<unsigned>(err_.error), static_cast<unsigned>(err_.detail));
        sink_.error(SourcePos{}, "E-PDF", std::string("penulisan PDF gagal saat ") + what_id + buf,
                    std::string("writing the PDF failed while ") + what + buf);
        return true;
    }
    void page_content(const layout::Page& page, std::string& c);
    void text_content(const layout::Page& page, std::string& c);
    bool add_font(int face);
    std::shared_ptr<const FontProgramCache::Program> font_program(const text::Font& font, std::vector<std::uint16_t> glyphs);
    void add_fields();
    HPDF_Dict indirect_dict()
    {
        HPDF_Dict d = HPDF_Dict_New(pdf_->mmgr);
        HPDF_Xref_Add(pdf_->xref, d);
        return d;
    }
    /// A stream object holding `z`, bytes already deflated.
    HPDF_Dict deflated_stream_dict(const std::string& z)
    {
        HPDF_Dict d = HPDF_DictStream_New(pdf_->mmgr, pdf_->xref);
        HPDF_Stream_Write(d->stream, reinterpret_cast<const HPDF_BYTE*>(z.data()), static_cast<HPDF_UINT>(z.size()));
        d->write_fn = write_flate_filter;
        return d;
    }
    HPDF_Dict stream_dict(const std::string& bytes) { return deflated_stream_dict(deflated(bytes)); }
    void info_text(const char* key, const std::string& value)
    {
        if (value.empty()) return;
        // UTF-16BE with a byte-order mark: the one PDF text-string form that carries any character
        std::string bytes = "\xFE\xFF";
        for (char16_t u : to_utf16(value)) {
            bytes += static_cast<char>(u >> 8);
            bytes += static_cast<char>(u & 0xFF);
        }
        HPDF_Dict_Add(pdf_->info, key,
                      HPDF_Binary_New(pdf_->mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()), static_cast<HPDF_UINT>(bytes.size())));
    }
};

// Text is written a line at a time: one Td to the line's first word, then one TJ array whose
// numbers move the pen over the spaces between words. A viewer reads it the way TeX-made PDFs
// read, and the stream is about half as long as a Tm per word, which is half the deflating.
// Every position is tracked in the integers the stream holds (centipoints for Td, hundredths of
// a TJ unit for the pen), so rounding never accumulates along a line or down a page.
void PdfWriter::Impl::text_content(const layout::Page& page, std::string& c)
{
    if (page.texts.empty()) return;
    const double H = page.height;
    c.reserve(c.size() + page.texts.size() * 48);
    c += "BT\n";
    int cur_face = -1;
    double cur_size = -1;
    long long line_x = 0, line_y = 0;  // the text line matrix's origin, centipoints
    long long pen = 0;                 // advance since line_x, hundredths of a TJ unit (1/100000 em)
    bool open = false;                 // a TJ array is being written
    std::string underline;
    for (const auto& t : page.texts) {
        // the layout's shaping of the box, from the same Shaper, when it kept it: no second lookup
        const text::ShapedText& sh = t.shaped ? *t.shaped : shaper_.shape(t.face, t.text);
        const text::Font& font = shaper_.fonts().at(t.face);
        const double upem = font.units_per_em();
        FaceUse& use = use_[t.face];
        if (use.widths.empty()) use.start(font);
        const long long x = centi(t.x), y = centi(H - t.y);
        const bool same_font = t.face == cur_face && t.size == cur_size;
        long long gap = 0;
        bool join = false;
        if (open && same_font && y == line_y) {
            gap = std::llround(static_cast<double>(x - line_x) * 1000.0 / t.size) - pen;
            join = gap > -100;  // touching or to the right of the pen (a word split by style may overlap by rounding)
        }
        // The box's operators are written through a pointer into room for the most they can take
        // (a font change and a move: 3 numbers and 16 bytes; a gap; for each glyph its two escaped
        // bytes with an adjustment around them), on the stack for a word, then appended at once.
        const std::size_t n = sh.glyphs.size();
        const std::size_t room = 4 * kCentiBytes + 32 + n * (4 + kCentiBytes + 2);
        char small[2048];
        std::string large;
        if (room > sizeof small) large.resize(room);
        char* const base = room > sizeof small ? large.data() : small;
        char* p = base;
        if (!join) {
            if (open) p = std::copy_n("]TJ\n", 4, p);
            if (!same_font) {
                *p++ = '/';
                *p++ = 'F';
                *p++ = static_cast<char>('0' + t.face);
                *p++ = ' ';
                p = put_centi(p, centi(t.size));
                p = std::copy_n(" Tf\n", 4, p);
                cur_face = t.face;
                cur_size = t.size;
            }
            p = put_centi(p, x - line_x);
            *p++ = ' ';
            p = put_centi(p, y - line_y);
            p = std::copy_n(" Td[", 4, p);
            line_x = x;
            line_y = y;
            pen = 0;
            gap = 0;
            open = true;
        }
        if (gap != 0) {
            p = put_centi(p, -gap);
            pen += gap;
        }
        *p++ = '(';
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint16_t g = sh.glyphs[i];
            p = put_glyph(p, g);
            std::uint8_t& state = use.state[g];  // shaping only gives ids the font has
            if (state == FaceUse::kUnused) state = FaceUse::kUsed;
            if (state != FaceUse::kMapped) {
                // the text this glyph stands for: from its cluster to the next glyph's cluster
                std::uint32_t from = sh.clusters[i];
                std::uint32_t to = static_cast<std::uint32_t>(t.text.size());
                for (std::size_t k = i + 1; k < n; ++k)
                    if (sh.clusters[k] != from) {
                        to = sh.clusters[k];
                        break;
                    }
                const bool first_of_cluster = i == 0 || sh.clusters[i - 1] != from;
                if (first_of_cluster && to > from) {
                    use.unicode.emplace_back(g, to_utf16(std::string_view(t.text).substr(from, to - from)));
                    state = FaceUse::kMapped;
                }
            }
            const int nominal = font.advance(g);
            pen += 100 * use.widths[g];  // the width the /W array gives the viewer
            const int diff = sh.advances[i] - nominal;
            if (diff != 0 && i + 1 < n) {
                const long long adjust = centi(-diff * 1000.0 / upem);
                *p++ = ')';
                p = put_centi(p, adjust);
                *p++ = '(';
                pen -= adjust;
            }
        }
        *p++ = ')';
        c.append(base, static_cast<std::size_t>(p - base));
        if (t.underline) {
            num(underline, t.x);
            underline += ' ';
            num(underline, H - t.y - t.size * 0.12);
            underline += ' ';
            num(underline, t.width);
            underline += ' ';
            num(underline, t.size * 0.05);
            underline += " re\n";
        }
    }
    if (open) c += "]TJ\n";
    c += "ET\n";
    if (!underline.empty()) {
        c += "0 g\n";
        c += underline;
        c += "f\n";
    }
}

void PdfWriter::Impl::page_content(const layout::Page& page, std::string& c)
{
    const double H = page.height;
    // fills first, grouped by colour, so text and borders lie on top
    std::map<std::uint32_t, std::vector<const layout::FillBox*>> by_colour;
    for (const auto& f : page.fills) by_colour[f.rgb].push_back(&f);
    for (const auto& [rgb, fills] : by_colour) {
        num(c, ((rgb >> 16) & 255) / 255.0);
        c += ' ';
        num(c, ((rgb >> 8) & 255) / 255.0);
        c += ' ';
        num(c, (rgb & 255) / 255.0);
        c += " rg\n";
        for (const auto* f : fills) {
            char line[4 * kCentiBytes + 8];
            char* p = put_centi(line, centi(f->x));
            *p++ = ' ';
            p = put_centi(p, centi(H - f->y - f->height));
            *p++ = ' ';
            p = put_centi(p, centi(f->width));
            *p++ = ' ';
            p = put_centi(p, centi(f->height));
            p = std::copy_n(" re\n", 4, p);
            c.append(line, static_cast<std::size_t>(p - line));
        }
        c += "f\n";
    }
    for (const auto& q : page.qrs) {
        const double m = q.size / q.modules;
        c += "0 g\n";
        for (int r = 0; r < q.modules; ++r)
            for (int col = 0; col < q.modules; ++col)
                if (q.bits[static_cast<std::size_t>(r * q.modules + col)]) {
                    num(c, q.x + col * m);
                    c += ' ';
                    num(c, H - q.y - (r + 1) * m);
                    c += ' ';
                    num(c, m);
                    c += ' ';
                    num(c, m);
                    c += " re\n";
                }
        c += "f\n";
    }
    c += "0 g\n";
    text_content(page, c);
    if (!page.rules.empty()) {
        c += "0 G\n";
        double width = -1;
        for (const auto& r : page.rules) {
            if (r.width != width) {
                if (width >= 0) c += "S\n";
                num(c, r.width);
                c += " w\n";
                width = r.width;
            }
            // a table's borders are most of a page's rules: each line made on the stack, then appended
            char line[4 * kCentiBytes + 8];
            char* p = put_centi(line, centi(r.x1));
            *p++ = ' ';
            p = put_centi(p, centi(H - r.y1));
            p = std::copy_n(" m ", 3, p);
            p = put_centi(p, centi(r.x2));
            *p++ = ' ';
            p = put_centi(p, centi(H - r.y2));
            p = std::copy_n(" l\n", 3, p);
            c.append(line, static_cast<std::size_t>(p - line));
        }
        c += "S\n";
    }
}

bool PdfWriter::Impl::add_font(int face)
{
    FaceUse& use = use_[face];
    const std::vector<std::uint16_t> gl = use.glyphs();
    if (gl.empty()) return true;
    const text::Font& font = shaper_.fonts().at(face);
    const auto program = font_program(font, gl);
    if (!program) return false;
    // A subset tag derived from the glyph set: deterministic, and different subsets differ.
    std::uint64_t h = 1469598103934665603ull;
    for (auto g : gl) h = (h ^ g) * 1099511628211ull;
    h = (h ^ static_cast<std::uint64_t>(face)) * 1099511628211ull;
    std::string tag(6, 'A');
    for (int i = 0; i < 6; ++i) {
        tag[static_cast<std::size_t>(i)] = static_cast<char>('A' + h % 26);
        h /= 26;
    }
    const std::string base = tag + "+" + font.postscript_name();
    const double scale = 1000.0 / font.units_per_em();
    HPDF_MMgr mm = pdf_->mmgr;

    HPDF_Dict file = deflated_stream_dict(program->deflated);
    HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(program->length));

    HPDF_Dict fd = indirect_dict();
    HPDF_Dict_AddName(fd, "Type", "FontDescriptor");
    HPDF_Dict_AddName(fd, "FontName", base.c_str());
    HPDF_Dict_AddNumber(fd, "Flags", (face & 1) ? 32 + 64 : 32);
    HPDF_Array bbox = HPDF_Array_New(mm);
    for (int i = 0; i < 4; ++i) HPDF_Array_AddNumber(bbox, static_cast<HPDF_INT32>(std::lround(font.bbox[i] * scale)));
    HPDF_Dict_Add(fd, "FontBBox", bbox);
    HPDF_Dict_AddNumber(fd, "ItalicAngle", (face & 1) ? -12 : 0);
    HPDF_Dict_AddNumber(fd, "Ascent", static_cast<HPDF_INT32>(std::lround(font.ascender() * scale)));
    HPDF_Dict_AddNumber(fd, "Descent", static_cast<HPDF_INT32>(std::lround(font.descender() * scale)));
    HPDF_Dict_AddNumber(fd, "CapHeight", static_cast<HPDF_INT32>(std::lround(font.cap_height() * scale)));
    HPDF_Dict_AddNumber(fd, "StemV", (face & 2) ? 140 : 80);
    HPDF_Dict_Add(fd, "FontFile2", file);

    HPDF_Dict cid = indirect_dict();
    HPDF_Dict_AddName(cid, "Type", "Font");
    HPDF_Dict_AddName(cid, "Subtype", "CIDFontType2");
    HPDF_Dict_AddName(cid, "BaseFont", base.c_str());
    HPDF_Dict info = HPDF_Dict_New(mm);
    HPDF_Dict_Add(info, "Registry", HPDF_String_New(mm, "Adobe", nullptr));
    HPDF_Dict_Add(info, "Ordering", HPDF_String_New(mm, "Identity", nullptr));
    HPDF_Dict_AddNumber(info, "Supplement", 0);
    HPDF_Dict_Add(cid, "CIDSystemInfo", info);
    HPDF_Dict_Add(cid, "FontDescriptor", fd);
    HPDF_Dict_AddName(cid, "CIDToGIDMap", "Identity");
    // widths of the used glyphs, consecutive ids grouped: [g [w w w] g2 [w] …]
    HPDF_Array w = HPDF_Array_New(mm);
    for (std::size_t i = 0; i < gl.size();) {
        std::size_t j = i + 1;
        while (j < gl.size() && gl[j] == gl[j - 1] + 1) ++j;
        HPDF_Array_AddNumber(w, gl[i]);
        HPDF_Array ws = HPDF_Array_New(mm);
        for (std::size_t k = i; k < j; ++k) HPDF_Array_AddNumber(ws, use.widths[gl[k]]);
        HPDF_Array_Add(w, ws);
        i = j;
    }
    HPDF_Dict_Add(cid, "W", w);

    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::pair<std::uint16_t, std::u16string>>& maps = use.unicode;
    std::sort(maps.begin(), maps.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < maps.size(); i += 100) {
        const std::size_t end = std::min(maps.size(), i + 100);
        cmap += std::to_string(end - i) + " beginbfchar\n";
        for (std::size_t k = i; k < end; ++k) {
            cmap += '<';
            hex4(cmap, maps[k].first);
            cmap += "> <";
            for (char16_t u : maps[k].second) hex4(cmap, u);
            cmap += ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    // deflating the CMap (a few KiB) cost more than the rest of a face's objects: a batch keeps it
    HPDF_Dict to_unicode = nullptr;
    if (programs_) {
        std::shared_ptr<const std::string> z = programs_->find_cmap(cmap);
        if (!z) {
            z = std::make_shared<const std::string>(deflated(cmap));
            programs_->store_cmap(cmap, z);
        }
        to_unicode = deflated_stream_dict(*z);
    } else {
        to_unicode = stream_dict(cmap);
    }

    HPDF_Dict type0 = indirect_dict();
    HPDF_Dict_AddName(type0, "Type", "Font");
    HPDF_Dict_AddName(type0, "Subtype", "Type0");
    HPDF_Dict_AddName(type0, "BaseFont", base.c_str());
    HPDF_Dict_AddName(type0, "Encoding", "Identity-H");
    HPDF_Array desc = HPDF_Array_New(mm);
    HPDF_Array_Add(desc, cid);
    HPDF_Dict_Add(type0, "DescendantFonts", desc);
    HPDF_Dict_Add(type0, "ToUnicode", to_unicode);
    const std::string name = "F" + std::to_string(face);
    HPDF_Dict_Add(font_dict_, name.c_str(), type0);
    return !failed("menyematkan huruf", "embedding a font");
}

std::shared_ptr<const FontProgramCache::Program> PdfWriter::Impl::font_program(const text::Font& font, std::vector<std::uint16_t> glyphs)
{
    FontProgramCache::Key key{&font, std::move(glyphs)};
    if (programs_)
        if (auto found = programs_->find(key)) return found;
    // Subset to exactly the glyphs used, keeping their ids so the content streams stay valid.
    hb_subset_input_t* in = hb_subset_input_create_or_fail();
    hb_set_t* gs = hb_subset_input_glyph_set(in);
    hb_set_add(gs, 0);
    for (auto g : key.second) hb_set_add(gs, g);
    hb_set_t* drop = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (hb_tag_t t : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'), HB_TAG('n', 'a', 'm', 'e')})
        hb_set_add(drop, t);
    hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_RETAIN_GIDS);
    hb_face_t* sub = hb_subset_or_fail(font.face(), in);
    hb_subset_input_destroy(in);
    if (!sub) {
        sink_.error(SourcePos{font.path(), 0, 0}, "E-PDF-HURUF", "pembuatan subset huruf gagal", "subsetting the font failed");
        return nullptr;
    }
    hb_blob_t* blob = hb_face_reference_blob(sub);
    unsigned len = 0;
    const char* data = hb_blob_get_data(blob, &len);
    auto program = std::make_shared<FontProgramCache::Program>();
    program->deflated = deflated(std::string(data, len));
    program->length = len;
    hb_blob_destroy(blob);
    hb_face_destroy(sub);
    if (programs_) programs_->store(std::move(key), program);
    return program;
}

void PdfWriter::Impl::add_fields()
{
    HPDF_Array fields = nullptr;
    for (const Field& entry : fields_) {
        const layout::SignatureField& f = entry.field;
        if (!fields) {
            HPDF_Dict acro = indirect_dict();
            fields = HPDF_Array_New(pdf_->mmgr);
            HPDF_Dict_Add(acro, "Fields", fields);
            HPDF_Dict_Add(pdf_->catalog, "AcroForm", acro);
        }
        HPDF_Dict w = indirect_dict();
        HPDF_Dict_AddName(w, "Type", "Annot");
        HPDF_Dict_AddName(w, "Subtype", "Widget");
        HPDF_Dict_AddName(w, "FT", "Sig");
        HPDF_Dict_Add(w, "T", HPDF_String_New(pdf_->mmgr, f.name.c_str(), nullptr));
        HPDF_Array rect = HPDF_Array_New(pdf_->mmgr);
        HPDF_Array_AddReal(rect, static_cast<HPDF_REAL>(std::round(f.x * 100) / 100));
        HPDF_Array_AddReal(rect, static_cast<HPDF_REAL>(std::round((entry.page_height - f.y - f.height) * 100) / 100));
        HPDF_Array_AddReal(rect, static_cast<HPDF_REAL>(std::round((f.x + f.width) * 100) / 100));
        HPDF_Array_AddReal(rect, static_cast<HPDF_REAL>(std::round((entry.page_height - f.y) * 100) / 100));
        HPDF_Dict_Add(w, "Rect", rect);
        HPDF_Dict_AddNumber(w, "F", 132);  // print + locked
        HPDF_Dict_Add(w, "P", entry.page);
        HPDF_Array annots = static_cast<HPDF_Array>(HPDF_Dict_GetItem(entry.page, "Annots", HPDF_OCLASS_ARRAY));
        if (!annots) {
            annots = HPDF_Array_New(pdf_->mmgr);
            HPDF_Dict_Add(entry.page, "Annots", annots);
        }
        HPDF_Array_Add(annots, w);
        HPDF_Array_Add(fields, w);
    }
}

bool PdfWriter::Impl::begin()
{
    pdf_ = HPDF_New(on_error, &err_);
    if (!pdf_) {
        sink_.error(SourcePos{}, "E-PDF", "libharu tidak dapat dijalankan", "libharu could not start");
        return ok = false;
    }
    HPDF_SetCompressionMode(pdf_, HPDF_COMP_IMAGE);  // other streams arrive deflated (see deflated())
    font_dict_ = indirect_dict();
    return true;
}

bool PdfWriter::Impl::add_page(const layout::Page& page)
{
    if (!ok) return false;
    std::string content;
    {
        HPDF_Page p = HPDF_AddPage(pdf_);
        if (!p) {  // libharu's page tree is full (32,767 pages) or memory ran out
            if (!failed("menambah halaman", "adding a page"))
                sink_.error(SourcePos{}, "E-PDF", "penulisan PDF gagal saat menambah halaman", "writing the PDF failed while adding a page");
            return ok = false;
        }
        HPDF_Page_SetWidth(p, static_cast<HPDF_REAL>(page.width));
        HPDF_Page_SetHeight(p, static_cast<HPDF_REAL>(page.height));
        // drawn as a landscape page, shown and printed turned onto a portrait sheet
        if (page.sideways && HPDF_Page_SetRotate(p, 90) != HPDF_OK) {
            sink_.error(SourcePos{}, "E-PDF", "halaman tidak dapat diputar", "the page cannot be turned");
            return ok = false;
        }
        for (const auto& f : page.fields) fields_.push_back(Field{f, p, page.height});
        content.clear();
        HPDF_Dict res = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(p, "Resources", HPDF_OCLASS_DICT));
        // images (a kop logo) are XObjects painted from our own content stream
        HPDF_Dict xobjects = nullptr;
        for (std::size_t i = 0; i < page.images.size(); ++i) {
            const auto& im = page.images[i];
            // a JPEG (a Lampiran's <gambar>) is embedded as it is, its DCT data not decoded
            HPDF_Image img = im.jpeg ? HPDF_LoadJpegImageFromFile(pdf_, im.path.c_str()) : HPDF_LoadPngImageFromFile(pdf_, im.path.c_str());
            if (!img) {
                HPDF_ResetError(pdf_);
                sink_.error(SourcePos{im.path, 0, 0}, "E-LOGO", "gambar bukan PNG atau JPEG yang dapat dibaca", "the image is not a readable PNG or JPEG");
                return ok = false;
            }
            if (!xobjects) {
                xobjects = HPDF_Dict_New(pdf_->mmgr);
                HPDF_Dict_Add(res, "XObject", xobjects);
            }
            const std::string name = "Im" + std::to_string(i);
            HPDF_Dict_Add(xobjects, name.c_str(), img);
            content += "q ";
            num(content, im.width);
            content += " 0 0 ";
            num(content, im.height);
            content += ' ';
            num(content, im.x);
            content += ' ';
            num(content, page.height - im.y - im.height);
            content += " cm /" + name + " Do Q\n";
        }
        page_content(page, content);
        auto* attr = static_cast<HPDF_PageAttr>(p->attr);
        const std::string z = deflated(content);
        pages_bytes_ += z.size() + kPageObjectBytes;
        // libharu gives each page's contents a stream growing in 4 KiB blocks, and every page
        // is held until the PDF is saved: a 2.5 KB page took 4 or 8 KiB (100 MB of 19,851
        // pages). A stream of one block of exactly the page's size holds the same bytes.
        if (HPDF_Stream exact = HPDF_MemStream_New(pdf_->mmgr, static_cast<HPDF_UINT>(std::max<std::size_t>(z.size(), 1)))) {
            HPDF_Stream_Free(attr->contents->stream);
            attr->contents->stream = exact;
            attr->stream = exact;
        }
        HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(z.data()), static_cast<HPDF_UINT>(z.size()));
        attr->contents->write_fn = write_flate_filter;
        HPDF_Dict_Add(res, "Font", font_dict_);
        if (failed("menulis halaman", "writing a page")) return ok = false;
    }
    return true;
}

bool PdfWriter::Impl::finish(const layout::Document& doc_, const ByteSink& write)
{
    if (!ok) return false;
    for (int f = 0; f < text::FontSet::kFaces; ++f)
        if (!add_font(f)) return false;
    add_fields();
    HPDF_SetInfoAttr(pdf_, HPDF_INFO_PRODUCER, "naskah " NASKAH_VERSION " (libharu)");
    info_text("Title", doc_.title);
    info_text("Subject", doc_.subject);
    info_text("Author", doc_.author);
    if (doc_.creation_epoch > 0) {
        std::time_t t = static_cast<std::time_t>(doc_.creation_epoch);
        std::tm tm{};
        gmtime_r(&t, &tm);
        HPDF_Date d{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 'Z', 0, 0};
        HPDF_SetInfoDateAttr(pdf_, HPDF_INFO_CREATION_DATE, d);
    }
    if (failed("menulis informasi dokumen", "writing the document information")) return false;
    // The file goes straight to `write` as libharu produces it: saving into libharu's own memory
    // stream and copying it out held the PDF twice more beside the pages (at 201,400 rows,
    // 2 × 54 MB of a 414 MiB peak).
    struct Target {
        const ByteSink* write;
        bool refused = false;
    } target{&write};
    HPDF_Stream stream = HPDF_CallbackWriter_New(
        pdf_->mmgr,
        [](HPDF_Stream s, const HPDF_BYTE* bytes, HPDF_UINT size) -> HPDF_STATUS {
            auto* t = static_cast<Target*>(s->attr);
            if (t->refused) return HPDF_FILE_IO_ERROR;
            // nothing may unwind through libharu's C frames
            try {
                if ((*t->write)(std::string_view(reinterpret_cast<const char*>(bytes), size))) return HPDF_OK;
            } catch (...) {
            }
            t->refused = true;
            return HPDF_FILE_IO_ERROR;
        },
        &target);
    if (!stream) {
        if (!failed("menyimpan", "saving"))
            sink_.error(SourcePos{}, "E-PDF", "penulisan PDF gagal saat menyimpan", "writing the PDF failed while saving");
        return false;
    }
    // HPDF_SaveToStream saves into pdf_->stream, which it frees with the document
    pdf_->stream = stream;
    const bool saved = HPDF_SaveToStream(pdf_) == HPDF_OK && !target.refused;
    // the pages, fonts and objects are no longer needed, whatever the outcome
    const bool library_error = !target.refused && failed("menyimpan", "saving");
    HPDF_Free(pdf_);
    pdf_ = nullptr;
    ok = false;
    if (target.refused) {
        sink_.error(SourcePos{}, "E-PDF", "penulisan PDF gagal saat menyimpan: keluaran tidak dapat ditulis",
                    "writing the PDF failed while saving: the output cannot be written");
        return false;
    }
    return saved && !library_error;
}

std::shared_ptr<const FontProgramCache::Program> FontProgramCache::find(const Key& key)
{
    std::lock_guard lock(mutex_);
    auto it = programs_.find(key);
    return it == programs_.end() ? nullptr : it->second;
}

void FontProgramCache::store(Key key, std::shared_ptr<const Program> program)
{
    std::lock_guard lock(mutex_);
    // An archive whose glyph sets keep changing gains nothing from keeping them all; starting
    // afresh bounds the memory and still serves runs of similar decrees.
    if (programs_.size() >= kEntries) programs_.clear();
    programs_.emplace(std::move(key), std::move(program));
}

std::shared_ptr<const std::string> FontProgramCache::find_cmap(const std::string& cmap)
{
    std::lock_guard lock(mutex_);
    auto it = cmaps_.find(cmap);
    return it == cmaps_.end() ? nullptr : it->second;
}

void FontProgramCache::store_cmap(std::string cmap, std::shared_ptr<const std::string> z)
{
    std::lock_guard lock(mutex_);
    if (cmaps_.size() >= kEntries) cmaps_.clear();
    cmaps_.emplace(std::move(cmap), std::move(z));
}

PdfWriter::PdfWriter(text::Shaper& shaper, DiagnosticSink& sink, FontProgramCache* fonts)
    : impl_(std::make_unique<Impl>(shaper, sink, fonts))
{
    impl_->begin();
}
PdfWriter::~PdfWriter() = default;
void PdfWriter::page(layout::Page&& page) { impl_->add_page(page); }
bool PdfWriter::finish(const layout::Document& info, const ByteSink& write) { return impl_->finish(info, write); }
bool PdfWriter::finish(const layout::Document& info, std::string& out)
{
    // one allocation of room to spare rather than doublings that copy the file so far: the
    // pages of a large allocation that are never written are never made resident
    try {
        out.reserve(out.size() + impl_->expected_size());
    } catch (const std::bad_alloc&) {
    }
    return impl_->finish(info, [&out](std::string_view bytes) {
        out.append(bytes);
        return true;
    });
}

bool write_pdf(const layout::Document& doc, text::Shaper& shaper, std::string& out, DiagnosticSink& sink)
{
    PdfWriter w(shaper, sink);
    for (const auto& p : doc.pages) {
        layout::Page copy = p;
        w.page(std::move(copy));
    }
    return w.finish(doc, out);
}

}  // namespace naskah::render
