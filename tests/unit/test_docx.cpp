// DOCX writer: in-process checks. The real-client checks (LibreOffice, python-docx, pdftotext)
// run in tests/scripts/docx.sh on the files these tests leave in $NASKAH_DOCX_OUT.
#include <gtest/gtest.h>
#include <pugixml.hpp>
#include <zip.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>

#include "core/diagnostic.hpp"
#include "core/json_write.hpp"
#include "measure/columns.hpp"
#include "measure/table_measures.hpp"
#include "model/grid.hpp"
#include "render/docx/docx_writer.hpp"
#include "style/style.hpp"
#include "text/font.hpp"
#include "xml/decree_reader.hpp"

namespace fs = std::filesystem;
using namespace naskah;

namespace {

std::string out_dir()
{
    const char* env = std::getenv("NASKAH_DOCX_OUT");
    std::string dir = env && *env ? env : "/tmp/naskah-docx";
    fs::create_directories(dir);
    return dir;
}

struct Loaded {
    model::Decree decree;
    style::HouseStyle style;
};

bool load(const fs::path& path, Loaded& out)
{
    DiagnosticSink sink;
    if (!xml::read_decree(path.string(), out.decree, sink)) {
        for (const auto& d : sink.items()) std::cerr << format_diagnostic(d) << "\n";
        return false;
    }
    const std::string layout = out.decree.layout_name.empty() ? "kpu" : out.decree.layout_name;
    if (!style::load_style(layout, out.style, sink)) {
        for (const auto& d : sink.items()) std::cerr << format_diagnostic(d) << "\n";
        return false;
    }
    return true;
}

std::vector<fs::path> samples()
{
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(fs::path(NASKAH_SOURCE_DIR) / "samples"))
        if (e.path().extension() == ".xml" && xml::is_naskah_document(e.path().string())) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

/// The enactment date at midnight UTC, as the CLI passes it when SOURCE_DATE_EPOCH is unset.
std::int64_t epoch_of(const model::Decree& d)
{
    if (!d.meta.date || !d.meta.date->valid()) return 0;
    // days from civil (Howard Hinnant's algorithm)
    int y = d.meta.date->year;
    const unsigned m = static_cast<unsigned>(d.meta.date->month), dd = static_cast<unsigned>(d.meta.date->day);
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (static_cast<std::int64_t>(era) * 146097 + doe - 719468) * 86400;
}

/// Entries of a zip held in memory, in archive order.
std::vector<std::pair<std::string, std::string>> unzip(const std::string& bytes)
{
    std::vector<std::pair<std::string, std::string>> out;
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (!src) return out;
    zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &err);
    if (!za) {
        zip_source_free(src);
        return out;
    }
    const zip_int64_t n = zip_get_num_entries(za, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st);
        std::string data(static_cast<std::size_t>(st.size), '\0');
        zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
        if (f) {
            zip_fread(f, data.data(), st.size);
            zip_fclose(f);
        }
        out.emplace_back(st.name, std::move(data));
    }
    zip_close(za);
    return out;
}

std::string entry(const std::vector<std::pair<std::string, std::string>>& entries, const std::string& name)
{
    for (const auto& [n, d] : entries)
        if (n == name) return d;
    return {};
}

std::size_t count(const std::string& hay, const std::string& needle)
{
    std::size_t n = 0;
    for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
    return n;
}

std::string strip_declaration(const std::string& xml)
{
    if (xml.rfind("<?xml", 0) != 0) return xml;
    const std::size_t end = xml.find("?>");
    std::size_t p = end + 2;
    while (p < xml.size() && (xml[p] == '\n' || xml[p] == '\r')) ++p;
    return xml.substr(p);
}

/// The document part of a Flat OPC file, as the XML text between <pkg:xmlData> and its end.
std::string flat_document_part(const std::string& flat)
{
    const std::string open = "<pkg:part pkg:name=\"/word/document.xml\"";
    std::size_t p = flat.find(open);
    if (p == std::string::npos) return {};
    p = flat.find("<pkg:xmlData>", p);
    const std::size_t e = flat.find("</pkg:xmlData>", p);
    if (p == std::string::npos || e == std::string::npos) return {};
    p += std::strlen("<pkg:xmlData>");
    return flat.substr(p, e - p);
}

void write_file(const fs::path& path, const std::string& bytes)
{
    std::ofstream f(path, std::ios::binary);
    f << bytes;
}

std::string diagnostics(const DiagnosticSink& sink)
{
    std::string s;
    for (const auto& d : sink.items()) s += format_diagnostic(d) + "\n";
    return s;
}

std::vector<model::Table> lampiran_tables(const model::Lampiran& l, const style::HouseStyle& st)
{
    std::vector<model::Table> out;
    for (const auto& b : l.content) {
        if (const auto* t = std::get_if<model::Table>(&b)) out.push_back(*t);
        else if (const auto* p = std::get_if<model::WorkPlan>(&b)) out.push_back(measure::work_plan_table(*p, st));
    }
    return out;
}

