#include <boost/program_options.hpp>

#include <iostream>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "serve/server.hpp"

namespace po = boost::program_options;

namespace naskah::cli {

extern const char* const kStarterKeputusan;
extern const char* const kStarterPeraturan;
extern const char* const kStarterInstruksi;

int run_serve(const std::vector<std::string>& args)
{
    po::options_description opts("naskah serve [DIR] [options]");
    opts.add_options()("help,h", "this help")("port", po::value<int>()->default_value(8417), "port to listen on (0: any free port)")(
        "listen", po::value<std::string>()->default_value("127.0.0.1"),
        "address to listen on; anything but 127.0.0.1 lets other machines reach the editor (the token still guards it)");
    po::options_description hidden;
    hidden.add_options()("dir", po::value<std::string>(), "folder of decree files");
    po::options_description all;
    all.add(opts).add(hidden);
    po::variables_map vm;
    if (const int code = parse_command(args, opts, all, "dir", 1, vm); code >= 0) return code;
    serve::ServeOptions o;
    o.dir = vm.count("dir") ? vm["dir"].as<std::string>() : ".";
    o.port = vm["port"].as<int>();
    o.host = vm["listen"].as<std::string>();
    o.starters = {{"keputusan", kStarterKeputusan}, {"peraturan", kStarterPeraturan}, {"instruksi", kStarterInstruksi}};
    if (o.port < 0 || o.port > 65535) {
        std::cerr << "naskah serve: --port takes 0 to 65535\n";
        return 2;
    }
    if (o.host != "127.0.0.1" && o.host != "::1" && o.host != "localhost")
        std::cerr << "naskah serve: WARNING: listening on " << o.host
                  << ", not only on this machine: anyone who can reach it and learns the token can read and change the decrees in "
                  << o.dir << "\n";
    return serve::run_server(o, [](const std::string& url) {
        std::cout << "naskah serve: open " << url << "\n(stop with Ctrl+C)" << std::endl;
    });
}

}  // namespace naskah::cli
