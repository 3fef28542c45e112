#include "check/checks.hpp"

namespace naskah::check {

void run_checks(const model::Decree&, const CheckOptions&, DiagnosticSink&) {}

}  // namespace naskah::check
