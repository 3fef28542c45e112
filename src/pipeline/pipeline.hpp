// The rendering pipeline shared by `naskah render` and `naskah batch`: decree in, files out.
// (Moved out of render/, which holds the writers only.)
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/model.hpp"
#include "style/style.hpp"
#include "text/font.hpp"

namespace naskah::render {
class FontProgramCache;
}  // namespace naskah::render

/// The pipeline stage: a decree through the checks, the layout and the writers (render/), to
/// files written all or nothing. `naskah render`, `naskah batch` and the fuzz targets use it.
namespace naskah::pipeline {

using render::FontProgramCache;

/// What stays loaded between documents: the house style and its fonts (read once per run), and
/// the font programs the PDFs embed.
struct Engine {
    style::HouseStyle style;
    std::unique_ptr<text::FontSet> fonts;
    std::shared_ptr<FontProgramCache> font_programs;
    /// Loads a house style and its fonts; false with diagnostics.
    /// `named_at`: where the decree named the style (gaya=…), so a missing one is reported there.
    bool load(const std::string& layout, DiagnosticSink& sink, const SourcePos* named_at = nullptr);
};

struct Formats {
    bool pdf = true, docx = false, wordml = false;
};

struct RenderRequest {
    Formats formats;
    std::optional<model::Variant> variant;  ///< nullopt: the input's own (varian=…), else asli
    bool sign_map = false;                   ///< write the signature-field JSON next to the PDF
    bool dump_layout = false;                ///< keep the layout JSON in the result
    bool run_checks = true;                  ///< drafting checks before rendering
    bool strict = false;                     ///< warnings stop rendering too
    std::string lang = "id";                 ///< language of the checks' messages
    /// Run the checks on a thread beside the layout (one decree: faster) or first, in the calling
    /// thread (batch, where every core already has a worker; a decree failing them is not laid out).
    bool checks_in_parallel = true;
    const std::string* source_text = nullptr;  ///< the input's bytes, when the caller has them
    std::string output_stem;                 ///< name the files will have, without suffix (the sign map names the PDF); default: the input's
    std::optional<std::int64_t> epoch;       ///< SOURCE_DATE_EPOCH; else the enactment date
};

struct OutputFile {
    std::string suffix;  ///< appended to the base name: ".pdf", ".salinan.docx", ".sign.json" …
    std::string bytes;
    int pages = 0;  ///< PDF only
};

struct RenderResult {
    std::vector<OutputFile> files;
    std::string layout_json;
    model::Variant variant = model::Variant::Asli;
};

/// Renders one decree. Diagnostics (checks, glyph errors) go to `sink`; returns false when an
/// error stops the document, in which case `result` holds nothing to write.
bool render_decree(const model::Decree& decree, const Engine& engine, text::Shaper& shaper, const RenderRequest& request,
                   RenderResult& result, DiagnosticSink& sink);

/// Parses "pdf,docx,wordml". False on an unknown name.
bool parse_formats(const std::string& list, Formats& out, std::string& error);
bool parse_variant(const std::string& name, model::Variant& out);

/// SOURCE_DATE_EPOCH from the environment, when set and valid.
std::optional<std::int64_t> source_date_epoch();

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
/// failure never leaves a partial file. False with a diagnostic.
bool write_atomically(const std::string& path, const std::string& bytes, DiagnosticSink& sink);
/// Several files (path, bytes) all or nothing: all are written under temporary names first, then
/// renamed; on any failure none is left (those renamed already are removed again).
bool write_all_atomically(const std::vector<std::pair<std::string, std::string>>& files, DiagnosticSink& sink);

}  // namespace naskah::pipeline