/// What the model says the document must hold, for tests/scripts/docx.sh to compare with what
/// python-docx and LibreOffice see.
/// `comparable`: `naskah render` of the input file gives the same document (not so when the test
/// changed the model, e.g. opened the number or added a logo), so the page counts can be compared.
/// The rows Word repeats on each page of a table: only an unbroken run from the top, the header
/// rows marked to repeat and then the column-number row, until the first one that is not
/// (docs/decisions.md). Worked out here from the model, not taken from the writer.
int word_repeated_rows(const model::Table& table)
{
    int rows = 0;
    bool going = true;
    for (const auto& r : table.header) {
        going = going && r.repeat;
        rows += going;
    }
    if (table.column_numbers) rows += going && table.column_numbers_repeat;
    return rows;
}

std::string expectations(const Loaded& in, const fs::path& input, model::Variant variant, bool open, bool comparable)
{
    using json_write::Json;
    Json j{{"input", input.string()},
           {"variant", model::variant_name(variant)},
           {"open", open},
           {"comparable", comparable},
           {"signer", model::upper_id(in.decree.meta.signer.name)}};
    {
        const std::size_t l = in.decree.lampiran.size();
        // a gazette print's mark fills the signing spaces: no signature placeholders there
        const bool signs = open && variant != model::Variant::Salinan && !in.style.conv.signed_mark_always;
        const bool number_open = !in.decree.meta.number, date_open = !in.decree.meta.date;
        j["placeholders"] = Json{{"${nomor_naskah}", number_open ? 1 + l + (in.decree.penjelasan ? 1 : 0) : 0},
                                 {"${tanggal_naskah}", date_open ? 1 + (in.style.lampiran_date_line ? l : 0) : 0},
                                 {"${ttd_pengirim}", signs ? 1 + l : 0},
                                 {"${nama_pengirim}", signs && number_open ? 1 + l : 0},
                                 {"${nip_pengirim}", 0}};
        j["subject"] = in.decree.meta.number.value_or("");
        j["creator"] = in.decree.meta.issuer;
    }
    Json& lampiran = j["lampiran"] = Json::array();
    for (const auto& l : in.decree.lampiran) {
        Json tables_json = Json::array();
        for (const auto& table : lampiran_tables(l, in.style)) {
            model::ResolvedGrid g;
            DiagnosticSink ignore;
            model::resolve_grid(table, g, ignore);
            const int repeat_rows = word_repeated_rows(table);
            Json header_text = Json::array();
            for (int c = 0; c < g.columns && repeat_rows > 0; ++c) {
                if (!g.origin_at(0, c)) continue;
                std::string text;
                for (const auto& b : g.at(0, c).cell->blocks)
                    if (!b.is_list) text += (text.empty() ? "" : " ") + b.paragraph.plain();
                header_text.push_back(text);
            }
            // Every repeated row's text in reading order, so the script can skip the header that
            // LibreOffice repeats at the top of a continuation page.
            std::string repeat;
            for (int r = 0; r < repeat_rows; ++r)
                for (int c = 0; c < g.columns; ++c)
                    if (g.origin_at(r, c))
                        for (const auto& b : g.at(r, c).cell->blocks)
                            if (!b.is_list) repeat += " " + b.paragraph.plain();
            Json origins = Json::array();
            for (int r = 0; r < g.rows; ++r) {
                Json row = Json::array();
                for (int c = 0; c < g.columns; ++c) {
                    const auto& s = g.at(r, c);
                    row.push_back(s.origin_row * g.columns + s.origin_col);
                }
                origins.push_back(std::move(row));
            }
            tables_json.push_back(Json{{"rows", g.rows},
                                       {"columns", g.columns},
                                       {"repeat_rows", repeat_rows},
                                       {"header_text", std::move(header_text)},
                                       {"repeat_text", repeat},
                                       {"origins", std::move(origins)}});
        }
        lampiran.push_back(Json{{"landscape", measure::lampiran_landscape(l, in.style)}, {"tables", std::move(tables_json)}});
    }
    return json_write::dump(j) + "\n";
}

struct Written {
    std::string docx, flat;
};

Written write_both(const Loaded& in, model::Variant variant)
{
    render::DocxOptions opt;
    opt.variant = variant;
    opt.timestamp = epoch_of(in.decree);
    Written w;
    DiagnosticSink sink;
    EXPECT_TRUE(render::write_docx(in.decree, in.style, opt, w.docx, sink)) << diagnostics(sink);
    EXPECT_TRUE(render::write_flat_opc(in.decree, in.style, opt, w.flat, sink)) << diagnostics(sink);
    return w;
}

void open_number_and_date(model::Decree& d, bool number, bool date)
{
    if (number) d.meta.number.reset();
    if (date) d.meta.date.reset();
}

