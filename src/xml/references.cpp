// Files a decree names (gaya="…", <logo berkas="…"/>): resolved from the decree's own folder,
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

}  // namespace

void check_referenced_files(model::Decree& d, DiagnosticSink& sink)
{
    const std::filesystem::path folder = std::filesystem::path(d.source_file).parent_path();
    // gaya="own/style.xml" is the decree's neighbour, as a logo is; a bare name is a shipped style
    if (names_a_file(d.layout_name) && std::filesystem::path(d.layout_name).is_relative())
        d.layout_name = (folder / d.layout_name).string();

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
