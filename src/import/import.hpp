// `naskah import`: a Word decree (.docx) into a naskah XML file (docs/import.md).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"
#include "import/package.hpp"
#include "model/model.hpp"

namespace naskah::import {

struct ImportOptions {
    std::string image_stem = "gambar";  ///< pictures go beside the output as <stem>-logo.png, …
    PackageLimits limits;
};

struct StyleChoice {
    std::string name;                  ///< the chosen house style
    std::vector<std::string> differs;  ///< settings of the document that differ from it
};

struct ImportOutput {
    model::Decree decree;
    std::string xml;  ///< the naskah file
    std::vector<std::pair<std::string, std::string>> images;  ///< name beside the output, bytes
    StyleChoice style;
    std::vector<StyleChoice> candidates;  ///< every shipped style with its differences, in name order
};

/// Reads, recognises and writes. False when an error stops the import (nothing to write).
bool import_docx(const std::string& path, const ImportOptions& options, ImportOutput& out, DiagnosticSink& sink);
/// Same from bytes in memory (benchmarks, tests).
bool import_docx_bytes(const std::string& path, const std::string& bytes, const ImportOptions& options, ImportOutput& out,
                       DiagnosticSink& sink);

}  // namespace naskah::import