// Checks that hold for every document written.
void check_package(const Loaded& in, const Written& w, const std::string& label)
{
    SCOPED_TRACE(label);
    const auto entries = unzip(w.docx);
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries.front().first, "[Content_Types].xml");
    for (const auto& [name, data] : entries) {
        if (name.rfind("word/media/", 0) == 0) continue;
        pugi::xml_document doc;
        EXPECT_TRUE(doc.load_buffer(data.data(), data.size())) << name << " is not well-formed";
    }
    pugi::xml_document flat;
    EXPECT_TRUE(flat.load_buffer(w.flat.data(), w.flat.size())) << "the Flat OPC file is not well-formed";

    const std::string document = entry(entries, "word/document.xml");
    EXPECT_EQ(strip_declaration(document), flat_document_part(w.flat)) << "Flat OPC document part differs from the .docx one";

    std::size_t tables = 0, rows = 0, repeat = 0, landscape = 0;
    for (const auto& l : in.decree.lampiran) {
        if (measure::lampiran_landscape(l, in.style)) ++landscape;
        for (const auto& t : lampiran_tables(l, in.style)) {
            model::ResolvedGrid g;
            DiagnosticSink ignore;
            ASSERT_TRUE(model::resolve_grid(t, g, ignore));
            ++tables;
            rows += static_cast<std::size_t>(g.rows);
            repeat += static_cast<std::size_t>(word_repeated_rows(t));
        }
    }
    EXPECT_EQ(count(document, "<w:tbl>"), tables);
    EXPECT_EQ(count(document, "<w:tr>") + count(document, "<w:tr "), rows);
    EXPECT_EQ(count(document, "<w:tblHeader/>"), repeat);
    // rows the PDF keeps whole may not split in Word either; the others stay free to break
    EXPECT_LE(count(document, "<w:cantSplit/>"), rows);
    EXPECT_EQ(count(document, "<w:sectPr>"), 1 + in.decree.lampiran.size());
    EXPECT_EQ(count(document, "w:orient=\"landscape\""), landscape);
}

}  // namespace

TEST(DocxSamples, WritesEverySampleWithTheSameBytesTwice)
{
    const std::string dir = out_dir();
    const auto list = samples();
    ASSERT_FALSE(list.empty());
    for (const auto& path : list) {
        Loaded in;
        ASSERT_TRUE(load(path, in)) << path;
        const std::string stem = path.stem().string();
        struct Case {
            std::string suffix;
            model::Variant variant;
            bool open;
        };
        const std::vector<Case> cases = {{"", in.decree.meta.variant, false},
                                         {".asli", model::Variant::Asli, false},
                                         {".salinan", model::Variant::Salinan, false},
                                         {".tte", model::Variant::Tte, false},
                                         {".terbuka", model::Variant::Asli, true}};
        for (const auto& c : cases) {
            Loaded copy = in;
            if (c.open) open_number_and_date(copy.decree, true, true);
            const Written a = write_both(copy, c.variant);
            const Written b = write_both(copy, c.variant);
            ASSERT_FALSE(a.docx.empty());
            EXPECT_EQ(a.docx, b.docx) << stem << c.suffix << ": identical input gave different .docx bytes";
            EXPECT_EQ(a.flat, b.flat);
            check_package(copy, a, stem + c.suffix);
            write_file(fs::path(dir) / (stem + c.suffix + ".docx"), a.docx);
            write_file(fs::path(dir) / (stem + c.suffix + ".xml"), a.flat);
            write_file(fs::path(dir) / (stem + c.suffix + ".expect.json"), expectations(copy, path, c.variant, c.open, !c.open));
        }
    }
}

TEST(DocxSamples, VariantsSayWhatTheyAre)
{
    for (const auto& path : samples()) {
        Loaded in;
        ASSERT_TRUE(load(path, in));
        SCOPED_TRACE(path.string());
        const std::size_t blocks = 1 + in.decree.lampiran.size();  // the decree's signature and each Lampiran's
        // a Peraturan's Diundangkan block is signed too; a gazette print shows its mark in every variant
        const std::size_t spaces = blocks + (in.decree.meta.promulgation ? 1 : 0);
        const std::string mark = "<w:t>" + in.style.phrase.signed_mark + "</w:t>";
        const bool mark_always = in.style.conv.signed_mark_always;
        {
            const auto entries = unzip(write_both(in, model::Variant::Salinan).docx);
            const auto doc = entry(entries, "word/document.xml");
            // SALINAN sits in the first page's header, top left, so the body starts where the original's does
            EXPECT_EQ(count(entry(entries, "word/header3.xml"), "<w:t>SALINAN</w:t>"), 1u);
            EXPECT_EQ(count(doc, "<w:headerReference w:type=\"first\" r:id=\"rIdHdr3\"/>"), 1u);
            EXPECT_EQ(count(doc, mark), spaces);
            EXPECT_EQ(count(doc, "Salinan sesuai dengan aslinya"), in.decree.meta.certification ? blocks : 0u);
            EXPECT_EQ(count(doc, model::upper_id(in.decree.meta.signer.name)), blocks) << "a copy keeps the name";
        }
        {
            const auto entries = unzip(write_both(in, model::Variant::Tte).docx);
            const auto doc = entry(entries, "word/document.xml");
            EXPECT_EQ(count(doc, mark), mark_always ? spaces : 0u);
            EXPECT_EQ(count(doc, "SALINAN"), 0u);
            const auto footer = entry(entries, "word/footer1.xml");
            EXPECT_NE(footer.find("Dokumen ini telah ditandatangani secara elektronik"), std::string::npos);
            EXPECT_EQ(count(doc, "w:type=\"default\" r:id=\"rIdFtr1\""), blocks) << "the TTE footer is on every section";
            // the footer carries the QR code as the PDF's does, so both give the text the same height
            EXPECT_EQ(count(footer, "r:embed=\"rIdQr\""), 1u);
            EXPECT_NE(entry(entries, "word/_rels/footer1.xml.rels").find("media/qr.png"), std::string::npos);
            const auto png = entry(entries, "word/media/qr.png");
            ASSERT_GT(png.size(), 8u);
            EXPECT_EQ(png.compare(0, 8, "\x89PNG\r\n\x1a\n"), 0);
        }
        {
            const auto doc = entry(unzip(write_both(in, model::Variant::Asli).docx), "word/document.xml");
            EXPECT_EQ(count(doc, "<w:t>ttd.</w:t>"), 0u);
            EXPECT_EQ(count(doc, "Salinan sesuai"), 0u);
            EXPECT_EQ(count(doc, "${"), 0u) << "no placeholders when number and date are known";
        }
    }
}

