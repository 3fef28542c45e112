// Helpers shared by the sub-commands.
#pragma once

#include <boost/program_options.hpp>

#include <iosfwd>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "pipeline/pipeline.hpp"

namespace naskah::cli {

/// Parses a sub-command's arguments: `all` are the options it takes, `shown` those its help lists;
/// positional arguments go to the option named `positional` (at most `max_positional`, -1 for
/// any number). Returns -1 when the command should go on, else its exit code: 0 after printing
/// the help for --help, 2 after printing a usage error.
int parse_command(const std::vector<std::string>& args, const boost::program_options::options_description& shown,
                  const boost::program_options::options_description& all, const char* positional, int max_positional,
                  boost::program_options::variables_map& vm);

/// Reads what `render` and `batch` share into `req` — --format, --variant, --sign-map, --strict,
/// --lang (also into `lang`) — and SOURCE_DATE_EPOCH. On a bad value prints a usage error naming
/// `command` ("naskah batch") and returns false.
bool read_render_request(const boost::program_options::variables_map& vm, const char* command, pipeline::RenderRequest& req,
                         Lang& lang);

/// Compiler-style lines to `text_out`, or JSON lines to `json_out`; a drafting rule's findings about
/// one word are one line with their count and positions, at most `max_per_rule` lines per rule (0:
/// all), then a summary line per rule.
void print_diagnostics(const DiagnosticSink& sink, bool json, std::ostream& text_out, std::ostream& json_out, std::size_t max_per_rule = 0);

/// Refuses (one E-TULIS error in `sink`, true) to write over `path` when a file is there that
/// naskah did not make — the office's own Word file beside the decree imported from it, a PDF
/// signed since (a signature appends an update), a drafter's XML — or that is the input itself.
/// naskah's own PDF (producer «naskah») and DOCX (application «naskah») may be replaced: that is
/// rendering again. `force_hint` names the option that allows it anyway ("--force").
bool refuse_overwrite(const std::string& path, const std::string& input, const char* force_hint, DiagnosticSink& sink);

}  // namespace naskah::cli
