// Helpers shared by the sub-commands.
#pragma once

#include <boost/program_options.hpp>

#include <iosfwd>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace naskah::cli {

/// Parses sub-command arguments; prints a usage error and returns false on bad options.
bool parse_options(const std::vector<std::string>& args, const boost::program_options::options_description& opts,
                   const boost::program_options::positional_options_description& pos,
                   boost::program_options::variables_map& vm);

/// Compiler-style lines to `text_out`, or JSON lines to `json_out`.
void print_diagnostics(const DiagnosticSink& sink, bool json, std::ostream& text_out, std::ostream& json_out);

}  // namespace naskah::cli