TEST(DocxTables, PaginatesLikeThePdf)
{
    // issue 15, item 11: rows the PDF keeps whole may not split in Word, no cell text is
    // hyphenated, and a copy's certification stays with its signature
    for (const auto& path : samples()) {
        Loaded in;
        ASSERT_TRUE(load(path, in));
        SCOPED_TRACE(path.string());
        const auto entries = unzip(write_both(in, model::Variant::Salinan).docx);
        const auto doc = entry(entries, "word/document.xml");
        const auto styles = entry(entries, "word/styles.xml");
        const std::size_t at_style = styles.find("w:styleId=\"Tabel\"");
        ASSERT_NE(at_style, std::string::npos);
        EXPECT_NE(styles.substr(at_style, styles.find("</w:style>", at_style) - at_style).find("<w:suppressAutoHyphens/>"), std::string::npos)
            << "table text may be hyphenated";
        std::size_t table_rows = 0;
        for (const auto& l : in.decree.lampiran)
            for (const auto& t : lampiran_tables(l, in.style)) table_rows += t.body.size();
        if (table_rows > 0) {
            EXPECT_GT(count(doc, "<w:cantSplit/>"), 0u);
        }
        if (in.decree.meta.certification) {
            // the paragraph before "Salinan sesuai" (the signer's name) is kept with it
            const std::size_t at = doc.rfind("Salinan sesuai dengan aslinya");
            ASSERT_NE(at, std::string::npos);
            const std::size_t name_p = doc.rfind("<w:p>", doc.rfind("<w:p>", at) - 1);
            const std::size_t name_end = doc.find("</w:pPr>", name_p);
            EXPECT_NE(doc.substr(name_p, name_end - name_p).find("<w:keepNext/>"), std::string::npos);
        }
    }
}

namespace {

// Each placeholder must sit alone in one w:t (SRIKANDI replaces the whole run text), never
// upper-cased, as often as the value is shown.
void expect_placeholder(const std::string& doc, const std::string& name, std::size_t times)
{
    const std::size_t all = count(doc, name);
    const std::size_t whole = count(doc, "<w:t>" + name + "</w:t>") + count(doc, "<w:t xml:space=\"preserve\">" + name + "</w:t>");
    EXPECT_EQ(all, times) << name;
    EXPECT_EQ(whole, all) << name << " is split or shares its w:t";
    EXPECT_EQ(count(doc, model::upper_id(name)), name == model::upper_id(name) ? times : 0u) << name << " was upper-cased";
}

}  // namespace

