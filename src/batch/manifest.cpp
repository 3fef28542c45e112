#include "batch/manifest.hpp"

#include <algorithm>
#include <set>

#include "batch/inputs.hpp"
#include "core/json_write.hpp"

namespace naskah::batch {

const char* status_name(Status s)
{
    switch (s) {
    case Status::Ok: return "ok";
    case Status::Failed: return "failed";
    case Status::Skipped: return "skipped";
    }
    return "failed";
}

namespace {

using json_write::Json;
using json_write::dump;

Json string_or_null(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }
Json string_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json problem_object(const ProblemRecord& p)
{
    return Json{{"file", p.file}, {"line", p.line}, {"column", p.column}, {"severity", p.severity}, {"code", p.code}, {"message", p.message}};
}

Json output_object(const OutputRecord& o)
{
    return Json{{"path", o.path}, {"size", o.size}, {"pages", o.pages ? Json(o.pages) : Json(nullptr)}, {"sha256", o.sha256}};
}

/// A record's members in the order the manifest has always had (docs/batch.md); a journal line
/// adds "options" at the end.
Json record_object(const DecreeRecord& r)
{
    Json j{{"input", r.input}, {"input_sha256", r.input_sha256}, {"status", status_name(r.status)}};
    if (r.status == Status::Skipped) {
        j["reason"] = r.reason;
        return j;
    }
    j["number"] = string_or_null(r.number);
    j["title"] = string_or_null(r.title);
    j["date"] = string_or_null(r.date);
    j["variant"] = string_or_null(r.variant);
    j["layout"] = string_or_null(r.layout);
    j["layout_hash"] = string_or_null(r.layout_hash);
    j["naskah"] = r.naskah;
    j["warnings"] = r.warnings;
    Json& errors = j["errors"] = Json::array();
    for (const auto& e : r.errors) errors.push_back(problem_object(e));
    Json& outputs = j["outputs"] = Json::array();
    for (const auto& o : r.outputs) outputs.push_back(output_object(o));
    return j;
}

/// `{"a": 1, "b": "x"}`: an object on one line with a space after each colon and comma, the form
/// of the manifest's "options" and "summary" lines. nlohmann prints either that compactly or
/// over one line per member, so the separators are placed here; keys and values are nlohmann's.
std::string spaced_object(const Json& j)
{
    std::string o = "{";
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it != j.begin()) o += ", ";
        o += dump(it.key()) + ": " + dump(it.value());
    }
    return o + "}";
}

std::optional<std::string> optional_string(const json::Value& v)
{
    if (v.kind != json::Value::Kind::String) return std::nullopt;
    return v.string;
}

std::string csv_field(std::string_view s)
{
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string o = "\"";
    for (char c : s) {
        if (c == '"') o += '"';
        o += c;
    }
    return o + "\"";
}

bool same_result(const DecreeRecord& a, const DecreeRecord& b) { return record_json(a) == record_json(b); }

}  // namespace

std::string journal_line(const DecreeRecord& r)
{
    Json j = record_object(r);
    j["options"] = r.options;
    return dump(j);
}

std::string record_json(const DecreeRecord& r) { return dump(record_object(r)); }

bool record_from_json(const json::Value& v, DecreeRecord& out)
{
    out = DecreeRecord{};
    if (v.kind != json::Value::Kind::Object || v["input"].kind != json::Value::Kind::String) return false;
    out.input = v["input"].string;
    out.input_sha256 = v["input_sha256"].str();
    const std::string status = v["status"].str();
    if (status == "ok") out.status = Status::Ok;
    else if (status == "failed") out.status = Status::Failed;
    else if (status == "skipped") out.status = Status::Skipped;
    else return false;
    out.reason = v["reason"].str();
    out.number = optional_string(v["number"]);
    out.title = optional_string(v["title"]);
    out.date = optional_string(v["date"]);
    out.variant = v["variant"].str();
    out.layout = v["layout"].str();
    out.layout_hash = v["layout_hash"].str();
    out.naskah = v["naskah"].str();
    out.warnings = static_cast<std::size_t>(v["warnings"].integer());
    out.options = v["options"].str();
    for (const auto& e : v["errors"].array) {
        ProblemRecord p;
        p.file = e["file"].str();
        p.line = static_cast<std::uint32_t>(e["line"].integer());
        p.column = static_cast<std::uint32_t>(e["column"].integer());
        p.severity = e["severity"].str();
        p.code = e["code"].str();
        p.message = e["message"].str();
        out.errors.push_back(std::move(p));
    }
    for (const auto& f : v["outputs"].array) {
        OutputRecord o;
        o.path = f["path"].str();
        if (o.path.empty()) return false;
        o.size = static_cast<std::uint64_t>(f["size"].integer());
        o.pages = static_cast<int>(f["pages"].integer());
        o.sha256 = f["sha256"].str();
        out.outputs.push_back(std::move(o));
    }
    return true;
}

