#include "cli/commands.hpp"

#include <iostream>

namespace naskah::cli {

int run_render(const std::vector<std::string>&)
{
    std::cerr << "naskah render: not built yet\n";
    return 2;
}

}  // namespace naskah::cli