TEST(DocxPlaceholders, OpenNumberAndDateCarrySrikandiPlaceholders)
{
    for (const auto& path : samples()) {
        Loaded in;
        ASSERT_TRUE(load(path, in));
        SCOPED_TRACE(path.string());
        const std::size_t lampiran = in.decree.lampiran.size();
        const std::size_t dates = 1 + (in.style.lampiran_date_line ? lampiran : 0);
        // the number also heads a Penjelasan; a gazette print's mark fills the signing spaces
        const std::size_t numbers = 1 + lampiran + (in.decree.penjelasan ? 1 : 0);
        const std::size_t signing = in.style.conv.signed_mark_always ? 0 : 1 + lampiran;
        {
            Loaded both = in;
            open_number_and_date(both.decree, true, true);
            const auto doc = entry(unzip(write_both(both, model::Variant::Asli).docx), "word/document.xml");
            expect_placeholder(doc, render::kPlaceholderNumber, numbers);  // decree heading, each Lampiran heading
            expect_placeholder(doc, render::kPlaceholderDate, dates);     // Ditetapkan, each Lampiran heading
            expect_placeholder(doc, render::kPlaceholderSignature, signing);
            expect_placeholder(doc, render::kPlaceholderName, signing);
            EXPECT_EQ(count(doc, model::upper_id(both.decree.meta.signer.name)), signing ? 0u : 1 + lampiran) << "the name comes from SRIKANDI";
            // the style's number label ("NOMOR", "NOMOR :"), then the placeholder as its own run
            const std::string& label = in.decree.instrument == model::Instrument::Peraturan ? in.style.phrase.reg_number : in.style.phrase.number;
            EXPECT_NE(doc.find("<w:t xml:space=\"preserve\">" + label + " </w:t></w:r><w:r><w:t>${nomor_naskah}</w:t>"),
                      std::string::npos);
        }
        {
            Loaded date_only = in;
            open_number_and_date(date_only.decree, false, true);
            const auto doc = entry(unzip(write_both(date_only, model::Variant::Asli).docx), "word/document.xml");
            expect_placeholder(doc, render::kPlaceholderNumber, 0);
            expect_placeholder(doc, render::kPlaceholderDate, dates);
            expect_placeholder(doc, render::kPlaceholderSignature, signing);
            expect_placeholder(doc, render::kPlaceholderName, 0);
            EXPECT_EQ(count(doc, model::upper_id(date_only.decree.meta.signer.name)), 1 + lampiran);
        }
        {
            // A certified copy is made after signing: "ttd." stays, the name stays.
            Loaded copy = in;
            open_number_and_date(copy.decree, true, true);
            const auto doc = entry(unzip(write_both(copy, model::Variant::Salinan).docx), "word/document.xml");
            expect_placeholder(doc, render::kPlaceholderSignature, 0);
            expect_placeholder(doc, render::kPlaceholderName, 0);
            expect_placeholder(doc, render::kPlaceholderNumber, numbers);
        }
    }
}

