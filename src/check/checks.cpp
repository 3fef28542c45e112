#include "check/checks.hpp"

#include "check/areas.hpp"
#include "check/speller.hpp"

#include <sstream>

#include "check/context.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

namespace {

bool known_code(const std::string& code)
{
    if (code.empty()) return true;
    const bool prefix = code.back() == '*';
    const std::string stem = prefix ? code.substr(0, code.size() - 1) : code;
    for (const auto& r : rule_catalogue()) {
        const std::string_view c(r.code);
        if (prefix ? c.substr(0, stem.size()) == stem : c == stem) return true;
    }
    return false;
}

std::vector<std::string> nearest_codes(const std::string& code)
{
    std::vector<std::string> out;
    int best = 3;
    for (const auto& r : rule_catalogue()) {
        const int d = text::edit_distance(code, r.code);
        if (d < best) {
            best = d;
            out = {r.code};
        } else if (d == best) {
            out.push_back(r.code);
        }
    }
    if (out.size() > 3) out.resize(3);
    return out;
}

// A misspelt code in abaikan-periksa would silently keep a rule on; say so where it was typed.
void check_disabled_codes(Context& cx)
{
    const auto& d = cx.decree;
    const SourcePos attr = cx.attribute_pos(d.pos, "abaikan-periksa");
    for (const auto& code : d.disabled_checks) {
        if (known_code(code)) continue;
        // the code itself inside the attribute's value, for a precise column
        Text value = make_text(std::string(), attr, Anchor::Attribute);
        SourcePos at = attr;
        if (const std::size_t start = cx.walk(value, value.segs.front(), 0, nullptr); start != std::string::npos) {
            const std::size_t end = cx.raw().find_first_of("\"'", start);
            const std::size_t p = cx.raw().find(code, start);
            if (p != std::string::npos && p < end) at = cx.pos_of_raw(p, d.source_file);
        }
        cx.report_suggest("PERIKSA-KODE", at, "kode aturan \"" + code + "\" dalam abaikan-periksa tidak dikenal; tidak ada aturan yang dimatikan olehnya",
                          "unknown rule code \"" + code + "\" in abaikan-periksa; no rule is switched off by it", nearest_codes(code));
    }
    if (cx.style) {
        std::istringstream in(cx.style->disabled_checks);
        for (std::string code; in >> code;)
            if (!known_code(code))
                cx.report_suggest("PERIKSA-KODE", SourcePos{cx.style->source, 0, 0},
                                  "kode aturan \"" + code + "\" dalam periksa abaikan=\"…\" gaya rumah tidak dikenal",
                                  "unknown rule code \"" + code + "\" in the house style's periksa abaikan=\"…\"", nearest_codes(code));
    }
}

}  // namespace

void preload()
{
    // first the ICU formatters the layout (dates, diktum labels) and the checks share, built once
    // a process by whichever thread asks first (1.7 M instructions): here, off the layout's path
    model::ordinal_id(1);
    Speller::instance();
    area_data();
}

void run_checks(const model::Decree& decree, const CheckOptions& options, DiagnosticSink& sink)
{
    Context cx(decree, options, sink);
    check_disabled_codes(cx);
    check_menimbang(cx);
    check_mengingat(cx);
    check_memperhatikan(cx);
    check_diktum(cx);
    check_numbering(cx);
    check_peraturan(cx);
    check_signature(cx);
    check_consistency(cx);
    check_place(cx);
    check_work_plan(cx);
    check_text(cx);
    check_capitals(cx);
    check_drafting(cx);
    check_citations(cx);
    check_cited_titles(cx);
    check_amendment_titles(cx);
    check_sentence_numbers(cx);
    check_dates(cx);
    check_area_names(cx);
    check_doubled_marks(cx);
}

}  // namespace naskah::check
