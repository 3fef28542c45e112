// Writing JSON: every JSON text naskah prints (check/render --json, batch's journal, manifest and
// progress events, the sign map, the layout dump, naskah serve's replies) is built as an
// nlohmann::ordered_json and printed by dump() here, rather than by string concatenation: one
// escaper that follows RFC 8259 instead of five hand-written ones. ordered_json keeps members in
// the order they are added, so the bytes stay what the documentation and the tests expect.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/diagnostic.hpp"

namespace naskah::json_write {

using Json = nlohmann::ordered_json;

/// The JSON text of `j`: compact when `indent` is negative, else pretty with that many spaces.
/// UTF-8 is written as is (not \u-escaped). Strings come from file names and decree text that
/// may hold invalid UTF-8: each invalid byte is written as U+FFFD instead of throwing
/// (nlohmann's default) or passing the byte through (which made the text invalid JSON).
std::string dump(const Json& j, int indent = -1);

/// `v` rounded to `decimals` places, for lengths in points and times: nlohmann prints a double
/// in its shortest exact form (595.28, 12.5, 100.0), so rounding first keeps 0.1 + 0.2 from
/// printing as 0.30000000000000004 and the bytes the same on every machine.
double rounded(double v, int decimals);

/// One diagnostic as `naskah check --json` prints it: file, line, column, severity, code,
/// message, and hint when there is one.
Json diagnostic(const Diagnostic& d);

}  // namespace naskah::json_write