TEST(DocxLogo, KopLogoIsEmbeddedAsPng)
{
    Loaded in;
    ASSERT_TRUE(load(fs::path(NASKAH_SOURCE_DIR) / "samples" / "starter-keputusan.xml", in));
    const fs::path dir = fs::path(out_dir()) / "logo-input";
    fs::create_directories(dir);
    static const unsigned char kPng[] = {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
                                         0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F,
                                         0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00,
                                         0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49,
                                         0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
    const std::string png(reinterpret_cast<const char*>(kPng), sizeof kPng);
    write_file(dir / "logo.png", png);
    write_file(dir / "bukan.png", "GIF89a");
    Loaded copy = in;
    copy.decree.source_file = (dir / "decree.xml").string();
    copy.decree.meta.logo_path = "logo.png";
    const Written w = write_both(copy, model::Variant::Asli);
    const auto entries = unzip(w.docx);
    EXPECT_EQ(entry(entries, "word/media/logo.png"), png);
    EXPECT_NE(entry(entries, "[Content_Types].xml").find("Extension=\"png\""), std::string::npos);
    EXPECT_NE(entry(entries, "word/_rels/document.xml.rels").find("media/logo.png"), std::string::npos);
    EXPECT_NE(entry(entries, "word/document.xml").find("<a:blip r:embed=\"rIdLogo\"/>"), std::string::npos);
    EXPECT_NE(w.flat.find("<pkg:binaryData>"), std::string::npos);
    check_package(copy, w, "logo");
    write_file(fs::path(out_dir()) / "starter-keputusan.logo.docx", w.docx);
    write_file(fs::path(out_dir()) / "starter-keputusan.logo.xml", w.flat);
    write_file(fs::path(out_dir()) / "starter-keputusan.logo.expect.json",
               expectations(copy, fs::path(NASKAH_SOURCE_DIR) / "samples" / "starter-keputusan.xml", model::Variant::Asli, false, false));

    for (const char* bad : {"tidak-ada.png", "bukan.png"}) {
        copy.decree.meta.logo_path = bad;
        copy.decree.meta.logo_pos = SourcePos{"decree.xml", 7, 9};
        DiagnosticSink sink;
        std::string out;
        EXPECT_FALSE(render::write_docx(copy.decree, copy.style, {}, out, sink));
        ASSERT_TRUE(sink.has_errors());
        EXPECT_EQ(sink.items().front().code, "E-LOGO");
        EXPECT_EQ(sink.items().front().pos.line, 7u);
    }
}

TEST(DocxText, RejectsCharactersXmlCannotCarry)
{
    Loaded in;
    ASSERT_TRUE(load(fs::path(NASKAH_SOURCE_DIR) / "samples" / "starter-keputusan.xml", in));
    for (const std::string& bad : {std::string("bahwa \x01 rusak;"), std::string("bahwa \xFF rusak;"),
                                  std::string("bahwa \xEF\xBF\xBF rusak;"), std::string("bahwa \xED\xA0\x80 rusak;"),
                                  std::string("bahwa \x00 rusak;", 14)}) {
        Loaded copy = in;
        auto& span = copy.decree.menimbang.at(0).blocks.at(0).paragraph.spans.at(0);
        span.text = bad;
        span.pos = SourcePos{"x.xml", 12, 5};
        DiagnosticSink sink(Lang::En);  // the assertion below quotes the English message
        std::string out = "stale";
        EXPECT_FALSE(render::write_docx(copy.decree, copy.style, {}, out, sink));
        EXPECT_TRUE(out.empty()) << "nothing is written when text is refused";
        ASSERT_EQ(sink.error_count(), 1u) << diagnostics(sink);
        const Diagnostic& d = sink.items().front();
        EXPECT_EQ(d.code, "E-DOCX-KARAKTER");
        EXPECT_EQ(d.pos.line, 12u);
        EXPECT_NE(d.message.find("cannot carry"), std::string::npos) << d.message;
        std::string flat = "stale";
        DiagnosticSink sink2;
        EXPECT_FALSE(render::write_flat_opc(copy.decree, copy.style, {}, flat, sink2));
        EXPECT_TRUE(flat.empty());
    }
    {
        Loaded copy = in;
        copy.style.tte_statement = "Dokumen \x02";
        render::DocxOptions opt;
        opt.variant = model::Variant::Tte;
        DiagnosticSink sink;
        std::string out;
        EXPECT_FALSE(render::write_docx(copy.decree, copy.style, opt, out, sink));
        EXPECT_EQ(sink.items().at(0).code, "E-DOCX-KARAKTER");
    }
    {
        // Markup characters are escaped, not refused.
        Loaded copy = in;
        copy.decree.menimbang.at(0).blocks.at(0).paragraph.spans.at(0).text = "bahwa <a> & \"b\" 'c';";
        const auto doc = entry(unzip(write_both(copy, model::Variant::Asli).docx), "word/document.xml");
        EXPECT_NE(doc.find("bahwa &lt;a&gt; &amp; &quot;b&quot; 'c';"), std::string::npos);
    }
}

TEST(DocxText, MarkerColumnMakesRoomForTwoDigitNumbers)
{
    // A style's marker column fits "9." but not "10.": Word would run "10." into its text (the
    // tab stop lies behind the number), so the column widens as the PDF layout's does.
    Loaded in;
    ASSERT_TRUE(load(fs::path(NASKAH_SOURCE_DIR) / "samples" / "starter-keputusan.xml", in));
    ASSERT_FALSE(in.decree.mengingat.empty());
    in.style.marker_width = 3;  // mm: about 170 twips, narrower than "10." at 12 pt
    while (in.decree.mengingat.size() < 12) in.decree.mengingat.push_back(in.decree.mengingat.front());
    for (auto& it : in.decree.mengingat) it.label.clear();
    const std::string doc = entry(unzip(write_both(in, model::Variant::Asli).docx), "word/document.xml");
    const std::size_t ten = doc.find(">10.</w:t>");
    ASSERT_NE(ten, std::string::npos);
    std::size_t p = doc.rfind("<w:p", ten);
    while (p != std::string::npos && p > 0 && doc[p + 4] != '>' && doc[p + 4] != ' ') p = doc.rfind("<w:p", p - 1);
    ASSERT_NE(p, std::string::npos);
    const std::size_t h = doc.find("w:hanging=\"", p);
    ASSERT_LT(h, ten);
    const int hanging = std::stoi(doc.substr(h + 11));
    // without fonts the writer reckons half an em per character: "10." is 18 pt, plus 0.4 em
    EXPECT_GE(hanging, static_cast<int>((3 * 0.5 + 0.4) * in.style.font_size * 20) - 1) << doc.substr(p, ten - p);
}

TEST(DocxTables, ShrunkTableTextKeepsNumbersWhole)
{
    // A 16-column table of 10 mm columns: "100,000" fits only when the text shrinks, as the PDF
    // does (down to `tabel ukuran-minimum`). At the configured size LibreOffice broke the number
    // ("100,00 / 0"), so the DOCX gives the table's runs the fitted size.
    Loaded in;
    ASSERT_TRUE(load(fs::path(NASKAH_SOURCE_DIR) / "samples" / "keputusan-tim-zi-2023.xml", in));
    std::string xml = "<tabel>";
    for (int c = 0; c < 16; ++c) xml += "<kolom lebar=\"10mm\"/>";
    xml += "<isi><baris>";
    for (int c = 0; c < 16; ++c) xml += c % 2 ? "<sel>100,000</sel>" : "<sel>Makan</sel>";
    xml += "</baris></isi></tabel>";
    model::Decree d;
    DiagnosticSink sink;
    std::ifstream f(fs::path(NASKAH_SOURCE_DIR) / "samples" / "keputusan-tim-zi-2023.xml");
    std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    const std::size_t at = text.find("<lampiran");
    ASSERT_NE(at, std::string::npos);
    text = text.substr(0, at) + "<lampiran orientasi=\"potret\">" + xml + "</lampiran></keputusan>";
    ASSERT_TRUE(xml::read_decree_text("t.xml", text, in.decree, sink)) << diagnostics(sink);
    in.style.table_min_font_size = 5;
    DiagnosticSink font_sink;
    const auto fonts = text::FontSet::load(in.style, font_sink);
    ASSERT_TRUE(fonts);
    render::DocxOptions opt;
    opt.fonts = fonts.get();
    std::string bytes;
    ASSERT_TRUE(render::write_docx(in.decree, in.style, opt, bytes, sink)) << diagnostics(sink);
    const std::string doc = entry(unzip(bytes), "word/document.xml");
    const std::size_t number = doc.find(">100,000</w:t>");
    ASSERT_NE(number, std::string::npos);
    const std::size_t sz = doc.rfind("<w:sz w:val=\"", number);
    ASSERT_NE(sz, std::string::npos) << "the number's run has no size of its own";
    ASSERT_GT(sz, doc.rfind("<w:r>", number));
    const int half_points = std::stoi(doc.substr(sz + 13));
    EXPECT_LT(half_points, static_cast<int>(in.style.table_font_size * 2));
    EXPECT_GE(half_points, 10);
    // the table's text at that size: "100,000" fits a 10 mm column less its padding
    text::Shaper shaper(*fonts);
    const double inner_pt = (10 - 2 * in.style.cell_padding) * 72 / 25.4;
    EXPECT_LE(shaper.width(model::kPlain, "100,000", half_points / 2.0), inner_pt);
}

TEST(DocxTables, TakesTheLayoutsWidthsAndTextSizeForTheSameWidth)
{
    // The pipeline hands the DOCX writer what the PDF layout measured; a table measured for
    // another width is measured again, so widths meant for another page shape are never taken.
    Loaded in;
    ASSERT_TRUE(load(fs::path(NASKAH_SOURCE_DIR) / "samples" / "keputusan-tim-zi-2023.xml", in));
    std::ifstream f(fs::path(NASKAH_SOURCE_DIR) / "samples" / "keputusan-tim-zi-2023.xml");
    std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    const std::size_t at = text.find("<lampiran");
    ASSERT_NE(at, std::string::npos);
    text = text.substr(0, at) +
           "<lampiran orientasi=\"potret\"><tabel><kolom/><kolom/><isi><baris><sel>Satu</sel><sel>Dua</sel></baris></isi></tabel></lampiran></keputusan>";
    DiagnosticSink sink;
    ASSERT_TRUE(xml::read_decree_text("t.xml", text, in.decree, sink)) << diagnostics(sink);
    const auto& table = std::get<model::Table>(in.decree.lampiran.at(0).content.at(0));
    const double width = 215 - in.style.portrait.left - in.style.portrait.right;
    auto grid_of = [](const std::string& doc) {
        const std::size_t b = doc.find("<w:tblGrid>");
        return b == std::string::npos ? std::string() : doc.substr(b, doc.find("</w:tblGrid>", b) - b);
    };
    for (const double measured_for : {width, width - 10}) {
        measure::TableMeasures measures;
        measures.put(table.pos, measured_for, measure::TableMeasure{{40.0, width - 40.0}, 0.5});
        render::DocxOptions opt;
        opt.table_measures = &measures;
        std::string bytes;
        ASSERT_TRUE(render::write_docx(in.decree, in.style, opt, bytes, sink)) << diagnostics(sink);
        const std::string doc = entry(unzip(bytes), "word/document.xml");
        const bool taken = grid_of(doc).find("<w:gridCol w:w=\"2268\"/>") != std::string::npos;  // 40 mm
        EXPECT_EQ(taken, measured_for == width) << grid_of(doc);
        EXPECT_EQ(doc.find(">Satu</w:t>") != std::string::npos && doc.rfind("<w:sz w:val=\"", doc.find(">Satu</w:t>")) > doc.rfind("<w:r>", doc.find(">Satu</w:t>")) &&
                      doc.rfind("<w:sz w:val=\"", doc.find(">Satu</w:t>")) != std::string::npos,
                  measured_for == width)
            << "the halved text size is taken with the widths";
    }
}

TEST(DocxOddInput, NeverCrashes)
{
    style::HouseStyle st;
    {
        model::Decree empty;
        DiagnosticSink sink;
        std::string out;
        EXPECT_TRUE(render::write_docx(empty, st, {}, out, sink)) << diagnostics(sink);
        EXPECT_FALSE(out.empty());
    }
    {
        model::Decree d;
        model::Lampiran l;
        model::Table t;  // no columns: refused with a diagnostic
        l.content.emplace_back(t);
        model::Table spans;
        spans.columns.resize(2);
        model::Row r;
        model::Cell c;
        c.colspan = 5;
        r.cells.push_back(c);
        spans.body.push_back(r);
        l.content.emplace_back(spans);
        d.lampiran.push_back(l);
        DiagnosticSink sink;
        std::string out;
        EXPECT_FALSE(render::write_docx(d, st, {}, out, sink));
        EXPECT_TRUE(sink.has_errors());
    }
    {
        // Deep nesting, empty items, odd widths, extreme timestamps and style values.
        model::Decree d;
        model::Item item;
        model::Block list;
        list.is_list = true;
        model::ListBlock* level = &list.list;
        for (int i = 0; i < 40; ++i) {
            model::Item inner;
            model::Block b;
            b.is_list = true;
            level->items.push_back(inner);
            level->items.back().blocks.push_back(b);
            level = &level->items.back().blocks.back().list;
        }
        item.blocks.push_back(list);
        d.menimbang.push_back(item);
        d.menimbang.push_back(model::Item{});
        model::Diktum dk;
        d.diktum.push_back(dk);
        d.meta.signer.delegation = "a.n.";
        model::Lampiran l;
        model::Table t;
        t.columns.resize(3);
        t.columns[0].kind = model::ColumnWidth::Kind::Fixed;
        t.columns[0].value = 1e9;
        model::Row row;
        for (int i = 0; i < 3; ++i) row.cells.emplace_back();
        t.body.push_back(row);
        l.content.emplace_back(t);
        l.content.emplace_back(t);
        d.lampiran.push_back(l);
        st.label_width = -5;
        st.signature_width = 1e6;
        st.font_size = std::numeric_limits<double>::quiet_NaN();
        st.line_height = 0;
        st.paper_width = -5;
        st.cell_padding = -1;
        st.table_font_size = 1e9;
        render::DocxOptions opt;
        opt.timestamp = -99;
        for (auto v : {model::Variant::Asli, model::Variant::Salinan, model::Variant::Tte}) {
            opt.variant = v;
            DiagnosticSink sink;
            std::string out;
            EXPECT_TRUE(render::write_docx(d, st, opt, out, sink)) << diagnostics(sink);
            for (const auto& [name, data] : unzip(out)) {
                if (name.rfind("word/media/", 0) == 0) continue;
                pugi::xml_document doc;
                EXPECT_TRUE(doc.load_buffer(data.data(), data.size())) << name;
            }
        }
        opt.timestamp = INT64_MAX;
        DiagnosticSink sink;
        std::string out;
        EXPECT_TRUE(render::write_docx(d, st, opt, out, sink));
        EXPECT_NE(entry(unzip(out), "docProps/core.xml").find("9999-12-31T23:59:59Z"), std::string::npos);
    }
}

namespace {

double best_ms(const std::function<void()>& f, int runs)
{
    double best = 1e99;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        const auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return best;
}

}  // namespace

TEST(DocxSpeed, ReferenceDocumentAndTwoThousandRowBench)
{
    Loaded ref;
    ASSERT_TRUE(load(fs::path(NASKAH_SOURCE_DIR) / "samples" / "keputusan-kpu-kab-malang-15-2022.xml", ref));
    render::DocxOptions opt;
    opt.timestamp = epoch_of(ref.decree);
    // As `naskah render` calls it: with the house style's fonts, which size auto columns and the
    // Lampiran heading's label column.
    DiagnosticSink font_sink;
    const auto fonts = text::FontSet::load(ref.style, font_sink);
    opt.fonts = fonts.get();
    std::string out;
    const double ref_ms = best_ms(
        [&] {
            DiagnosticSink sink;
            render::write_docx(ref.decree, ref.style, opt, out, sink);
        },
        20);

    // The bench: the reference work plan with every activity repeated 38 times (2,014 sub-activity rows).
    Loaded bench = ref;
    std::size_t sub_rows = 0;
    for (auto& l : bench.decree.lampiran)
        for (auto& b : l.content)
            if (auto* p = std::get_if<model::WorkPlan>(&b))
                for (auto& sec : p->sections) {
                    std::vector<model::Activity> many;
                    for (int k = 0; k < 38; ++k) many.insert(many.end(), sec.activities.begin(), sec.activities.end());
                    sec.activities = std::move(many);
                    for (const auto& a : sec.activities) sub_rows += a.subs.size();
                }
    EXPECT_EQ(sub_rows, 2014u);
    std::string big;
    const double bench_ms = best_ms(
        [&] {
            DiagnosticSink sink;
            ASSERT_TRUE(render::write_docx(bench.decree, bench.style, opt, big, sink));
        },
        3);
    std::cout << "[ timing ] reference .docx " << ref_ms << " ms (" << out.size() << " bytes, fonts " << (fonts ? "loaded" : "absent")
              << "); bench " << sub_rows
              << " rows " << bench_ms << " ms (" << big.size() << " bytes)\n";
    RecordProperty("reference_ms", std::to_string(ref_ms));
    RecordProperty("bench_ms", std::to_string(bench_ms));
    // speed is measured by bench/, not asserted: a shared machine makes any bound flaky
    write_file(fs::path(out_dir()) / "bench-2014.docx", big);
}
