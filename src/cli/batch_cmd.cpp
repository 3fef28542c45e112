// Placeholder until the batch command lands (issue 8); replaced by its implementation.
#include <iostream>

#include "cli/commands.hpp"

namespace naskah::cli {

int run_batch(const std::vector<std::string>&)
{
    std::cerr << "naskah batch: not available in this build\n";
    return 2;
}

int run_manifest(const std::vector<std::string>&)
{
    std::cerr << "naskah manifest: not available in this build\n";
    return 2;
}

}  // namespace naskah::cli
