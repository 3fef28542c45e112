// The package parts around word/document.xml: styles, settings, headers, footers, properties
// and relationships.
#include <algorithm>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <libdeflate.h>
#include <qrencode.h>

#include "render/docx/parts.hpp"
#include "render/docx/xml_text.hpp"
#include "core/limits.hpp"
#include "xml/source.hpp"

namespace naskah::render::docx {

using namespace naskah::model;

namespace {

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* kMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

std::string num(long v) { return std::to_string(v); }
// Clamped to what the schema takes, so an odd house style still gives a valid package.
long half_points(double pt) { return std::isfinite(pt) ? std::lround(std::clamp(pt * 2.0, 2.0, 3276.0)) : 24; }
long pt_twips(double pt) { return std::isfinite(pt) ? std::lround(std::clamp(pt * 20.0, 0.0, 31680.0)) : 240; }

/// Escapes text from the house style or the metadata; false (reported) when XML cannot carry it.
bool esc(std::string& out, std::string_view s, const SourcePos& pos, DiagnosticSink& sink)
{
    const std::size_t bad = append_escaped(out, s);
    if (bad == kTextOk) return true;
    sink.error(pos, "E-DOCX-KARAKTER", "teks ini memuat " + describe_bad_char(s, bad, Lang::Id) + "; dokumen Word tidak dapat memuatnya",
               "this text contains " + describe_bad_char(s, bad) + "; a Word document cannot carry it",
               "hapus karakter itu atau ganti dengan teks biasa", "remove the character or replace it with ordinary text");
    return false;
}

std::string styles_xml(const style::HouseStyle& st, bool& ok, DiagnosticSink& sink)
{
    std::string family;
    ok = esc(family, st.font.family.empty() ? std::string("Times New Roman") : st.font.family, SourcePos{st.source, 0, 0}, sink) && ok;
    const std::string fonts = "<w:rFonts w:ascii=\"" + family + "\" w:hAnsi=\"" + family + "\" w:eastAsia=\"" + family +
                              "\" w:cs=\"" + family + "\"/>";
    // Exact leading, size × line height, as the PDF sets its lines: "multiple" spacing would
    // scale the font's own line gap and give the document other page breaks.
    const double lh = st.line_height > 0 ? st.line_height : 1.0;
    auto exact = [&](double pt) {
        return "<w:spacing w:after=\"0\" w:line=\"" + num(std::max(20L, pt_twips(pt * lh))) + "\" w:lineRule=\"exact\"/>";
    };
    auto size = [](double pt) { return "<w:sz w:val=\"" + num(half_points(pt)) + "\"/><w:szCs w:val=\"" + num(half_points(pt)) + "\"/>"; };
    std::string s = std::string("<w:styles xmlns:w=\"") + kW + "\">";
    s += "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts + size(st.font_size) +
         "<w:lang w:val=\"id-ID\" w:eastAsia=\"id-ID\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
         "<w:pPrDefault><w:pPr>" + exact(st.font_size) + "</w:pPr></w:pPrDefault></w:docDefaults>";
    s += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>";
    s += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>";
    s += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";
    // Body text: justified as the house style says, a little space after each item.
    s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Isi\"><w:name w:val=\"Isi Naskah\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>" + std::string(st.justify ? "<w:jc w:val=\"both\"/>" : "") + "</w:pPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Kop\"><w:name w:val=\"Kop Naskah\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:suppressAutoHyphens/>" + exact(st.kop_font_size) + "<w:jc w:val=\"center\"/></w:pPr><w:rPr>" + std::string(st.conv.kop_bold ? "<w:b/><w:bCs/>" : "") +
         size(st.kop_font_size) + "</w:rPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Judul\"><w:name w:val=\"Judul Naskah\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:suppressAutoHyphens/><w:jc w:val=\"center\"/></w:pPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Tabel\"><w:name w:val=\"Isi Tabel\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:suppressAutoHyphens/>" + exact(st.table_font_size) + "</w:pPr><w:rPr>" +
         size(st.table_font_size) + "</w:rPr></w:style>";
    // issue 15: header rows may be set smaller than the body (tabel ukuran-kepala)
    {
        const double head = style::table_text_size(st, true);
        s += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"TabelKepala\"><w:name w:val=\"Kepala Tabel\"/><w:basedOn w:val=\"Tabel\"/><w:qFormat/><w:pPr>" +
             exact(head) + "</w:pPr><w:rPr>" + size(head) + "</w:rPr></w:style>";
    }
    s += "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr></w:style>";
    s += "<w:style w:type=\"paragraph\" w:styleId=\"Footer\"><w:name w:val=\"footer\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/></w:pPr><w:rPr>" +
         size(st.table_font_size > 0 ? st.table_font_size * 0.8 : 8) + "</w:rPr></w:style>";
    s += "</w:styles>";
    return s;
}

std::string settings_xml(const style::HouseStyle& st)
{
    std::string s = std::string("<w:settings xmlns:w=\"") + kW + "\">";
    s += "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>";
    if (st.hyphenate) s += "<w:autoHyphenation/><w:doNotHyphenateCaps/>";
    s += "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
         "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
         "<w:themeFontLang w:val=\"id-ID\"/>";
    s += "</w:settings>";
    return s;
}

std::string font_table_xml(const style::HouseStyle& st, bool& ok, DiagnosticSink& sink)
{
    std::string family;
    ok = esc(family, st.font.family.empty() ? std::string("Times New Roman") : st.font.family, SourcePos{st.source, 0, 0}, sink) && ok;
    return std::string("<w:fonts xmlns:w=\"") + kW + "\"><w:font w:name=\"" + family +
           "\"><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>";
}

/// `part`: "hdr" for the header, "ftr" for the footer (halaman.letak-nomor="bawah").
std::string page_number_part(const compose::Composed& c, bool& ok, DiagnosticSink& sink, const SourcePos& at, const std::string& part)
{
    const std::string pstyle = part == "hdr" ? "Header" : "Footer";
    // the house style's form ("- {n} -"): the PAGE field where {n} stands, centred
    const std::string& form = c.page_number_form;
    const std::size_t n = form.find("{n}");
    std::string before, after;
    ok = esc(before, form.substr(0, n), at, sink) && ok;
    if (n != std::string::npos) ok = esc(after, form.substr(n + 3), at, sink) && ok;
    auto text = [](const std::string& t) {
        return t.empty() ? std::string() : "<w:r><w:t xml:space=\"preserve\">" + t + "</w:t></w:r>";
    };
    return "<w:" + part + " xmlns:w=\"" + kW + "\" xmlns:r=\"" + kR + "\"><w:p><w:pPr><w:pStyle w:val=\"" + pstyle +
           "\"/><w:jc w:val=\"center\"/></w:pPr>" + text(before) +
           "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
           "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
           text(after) + "</w:p></w:" + part + ">";
}

std::string header_empty()
{
    return std::string("<w:hdr xmlns:w=\"") + kW + "\" xmlns:r=\"" + kR + "\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p></w:hdr>";
}

std::string header_salinan(const compose::Composed& c, bool& ok, DiagnosticSink& sink, const SourcePos& at)
{
    std::string label;
    ok = esc(label, c.copy_label, at, sink) && ok;
    // top left plain, or top right in a box
    const bool boxed = c.copy_place == style::CopyLabel::TopRightBoxed;
    const std::string ppr = boxed ? "<w:jc w:val=\"right\"/>" : "<w:jc w:val=\"left\"/>";
    const std::string box = boxed ? "<w:bdr w:val=\"single\" w:sz=\"6\" w:space=\"2\" w:color=\"000000\"/>" : "";
    return std::string("<w:hdr xmlns:w=\"") + kW + "\" xmlns:r=\"" + kR + "\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/>" + ppr +
           "</w:pPr><w:r><w:rPr><w:b/>" + box + "</w:rPr><w:t>" + label + "</w:t></w:r></w:p></w:hdr>";
}

void png_chunk(std::string& out, const char* type, const std::string& data)
{
    auto be = [&](std::uint32_t v) {
        for (int k = 3; k >= 0; --k) out += static_cast<char>((v >> (8 * k)) & 0xFF);
    };
    be(static_cast<std::uint32_t>(data.size()));
    std::string body(type, 4);
    body += data;
    out += body;
    be(static_cast<std::uint32_t>(libdeflate_crc32(0, body.data(), body.size())));
}

/// The verification QR code as a black-and-white PNG (1 bit per pixel, 4 pixels per module, a
/// quiet zone of 4 modules), as the PDF draws it; empty when it cannot be encoded (the render
/// refuses such a <verifikasi> before writing anything, E-TTE-QR).
std::string qr_png(const std::string& text)
{
    QRcode* code = QRcode_encodeString8bit(text.empty() ? "-" : text.c_str(), 0, QR_ECLEVEL_M);
    if (!code) return {};
    constexpr int kScale = 4, kQuiet = 4;
    const int modules = code->width, side = (modules + 2 * kQuiet) * kScale;
    const std::size_t stride = static_cast<std::size_t>((side + 7) / 8);
    std::string raw;
    raw.reserve(static_cast<std::size_t>(side) * (stride + 1));
    for (int y = 0; y < side; ++y) {
        raw += '\0';  // filter: none
        std::string row(stride, '\xFF');  // 1 = white
        const int my = y / kScale - kQuiet;
        for (int x = 0; x < side; ++x) {
            const int mx = x / kScale - kQuiet;
            const bool dark = mx >= 0 && my >= 0 && mx < modules && my < modules && (code->data[my * modules + mx] & 1);
            if (dark) row[static_cast<std::size_t>(x / 8)] = static_cast<char>(row[static_cast<std::size_t>(x / 8)] & ~(0x80 >> (x % 8)));
        }
        raw += row;
    }
    QRcode_free(code);
    libdeflate_compressor* c = libdeflate_alloc_compressor(9);
    if (!c) return {};
    std::string z(libdeflate_zlib_compress_bound(c, raw.size()), '\0');
    const std::size_t n = libdeflate_zlib_compress(c, raw.data(), raw.size(), z.data(), z.size());
    libdeflate_free_compressor(c);
    if (n == 0) return {};
    z.resize(n);
    std::string png("\x89PNG\r\n\x1a\n", 8);
    std::string ihdr;
    for (std::uint32_t v : {static_cast<std::uint32_t>(side), static_cast<std::uint32_t>(side)})
        for (int k = 3; k >= 0; --k) ihdr += static_cast<char>((v >> (8 * k)) & 0xFF);
    ihdr += std::string("\x01\x00\x00\x00\x00", 5);  // bit depth 1, greyscale, deflate, no filter, no interlace
    png_chunk(png, "IHDR", ihdr);
    png_chunk(png, "IDAT", z);
    png_chunk(png, "IEND", std::string());
    return png;
}

/// The tte footer as in the PDF: the QR code (tte.ukuran-qr square) at the left, the BSrE
/// statement in small italics beside it, in a borderless one-row table. Without the code the
/// DOCX footer was shorter than the PDF's and Word fitted more on each page (issue 15, item 11).
std::string footer_tte(const style::HouseStyle& st, bool with_qr, bool& ok, DiagnosticSink& sink)
{
    std::string text;
    ok = esc(text, st.tte_statement, SourcePos{st.source, 0, 0}, sink) && ok;
    const long qr_tw = std::lround(st.qr_size * 1440.0 / 25.4), gap_tw = std::lround(4 * 1440.0 / 25.4);
    // the statement column: the portrait text width less the code, as the PDF breaks it
    const long text_tw = std::max(1440L, std::lround((st.paper_width - st.portrait.left - st.portrait.right) * 1440.0 / 25.4) - qr_tw - gap_tw);
    const std::string emu = num(std::lround(st.qr_size * 36000.0));
    const double size = std::max(7.0, st.font_size - 3);
    std::string f = std::string("<w:ftr xmlns:w=\"") + kW + "\" xmlns:r=\"" + kR +
                    "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\">";
    f += "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/>"
         "<w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>"
         "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"0\" w:type=\"dxa\"/>"
         "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>";
    f += "<w:gridCol w:w=\"" + num(qr_tw + gap_tw) + "\"/><w:gridCol w:w=\"" + num(text_tw) + "\"/></w:tblGrid>";
    f += "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"" + num(qr_tw + gap_tw) + "\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>"
         "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/></w:pPr>";
    if (with_qr)
        f += "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + emu + "\" cy=\"" + emu +
             "\"/><wp:docPr id=\"101\" name=\"qr.png\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
             "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic "
             "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"101\" name=\"qr.png\"/>"
             "<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"" + std::string(kRelQr) +
             "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + emu +
             "\" cy=\"" + emu + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData>"
             "</a:graphic></wp:inline></w:drawing></w:r>";
    f += "</w:p></w:tc><w:tc><w:tcPr><w:tcW w:w=\"" + num(text_tw) +
         "\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"left\"/></w:pPr>"
         "<w:r><w:rPr><w:i/><w:iCs/><w:sz w:val=\"" + num(half_points(size)) + "\"/><w:szCs w:val=\"" + num(half_points(size)) +
         "\"/></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    f += "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:spacing w:line=\"20\" w:lineRule=\"exact\"/></w:pPr></w:p></w:ftr>";
    return f;
}

std::string w3cdtf(std::int64_t t)
{
    // Clamped to what the format's four-digit year can say; out-of-range input must not crash.
    if (t < 0) t = 0;
    if (t > 253402300799LL) t = 253402300799LL;
    const std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string core_xml(const Decree& d, const DocxOptions& o, bool& ok, DiagnosticSink& sink)
{
    const Metadata& m = d.meta;
    std::string s =
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    s += "<dc:title>";
    ok = esc(s, decree_heading(m) + " tentang " + m.title.plain(), m.title.pos, sink) && ok;
    s += "</dc:title><dc:subject>";
    // An open number stays empty here: SRIKANDI fills placeholders in the document body only.
    if (m.number) ok = esc(s, *m.number, m.number_pos, sink) && ok;
    s += "</dc:subject><dc:creator>";
    ok = esc(s, m.issuer, m.issuer_pos, sink) && ok;
    s += "</dc:creator><dc:language>id-ID</dc:language>";
    const std::string when = w3cdtf(o.timestamp);
    s += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>";
    s += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>";
    s += "</cp:coreProperties>";
    return s;
}

std::string app_xml()
{
    return "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
           "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Application>naskah</Application></Properties>";
}

std::uint32_t be32(const std::string& b, std::size_t at)
{
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 24) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8) |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

/// Reads the kop's logo (a PNG, as the PDF takes) beside the input file. It is drawn 25 mm high
/// like the PDF's, keeping its proportions.
bool read_logo(const Decree& d, Logo& logo, double side_mm, DiagnosticSink& sink)
{
    const Metadata& m = d.meta;
    const std::filesystem::path path = std::filesystem::path(d.source_file).parent_path() / m.logo_path;
    std::ifstream f(path, std::ios::binary);
    if (!f) {
        sink.error(m.logo_pos, "E-LOGO", "berkas logo '" + path.string() + "' tidak dapat dibaca; seharusnya berkas PNG",
                   "the logo file '" + path.string() + "' cannot be read; expected a PNG file");
        return false;
    }
    logo.png.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    static const char kSig[] = "\x89PNG\r\n\x1a\n";
    if (logo.png.size() < 24 || logo.png.compare(0, 8, kSig, 8) != 0 || logo.png.compare(12, 4, "IHDR") != 0) {
        sink.error(m.logo_pos, "E-LOGO", "berkas logo '" + path.string() + "' bukan gambar PNG; seharusnya berkas PNG",
                   "the logo file '" + path.string() + "' is not a PNG image; expected a PNG file");
        return false;
    }
    const double w = be32(logo.png, 16), h = be32(logo.png, 20);
    if (w <= 0 || h <= 0) {
        sink.error(m.logo_pos, "E-LOGO", "berkas logo '" + path.string() + "' tidak memiliki ukuran",
                   "the logo file '" + path.string() + "' has no size");
        return false;
    }
    const double kSide = side_mm * 36000.0;  // EMU
    const double scale = kSide / std::max(w, h);
    logo.width_emu = std::max(1L, std::lround(w * scale));
    logo.height_emu = std::max(1L, std::lround(h * scale));
    return true;
}

void rel(std::string& s, const char* id, const char* type, const char* target)
{
    s += "<Relationship Id=\"";
    s += id;
    s += "\" Type=\"";
    s += type;
    s += "\" Target=\"";
    s += target;
    s += "\"/>";
}

}  // namespace

bool build_parts(const Decree& d, const style::HouseStyle& st, const DocxOptions& o, std::vector<Part>& parts,
                 DiagnosticSink& sink)
{
    parts.clear();
    Logo logo;
    const bool has_logo = !d.meta.logo_path.empty();
    if (has_logo && !read_logo(d, logo, st.conv.logo_size, sink)) return false;
    std::string document;
    PageParts pages;
    const compose::Composed composed = compose::compose(d, st, o.variant);
    bool ok = build_document(d, composed, st, o, has_logo ? &logo : nullptr, document, pages, sink);

    const char* kRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    auto type = [&](const char* t) { return std::string(kRelType) + t; };

    std::string root_rels = std::string("<Relationships xmlns=\"") + kRelNs + "\">";
    rel(root_rels, "rId1", type("officeDocument").c_str(), "word/document.xml");
    rel(root_rels, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
    rel(root_rels, "rId3", type("extended-properties").c_str(), "docProps/app.xml");
    root_rels += "</Relationships>";

    std::string doc_rels = std::string("<Relationships xmlns=\"") + kRelNs + "\">";
    rel(doc_rels, "rId1", type("styles").c_str(), "styles.xml");
    rel(doc_rels, "rId2", type("settings").c_str(), "settings.xml");
    rel(doc_rels, "rId3", type("fontTable").c_str(), "fontTable.xml");
    if (pages.header_default) rel(doc_rels, kRelHeaderDefault, type("header").c_str(), "header1.xml");
    if (pages.header_first) rel(doc_rels, kRelHeaderFirst, type("header").c_str(), "header2.xml");
    if (pages.header_salinan) rel(doc_rels, kRelHeaderSalinan, type("header").c_str(), "header3.xml");
    if (has_logo) rel(doc_rels, kRelLogo, type("image").c_str(), "media/logo.png");
    for (std::size_t i = 0; i < pages.figures.size(); ++i) {
        const std::string id = "rIdFig" + std::to_string(i + 1);
        const std::string target = "media/gambar" + std::to_string(i + 1) + (pages.figures[i]->jpeg ? ".jpeg" : ".png");
        rel(doc_rels, id.c_str(), type("image").c_str(), target.c_str());
    }
    if (pages.footer_default) rel(doc_rels, kRelFooterDefault, type("footer").c_str(), "footer1.xml");
    if (pages.footer_first) rel(doc_rels, kRelFooterFirst, type("footer").c_str(), "footer2.xml");
    if (pages.footer_number) rel(doc_rels, kRelFooterNumber, type("footer").c_str(), "footer3.xml");
    if (pages.footer_number_first) rel(doc_rels, kRelFooterNumberFirst, type("footer").c_str(), "footer4.xml");
    doc_rels += "</Relationships>";

    const char* kRels = "application/vnd.openxmlformats-package.relationships+xml";
    const char* kHeader = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
    const char* kFooter = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    parts.push_back({"_rels/.rels", kRels, std::move(root_rels)});
    parts.push_back({"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", core_xml(d, o, ok, sink)});
    parts.push_back({"docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", app_xml()});
    parts.push_back({"word/document.xml", kMainType, std::move(document)});
    parts.push_back({"word/_rels/document.xml.rels", kRels, std::move(doc_rels)});
    parts.push_back({"word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", styles_xml(st, ok, sink)});
    parts.push_back({"word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml", settings_xml(st)});
    parts.push_back({"word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml", font_table_xml(st, ok, sink)});
    const SourcePos style_pos{st.source, 0, 0};
    if (pages.header_default) parts.push_back({"word/header1.xml", kHeader, page_number_part(composed, ok, sink, style_pos, "hdr")});
    if (pages.header_first) parts.push_back({"word/header2.xml", kHeader, header_empty()});
    if (pages.header_salinan) parts.push_back({"word/header3.xml", kHeader, header_salinan(composed, ok, sink, style_pos)});
    std::string qr = (pages.footer_default || pages.footer_first) ? qr_png(d.meta.verification) : std::string();
    std::string footer_rels = std::string("<Relationships xmlns=\"") + kRelNs + "\">";
    rel(footer_rels, kRelQr, type("image").c_str(), "media/qr.png");
    footer_rels += "</Relationships>";
    if (pages.footer_default) parts.push_back({"word/footer1.xml", kFooter, footer_tte(st, !qr.empty(), ok, sink)});
    if (pages.footer_first) parts.push_back({"word/footer2.xml", kFooter, footer_tte(st, !qr.empty(), ok, sink)});
    if (!qr.empty()) {
        if (pages.footer_default) parts.push_back({"word/_rels/footer1.xml.rels", kRels, footer_rels});
        if (pages.footer_first) parts.push_back({"word/_rels/footer2.xml.rels", kRels, footer_rels});
        parts.push_back({"word/media/qr.png", "image/png", std::move(qr), true});
    }
    if (pages.footer_number) parts.push_back({"word/footer3.xml", kFooter, page_number_part(composed, ok, sink, style_pos, "ftr")});
    if (pages.footer_number_first)
        parts.push_back({"word/footer4.xml", kFooter,
                         std::string("<w:ftr xmlns:w=\"") + kW + "\" xmlns:r=\"" + kR + "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr></w:p></w:ftr>"});
    if (has_logo) parts.push_back({"word/media/logo.png", "image/png", std::move(logo.png), true});
    for (std::size_t i = 0; i < pages.figures.size() && ok; ++i) {
        // the file the reader checked (a regular file under the size limit, a whole PNG or JPEG)
        const model::Figure& f = *pages.figures[i];
        std::string bytes, why_id, why_en;
        if (!xml::read_regular_file(f.resolved, limits::kLogoBytes, bytes, why_id, why_en)) {
            sink.error(f.pos, "E-GAMBAR", "berkas gambar '" + f.resolved + "' tidak dapat dibaca: " + why_id,
                       "the image file '" + f.resolved + "' cannot be read: " + why_en);
            ok = false;
            break;
        }
        parts.push_back({"word/media/gambar" + std::to_string(i + 1) + (f.jpeg ? ".jpeg" : ".png"), f.jpeg ? "image/jpeg" : "image/png",
                         std::move(bytes), true});
    }
    if (!ok) parts.clear();
    return ok;
}

std::string content_types(const std::vector<Part>& parts)
{
    std::string s = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    "<Default Extension=\"png\" ContentType=\"image/png\"/>";
    for (const Part& p : parts)
        if (p.name.size() > 5 && p.name.compare(p.name.size() - 5, 5, ".jpeg") == 0) {
            s += "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>";
            break;
        }
    for (const Part& p : parts) {
        if (p.binary || (p.name.size() >= 5 && p.name.compare(p.name.size() - 5, 5, ".rels") == 0)) continue;
        s += "<Override PartName=\"/" + p.name + "\" ContentType=\"" + p.content_type + "\"/>";
    }
    s += "</Types>";
    return s;
}

}  // namespace naskah::render::docx
