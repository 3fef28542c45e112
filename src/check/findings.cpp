#include "check/findings.hpp"

#include <map>
#include <string>
#include <tuple>

#include "check/checks.hpp"
#include "core/json_write.hpp"

namespace naskah::check {

namespace {

constexpr std::size_t kPositionsShown = 12;  ///< in a text line; JSON carries them all

bool groupable(const Diagnostic& d) { return !d.code.empty() && d.code.rfind("E-", 0) != 0; }

std::string position_text(const SourcePos& p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

struct RuleTally {
    std::string file;
    std::size_t findings = 0, groups = 0, shown = 0;
};

}  // namespace

std::vector<FindingGroup> group_findings(const std::vector<Diagnostic>& items)
{
    std::vector<FindingGroup> out;
    std::map<std::tuple<std::string, std::string, int, std::string, std::string>, std::size_t> index;
    for (const auto& d : items) {
        if (!groupable(d)) {
            out.push_back({d, {d.pos}});
            continue;
        }
        const auto key = std::make_tuple(d.pos.file, d.code, static_cast<int>(d.severity), d.message, d.hint);
        auto [it, fresh] = index.emplace(key, out.size());
        if (fresh) out.push_back({d, {d.pos}});
        else out[it->second].positions.push_back(d.pos);
    }
    return out;
}

void write_findings(const std::vector<Diagnostic>& items, const ReportOptions& options, std::ostream& text_out, std::ostream& json_out)
{
    const auto groups = group_findings(items);
    // per file and rule, in the order the rules first appear
    std::vector<std::pair<std::string, std::string>> order;
    std::map<std::pair<std::string, std::string>, RuleTally> tally;
    for (const auto& g : groups) {
        if (!groupable(g.first)) continue;
        const auto key = std::make_pair(g.first.pos.file, g.first.code);
        auto [it, fresh] = tally.emplace(key, RuleTally{g.first.pos.file, 0, 0, 0});
        if (fresh) order.push_back(key);
        it->second.findings += g.positions.size();
        ++it->second.groups;
    }
    for (const auto& g : groups) {
        const Diagnostic& d = g.first;
        if (groupable(d)) {
            RuleTally& t = tally[{d.pos.file, d.code}];
            if (options.max_per_rule && t.shown >= options.max_per_rule) continue;
            ++t.shown;
        }
        if (options.json) {
            json_write::Json j = json_write::diagnostic(d);
            if (groupable(d)) {
                j["count"] = g.positions.size();
                json_write::Json& positions = j["positions"] = json_write::Json::array();
                for (const auto& p : g.positions) positions.push_back(json_write::Json::array({p.line, p.column}));
            }
            json_out << json_write::dump(j) << "\n";
            continue;
        }
        Diagnostic shown = d;
        if (g.positions.size() > 1) {
            std::string where;
            for (std::size_t k = 0; k < g.positions.size() && k < kPositionsShown; ++k) where += (k ? ", " : "") + position_text(g.positions[k]);
            if (g.positions.size() > kPositionsShown) where += ", …";
            shown.message += " (" + std::to_string(g.positions.size()) + "×: " + where + ")";
        }
        text_out << format_diagnostic(shown) << "\n";
    }
    for (const auto& key : order) {
        const RuleTally& t = tally[key];
        const std::size_t hidden = t.groups - t.shown;
        if (options.json) {
            json_out << json_write::dump({{"file", t.file},
                                          {"summary", true},
                                          {"code", key.second},
                                          {"count", t.findings},
                                          {"distinct", t.groups},
                                          {"shown", t.shown}})
                     << "\n";
            continue;
        }
        std::string line = t.file + ": ";
        if (options.english) {
            line += "summary [" + key.second + "]: " + std::to_string(t.findings) + (t.findings == 1 ? " finding" : " findings");
            if (t.groups != t.findings) line += ", " + std::to_string(t.groups) + " distinct";
            if (hidden) line += "; " + std::to_string(hidden) + " not shown (--max-per-rule " + std::to_string(options.max_per_rule) + ")";
        } else {
            line += "ringkasan [" + key.second + "]: " + std::to_string(t.findings) + " temuan";
            if (t.groups != t.findings) line += ", " + std::to_string(t.groups) + " berbeda";
            if (hidden) line += "; " + std::to_string(hidden) + " tidak ditampilkan (--max-per-rule " + std::to_string(options.max_per_rule) + ")";
        }
        text_out << line << "\n";
    }
}

}  // namespace naskah::check
