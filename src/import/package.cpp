#include "import/package.hpp"

#include <zip.h>

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace naskah::import {

namespace {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

bool refuse(DiagnosticSink& sink, const std::string& path, const char* code, const std::string& id, const std::string& en,
            const std::string& hint_id = {}, const std::string& hint_en = {})
{
    sink.error(SourcePos{path, 0, 0}, code, id, en, hint_id, hint_en);
    return false;
}

std::string convert_command(const std::string& path)
{
    return "soffice --headless --convert-to docx \"" + path + "\"";
}

bool contains_utf16(const std::string& bytes, const char* ascii)
{
    std::string pattern;
    for (const char* p = ascii; *p; ++p) {
        pattern += *p;
        pattern += '\0';
    }
    return bytes.find(pattern) != std::string::npos;
}

bool ends_with_ci(const std::string& s, const char* suffix)
{
    const std::size_t n = std::strlen(suffix);
    if (s.size() < n) return false;
    for (std::size_t i = 0; i < n; ++i)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - n + i])) != suffix[i]) return false;
    return true;
}

/// Which entries are worth reading: the XML and relationship parts and the pictures.
bool wanted(const std::string& name)
{
    return ends_with_ci(name, ".xml") || ends_with_ci(name, ".rels") || name.rfind("word/media/", 0) == 0;
}

}  // namespace

bool open_package(const std::string& path, Package& out, DiagnosticSink& sink, const PackageLimits& limits)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        const int err = errno;
        return refuse(sink, path, "E-BACA", "berkas tidak dapat dibuka: " + system_error_text(err, Lang::Id),
                      "cannot open the file: " + std::string(std::strerror(err)));
    }
    if (!S_ISREG(st.st_mode))
        return refuse(sink, path, "E-BACA", "bukan berkas biasa", "not a regular file");
    if (static_cast<std::uint64_t>(st.st_size) > limits.file_bytes)
        return refuse(sink, path, "E-IMPOR-UKURAN",
                      "berkas terlalu besar untuk sebuah keputusan (" + std::to_string(st.st_size) + " bita; batasnya " +
                          std::to_string(limits.file_bytes) + ")",
                      "the file is too large for a decree (" + std::to_string(st.st_size) + " bytes; the limit is " +
                          std::to_string(limits.file_bytes) + ")");
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        const int err = errno;
        return refuse(sink, path, "E-BACA", "berkas tidak dapat dibuka: " + system_error_text(err, Lang::Id),
                      "cannot open the file: " + std::string(std::strerror(err)));
    }
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    const std::size_t got = bytes.empty() ? 0 : std::fread(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
    if (got != bytes.size())
        return refuse(sink, path, "E-BACA", "berkas tidak terbaca sampai habis", "the file could not be read to its end");
    return open_package_bytes(path, bytes, out, sink, limits);
}

