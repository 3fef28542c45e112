// Output people read (issue 16): findings of one rule about one word are one line with a count and
// their positions, not one line each; each rule gets a summary line; --max-per-rule N caps the
// lines per rule. The same grouping in JSON. Format errors (E-…) are printed one by one as before.
#pragma once

#include <cstddef>
#include <ostream>
#include <vector>

#include "core/diagnostic.hpp"

namespace naskah::check {

struct FindingGroup {
    Diagnostic first;                  ///< the first occurrence, as reported
    std::vector<SourcePos> positions;  ///< every occurrence, the first included, in order
};

/// Groups findings with the same file, rule, severity, message and hint, in order of first occurrence.
std::vector<FindingGroup> group_findings(const std::vector<Diagnostic>& items);

struct ReportOptions {
    bool json = false;
    bool english = false;
    std::size_t max_per_rule = 0;  ///< lines per rule code; 0: all
};

/// Text lines to `text_out` (one per group, then one summary line per rule), or JSON lines to
/// `json_out` (one object per group with "count" and "positions", then {"summary":true,…} per rule).
void write_findings(const std::vector<Diagnostic>& items, const ReportOptions& options, std::ostream& text_out, std::ostream& json_out);

}  // namespace naskah::check
