// The rendering pipeline shared by `naskah render` and `naskah batch`: decree in, files out.
// (Moved out of render/, which holds the writers only.)
#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
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
    /// The two halves of load(), for a caller that starts the checks between them (they need the
    /// style, not the fonts).
    bool load_style(const std::string& layout, DiagnosticSink& sink, const SourcePos* named_at = nullptr);
    bool load_fonts(DiagnosticSink& sink);
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

/// The style a decree is checked and laid out under: `base` with the decree's own conventions
/// (<konvensi>) over it, in `own`, or `base` itself when the decree has none. False with
/// diagnostics when a convention does not apply.
bool decree_style(const model::Decree& decree, const style::HouseStyle& base, std::optional<style::HouseStyle>& own,
                  DiagnosticSink& sink);

/// The drafting checks of one decree on a thread of their own, beside the layout. `naskah render`
/// makes one when it starts: the thread first runs `warm_up` (check::preload: the dictionary and
/// the ICU formatters) while the input is read, then the checks the moment start() hands it the
/// decree and its style, while the main thread loads the fonts and lays out. One thread does
/// both, so the checks neither wait for the fonts nor for a thread to be scheduled on a busy
/// machine, and no third thread competes for two cores.
class CheckRun {
public:
    explicit CheckRun(Lang lang, void (*warm_up)() = nullptr);
    CheckRun(const CheckRun&) = delete;
    CheckRun& operator=(const CheckRun&) = delete;
    ~CheckRun();  ///< a run never started ends its thread; a started one is waited for
    /// Runs the checks of `decree` under `house` with the request's options; the decree, the
    /// style and the request must live until finish(). At most once.
    void start(const model::Decree& decree, const style::HouseStyle& house, const RenderRequest& request);
    bool started() const { return decree_ != nullptr; }
    /// The style the run was started with: the layout of the same decree uses it, so checks and
    /// pages never disagree on a convention. Only once started().
    const style::HouseStyle& style() const { return *house_; }
    /// Waits for the checks; their findings, moved out.
    DiagnosticSink finish();

private:
    void work(void (*warm_up)());
    std::mutex mutex_;
    std::condition_variable handed_;
    // set together by start(); the thread runs the checks once decree_ is set
    const model::Decree* decree_ = nullptr;
    const style::HouseStyle* house_ = nullptr;
    const RenderRequest* request_ = nullptr;
    bool cancelled_ = false;
    DiagnosticSink findings_;
    std::jthread thread_;  ///< last: it is joined before the members it uses are destroyed
};

/// Renders one decree. Diagnostics (checks, glyph errors) go to `sink`; returns false when an
/// error stops the document, in which case `result` holds nothing to write. `checks`: a run the
/// caller already started for this decree (see CheckRun), used instead of starting one here; the
/// decree is then laid out under the style that run was started with.
bool render_decree(const model::Decree& decree, const Engine& engine, text::Shaper& shaper, const RenderRequest& request,
                   RenderResult& result, DiagnosticSink& sink, CheckRun* checks = nullptr);

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