std::string ManifestOptions::key() const
{
    return "formats=" + formats + ";variant=" + variant + ";layout=" + layout + ";sign-map=" + (sign_map ? "1" : "0") +
           ";strict=" + (strict ? "1" : "0") + ";epoch=" + (source_date_epoch ? std::to_string(*source_date_epoch) : "none");
}

void sort_records(std::vector<DecreeRecord>& records)
{
    std::stable_sort(records.begin(), records.end(), [](const DecreeRecord& a, const DecreeRecord& b) { return a.input < b.input; });
    records.erase(std::unique(records.begin(), records.end(),
                              [](const DecreeRecord& a, const DecreeRecord& b) { return a.input == b.input && same_result(a, b); }),
                  records.end());
}

namespace {

/// The records in manifest order without copying them: a run of tens of thousands of decrees
/// writes its manifest from the one list it has.
std::vector<const DecreeRecord*> in_order(const std::vector<DecreeRecord>& records)
{
    std::vector<const DecreeRecord*> v;
    v.reserve(records.size());
    for (const auto& r : records) v.push_back(&r);
    std::stable_sort(v.begin(), v.end(), [](const DecreeRecord* a, const DecreeRecord* b) { return a->input < b->input; });
    v.erase(std::unique(v.begin(), v.end(),
                        [](const DecreeRecord* a, const DecreeRecord* b) { return a->input == b->input && same_result(*a, *b); }),
            v.end());
    return v;
}

}  // namespace

std::string manifest_json(const Manifest& m)
{
    const auto records = in_order(m.records);
    std::size_t decrees = 0, ok = 0, failed = 0, skipped = 0, warnings = 0, outputs = 0, pages = 0;
    std::uint64_t bytes = 0;
    for (const DecreeRecord* rp : records) {
        const DecreeRecord& r = *rp;
        if (r.status == Status::Skipped) {
            ++skipped;
            continue;
        }
        ++decrees;
        (r.status == Status::Ok ? ok : failed) += 1;
        warnings += r.warnings;
        for (const auto& o : r.outputs) {
            ++outputs;
            bytes += o.size;
            pages += static_cast<std::size_t>(o.pages);
        }
    }
    const auto& opt = m.options;
    Json head{{"naskah", m.naskah}};
    if (!m.shard.empty()) head["shard"] = m.shard;
    head["complete"] = m.complete;
    head["options"] = Json{{"formats", opt.formats},
                           {"variant", opt.variant},
                           {"layout", opt.layout},
                           {"sign_map", opt.sign_map},
                           {"strict", opt.strict},
                           {"lang", opt.lang},
                           {"source_date_epoch", opt.source_date_epoch ? Json(*opt.source_date_epoch) : Json(nullptr)}};
    head["summary"] = Json{{"decrees", decrees}, {"ok", ok},         {"failed", failed}, {"skipped", skipped},
                           {"warnings", warnings}, {"outputs", outputs}, {"bytes", bytes},   {"pages", pages}};
    // The frame is laid out by hand: one member or record a line (grep, diff and the tests read
    // the manifest line by line, and dump(2) would spread each record over some 30 lines).
    // Every key and value in it is printed by nlohmann.
    std::string o = "{\n";
    for (auto it = head.begin(); it != head.end(); ++it)
        o += "  " + dump(it.key()) + ": " + (it.value().is_object() ? spaced_object(it.value()) : dump(it.value())) + ",\n";
    for (int pass = 0; pass < 2; ++pass) {
        o += pass == 0 ? "  \"decrees\": [" : "  \"skipped\": [";
        bool first = true;
        for (const DecreeRecord* r : records) {
            if ((r->status == Status::Skipped) != (pass == 1)) continue;
            o += first ? "\n    " : ",\n    ";
            o += record_json(*r);
            first = false;
        }
        o += first ? "]" : "\n  ]";
        o += pass == 0 ? ",\n" : "\n";
    }
    o += "}\n";
    return o;
}

