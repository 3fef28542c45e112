#include "pipeline/pipeline.hpp"

#include <qrencode.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <algorithm>
#include <filesystem>
#include <thread>

#include "check/checks.hpp"
#include "core/atomic_file.hpp"
#include "core/json_write.hpp"
#include "core/limits.hpp"
#include "layout/document.hpp"
#include "layout/glyphs.hpp"
#include "measure/table_measures.hpp"
#include "render/docx/docx_writer.hpp"
#include "render/pdf/pdf_writer.hpp"

namespace naskah::pipeline {

using render::DocxOptions;
using render::PdfWriter;

bool Engine::load(const std::string& layout, DiagnosticSink& sink, const SourcePos* named_at)
{
    return load_style(layout, sink, named_at) && load_fonts(sink);
}

bool Engine::load_style(const std::string& layout, DiagnosticSink& sink, const SourcePos* named_at)
{
    return style::load_style(layout, style, sink, named_at);
}

bool Engine::load_fonts(DiagnosticSink& sink)
{
    fonts = text::FontSet::load(style, sink);
    font_programs = std::make_shared<FontProgramCache>();
    return fonts != nullptr;
}

bool decree_style(const model::Decree& decree, const style::HouseStyle& base, std::optional<style::HouseStyle>& own,
                  DiagnosticSink& sink)
{
    own.reset();
    if (decree.style_settings.empty()) return true;
    own.emplace(base);
    if (style::apply_settings(decree.style_settings, *own, sink)) return true;
    own.reset();
    return false;
}

namespace {
/// What the checks of a rendered decree are told: one place for the serial and the threaded run.
check::CheckOptions check_options(const style::HouseStyle& house, const RenderRequest& request)
{
    check::CheckOptions opts;
    opts.style = &house;
    opts.lang = request.lang;
    opts.source_text = request.source_text;
    return opts;
}
}  // namespace

CheckRun::CheckRun(Lang lang, void (*warm_up)()) : findings_(lang), thread_([this, warm_up] { work(warm_up); }) {}

CheckRun::~CheckRun()
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (!decree_) cancelled_ = true;
    }
    handed_.notify_one();
    // thread_ (the last member) joins before the rest is destroyed
}

void CheckRun::work(void (*warm_up)())
{
    if (warm_up) warm_up();
    {
        std::unique_lock<std::mutex> lock(mutex_);
        handed_.wait(lock, [this] { return decree_ != nullptr || cancelled_; });
        if (cancelled_) return;
    }
    // start() sets the three pointers once, before the wait above can end; nothing writes them after
    check::run_checks(*decree_, check_options(*house_, *request_), findings_);
}

void CheckRun::start(const model::Decree& decree, const style::HouseStyle& house, const RenderRequest& request)
{
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (decree_ || cancelled_) return;
        house_ = &house;
        request_ = &request;
        decree_ = &decree;
    }
    handed_.notify_one();
}

DiagnosticSink CheckRun::finish()
{
    if (thread_.joinable()) {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (!decree_) cancelled_ = true;
        }
        handed_.notify_one();
        thread_.join();
    }
    return std::move(findings_);
}

bool parse_formats(const std::string& list, Formats& out, std::string& error)
{
    out = Formats{false, false, false};
    std::size_t b = 0;
    while (b <= list.size()) {
        std::size_t e = list.find(',', b);
        if (e == std::string::npos) e = list.size();
        const std::string f = list.substr(b, e - b);
        if (f == "pdf") out.pdf = true;
        else if (f == "docx") out.docx = true;
        else if (f == "wordml") out.wordml = true;
        else {
            error = "unknown format '" + f + "'; expected pdf, docx or wordml (comma-separated; render also takes svg)";
            return false;
        }
        b = e + 1;
    }
    return true;
}

bool parse_variant(const std::string& name, model::Variant& out)
{
    if (name == "asli") out = model::Variant::Asli;
    else if (name == "salinan") out = model::Variant::Salinan;
    else if (name == "tte") out = model::Variant::Tte;
    else return false;
    return true;
}

std::optional<std::int64_t> source_date_epoch()
{
    const char* v = std::getenv("SOURCE_DATE_EPOCH");
    if (!v || !*v) return std::nullopt;
    char* end = nullptr;
    long long x = std::strtoll(v, &end, 10);
    if (*end || x < 0) return std::nullopt;
    return x;
}

