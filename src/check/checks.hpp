// Drafting checks: what a careful legal reviewer catches before a decree is signed.
#pragma once

#include <set>
#include <string>

#include "core/diagnostic.hpp"
#include "model/model.hpp"

namespace naskah::check {

struct CheckOptions {
    std::string lang = "id";           ///< message language: "id" or "en"
    std::set<std::string> disabled;    ///< rule codes switched off (house style or file)
};

/// Runs every drafting rule on a decree that loaded without errors; findings go to `sink`.
void run_checks(const model::Decree& decree, const CheckOptions& options, DiagnosticSink& sink);

}  // namespace naskah::check