bool open_package_bytes(const std::string& path, const std::string& bytes, Package& out, DiagnosticSink& sink,
                        const PackageLimits& limits)
{
    out = Package{};
    out.path = path;
    static const char kOle[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if (bytes.size() >= 8 && std::memcmp(bytes.data(), kOle, 8) == 0) {
        // An OLE compound file: a Word 97-2003 .doc, or an OOXML file encrypted with a password
        // (Word wraps those in OLE with an EncryptionInfo stream).
        if (contains_utf16(bytes, "EncryptionInfo") || contains_utf16(bytes, "EncryptedPackage"))
            return refuse(sink, path, "E-IMPOR-SANDI", "dokumen ini dilindungi kata sandi (terenkripsi)",
                          "this document is protected by a password (encrypted)",
                          "buka di Word, hapus kata sandinya (Berkas > Info > Lindungi Dokumen), simpan, lalu impor lagi",
                          "open it in Word, remove the password (File > Info > Protect Document), save, and import again");
        return refuse(sink, path, "E-IMPOR-DOC", "ini dokumen Word 97-2003 (.doc), bukan .docx",
                      "this is a Word 97-2003 document (.doc), not a .docx",
                      "ubah dulu dengan LibreOffice: " + convert_command(path), "convert it first with LibreOffice: " + convert_command(path));
    }
    if (bytes.rfind("{\\rtf", 0) == 0)
        return refuse(sink, path, "E-IMPOR-DOC", "ini dokumen RTF, bukan .docx", "this is an RTF document, not a .docx",
                      "ubah dulu dengan LibreOffice: " + convert_command(path), "convert it first with LibreOffice: " + convert_command(path));
    if (bytes.size() < 4 || bytes.compare(0, 2, "PK") != 0)
        return refuse(sink, path, "E-IMPOR-ZIP", "bukan dokumen Word (.docx): berkas ini bukan arsip zip",
                      "not a Word document (.docx): the file is not a zip archive");

    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (!src) {
        zip_error_fini(&err);
        return refuse(sink, path, "E-IMPOR-ZIP", "arsip zip tidak dapat dibaca", "the zip archive cannot be read");
    }
    std::unique_ptr<zip_t, ZipCloser> z(zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err));
    if (!z) {
        zip_source_free(src);
        const std::string why = zip_error_strerror(&err);
        zip_error_fini(&err);
        return refuse(sink, path, "E-IMPOR-ZIP", "bukan dokumen Word (.docx): arsip zip rusak (" + why + ")",
                      "not a Word document (.docx): the zip archive is damaged (" + why + ")");
    }
    zip_error_fini(&err);

    const zip_int64_t n = zip_get_num_entries(z.get(), 0);
    if (n < 0 || static_cast<std::uint64_t>(n) > limits.entries)
        return refuse(sink, path, "E-IMPOR-BOM", "arsip memuat terlalu banyak berkas (" + std::to_string(n) + ")",
                      "the archive holds too many entries (" + std::to_string(n) + ")");
    std::uint64_t total = 0;
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t zs;
        zip_stat_init(&zs);
        if (zip_stat_index(z.get(), static_cast<zip_uint64_t>(i), 0, &zs) != 0 || !(zs.valid & ZIP_STAT_NAME)) continue;
        const std::string name = zs.name;
        if (name == "word/vbaProject.bin" || ends_with_ci(name, "vbaproject.bin"))
            return refuse(sink, path, "E-IMPOR-MAKRO", "dokumen ini memuat makro (" + name + "); naskah tidak membuka dokumen bermakro",
                          "this document contains macros (" + name + "); naskah does not open documents with macros",
                          "simpan di Word sebagai \"Dokumen Word (*.docx)\" tanpa makro, lalu impor lagi",
                          "save it in Word as \"Word Document (*.docx)\", which drops the macros, and import again");
        if ((zs.valid & ZIP_STAT_ENCRYPTION_METHOD) && zs.encryption_method != ZIP_EM_NONE)
            return refuse(sink, path, "E-IMPOR-SANDI", "isi arsip terenkripsi (" + name + ")", "the archive's content is encrypted (" + name + ")");
        if (!wanted(name)) continue;
        const std::uint64_t declared = (zs.valid & ZIP_STAT_SIZE) ? zs.size : 0;
        const std::uint64_t packed = (zs.valid & ZIP_STAT_COMP_SIZE) ? zs.comp_size : 0;
        auto bomb = [&](const std::string& why_id, const std::string& why_en) {
            return refuse(sink, path, "E-IMPOR-BOM", "arsip ditolak sebagai bom zip: " + why_id, "archive refused as a zip bomb: " + why_en);
        };
        if (declared > limits.part_bytes)
            return bomb(name + " berukuran " + std::to_string(declared) + " bita setelah dibuka (batas " + std::to_string(limits.part_bytes) + ")",
                        name + " is " + std::to_string(declared) + " bytes uncompressed (limit " + std::to_string(limits.part_bytes) + ")");
        if (declared > (1u << 20) && packed > 0 && declared / packed > limits.ratio)
            return bomb(name + " memampat " + std::to_string(declared / packed) + " kali", name + " compresses " +
                                                                                         std::to_string(declared / packed) + " times");
        std::unique_ptr<zip_file_t, FileCloser> zf(zip_fopen_index(z.get(), static_cast<zip_uint64_t>(i), 0));
        if (!zf) {
            if (zip_error_code_zip(zip_get_error(z.get())) == ZIP_ER_NOPASSWD || zip_error_code_zip(zip_get_error(z.get())) == ZIP_ER_ENCRNOTSUPP)
                return refuse(sink, path, "E-IMPOR-SANDI", "isi arsip terenkripsi (" + name + ")", "the archive's content is encrypted (" + name + ")");
            return refuse(sink, path, "E-IMPOR-ZIP", "bagian " + name + " tidak dapat dibuka", "the part " + name + " cannot be opened");
        }
        // The declared size can lie: read in chunks and stop at the limits whatever it says.
        std::string data;
        char buf[65536];
        for (;;) {
            const zip_int64_t r = zip_fread(zf.get(), buf, sizeof buf);
            if (r < 0) return refuse(sink, path, "E-IMPOR-ZIP", "bagian " + name + " rusak", "the part " + name + " is damaged");
            if (r == 0) break;
            data.append(buf, static_cast<std::size_t>(r));
            total += static_cast<std::uint64_t>(r);
            if (data.size() > limits.part_bytes || total > limits.total_bytes)
                return bomb("isi yang dibuka melebihi " + std::to_string(data.size() > limits.part_bytes ? limits.part_bytes : limits.total_bytes) + " bita",
                            "the uncompressed content exceeds " +
                                std::to_string(data.size() > limits.part_bytes ? limits.part_bytes : limits.total_bytes) + " bytes");
        }
        out.parts.emplace(name, std::move(data));
    }
    if (const std::string* ct = out.get("[Content_Types].xml"); ct && ct->find("macroEnabled") != std::string::npos)
        return refuse(sink, path, "E-IMPOR-MAKRO", "dokumen ini bertipe dokumen bermakro (.docm)", "this is a macro-enabled document (.docm)",
                      "simpan di Word sebagai \"Dokumen Word (*.docx)\", lalu impor lagi", "save it in Word as \"Word Document (*.docx)\" and import again");
    // The main part is named by the package relationships; word/document.xml by convention.
    if (const std::string* rels = out.get("_rels/.rels")) {
        const std::size_t k = rels->find("/officeDocument\"");
        if (k != std::string::npos) {
            const std::size_t tag = rels->rfind('<', k);
            const std::size_t end = rels->find('>', k);
            const std::size_t t = rels->find("Target=\"", tag);
            if (tag != std::string::npos && t != std::string::npos && t < end) {
                std::string target = rels->substr(t + 8, rels->find('"', t + 8) - (t + 8));
                if (!target.empty() && target[0] == '/') target.erase(0, 1);
                if (out.get(target)) out.main_part = target;
            }
        }
    }
    if (!out.get(out.main_part))
        return refuse(sink, path, "E-IMPOR-ISI", "arsip zip ini bukan dokumen Word: word/document.xml tidak ada",
                      "this zip archive is not a Word document: word/document.xml is missing");
    return true;
}

}  // namespace naskah::import
