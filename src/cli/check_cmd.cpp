#include <boost/program_options.hpp>

#include <iostream>
#include <map>
#include <optional>
#include <memory>

#include "layout/glyphs.hpp"
#include "measure/text_fit.hpp"
#include "pipeline/pipeline.hpp"

#include "check/checks.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "xml/decree_reader.hpp"

namespace po = boost::program_options;

namespace naskah::cli {

int run_check(const std::vector<std::string>& args)
{
    po::options_description opts("naskah check FILE... [options]");
    opts.add_options()("help,h", "this help")("json", "machine-readable output: one JSON object per diagnostic line")(
        "lang", po::value<std::string>()->default_value("id"), "message language (format errors and drafting checks): id or en")(
        "strict", "treat warnings as errors (exit 1)")("max-per-rule", po::value<std::size_t>()->default_value(0),
                                                        "print at most N findings per rule (0: all); a summary line per rule says how many there are")("no-rules", "only validate the format, skip the drafting checks")(
        "layout", po::value<std::string>(), "house style whose fonts the text must fit: a name in layouts/ or a file; default: the file's gaya, else kpu");
    po::options_description hidden;
    hidden.add_options()("file", po::value<std::vector<std::string>>(), "input files");
    po::options_description all;
    all.add(opts).add(hidden);
    po::variables_map vm;
    if (const int code = parse_command(args, opts, all, "file", -1, vm); code >= 0) return code;
    if (!vm.count("file")) {
        std::cerr << "naskah check: expected at least one FILE\n";
        return 2;
    }
    check::CheckOptions options;
    options.lang = vm["lang"].as<std::string>();
    Lang lang = Lang::Id;
    if (!parse_lang(options.lang, lang)) {
        std::cerr << "naskah check: --lang takes id or en\n";
        return 2;
    }
    const bool json = vm.count("json") > 0;
    int status = 0;
    // house styles and their fonts, loaded once per name for all the files
    struct Engines {
        std::map<std::string, std::unique_ptr<pipeline::Engine>> loaded;
        std::map<std::string, std::vector<Diagnostic>> problems;
        /// `named_at`: the decree's gaya attribute when the decree chose the style; a style that
        /// failed to load is reported again for every file naming it, at that file's attribute.
        const pipeline::Engine* get(const std::string& name, DiagnosticSink& sink, const SourcePos* named_at)
        {
            auto it = loaded.find(name);
            if (it == loaded.end()) {
                auto e = std::make_unique<pipeline::Engine>();
                DiagnosticSink own(sink.lang());
                if (!e->load(name, own, named_at)) e.reset();
                problems[name] = own.items();
                it = loaded.emplace(name, std::move(e)).first;
            }
            for (auto d : problems[name]) {
                if (named_at && d.code == "E-GAYA-BACA") d.pos = *named_at;
                sink.add(std::move(d));
            }
            return it->second.get();
        }
    } engines;
    for (const auto& file : vm["file"].as<std::vector<std::string>>()) {
        DiagnosticSink sink(lang);
        model::Decree decree;
        const bool loaded = xml::read_decree(file, decree, sink);
        // a house style the decree names is part of the decree: --no-rules checks it loads too
        const bool named = loaded && !vm.count("layout") && !decree.layout_name.empty();
        if (named && vm.count("no-rules")) {
            style::HouseStyle named_style;  // the style file alone; its fonts matter only to the glyph check
            style::load_style(decree.layout_name, named_style, sink, &decree.layout_pos);
        }
        if (loaded && vm.count("no-rules") && !decree.style_settings.empty()) {
            // the decree's own conventions are part of its format: checked without the style's fonts
            style::HouseStyle defaults;
            style::apply_settings(decree.style_settings, defaults, sink);
        }
        if (loaded && !vm.count("no-rules")) {
            // characters the house style's font lacks, all of them, before a render would stop
            std::string layout = vm.count("layout") ? vm["layout"].as<std::string>() : decree.layout_name;
            if (layout.empty()) layout = "kpu";
            const pipeline::Engine* engine = engines.get(layout, sink, named ? &decree.layout_pos : nullptr);
            if (engine) layout::check_glyphs(decree, *engine->fonts, sink);
            // words and numbers too wide for their table cells, as a render would report them
            if (engine) measure::check_table_fit(decree, engine->style, *engine->fonts, sink);
            check::CheckOptions per_file = options;
            std::optional<style::HouseStyle> own_style;  // the decree's <konvensi> over its style
            if (engine && !decree.style_settings.empty()) {
                own_style.emplace(engine->style);
                style::apply_settings(decree.style_settings, *own_style, sink);
            }
            if (engine) per_file.style = own_style ? &*own_style : &engine->style;
            check::run_checks(decree, per_file, sink);
        }
        sink.sort();
        print_diagnostics(sink, json, std::cerr, std::cout, vm["max-per-rule"].as<std::size_t>());
        const bool unreadable = !sink.items().empty() && sink.items().front().code == "E-BACA";
        if (unreadable) status = std::max(status, 2);
        else if (sink.has_errors() || (vm.count("strict") && sink.warning_count() > 0)) status = std::max(status, 1);
    }
    return status;
}

}  // namespace naskah::cli
