// How a batch run reports: a progress bar on a terminal, plain lines otherwise, or JSON events.
#pragma once

#include <iosfwd>
#include <memory>

#include "batch/runner.hpp"

namespace naskah::batch {

struct ReportStyle {
    bool json = false;      ///< one JSON object a line on `out` (docs/batch.md lists the events)
    bool quiet = false;     ///< only failures and problems with the run
    bool terminal = false;  ///< `err` is a terminal: redraw a progress bar in place
};

/// Text goes to `err` (progress, diagnostics, summary); JSON events go to `out`.
std::unique_ptr<Reporter> make_reporter(const ReportStyle& style, std::ostream& out, std::ostream& err);

}  // namespace naskah::batch
