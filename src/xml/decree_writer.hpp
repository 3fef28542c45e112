// Writes the model back as a naskah XML file (docs/format.md): what `naskah import` produces, and
// — in canonical form — what the round-trip tests compare.
#pragma once

#include <string>
#include <vector>

#include "model/model.hpp"

namespace naskah::xml {

struct WriteOptions {
    /// Canonical form, for comparing two models that render alike: text the house style prints
    /// in capitals is written in capitals, every cell's alignment is written out (no table
    /// default), column widths are left out (a DOCX keeps resolved widths only; the round-trip
    /// test compares the fixed ones separately), and no comments are written.
    bool canonical = false;
    /// Comment lines written at the top of the file (ignored in canonical form).
    std::vector<std::string> comments;
};

/// The decree as XML text, UTF-8, indented by two spaces, ending with a newline. Deterministic.
std::string write_decree(const model::Decree& d, const WriteOptions& options = {});

}  // namespace naskah::xml
