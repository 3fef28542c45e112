// Drafting checks: what a careful legal reviewer catches before a decree is signed.
//
// Every rule has a stable code (docs/checks.md lists them with examples), one severity, and a
// message in Indonesian or English. Rules are switched off by the caller (CheckOptions::disabled),
// by the house style (HouseStyle::disabled_checks) or by the file itself (abaikan-periksa="…").
#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/model.hpp"
#include "style/style.hpp"

namespace naskah::check {

struct CheckOptions {
    std::string lang = "id";           ///< message language: "id" or "en"
    std::set<std::string> disabled;    ///< rule codes switched off (house style or file); "PREFIX-*" switches a family off
    /// House style for conventions (last Menimbang item's punctuation) and its disabled rules.
    /// Null: the style the decree names (gaya="…") is loaded once per process, if it loads.
    const style::HouseStyle* style = nullptr;
    /// The input's bytes when the caller still has them. Null: decree.source_file is read again.
    /// Needed for columns inside text and for double spaces, which the reader collapses.
    const std::string* source_text = nullptr;
};

/// Runs every drafting rule on a decree that loaded without errors; findings go to `sink`.
/// Thread-safe: the dictionary and the area lists load once per process, on first use.
void run_checks(const model::Decree& decree, const CheckOptions& options, DiagnosticSink& sink);

/// Loads the spelling dictionary and the area lists now (each once per process). `render` calls it
/// on a thread of its own at start-up, so the load overlaps reading the input and the layout.
void preload();

/// One rule of the catalogue (docs/checks.md).
struct RuleInfo {
    const char* code;
    Severity severity;
    const char* summary_id;  ///< one line, Indonesian
    const char* summary_en;  ///< one line, English
};

/// Every rule run_checks can report, in the order docs/checks.md lists them.
const std::vector<RuleInfo>& rule_catalogue();

}  // namespace naskah::check