std::string manifest_csv(const Manifest& m)
{
    std::string o =
        "input,input_sha256,status,number,title,date,variant,layout,layout_hash,naskah,warnings,details,output,size,pages,"
        "output_sha256\r\n";
    for (const DecreeRecord* rp : in_order(m.records)) {
        const DecreeRecord& r = *rp;
        // a skipped file's row holds what its JSON record holds, so a merge gives the same CSV
        const bool skipped = r.status == Status::Skipped;
        std::string details = r.reason;
        for (const auto& e : r.errors) {
            if (!details.empty()) details += "; ";
            details += e.code + ": " + e.message;
            if (e.line) details += " (line " + std::to_string(e.line) + ")";
        }
        const std::string head = csv_field(r.input) + "," + r.input_sha256 + "," + status_name(r.status) + "," +
                                 csv_field(r.number.value_or("")) + "," + csv_field(r.title.value_or("")) + "," +
                                 r.date.value_or("") + "," + r.variant + "," + csv_field(r.layout) + "," + r.layout_hash +
                                 "," + (skipped ? "" : r.naskah) + "," + (skipped ? "" : std::to_string(r.warnings)) +
                                 "," + csv_field(details) + ",";
        if (r.outputs.empty()) o += head + ",,,\r\n";
        for (const auto& f : r.outputs)
            o += head + csv_field(f.path) + "," + std::to_string(f.size) + "," + (f.pages ? std::to_string(f.pages) : "") +
                 "," + f.sha256 + "\r\n";
    }
    return o;
}

bool parse_manifest(std::string_view text, Manifest& out, std::string& error)
{
    json::Value v;
    if (!json::parse(text, v, error)) return false;
    if (v.kind != json::Value::Kind::Object || v["naskah"].kind != json::Value::Kind::String ||
        v["decrees"].kind != json::Value::Kind::Array) {
        error = "not a naskah batch manifest (no \"naskah\" version or \"decrees\" list)";
        return false;
    }
    out = Manifest{};
    out.naskah = v["naskah"].string;
    out.shard = v["shard"].str();
    out.complete = v["complete"].kind != json::Value::Kind::Bool || v["complete"].boolean;
    const auto& opt = v["options"];
    out.options.formats = opt["formats"].str();
    out.options.variant = opt["variant"].str();
    out.options.layout = opt["layout"].str();
    out.options.sign_map = opt["sign_map"].boolean;
    out.options.strict = opt["strict"].boolean;
    out.options.lang = opt["lang"].str("id");
    if (opt["source_date_epoch"].kind == json::Value::Kind::Number) out.options.source_date_epoch = opt["source_date_epoch"].integer();
    for (const char* list : {"decrees", "skipped"})
        for (const auto& item : v[list].array) {
            DecreeRecord r;
            if (!record_from_json(item, r)) {
                error = std::string("a record in \"") + list + "\" lacks its input path or status";
                return false;
            }
            out.records.push_back(std::move(r));
        }
    return true;
}

bool merge_manifests(const std::vector<Manifest>& parts, Manifest& out, std::string& error)
{
    out = Manifest{};
    if (parts.empty()) {
        error = "no manifests to merge";
        return false;
    }
    out.naskah = parts.front().naskah;
    out.options = parts.front().options;
    std::set<std::string> shards;
    std::size_t shard_count = 0;
    for (const auto& p : parts) {
        if (p.naskah != out.naskah) {
            error = "the manifests come from different naskah versions (" + out.naskah + " and " + p.naskah + ")";
            return false;
        }
        if (p.options.key() != out.options.key() || p.options.lang != out.options.lang) {
            error = "the manifests were made with different options (" + out.options.key() + " and " + p.options.key() + ")";
            return false;
        }
        if (!p.shard.empty()) {
            if (!shards.insert(p.shard).second) {
                error = "shard " + p.shard + " is given twice";
                return false;
            }
            Shard s;
            if (!parse_shard(p.shard, s)) {
                error = "malformed shard '" + p.shard + "'";
                return false;
            }
            const std::size_t n = s.count;
            if (shard_count && n != shard_count) {
                error = "the manifests come from different shard counts";
                return false;
            }
            shard_count = n;
        }
        out.complete = out.complete && p.complete;
        out.records.insert(out.records.end(), p.records.begin(), p.records.end());
    }
    // A merge of some of the shards is allowed (to look at progress) but is not complete.
    if (shard_count && shards.size() != shard_count) out.complete = false;
    sort_records(out.records);
    for (std::size_t i = 1; i < out.records.size(); ++i)
        if (out.records[i].input == out.records[i - 1].input) {
            error = "input '" + out.records[i].input + "' appears in two manifests with different results";
            return false;
        }
    return true;
}

}  // namespace naskah::batch