namespace {

std::int64_t epoch_of(const model::Date& d)
{
    std::tm tm{};
    tm.tm_year = d.year - 1900;
    tm.tm_mon = d.month - 1;
    tm.tm_mday = d.day;
    return static_cast<std::int64_t>(timegm(&tm));
}

std::string sign_map_json(const std::vector<layout::SignatureField>& fields, const std::vector<std::pair<int, double>>& pages,
                          const std::string& pdf_name)
{
    using json_write::Json;
    using json_write::rounded;
    Json list = Json::array();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const auto& f = fields[i];
        const double page_height = pages[i].second;
        // PDF points to 1/100, as signing services take them
        list.push_back(Json{{"name", f.name},
                            {"signer", f.signer},
                            {"page", pages[i].first},
                            {"originX", rounded(f.x, 2)},
                            {"originY", rounded(page_height - f.y - f.height, 2)},
                            {"width", rounded(f.width, 2)},
                            {"height", rounded(f.height, 2)}});
    }
    const Json map{{"pdf", pdf_name}, {"fields", std::move(list)}, {"units", "PDF points from the bottom-left corner of the page"}};
    return json_write::dump(map, 2) + "\n";
}

/// Nothing is drawn outside the page: the first box of `p` that leaves it, described for a
/// drafter ("the text 'KESATU…' on page 3"), or empty. 0.5 pt of tolerance for rounding.
std::string first_off_page(const layout::Page& p, std::string& en)
{
    const double e = 0.5;
    auto outside = [&](double x0, double y0, double x1, double y1) {
        return x0 < -e || y0 < -e || x1 > p.width + e || y1 > p.height + e;
    };
    const std::string page = std::to_string(p.number);
    for (const auto& t : p.texts)
        if (outside(t.x, t.y - t.ascent, t.x + t.width, t.y + t.descent)) {
            const std::string word = t.text.size() > 40 ? t.text.substr(0, 40) + "…" : t.text;
            en = "the text '" + word + "' on page " + page;
            return "teks '" + word + "' pada halaman " + page;
        }
    for (const auto& c : p.cells)
        if (outside(c.x, c.y, c.x + c.width, c.y + c.height)) {
            const std::string where = std::to_string(c.row + 1) + ", " + std::to_string(c.col + 1);
            en = "the table cell at row, column " + where + " on page " + page;
            return "sel tabel pada baris, kolom " + where + " di halaman " + page;
        }
    auto box = [&](double x0, double y0, double x1, double y1) { return outside(std::min(x0, x1), std::min(y0, y1), std::max(x0, x1), std::max(y0, y1)); };
    bool any = false;
    for (const auto& f : p.fills) any = any || box(f.x, f.y, f.x + f.width, f.y + f.height);
    for (const auto& r : p.rules) any = any || box(r.x1, r.y1, r.x2, r.y2);
    for (const auto& f : p.fields) any = any || box(f.x, f.y, f.x + f.width, f.y + f.height);
    for (const auto& i : p.images) any = any || box(i.x, i.y, i.x + i.width, i.y + i.height);
    for (const auto& q : p.qrs) any = any || box(q.x, q.y, q.x + q.size, q.y + q.size);
    if (any) {
        en = "a line, shading or image on page " + page;
        return "garis, arsiran atau gambar pada halaman " + page;
    }
    return {};
}

}  // namespace

namespace {
bool render_files(const model::Decree& decree, const Engine& engine, const style::HouseStyle& house, text::Shaper& shaper,
                  const RenderRequest& request, RenderResult& result, DiagnosticSink& sink, std::size_t errors);
}  // namespace

