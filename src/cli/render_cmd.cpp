#include <boost/program_options.hpp>

#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

#include "check/checks.hpp"

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "pipeline/pipeline.hpp"
#include "render/svg/svg_writer.hpp"
#include "xml/decree_reader.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace naskah::cli {

namespace {

// "svg" is not one of the pipeline's formats (the SVG writer lays the document out itself, see
// render/svg/): it is taken out of --format here. An SVG-only request keeps the checks and the
// glyph checks by asking the pipeline for no file at all.
bool take_svg(std::vector<std::string>& args, bool& svg_only)
{
    bool svg = false;
    svg_only = false;
    auto strip = [&](std::string list) {
        std::string kept;
        std::size_t b = 0;
        while (b <= list.size()) {
            std::size_t e = list.find(',', b);
            if (e == std::string::npos) e = list.size();
            const std::string f = list.substr(b, e - b);
            if (f == "svg") svg = true;
            else kept += (kept.empty() ? "" : ",") + f;
            b = e + 1;
        }
        if (svg && kept.empty()) {
            svg_only = true;
            kept = "pdf";
        }
        return kept;
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--format" && i + 1 < args.size()) args[i + 1] = strip(args[i + 1]);
        else if (args[i].starts_with("--format=")) args[i] = "--format=" + strip(args[i].substr(9));
    }
    return svg;
}

}  // namespace

