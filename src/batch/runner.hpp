// `naskah batch`: renders many decrees in parallel into an archive folder with a manifest.
//
// One process, N worker threads. The house styles and their fonts are loaded once and shared
// (they are immutable); each worker has its own text::Shaper. Workers take inputs in path
// order from a shared counter, render one decree at a time and keep nothing of it but its
// manifest record, so memory does not grow with the number of decrees.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "batch/inputs.hpp"
#include "batch/manifest.hpp"
#include "core/diagnostic.hpp"
#include "pipeline/pipeline.hpp"

namespace naskah::batch {

struct BatchOptions {
    std::vector<std::string> inputs;
    std::filesystem::path outdir;
    pipeline::RenderRequest request;       ///< formats, variant (nullopt: each decree's own), sign map, strict, epoch
    std::optional<std::string> layout;   ///< forced house style; nullopt: each decree's gaya, else kpu
    unsigned jobs = 0;                   ///< worker threads; 0: one per core
    Shard shard;
    bool force = false;  ///< render even decrees whose outputs are up to date
    bool prune = false;  ///< remove the outputs of inputs an earlier run rendered that are no longer given
};

/// What happened to one input in this run (the manifest only says ok, failed or skipped).
enum class Outcome : std::uint8_t { Rendered, Unchanged, Failed, Skipped };

struct Summary {
    std::size_t total = 0;  ///< inputs in this shard
    std::size_t rendered = 0, unchanged = 0, failed = 0, skipped = 0;
    std::size_t warnings = 0;
    double seconds = 0;
    int signal = 0;  ///< the signal that interrupted the run, 0 when it ran to the end
    std::filesystem::path manifest;
};

/// Receives the run's events. Called from worker threads: implementations synchronise.
class Reporter {
public:
    virtual ~Reporter() = default;
    virtual void start(std::size_t total, const Shard& shard, unsigned jobs) = 0;
    /// `diagnostics` are the input's errors (with its path as found), for printing.
    virtual void finished(const DecreeRecord& record, Outcome outcome, const std::vector<Diagnostic>& diagnostics) = 0;
    virtual void end(const Summary& summary) = 0;
    /// A problem with the run itself (journal, manifest, leftover files), not with one input.
    virtual void message(const std::string& text) = 0;
};

/// Asks a running batch to stop taking new decrees (async-signal-safe; pass the signal number).
void request_stop(int signal);
/// Clears a previous stop request (tests run several batches in one process).
void reset_stop();

/// File names inside the output folder, per shard so shards can share one folder.
std::filesystem::path manifest_path(const std::filesystem::path& outdir, const Shard& shard, const char* extension);
std::filesystem::path journal_path(const std::filesystem::path& outdir, const Shard& shard);

/// Runs a batch. Returns the exit code: 0 all rendered, 1 some inputs failed, 2 the run could
/// not start or its manifest could not be written, 128+signal when interrupted.
int run_batch(const BatchOptions& options, Reporter& reporter);

/// The options as the manifest states them.
ManifestOptions manifest_options(const BatchOptions& options);

}  // namespace naskah::batch