bool render_decree(const model::Decree& decree, const Engine& engine, text::Shaper& shaper, const RenderRequest& request,
                   RenderResult& result, DiagnosticSink& sink, CheckRun* started_checks)
{
    result = RenderResult{};
    const std::size_t errors = sink.error_count();
    RenderRequest named = request;
    if (named.output_stem.empty()) named.output_stem = std::filesystem::path(decree.source_file).stem().string();
    const bool handed_run = request.run_checks && request.checks_in_parallel && started_checks && started_checks->started();
    std::optional<style::HouseStyle> own_style;
    if (!handed_run && !decree_style(decree, engine.style, own_style, sink)) return false;
    const style::HouseStyle& house = handed_run ? started_checks->style() : own_style ? *own_style : engine.style;
    auto checks_stop = [&](const DiagnosticSink& found) {
        return found.has_errors() || (request.strict && found.warning_count() > 0);
    };
    // The drafting checks run beside the layout (on a run the caller started early, else on one
    // started here); what they find still decides, before anything is written, whether the
    // document may be rendered.
    std::optional<CheckRun> own_checks;
    CheckRun* checks = nullptr;
    if (request.run_checks) {
        if (!request.checks_in_parallel) {
            DiagnosticSink found(sink.lang());
            check::run_checks(decree, check_options(house, request), found);
            const bool stop = checks_stop(found);
            for (auto& d : found.items()) sink.add(std::move(d));
            if (stop) return false;
        } else if (handed_run) {
            checks = started_checks;
        } else {
            checks = &own_checks.emplace(sink.lang());
            checks->start(decree, house, request);
        }
    }
    const bool rendered = render_files(decree, engine, house, shaper, named, result, sink, errors);
    if (checks) {
        DiagnosticSink found = checks->finish();
        const bool stop = checks_stop(found);
        for (auto& d : found.items()) sink.add(std::move(d));
        if (stop) {
            result = RenderResult{};
            return false;
        }
    }
    return rendered;
}

