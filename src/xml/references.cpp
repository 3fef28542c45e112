// Files a decree names (gaya="…", <logo berkas="…"/>, <gambar berkas="…"/>): resolved from the decree's own folder,
// read only when they are regular files under their limits, and a logo decoded completely here,
// with libpng's own error handling, before libharu (which aborts the process on a broken PNG)
// or the DOCX writer ever sees it. Every problem is reported at the attribute that names the file.
#include <png.h>

#include <filesystem>
#include <memory>
#include <vector>

#include "core/limits.hpp"
#include "xml/decree_reader.hpp"
#include "xml/source.hpp"

namespace naskah::xml {

namespace {

bool names_a_file(const std::string& layout) { return layout.find('/') != std::string::npos || layout.ends_with(".xml"); }

/// Decodes the whole PNG into memory and throws the pixels away: what decodes here decodes in
/// libharu and in Word. False with libpng's reason.
bool png_decodes(const std::string& bytes, std::string& why)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) {
        why = image.message;
        png_image_free(&image);
        return false;
    }
    if (image.width == 0 || image.height == 0 ||
        static_cast<std::size_t>(image.width) * image.height > limits::kLogoPixels) {
        why = std::to_string(image.width) + " x " + std::to_string(image.height) + " pixels, more than the limit of " +
              std::to_string(limits::kLogoPixels) + " pixels";
        png_image_free(&image);
        return false;
    }
    image.format = PNG_FORMAT_RGBA;
    std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) {
        why = image.message;
        png_image_free(&image);
        return false;
    }
    return true;
}

/// The pixel size from a JPEG's frame header (SOF0–SOF3, SOF5–SOF7, SOF9–SOF11, SOF13–SOF15):
/// libharu embeds the DCT data as it is, so the file must be a whole JPEG that a reader can show.
bool jpeg_size(const std::string& b, std::uint32_t& w, std::uint32_t& h, std::string& why)
{
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(b[i]); };
    if (b.size() < 4 || byte(0) != 0xFF || byte(1) != 0xD8) {
        why = "no JPEG start marker";
        return false;
    }
    std::size_t i = 2;
    while (i + 4 <= b.size()) {
        if (byte(i) != 0xFF) {
            why = "a marker is missing where one is expected";
            return false;
        }
        const unsigned char marker = byte(i + 1);
        if (marker == 0xFF) {  // fill bytes
            ++i;
            continue;
        }
        const std::size_t len = (static_cast<std::size_t>(byte(i + 2)) << 8) | byte(i + 3);
        if (len < 2 || i + 2 + len > b.size()) {
            why = "a segment runs past the end of the file";
            return false;
        }
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (len < 8) {
                why = "a frame header is too short";
                return false;
            }
            h = (static_cast<std::uint32_t>(byte(i + 5)) << 8) | byte(i + 6);
            w = (static_cast<std::uint32_t>(byte(i + 7)) << 8) | byte(i + 8);
            const unsigned components = byte(i + 9);
            if (w == 0 || h == 0) {
                why = "no size in the frame header";
                return false;
            }
            if (components != 1 && components != 3 && components != 4) {
                why = std::to_string(components) + " colour components";
                return false;
            }
            if (static_cast<std::size_t>(w) * h > limits::kLogoPixels) {
                why = std::to_string(w) + " x " + std::to_string(h) + " pixels, more than the limit";
                return false;
            }
            return true;
        }
        if (marker == 0xDA || marker == 0xD9) break;  // image data before any frame header
        i += 2 + len;
    }
    why = "no frame header";
    return false;
}

std::uint32_t be32(const std::string& b, std::size_t at)
{
    return (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 24) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
           (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8) | static_cast<unsigned char>(b[at + 3]);
}

void check_figure(const std::filesystem::path& folder, model::Figure& f, DiagnosticSink& sink)
{
    f.resolved = (folder / f.path).string();
    std::string bytes, why_id, why_en;
    if (!read_regular_file(f.resolved, limits::kLogoBytes, bytes, why_id, why_en)) {
        sink.error(f.pos, "E-GAMBAR", "berkas gambar '" + f.resolved + "' tidak dapat dibaca: " + why_id,
                   "the image file '" + f.resolved + "' cannot be read: " + why_en);
        return;
    }
    std::string why;
    if (bytes.size() >= 24 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n", 8) == 0) {
        if (!png_decodes(bytes, why)) {
            sink.error(f.pos, "E-GAMBAR", "berkas gambar '" + f.resolved + "' bukan gambar PNG yang utuh (" + why + ")",
                       "the image file '" + f.resolved + "' is not a complete PNG image (" + why + ")");
            return;
        }
        f.pixel_width = be32(bytes, 16);
        f.pixel_height = be32(bytes, 20);
        return;
    }
    f.jpeg = true;
    if (!jpeg_size(bytes, f.pixel_width, f.pixel_height, why))
        sink.error(f.pos, "E-GAMBAR", "berkas gambar '" + f.resolved + "' bukan gambar PNG atau JPEG yang utuh (" + why + ")",
                   "the image file '" + f.resolved + "' is not a complete PNG or JPEG image (" + why + ")");
}

}  // namespace

void check_referenced_files(model::Decree& d, DiagnosticSink& sink)
{
    const std::filesystem::path folder = std::filesystem::path(d.source_file).parent_path();
    // gaya="own/style.xml" is the decree's neighbour, as a logo is; a bare name is a shipped style
    if (names_a_file(d.layout_name) && std::filesystem::path(d.layout_name).is_relative())
        d.layout_name = (folder / d.layout_name).string();

    for (auto& l : d.lampiran)
        for (auto& block : l.content)
            if (auto* f = std::get_if<model::Figure>(&block)) check_figure(folder, *f, sink);

    auto& m = d.meta;
    if (m.logo_path.empty()) return;
    const std::string path = (folder / m.logo_path).string();
    std::string bytes, why_id, why_en;
    if (!read_regular_file(path, limits::kLogoBytes, bytes, why_id, why_en)) {
        sink.error(m.logo_pos, "E-LOGO", "berkas logo '" + path + "' tidak dapat dibaca: " + why_id,
                   "the logo file '" + path + "' cannot be read: " + why_en);
        return;
    }
    std::string why;
    if (!png_decodes(bytes, why)) {
        sink.error(m.logo_pos, "E-LOGO", "berkas logo '" + path + "' bukan gambar PNG yang utuh (" + why + "); seharusnya berkas PNG",
                   "the logo file '" + path + "' is not a complete PNG image (" + why + "); expected a PNG file");
    }
}

}  // namespace naskah::xml
