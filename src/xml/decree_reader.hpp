// Reads a decree file (the naskah XML vocabulary, docs/format.md) into the model.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "model/model.hpp"

namespace naskah::xml {

/// Loads and validates `path`. A syntax error stops at once; every other problem is collected
/// in `sink`. Returns true when the decree has no errors (warnings allowed).
bool read_decree(const std::string& path, model::Decree& out, DiagnosticSink& sink);
/// Same, from text already in memory; `path` is used for diagnostics and relative paths.
bool read_decree_text(const std::string& path, std::string text, model::Decree& out, DiagnosticSink& sink);

/// Resolves the files the decree names from its folder (a gaya path, the logo) and checks the
/// logo: a regular file under its limit that decodes as a PNG. Errors at the naming attribute.
/// read_decree calls it.
void check_referenced_files(model::Decree& d, DiagnosticSink& sink);

/// Whether `bytes` are meant as a decree, for batch to skip other XML files: false only when a
/// root element other than <keputusan> can be named (`root` receives it). A broken file whose
/// first element is <keputusan>, and one in which no element can be found at all (empty, cut
/// off, not XML), count as decrees, so that their errors are reported rather than skipped.
bool meant_as_decree(std::string_view bytes, std::string& root);
/// The same for a file.
bool is_naskah_document(const std::string& path);

/// Namespace-free name of the root element naskah documents use.
inline constexpr const char* kRootElement = "keputusan";
/// The root of a regulation (Peraturan): the same file, with Pasal instead of diktum.
inline constexpr const char* kRegulationRoot = "peraturan";

}  // namespace naskah::xml
