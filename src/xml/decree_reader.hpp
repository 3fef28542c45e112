// Reads a decree file (the naskah XML vocabulary, docs/format.md) into the model.
#pragma once

#include <string>

#include "core/diagnostic.hpp"
#include "model/model.hpp"

namespace naskah::xml {

/// Loads and validates `path`. A syntax error stops at once; every other problem is collected
/// in `sink`. Returns true when the decree has no errors (warnings allowed).
bool read_decree(const std::string& path, model::Decree& out, DiagnosticSink& sink);
/// Same, from text already in memory; `path` is used for diagnostics and relative paths.
bool read_decree_text(const std::string& path, std::string text, model::Decree& out, DiagnosticSink& sink);

/// True when the file's root element is <keputusan> (used by batch to skip other XML files).
bool is_naskah_document(const std::string& path);

/// Namespace-free name of the root element naskah documents use.
inline constexpr const char* kRootElement = "keputusan";

}  // namespace naskah::xml
