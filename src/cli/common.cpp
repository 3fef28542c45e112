#include "cli/common.hpp"

#include <iostream>

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

void print_diagnostics(const DiagnosticSink& sink, bool json, std::ostream& text_out, std::ostream& json_out)
{
    for (const auto& d : sink.items()) {
        if (json) json_out << diagnostic_json(d) << "\n";
        else text_out << format_diagnostic(d) << "\n";
    }
}

}  // namespace naskah::cli