namespace {

constexpr std::size_t kQrCapacity = 2331;  // bytes, QR version 40 at error correction M

/// Whether the text the tte footer's QR code carries can be encoded at all (libqrencode says so
/// by returning null, which the layout would otherwise take as "no code").
bool verification_fits_qr(const std::string& text)
{
    if (text.size() > kQrCapacity) return false;
    QRcode* code = QRcode_encodeString8bit(text.empty() ? "-" : text.c_str(), 0, QR_ECLEVEL_M);
    if (!code) return false;
    QRcode_free(code);
    return true;
}

bool render_files(const model::Decree& decree, const Engine& engine, const style::HouseStyle& house, text::Shaper& shaper,
                  const RenderRequest& request, RenderResult& result, DiagnosticSink& sink, std::size_t errors)
{
    result.variant = request.variant ? *request.variant : decree.meta.variant;
    if (result.variant == model::Variant::Tte && decree.meta.verification.empty()) {
        sink.error(decree.pos, "E-TTE-VERIFIKASI",
                   "varian tte memerlukan <verifikasi> di dalam <kepala>: alamat atau pengenal yang dimuat kode QR-nya",
                   "the tte variant needs <verifikasi> in <kepala>: the address or identifier its QR code encodes");
        return false;
    }
    if (result.variant == model::Variant::Tte && !verification_fits_qr(decree.meta.verification)) {
        // A QR code (version 40, error correction M, byte mode) holds at most 2,331 bytes; the
        // footer without its code would look complete but could not be verified.
        const std::string have = std::to_string(decree.meta.verification.size());
        sink.error(decree.meta.verification_pos, "E-TTE-QR",
                   "<verifikasi> terlalu panjang untuk kode QR: " + have + " byte; seharusnya paling banyak " +
                       std::to_string(kQrCapacity) + " byte (kode QR versi 40, koreksi galat M)",
                   "<verifikasi> is too long for a QR code: " + have + " bytes; expected at most " + std::to_string(kQrCapacity) +
                       " bytes (QR version 40, error correction M)");
        return false;
    }
    if (result.variant == model::Variant::Salinan && !decree.meta.certification) {
        sink.error(decree.pos, "E-SALINAN-PENGESAHAN",
                   "varian salinan memerlukan <pengesahan-salinan kantor=\"…\" jabatan=\"…\" nama=\"…\"/> di dalam <kepala>",
                   "the salinan variant needs <pengesahan-salinan kantor=\"…\" jabatan=\"…\" nama=\"…\"/> in <kepala>");
        return false;
    }
    const std::string v = result.variant == model::Variant::Asli ? std::string() : std::string(".") + model::variant_name(result.variant);
    std::int64_t epoch = 0;
    if (request.epoch) epoch = *request.epoch;
    else if (decree.meta.date) epoch = epoch_of(*decree.meta.date);

    // every character must be in the font before anything is laid out (DOCX names the font
    // too, so the same text would show boxes in Word)
    if (!layout::check_glyphs(decree, *engine.fonts, sink)) return false;
    // the layout's table widths and text sizes, handed to the DOCX writer
    measure::TableMeasures table_measures;
    if (request.formats.pdf || request.dump_layout) {
        // Pages stream from the layout into the PDF writer (and the layout dump) as they are
        // finished, so a long table never has all its pages in memory.
        struct Sink : layout::PageSink {
            std::unique_ptr<PdfWriter> pdf;
            std::unique_ptr<layout::LayoutJson> json;
            std::vector<layout::SignatureField> fields;  // with page numbers and heights, for the sign map
            std::vector<std::pair<int, double>> field_pages;
            int pages = 0;
            DiagnosticSink* diagnostics = nullptr;
            const model::Decree* decree = nullptr;
            bool off_page_reported = false;
            void page(layout::Page&& p) override
            {
                std::string en;
                if (!off_page_reported) {
                    if (std::string id = first_off_page(p, en); !id.empty()) {
                        // an error, not a clipped document: what does not fit must be changed in the input
                        off_page_reported = true;
                        diagnostics->error(decree->pos, "E-LUAR-HALAMAN",
                                           id + " keluar dari halaman; perpendek label, persempit kolom, atau kurangi jumlah kolom tabel",
                                           en + " reaches outside the page; shorten the label, narrow the columns or use fewer table columns");
                    }
                }
                if (++pages == limits::kPdfPages + 1 && pdf) {
                    // the writer stops here; the layout runs to its end and then fails on this error
                    const std::string limit = std::to_string(limits::kPdfPages);
                    diagnostics->error(decree->pos, "E-PDF-HALAMAN", "dokumen ini lebih dari " + limit + " halaman, batas satu berkas PDF; bagilah dokumennya",
                                       "the document has more than " + limit + " pages, the limit of one PDF file; split the document");
                    pdf.reset();
                }
                for (const auto& f : p.fields) {
                    fields.push_back(f);
                    field_pages.emplace_back(p.number, p.height);
                }
                if (json) json->page(p);
                if (pdf) pdf->page(std::move(p));
            }
        } sink_pages;
        sink_pages.diagnostics = &sink;
        sink_pages.decree = &decree;
        if (request.formats.pdf) sink_pages.pdf = std::make_unique<PdfWriter>(shaper, sink, engine.font_programs.get());
        if (request.dump_layout) sink_pages.json = std::make_unique<layout::LayoutJson>(model::upper_id(decree.meta.title.plain()));
        layout::LayoutContext ctx{house, *engine.fonts, shaper, sink, result.variant};
        if (request.formats.docx || request.formats.wordml) ctx.table_measures = &table_measures;
        layout::Document doc;
        doc.sink = &sink_pages;
        if (!layout::layout_document(decree, ctx, doc) || sink.error_count() > errors) return false;
        doc.creation_epoch = epoch;
        if (sink_pages.json) result.layout_json = sink_pages.json->finish();
        if (request.formats.pdf) {
            OutputFile pdf;
            pdf.suffix = v + ".pdf";
            if (!sink_pages.pdf || !sink_pages.pdf->finish(doc, pdf.bytes)) return false;
            pdf.pages = sink_pages.pages;
            result.files.push_back(std::move(pdf));
            if (request.sign_map && result.variant != model::Variant::Salinan) {
                OutputFile map;
                map.suffix = v + ".sign.json";
                map.bytes = sign_map_json(sink_pages.fields, sink_pages.field_pages, request.output_stem + v + ".pdf");
                result.files.push_back(std::move(map));
            }
        }
    }
    DocxOptions dopts;
    dopts.variant = result.variant;
    dopts.table_measures = &table_measures;
    dopts.timestamp = epoch;
    dopts.fonts = engine.fonts.get();
    if (request.formats.docx) {
        OutputFile f;
        f.suffix = v + ".docx";
        if (!write_docx(decree, house, dopts, f.bytes, sink)) return false;
        result.files.push_back(std::move(f));
    }
    if (request.formats.wordml) {
        OutputFile f;
        f.suffix = v + ".wordml.xml";
        if (!write_flat_opc(decree, house, dopts, f.bytes, sink)) return false;
        result.files.push_back(std::move(f));
    }
    return sink.error_count() == errors;
}

}  // namespace

bool write_atomically(const std::string& path, const std::string& bytes, DiagnosticSink& sink)
{
    return write_all_atomically({{path, bytes}}, sink);
}

bool write_all_atomically(const std::vector<std::pair<std::string, std::string>>& files, DiagnosticSink& sink)
{
    std::string why, path;
    if (atomic::write_all_atomically(files, "render", why, sink.lang(), &path)) return true;
    // `why` ("PATH: reason") is in the sink's language already, the only one the sink keeps
    sink.error(SourcePos{path, 0, 0}, "E-TULIS", "berkas keluaran tidak dapat ditulis: " + why, "cannot write the output file: " + why);
    return false;
}

}  // namespace naskah::pipeline
