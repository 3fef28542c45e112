#include "render/docx/docx_writer.hpp"

#include <zip.h>

#include <memory>

#include "render/docx/parts.hpp"

namespace naskah::render {

namespace {

// 1980-01-01 00:00:00, the DOS epoch. zip_file_set_mtime would convert a time_t through the local
// time zone, so the same input would give other bytes on a machine in another zone.
constexpr zip_uint16_t kDosTime = 0;
constexpr zip_uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;

// Level 6 costs several times level 1 on a 2,000-row work plan and saves little on XML this
// repetitive; speed of a render matters more than a few kilobytes.
constexpr zip_uint32_t kDeflateLevel = 1;

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct SourceFreer {
    void operator()(zip_source_t* s) const { zip_source_free(s); }
};

// libzip's own reason stays in English: it has no other.
bool fail(DiagnosticSink& sink, const std::string& what_id, const std::string& what, zip_error_t* err)
{
    const std::string reason = err ? std::string(": ") + zip_error_strerror(err) : std::string();
    sink.error(SourcePos{}, "E-DOCX-ZIP", "paket .docx tidak dapat dibuat: " + what_id + reason,
               "could not build the .docx package: " + what + reason);
    return false;
}

bool zip_parts(const std::vector<docx::Part>& parts, std::string& out, DiagnosticSink& sink)
{
    zip_error_t err;
    zip_error_init(&err);
    std::unique_ptr<zip_source_t, SourceFreer> buffer(zip_source_buffer_create(nullptr, 0, 0, &err));
    if (!buffer) return fail(sink, "tidak ada penyangga memori", "no memory buffer", &err);
    std::unique_ptr<zip_t, ZipCloser> za(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &err));
    if (!za) {
        const bool r = fail(sink, "arsip tidak dapat dibuka", "cannot open the archive", &err);
        zip_error_fini(&err);
        return r;
    }
    zip_source_keep(buffer.get());  // the archive releases it on close; the bytes are read after that

    // Entry data must outlive zip_close, which is when libzip reads it.
    std::vector<std::string> data;
    std::vector<std::string> names;
    data.reserve(parts.size() + 1);
    names.reserve(parts.size() + 1);
    // [Content_Types].xml first: some readers sniff the package by its first entry.
    data.push_back(std::string(docx::kXmlDeclaration) + docx::content_types(parts));
    names.push_back("[Content_Types].xml");
    for (const docx::Part& p : parts) {
        data.push_back(p.binary ? p.xml : std::string(docx::kXmlDeclaration) + p.xml);
        names.push_back(p.name);
    }
    for (std::size_t i = 0; i < data.size(); ++i) {
        zip_source_t* s = zip_source_buffer(za.get(), data[i].data(), data[i].size(), 0);
        if (!s) return fail(sink, names[i] + " tidak dapat ditambahkan", "cannot add " + names[i], zip_get_error(za.get()));
        const zip_int64_t idx = zip_file_add(za.get(), names[i].c_str(), s, ZIP_FL_ENC_UTF_8);
        if (idx < 0) {
            zip_source_free(s);
            return fail(sink, names[i] + " tidak dapat ditambahkan", "cannot add " + names[i], zip_get_error(za.get()));
        }
        const auto u = static_cast<zip_uint64_t>(idx);
        const bool png = names[i].size() > 4 && names[i].compare(names[i].size() - 4, 4, ".png") == 0;  // already compressed
        if (zip_set_file_compression(za.get(), u, png ? ZIP_CM_STORE : ZIP_CM_DEFLATE, png ? 0 : kDeflateLevel) < 0 ||
            zip_file_set_dostime(za.get(), u, kDosTime, kDosDate, 0) < 0)
            return fail(sink, names[i] + " tidak dapat disiapkan", "cannot set up " + names[i], zip_get_error(za.get()));
    }
    if (zip_close(za.get()) < 0) return fail(sink, "arsip tidak dapat ditulis", "cannot write the archive", zip_get_error(za.get()));
    (void)za.release();  // closed: nothing left to discard

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(buffer.get(), &st) < 0 || !(st.valid & ZIP_STAT_SIZE))
        return fail(sink, "ukuran arsip tidak dapat ditentukan", "cannot size the archive", zip_source_error(buffer.get()));
    if (zip_source_open(buffer.get()) < 0) return fail(sink, "arsip tidak dapat dibaca kembali", "cannot read the archive back", zip_source_error(buffer.get()));
    out.resize(static_cast<std::size_t>(st.size));
    zip_int64_t got = 0;
    while (got < static_cast<zip_int64_t>(st.size)) {
        const zip_int64_t n = zip_source_read(buffer.get(), out.data() + got, st.size - static_cast<zip_uint64_t>(got));
        if (n <= 0) break;
        got += n;
    }
    zip_source_close(buffer.get());
    if (got != static_cast<zip_int64_t>(st.size)) {
        out.clear();
        return fail(sink, "arsip terbaca tidak lengkap", "short read of the archive", nullptr);
    }
    return true;
}

