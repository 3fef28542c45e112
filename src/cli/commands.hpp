#pragma once

#include <string>
#include <vector>

namespace naskah::cli {

int run_check(const std::vector<std::string>& args);
int run_render(const std::vector<std::string>& args);
int run_new(const std::vector<std::string>& args);
int run_batch(const std::vector<std::string>& args);     // batch_cmd.cpp
int run_manifest(const std::vector<std::string>& args);  // batch_cmd.cpp
int run_import(const std::vector<std::string>& args);    // import_cmd.cpp
int run_serve(const std::vector<std::string>& args);     // serve_cmd.cpp

}  // namespace naskah::cli
