#include "cli/common.hpp"

#include <iostream>

#include "check/findings.hpp"

namespace po = boost::program_options;

namespace naskah::cli {

int parse_command(const std::vector<std::string>& args, const po::options_description& shown, const po::options_description& all,
                  const char* positional, int max_positional, po::variables_map& vm)
{
    po::positional_options_description pos;
    pos.add(positional, max_positional);
    try {
        po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        std::cerr << "naskah: " << e.what() << "\n" << shown;
        return 2;
    }
    if (vm.count("help")) {
        std::cout << shown;
        return 0;
    }
    return -1;
}

bool read_render_request(const po::variables_map& vm, const char* command, pipeline::RenderRequest& req, Lang& lang)
{
    std::string error;
    if (!pipeline::parse_formats(vm["format"].as<std::string>(), req.formats, error)) {
        std::cerr << command << ": " << error << "\n";
        return false;
    }
    if (vm.count("variant")) {
        model::Variant v;
        if (!pipeline::parse_variant(vm["variant"].as<std::string>(), v)) {
            std::cerr << command << ": --variant takes asli, salinan or tte\n";
            return false;
        }
        req.variant = v;
    }
    req.sign_map = vm.count("sign-map") > 0;
    req.strict = vm.count("strict") > 0;
    req.lang = vm["lang"].as<std::string>();
    if (!parse_lang(req.lang, lang)) {
        std::cerr << command << ": --lang takes id or en\n";
        return false;
    }
    req.epoch = pipeline::source_date_epoch();
    return true;
}

void print_diagnostics(const DiagnosticSink& sink, bool json, std::ostream& text_out, std::ostream& json_out, std::size_t max_per_rule)
{
    // the drafting checks' findings grouped per word, with a summary line per rule (docs/checks.md#output)
    check::ReportOptions options;
    options.json = json;
    options.english = sink.english();
    options.max_per_rule = max_per_rule;
    check::write_findings(sink.items(), options, text_out, json_out);
}

}  // namespace naskah::cli
