#include "cli/common.hpp"

#include <iostream>

namespace po = boost::program_options;

namespace naskah::cli {

bool parse_options(const std::vector<std::string>& args, const po::options_description& opts,
                   const po::positional_options_description& pos, po::variables_map& vm)
{
    try {
        po::store(po::command_line_parser(args).options(opts).positional(pos).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        std::cerr << "naskah: " << e.what() << "\n" << opts;
        return false;
    }
    return true;
}

void print_diagnostics(const DiagnosticSink& sink, bool json, std::ostream& text_out, std::ostream& json_out)
{
    for (const auto& d : sink.items()) {
        if (json) json_out << diagnostic_json(d) << "\n";
        else text_out << format_diagnostic(d) << "\n";
    }
}

}  // namespace naskah::cli
