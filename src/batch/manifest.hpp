// The archive manifest of a batch run (manifest.json, manifest.csv) and the journal lines it is
// built from. docs/batch.md describes the fields.
//
// Byte-stable: records are written in a fixed member order and sorted by input path, so the
// same inputs give the same manifest whatever the thread timing, and the merge of shard
// manifests equals the manifest of one unsharded run.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "batch/json.hpp"

namespace naskah::batch {

struct OutputRecord {
    std::string path;  ///< relative to the output folder, '/' separated
    std::uint64_t size = 0;
    int pages = 0;  ///< PDF only; 0 for other files
    std::string sha256;
};

struct ProblemRecord {
    std::string file;  ///< the input's path as in DecreeRecord::input when the problem is in the input itself
    std::uint32_t line = 0, column = 0;
    std::string severity;
    std::string code;
    std::string message;
};

enum class Status : std::uint8_t { Ok, Failed, Skipped };
const char* status_name(Status s);

/// One input: a decree that rendered or failed, or a file that was skipped (not a decree).
struct DecreeRecord {
    std::string input;  ///< relative to the inputs' common folder ('/' separated): the mirrored path
    std::string input_sha256;
    Status status = Status::Failed;
    std::string reason;  ///< why a file was skipped
    std::optional<std::string> number, title, date;  ///< null when unknown or left open (placeholder)
    std::string variant;                             ///< asli, salinan, tte; empty when it never got that far
    std::string layout;                              ///< house style name or file as resolved
    std::string layout_hash;
    std::string naskah;  ///< version that produced it
    std::size_t warnings = 0;
    std::vector<ProblemRecord> errors;
    std::vector<OutputRecord> outputs;
    /// The render options the outputs were made with (journal only: the manifest states them once).
    std::string options;
};

/// One journal line (no newline): the record with its options.
std::string journal_line(const DecreeRecord& r);
/// The manifest's form of a record: one line of JSON, options left out.
std::string record_json(const DecreeRecord& r);
/// Reads a record back from journal or manifest JSON. False when required members are missing.
bool record_from_json(const json::Value& v, DecreeRecord& out);

struct ManifestOptions {
    std::string formats;   ///< "pdf,docx"
    std::string variant;   ///< "input" (each decree's own) or asli/salinan/tte
    std::string layout;    ///< "input" (each decree's gaya, else kpu) or the forced name/file
    bool sign_map = false;
    bool strict = false;
    std::string lang = "id";  ///< language of the messages in the manifest; outputs do not depend on it
    std::optional<std::int64_t> source_date_epoch;
    /// One string for the journal: outputs made with other options are not reused. The message
    /// language is left out: a decree that rendered is not rendered again for it.
    std::string key() const;
};

struct Manifest {
    std::string naskah;
    ManifestOptions options;
    std::string shard;      ///< "K/N" for a shard's manifest; empty for a whole run or a merge
    bool complete = true;   ///< false when the run was interrupted
    std::vector<DecreeRecord> records;  ///< decrees and skipped files, any order; written sorted
};

/// Sorts records by input path (then drops exact duplicates).
void sort_records(std::vector<DecreeRecord>& records);
std::string manifest_json(const Manifest& m);
/// One row per output file; a decree without outputs (failed, skipped) has one row with empty output columns.
std::string manifest_csv(const Manifest& m);
bool parse_manifest(std::string_view text, Manifest& out, std::string& error);

/// Merges shard manifests into one. False with a message when they disagree (versions,
/// options) or name the same input with different results.
bool merge_manifests(const std::vector<Manifest>& parts, Manifest& out, std::string& error);

}  // namespace naskah::batch