int run_render(const std::vector<std::string>& original_args)
{
    std::vector<std::string> args = original_args;
    bool svg_only = false;
    const bool svg = take_svg(args, svg_only);
    po::options_description opts("naskah render IN.xml [options]");
    opts.add_options()("help,h", "this help")(
        "output,o", po::value<std::string>(), "output folder, or file name (one format only); default: the input's folder")(
        "layout", po::value<std::string>(), "house style: a name in layouts/ (kpu) or a file; default: the input's gaya, else kpu")(
        "format", po::value<std::string>()->default_value("pdf"), "pdf, docx, wordml, svg (all pages in one file), comma-separated")(
        "variant", po::value<std::string>(), "asli, salinan or tte; default: the input's varian, else asli")(
        "sign-map", "write NAME.sign.json with every signature field's page and box (asli, tte)")(
        "dump-layout", po::value<std::string>(), "write the laid-out pages as JSON to this file")(
        "strict", "warnings from the drafting checks stop rendering")("max-per-rule", po::value<std::size_t>()->default_value(0),
                                                                        "print at most N findings per rule (0: all)")(
        "no-checks", "skip the drafting checks (format and font errors still stop rendering)")("json", "diagnostics as JSON lines on stdout")(
        "force", "replace an output file naskah did not make (by default a DOCX or PDF that is not naskah's own is kept)")(
        "lang", po::value<std::string>()->default_value("id"), "language of the messages (format errors and drafting checks): id or en");
    po::options_description hidden;
    hidden.add_options()("input", po::value<std::string>(), "input file");
    po::options_description all;
    all.add(opts).add(hidden);
    po::variables_map vm;
    if (const int code = parse_command(args, opts, all, "input", 1, vm); code >= 0) return code;
    if (!vm.count("input")) {
        std::cerr << "naskah render: expected an input file\n" << opts;
        return 2;
    }
    const bool json = vm.count("json") > 0;
    const std::string input = vm["input"].as<std::string>();
    pipeline::RenderRequest req;
    Lang lang = Lang::Id;
    if (!read_render_request(vm, "naskah render", req, lang)) return 2;
    req.run_checks = vm.count("no-checks") == 0;
    req.dump_layout = vm.count("dump-layout") > 0;
    if (svg_only) req.formats = pipeline::Formats{false, false, false};

    // what the checks' thread reads is declared before it, so it outlives the thread on every way out
    model::Decree decree;
    pipeline::Engine engine;
    std::optional<style::HouseStyle> own_style;
    // The checks' thread starts now: it loads their dictionary while the input is read, and
    // checks the decree once it and its style are known, while this thread loads the fonts.
    std::optional<pipeline::CheckRun> checks;
    if (req.run_checks) checks.emplace(lang, check::preload);

    DiagnosticSink sink(lang);
    const bool loaded = xml::read_decree(input, decree, sink);
    auto finish = [&](int code) {
        sink.sort();
        print_diagnostics(sink, json, std::cerr, std::cout, vm["max-per-rule"].as<std::size_t>());
        return code;
    };
    if (!loaded) {
        const bool unreadable = !sink.items().empty() && sink.items().front().code == "E-BACA";
        return finish(unreadable ? 2 : 1);
    }
    std::string layout = vm.count("layout") ? vm["layout"].as<std::string>() : decree.layout_name;
    if (layout.empty()) layout = "kpu";
    const bool named = !vm.count("layout") && !decree.layout_name.empty();
    // a style the decree names that cannot load is an error in the decree (1); --layout's is a usage error (2)
    if (!engine.load_style(layout, sink, named ? &decree.layout_pos : nullptr)) return finish(named ? 1 : 2);
    // the checks need the decree's own style now; without them render_decree works it out
    if (checks) {
        if (!pipeline::decree_style(decree, engine.style, own_style, sink)) return finish(1);
        checks->start(decree, own_style ? *own_style : engine.style, req);
    }
    if (!engine.load_fonts(sink)) return finish(named ? 1 : 2);
    // -o names a file when it is no folder and ends as an output does; otherwise it is a folder
    const std::optional<fs::path> output =
        vm.count("output") ? std::optional<fs::path>(vm["output"].as<std::string>()) : std::nullopt;
    const bool output_is_file = output && !fs::is_directory(*output) &&
                                (output->extension() == ".pdf" || output->extension() == ".docx" || output->extension() == ".xml" ||
                                 output->extension() == ".svg");
    if (output_is_file) req.output_stem = output->stem().string();
    if (req.sign_map && (req.variant ? *req.variant : decree.meta.variant) == model::Variant::Salinan && !json)
        std::cerr << "naskah render: a salinan has no signature fields; --sign-map writes nothing for it\n";
    text::Shaper shaper(*engine.fonts);
    pipeline::RenderResult result;
    if (!pipeline::render_decree(decree, engine, shaper, req, result, sink, checks ? &*checks : nullptr)) return finish(1);
    if (svg) {
        pipeline::OutputFile f;
        const model::Variant variant = req.variant ? *req.variant : decree.meta.variant;
        if (!render::render_svg(decree, engine.style, *engine.fonts, shaper, variant, f.bytes, f.pages, sink)) return finish(1);
        f.suffix = (variant == model::Variant::Asli ? std::string() : std::string(".") + model::variant_name(variant)) + ".svg";
        result.files.push_back(std::move(f));
    }

    // Output names: with a folder (or none), the input's name with each file's suffix; with a
    // file name, that name (only when one file is written).
    fs::path in(input);
    fs::path dir = in.parent_path();
    std::string explicit_file;
    if (output) {
        const fs::path& o = *output;
        if (!output_is_file) {
            std::error_code ec;
            // «-o afile/» where afile is a file: «already exists» would not say what is wrong
            const fs::path as_named = o.has_filename() ? o : o.parent_path();  // «afile/» is afile
            if (fs::exists(as_named, ec) && !fs::is_directory(as_named, ec)) {
                sink.error(SourcePos{o.string(), 0, 0}, "E-TULIS",
                           "-o menamai folder keluaran, tetapi ini berkas, bukan folder; beri nama folder, atau nama berkas berakhiran .pdf, .docx, .xml atau .svg",
                           "-o names the output folder, but this is a file, not a folder; give a folder, or a file name ending in .pdf, .docx, .xml or .svg");
                return finish(2);
            }
            fs::create_directories(o, ec);
            if (ec) {
                sink.error(SourcePos{o.string(), 0, 0}, "E-TULIS", "folder keluaran tidak dapat dibuat: " + system_error_text(ec.value(), lang),
                           "cannot create the output folder: " + ec.message());
                return finish(2);
            }
            dir = o;
        } else {
            const std::size_t main_files = static_cast<std::size_t>(req.formats.pdf) + req.formats.docx + req.formats.wordml + svg;
            if (main_files != 1) {
                std::cerr << "naskah render: -o FILE takes one format; give a folder for several\n";
                return finish(2);
            }
            // the name must say what the file is: -o x.pdf --format docx would be a DOCX named .pdf
            const std::string want = req.formats.pdf ? ".pdf" : req.formats.docx ? ".docx" : svg ? ".svg" : ".xml";
            if (o.extension() != want) {
                std::cerr << "naskah render: -o " << o.string() << " does not end in " << want << ", the format being written\n";
                return finish(2);
            }
            explicit_file = o.string();
        }
    }
    const std::string base = (dir / in.stem()).string();
    std::vector<std::pair<std::string, std::string>> files;
    std::vector<int> pages;
    if (req.dump_layout) {
        files.emplace_back(vm["dump-layout"].as<std::string>(), std::move(result.layout_json));
        pages.push_back(0);
    }
    for (auto& f : result.files) {
        std::string path = base + f.suffix;
        if (!explicit_file.empty()) {
            const bool main = f.suffix.size() >= 4 && (f.suffix.ends_with(".pdf") || f.suffix.ends_with(".docx") || f.suffix.ends_with(".wordml.xml") ||
                                                     f.suffix.ends_with(".svg"));
            path = main ? explicit_file : fs::path(explicit_file).replace_extension("").string() + f.suffix.substr(f.suffix.find(".sign"));
        }
        files.emplace_back(std::move(path), std::move(f.bytes));
        pages.push_back(f.pages);
    }
    // No output may replace the input (render a.xml -o a.xml would put the PDF in its place).
    for (const auto& [path, bytes] : files) {
        std::error_code ec;
        if (fs::equivalent(path, input, ec) || fs::absolute(path, ec).lexically_normal() == fs::absolute(input, ec).lexically_normal()) {
            std::cerr << "naskah render: the output " << path << " would replace the input; give another -o\n";
            return finish(2);
        }
    }
    // Nor two outputs one path (--dump-layout a.pdf beside the PDF a.pdf: one was silently lost)
    for (std::size_t a = 0; a < files.size(); ++a)
        for (std::size_t b = a + 1; b < files.size(); ++b)
            if (fs::absolute(files[a].first).lexically_normal() == fs::absolute(files[b].first).lexically_normal()) {
                std::cerr << "naskah render: two outputs would be written to " << files[b].first << "; give --dump-layout another file\n";
                return finish(2);
            }
    // Nor a file naskah did not make: `import kantor.docx` then `render kantor.xml --format docx`
    // would put naskah's DOCX over the office's own Word file (a new-user trial lost two so).
    if (!vm.count("force")) {
        bool refused = false;
        for (std::size_t k = req.dump_layout ? 1 : 0; k < files.size(); ++k) refused = refuse_overwrite(files[k].first, input, "--force", sink) || refused;
        if (refused) return finish(2);
    }
    if (!pipeline::write_all_atomically(files, sink)) return finish(2);
    if (!json)
        for (std::size_t k = 0; k < files.size(); ++k)
            if (!(req.dump_layout && k == 0))
                std::cerr << "naskah: wrote " << files[k].first << (pages[k] ? " (" + std::to_string(pages[k]) + " pages)" : std::string()) << "\n";
    return finish(0);
}

}  // namespace naskah::cli