/// Base64 in lines of 76 characters, as Word writes pkg:binaryData.
void base64(std::string& out, const std::string& in)
{
    static const char* k = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::size_t col = 0;
    for (std::size_t i = 0; i < in.size(); i += 3) {
        const std::uint32_t b0 = static_cast<unsigned char>(in[i]);
        const std::uint32_t b1 = i + 1 < in.size() ? static_cast<unsigned char>(in[i + 1]) : 0;
        const std::uint32_t b2 = i + 2 < in.size() ? static_cast<unsigned char>(in[i + 2]) : 0;
        const std::uint32_t v = (b0 << 16) | (b1 << 8) | b2;
        out += k[(v >> 18) & 63];
        out += k[(v >> 12) & 63];
        out += i + 1 < in.size() ? k[(v >> 6) & 63] : '=';
        out += i + 2 < in.size() ? k[v & 63] : '=';
        if ((col += 4) == 76 && i + 3 < in.size()) {
            out += '\n';
            col = 0;
        }
    }
}

}  // namespace

bool write_docx(const model::Decree& decree, const style::HouseStyle& style, const DocxOptions& options,
                std::string& out_bytes, DiagnosticSink& sink)
{
    out_bytes.clear();
    std::vector<docx::Part> parts;
    if (!docx::build_parts(decree, style, options, parts, sink)) return false;
    std::string bytes;
    if (!zip_parts(parts, bytes, sink)) return false;
    out_bytes = std::move(bytes);
    return true;
}

bool write_flat_opc(const model::Decree& decree, const style::HouseStyle& style, const DocxOptions& options,
                    std::string& out_xml, DiagnosticSink& sink)
{
    out_xml.clear();
    std::vector<docx::Part> parts;
    if (!docx::build_parts(decree, style, options, parts, sink)) return false;
    std::size_t total = 256;
    for (const auto& p : parts) total += p.xml.size() + p.name.size() + p.content_type.size() + 96;
    std::string s;
    s.reserve(total);
    s += docx::kXmlDeclaration;
    s += "<?mso-application progid=\"Word.Document\"?>\n";
    s += "<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\">";
    for (const auto& p : parts) {
        const bool rels = p.name.size() >= 5 && p.name.compare(p.name.size() - 5, 5, ".rels") == 0;
        s += "<pkg:part pkg:name=\"/";
        s += p.name;
        s += "\" pkg:contentType=\"";
        s += p.content_type;
        if (p.binary) {
            s += "\" pkg:compression=\"store\"><pkg:binaryData>";
            base64(s, p.xml);
            s += "</pkg:binaryData></pkg:part>";
            continue;
        }
        s += rels ? "\" pkg:padding=\"256\"><pkg:xmlData>" : "\"><pkg:xmlData>";
        s += p.xml;
        s += "</pkg:xmlData></pkg:part>";
    }
    s += "</pkg:package>\n";
    out_xml = std::move(s);
    return true;
}

}  // namespace naskah::render
