// naskah import IN.docx [-o OUT.xml]: a Word decree into the naskah format (docs/import.md).
#include <boost/program_options.hpp>

#include <sys/stat.h>

#include <filesystem>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "import/import.hpp"
#include "pipeline/pipeline.hpp"
#include "xml/decree_reader.hpp"
#include "xml/decree_writer.hpp"

namespace po = boost::program_options;

namespace naskah::cli {

namespace {

std::string folder_of(const std::string& path)
{
    const std::size_t k = path.rfind('/');
    return k == std::string::npos ? std::string() : path.substr(0, k + 1);
}

std::string stem_of(const std::string& path)
{
    std::string name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
    const std::size_t dot = name.rfind('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace

int run_import(const std::vector<std::string>& args)
{
    po::options_description opts("naskah import IN.docx [-o OUT.xml] [options]");
    opts.add_options()("help,h", "this help")("output,o", po::value<std::string>(), "the naskah file to write; default: IN with .xml")(
        "json", "diagnostics as JSON lines on standard output")("lang", po::value<std::string>()->default_value("id"), "message language: id or en")(
        "strict", "treat warnings as errors: exit 1 and write nothing when anything could not be placed")(
        "force", "replace an existing OUT.xml (and its pictures); by default an existing file is kept");
    po::options_description hidden;
    hidden.add_options()("file", po::value<std::vector<std::string>>(), "input");
    po::options_description all;
    all.add(opts).add(hidden);
    po::variables_map vm;
    if (const int code = parse_command(args, opts, all, "file", 1, vm); code >= 0) return code;
    if (!vm.count("file")) {
        std::cerr << "naskah import: expected one IN.docx\n";
        return 2;
    }
    Lang lang = Lang::Id;
    if (!parse_lang(vm["lang"].as<std::string>(), lang)) {
        std::cerr << "naskah import: --lang takes id or en\n";
        return 2;
    }
    const bool json = vm.count("json") > 0;
    const std::string in = vm["file"].as<std::vector<std::string>>().front();
    std::string out_path = vm.count("output") ? vm["output"].as<std::string>() : folder_of(in) + stem_of(in) + ".xml";
    struct stat st {};
    if (::stat(out_path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) out_path += "/" + stem_of(in) + ".xml";

    DiagnosticSink sink(lang);
    import::ImportOptions options;
    options.image_stem = stem_of(out_path);
    import::ImportOutput result;
    const bool ok = import::import_docx(in, options, result, sink);
    if (!ok) {
        sink.sort();
        print_diagnostics(sink, json, std::cerr, std::cout);
        // refusals of the file itself are "unreadable input" (2); a document without the
        // structure of a decree is an error found in the input (1)
        for (const Diagnostic& d : sink.items())
            if (d.severity == Severity::Error && d.code == "E-IMPOR-STRUKTUR") return 1;
        return 2;
    }
    // the file written must read back as a decree; what the reader misses is for the drafter
    // to complete, said here with the reader's own words
    {
        // (without the logo, which is written only with the file)
        DiagnosticSink check(lang);
        model::Decree back, no_logo = result.decree;
        no_logo.meta.logo_path.clear();
        xml::read_decree_text(out_path, xml::write_decree(no_logo), back, check);
        for (const Diagnostic& d : check.items()) {
            if (d.severity != Severity::Error) continue;
            // the reader checks the logo file, which is written only below, with the XML
            bool logo_being_written = false;
            for (const auto& image : result.images) logo_being_written = logo_being_written || (d.code == "E-LOGO" && d.message.find(image.first) != std::string::npos);
            if (logo_being_written) continue;
            Diagnostic w = d;
            w.severity = Severity::Warning;
            w.code = "W-IMPOR-LENGKAPI";
            w.message = sink.pick("berkas hasil impor perlu dilengkapi: ", "the imported file needs completing: ") + d.message + " [" + d.code + "]";
            sink.add(std::move(w));
        }
    }
    sink.sort();
    print_diagnostics(sink, json, std::cerr, std::cout);
    if (vm.count("strict") && sink.warning_count() > 0) return 1;
    // the pictures and the file, all or nothing
    DiagnosticSink write_sink(lang);
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& [name, bytes] : result.images) files.emplace_back(folder_of(out_path) + name, bytes);
    files.emplace_back(out_path, result.xml);
    // an existing file is the drafter's work (the XML edited since the last import) or someone
    // else's (a picture of that name, the Word file itself named as -o): kept unless --force, and
    // the input never replaced
    {
        bool refused = false;
        for (const auto& f : files) {
            std::error_code ec;
            if (std::filesystem::equivalent(f.first, in, ec)) refused = refuse_overwrite(f.first, in, nullptr, write_sink) || refused;
            else if (!vm.count("force")) refused = refuse_overwrite(f.first, in, "--force", write_sink) || refused;
        }
        if (refused) {
            print_diagnostics(write_sink, json, std::cerr, std::cout);
            return 2;
        }
    }
    if (!pipeline::write_all_atomically(files, write_sink)) {
        print_diagnostics(write_sink, json, std::cerr, std::cout);
        return 2;
    }
    if (!json) {
        for (const auto& image : result.images) std::cerr << "naskah: wrote " << folder_of(out_path) + image.first << "\n";
        std::cerr << "naskah: wrote " << out_path << " (gaya " << (result.style.name.empty() ? "-" : result.style.name) << ")\n";
    }
    return 0;
}

}  // namespace naskah::cli
