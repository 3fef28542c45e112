#include "cli/commands.hpp"

#include <iostream>

namespace naskah::cli {

extern const char* const kStarterKeputusan;

int run_new(const std::vector<std::string>& args)
{
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        std::cout << "naskah new keputusan\n  prints a commented starter decree to fill in: naskah new keputusan > draft.xml\n";
        return 0;
    }
    if (args.size() != 1 || args[0] != "keputusan") {
        std::cerr << "naskah new: expected 'naskah new keputusan'\n";
        return 2;
    }
    std::cout << kStarterKeputusan;
    return 0;
}

}  // namespace naskah::cli
