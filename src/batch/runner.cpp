#include "batch/runner.hpp"

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

#include "batch/files.hpp"
#include "batch/journal.hpp"
#include "batch/sha256.hpp"
#include "core/utf8.hpp"
#include "text/font.hpp"
#include "xml/decree_reader.hpp"

namespace fs = std::filesystem;

namespace naskah::batch {

namespace {

std::atomic<int> stop_signal{0};
static_assert(std::atomic<int>::is_always_lock_free, "request_stop runs in a signal handler");

/// A Shaper caches every word it has shaped; starting it afresh now and then keeps a run of
/// tens of thousands of decrees (each with its own numbers and names) from growing the cache.
constexpr std::size_t kRendersPerShaper = 500;

/// Finished decrees are committed in groups: one flush of the file system for the group's files,
/// then their renames and journal lines. A flush per file cost a sixth of the throughput; a
/// group is at most this many decrees, or this old, so a kill loses little and progress flows.
/// The groups are committed by a thread of their own, so no worker waits for the disk.
constexpr std::size_t kGroupDecrees = 64;
constexpr std::chrono::milliseconds kGroupAge{200};

void internal_error(const SourcePos& pos, const std::exception& e, DiagnosticSink& sink)
{
    sink.error(pos, "E-INTERNAL", std::string("kesalahan internal saat memproses berkas ini: ") + e.what(),
               std::string("internal error while processing this file: ") + e.what());
}

/// House styles by the name decrees use, each loaded once and shared by all workers.
class EngineCache {
public:
    struct Slot {
        std::unique_ptr<pipeline::Engine> engine;  ///< null when the style or its fonts did not load
        std::vector<Diagnostic> problems;
    };
    Lang lang = Lang::Id;  ///< of the problems' messages: the run's --lang

    const Slot& get(const std::string& name)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        auto& slot = slots_[name];
        if (!slot) {
            slot = std::make_unique<Slot>();
            DiagnosticSink sink(lang);
            auto engine = std::make_unique<pipeline::Engine>();
            try {
                if (engine->load(name, sink)) slot->engine = std::move(engine);
            } catch (const std::exception& e) {
                internal_error(SourcePos{name, 0, 0}, e, sink);
            }
            if (!slot->engine && !sink.has_errors())
                sink.error(SourcePos{name, 0, 0}, "E-GAYA", "gaya rumah '" + name + "' tidak dapat dimuat",
                           "the house style '" + name + "' could not be loaded");
            slot->problems = sink.items();
        }
        return *slot;
    }

private:
    std::mutex mutex_;
    std::map<std::string, std::unique_ptr<Slot>> slots_;
};

/// Output paths taken in this run, so that two inputs whose names meet (a.xml as salinan and
/// a.salinan.xml) do not overwrite each other's files.
class Claims {
public:
    /// True when `path` is free or already belongs to `input`; else names the other input.
    bool claim(const std::string& path, const std::string& input, std::string& other)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        auto [it, added] = owner_.emplace(path, input);
        if (added || it->second == input) return true;
        other = it->second;
        return false;
    }
    bool owned_by_other(const std::string& path, const std::string& input)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = owner_.find(path);
        return it != owner_.end() && it->second != input;
    }

private:
    std::mutex mutex_;
    std::unordered_map<std::string, std::string> owner_;
};

/// Each worker's shapers, one per house style it has met.
class WorkerShapers {
public:
    text::Shaper& get(const pipeline::Engine& engine)
    {
        if (++uses_ > kRendersPerShaper) {
            shapers_.clear();
            uses_ = 1;
        }
        auto& s = shapers_[&engine];
        if (!s) s = std::make_unique<text::Shaper>(*engine.fonts);
        return *s;
    }

private:
    std::map<const pipeline::Engine*, std::unique_ptr<text::Shaper>> shapers_;
    std::size_t uses_ = 0;
};

std::string format_list(const pipeline::Formats& f)
{
    std::string out;
    for (auto [on, name] : {std::pair{f.pdf, "pdf"}, std::pair{f.docx, "docx"}, std::pair{f.wordml, "wordml"}})
        if (on) out += (out.empty() ? "" : ",") + std::string(name);
    return out;
}

/// Process-wide state that libraries set up on first use, set up here before the workers start.
/// ICU's time-zone statics and glibc's tzset are guarded inside those libraries, but in ways
/// ThreadSanitizer cannot see; doing it once beforehand keeps its reports to real races.
void set_up_shared_state()
{
    ::tzset();
    (void)model::ordinal_id(1);
    (void)model::format_date_id(model::Date{2022, 1, 17});
}

/// The cores this process may run on: under Slurm or taskset that is fewer than the machine has.
unsigned usable_cores()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return static_cast<unsigned>(CPU_COUNT(&set));
    return std::max(1u, std::thread::hardware_concurrency());
}

class Run {
public:
    Run(const BatchOptions& options, const InputSet& inputs, Reporter& reporter)
        : options_(options), inputs_(inputs), reporter_(reporter), tag_(options.shard.tag())
    {
        key_ = manifest_options(options).key();
        if (!parse_lang(options.request.lang, lang_)) lang_ = Lang::Id;
        engines_.lang = lang_;
    }

    bool open_journal(std::string& error) { return journal_.open(journal_path(options_.outdir, options_.shard), error); }
    Journal& journal() { return journal_; }

    /// Renders the inputs with these indices; returns the records in the same order (null
    /// for inputs not reached before a stop).
    std::vector<std::optional<DecreeRecord>> run(const std::vector<std::size_t>& jobs, unsigned threads)
    {
        jobs_ = &jobs;
        results_.assign(jobs.size(), std::nullopt);
        set_up_shared_state();
        // The committer flushes, renames and journals finished decrees while the workers render
        // the next ones: a flush of the file system took 2 to 15 ms a group, during which the
        // worker that completed the group rendered nothing (0.07 to 0.08 s of each worker's 2.1 s
        // in a varied batch of 600 on two cores: 3 to 4 % of the rate).
        std::thread committer([this] { commit_groups(); });
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t) pool.emplace_back([this] { work(); });
        for (auto& t : pool) t.join();
        {
            std::lock_guard<std::mutex> lock(pending_mutex_);
            workers_done_ = true;
        }
        pending_ready_.notify_one();
        committer.join();
        // the last group's renames and journal lines
        std::string error;
        if (!sync_file_system(options_.outdir, error)) set_fatal(error);
        return std::move(results_);
    }

    std::size_t rendered() const { return rendered_; }
    std::size_t unchanged() const { return unchanged_; }
    std::size_t failed() const { return failed_; }
    std::size_t skipped() const { return skipped_; }
    std::size_t warnings() const { return warnings_; }
    const std::string& fatal() const { return fatal_; }

private:
    const BatchOptions& options_;
    const InputSet& inputs_;
    Reporter& reporter_;
    std::string tag_;
    std::string key_;
    Lang lang_ = Lang::Id;
    Journal journal_;
    EngineCache engines_;
    Claims claims_;
    const std::vector<std::size_t>* jobs_ = nullptr;
    std::vector<std::optional<DecreeRecord>> results_;
    std::atomic<std::size_t> next_{0};
    std::atomic<std::size_t> rendered_{0}, unchanged_{0}, failed_{0}, skipped_{0}, warnings_{0};
    std::mutex fatal_mutex_;
    std::string fatal_;
    std::atomic<bool> abort_{false};

    /// An output written under a temporary name, renamed when its group is committed.
    struct Staged {
        std::string temp;
        fs::path path;
    };
    /// A decree done rendering, waiting for its group's commit.
    struct Finished {
        std::size_t index = 0;  ///< in jobs_
        const InputFile* input = nullptr;
        DecreeRecord record;
        Outcome outcome = Outcome::Failed;
        std::vector<Diagnostic> shown;
        std::vector<Staged> staged;
    };
    std::mutex pending_mutex_;
    std::condition_variable pending_ready_;  ///< a group was started or filled, or the workers are done
    std::condition_variable pending_taken_;  ///< the committer took a group: a full one no longer holds workers back
    std::vector<Finished> pending_;
    std::chrono::steady_clock::time_point pending_since_;
    bool workers_done_ = false;

    const std::string& pick(const std::string& id, const std::string& en) const { return lang_ == Lang::Id ? id : en; }

    void set_fatal(const std::string& message)
    {
        std::lock_guard<std::mutex> lock(fatal_mutex_);
        if (fatal_.empty()) fatal_ = message;
        abort_ = true;
    }

    void work()
    {
        WorkerShapers shapers;
        while (stop_signal.load() == 0 && !abort_.load()) {
            const std::size_t i = next_++;
            if (i >= jobs_->size()) break;
            Finished done;
            done.index = i;
            done.input = &inputs_.files[(*jobs_)[i]];
            try {
                done.outcome = process(*done.input, shapers, done.record, done.shown, done.staged);
            } catch (const std::exception& e) {
                // an internal error in one decree must not take the others down
                unstage(done.staged);
                Diagnostic d{Severity::Error, SourcePos{done.input->path, 0, 0}, "E-INTERN",
                             pick(std::string("kesalahan internal: ") + e.what(), std::string("internal error: ") + e.what()), {}};
                fail_with(done, d);
            }
            if (done.outcome == Outcome::Unchanged) finish(done);
            else queue(std::move(done));
        }
    }

    /// Hands a finished decree to the committer. A worker waits only when a whole group is
    /// already waiting while the committer still flushes the one before (a disk slower than the
    /// rendering), so at most two groups are ever uncommitted.
    void queue(Finished&& done)
    {
        bool wake = false;
        {
            std::unique_lock<std::mutex> lock(pending_mutex_);
            pending_taken_.wait(lock, [this] { return pending_.size() < kGroupDecrees; });
            if (pending_.empty()) {
                pending_since_ = std::chrono::steady_clock::now();
                wake = true;  // the committer starts the group's clock
            }
            pending_.push_back(std::move(done));
            wake = wake || pending_.size() == kGroupDecrees;
        }
        if (wake) pending_ready_.notify_one();
    }

    /// The committer thread: commits a group when it has kGroupDecrees decrees or is kGroupAge
    /// old, and what is left when the workers are done.
    void commit_groups()
    {
        std::unique_lock<std::mutex> lock(pending_mutex_);
        for (;;) {
            if (pending_.empty()) {
                if (workers_done_) return;
                pending_ready_.wait(lock);
                continue;
            }
            if (!workers_done_ && pending_.size() < kGroupDecrees && std::chrono::steady_clock::now() - pending_since_ < kGroupAge) {
                pending_ready_.wait_until(lock, pending_since_ + kGroupAge);
                continue;
            }
            std::vector<Finished> group;
            group.swap(pending_);
            lock.unlock();
            pending_taken_.notify_all();
            try {
                commit(group);
            } catch (const std::exception& e) {
                // out of memory while committing: the run stops; the group's files not yet
                // renamed are removed, and none of the group is journaled
                set_fatal(std::string("cannot commit finished decrees: ") + e.what());
                for (auto& f : group) unstage(f.staged);
            }
            lock.lock();
        }
    }

    /// Flushes the group's files to disk, gives them their final names, then journals the group:
    /// the journal never lists a decree whose files a power cut could still take.
    void commit(std::vector<Finished>& group)
    {
        if (group.empty()) return;
        bool any_staged = false;
        for (const auto& f : group) any_staged = any_staged || !f.staged.empty();
        std::string sync_error;
        const bool synced = !any_staged || sync_file_system(options_.outdir, sync_error, lang_);
        for (auto& f : group) {
            if (f.staged.empty()) continue;
            if (!synced) {
                unstage(f.staged);
                fail_with(f, Diagnostic{Severity::Error, SourcePos{f.input->path, 0, 0}, "E-TULIS",
                                        pick("keluaran tidak dapat ditulis: " + sync_error, "cannot write the output: " + sync_error), {}});
                continue;
            }
            for (std::size_t k = 0; k < f.staged.size(); ++k) {
                if (std::rename(f.staged[k].temp.c_str(), f.staged[k].path.c_str()) == 0) continue;
                const int err = errno;
                const std::string why = f.staged[k].path.string() + ": " + pick("tidak dapat ditulis", "cannot write") + ": " +
                                        system_error_text(err, lang_);
                // all or nothing: the outputs already renamed go, like the ones not yet renamed
                for (std::size_t done = 0; done < k; ++done) std::remove(f.staged[done].path.c_str());
                f.staged.erase(f.staged.begin(), f.staged.begin() + static_cast<std::ptrdiff_t>(k));
                unstage(f.staged);
                fail_with(f, Diagnostic{Severity::Error, SourcePos{f.input->path, 0, 0}, "E-TULIS",
                                        pick("keluaran tidak dapat ditulis: " + why, "cannot write the output: " + why), {}});
                break;
            }
        }
        std::vector<const DecreeRecord*> lines;
        for (const auto& f : group) lines.push_back(&f.record);
        std::string error;
        if (!journal_.append(lines, error)) set_fatal("cannot write the journal: " + error);
        for (auto& f : group) finish(f);
        group.clear();
    }

    void finish(Finished& f)
    {
        switch (f.outcome) {
        case Outcome::Rendered: ++rendered_; break;
        case Outcome::Unchanged: ++unchanged_; break;
        case Outcome::Failed: ++failed_; break;
        case Outcome::Skipped: ++skipped_; break;
        }
        if (f.record.status != Status::Skipped) warnings_ += f.record.warnings;
        reporter_.finished(f.record, f.outcome, f.shown);
        results_[f.index] = std::move(f.record);
    }

    static void unstage(std::vector<Staged>& staged)
    {
        for (const auto& st : staged) std::remove(st.temp.c_str());
        staged.clear();
    }

    static void fail_with(Finished& f, const Diagnostic& d)
    {
        f.record.status = Status::Failed;
        f.record.outputs.clear();
        f.shown.push_back(d);
        add_problem(f.record, *f.input, d);
        f.outcome = Outcome::Failed;
    }

    static void add_problem(DecreeRecord& record, const InputFile& input, const Diagnostic& d)
    {
        ProblemRecord p;
        // the input is named as in the manifest, so the record does not depend on the current folder
        p.file = d.pos.file == input.path ? input.rel : d.pos.file.str();
        p.line = d.pos.line;
        p.column = d.pos.column;
        p.severity = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note";
        p.code = d.code;
        p.message = d.message;
        record.errors.push_back(std::move(p));
    }

    /// Marks the decree failed with the errors in `sink`, and removes what an earlier run made for it.
    /// `keep_previous`: the decree failed because its files could not be written (a full disk),
    /// not because of its content; what an earlier run wrote for it stays until a new file is complete.
    Outcome fail(DecreeRecord& record, const InputFile& input, DiagnosticSink& sink, std::vector<Diagnostic>& shown,
                 const DecreeRecord* prior, bool keep_previous = false)
    {
        sink.sort();
        record.status = Status::Failed;
        record.outputs.clear();
        // with --strict, warnings are what stopped the decree
        const bool errors = sink.has_errors();
        for (const auto& d : sink.items())
            if (d.severity == Severity::Error || (!errors && d.severity == Severity::Warning)) {
                add_problem(record, input, d);
                shown.push_back(d);
            }
        record.warnings = sink.warning_count();
        if (!keep_previous) remove_previous_outputs(prior, record, input);
        return Outcome::Failed;
    }

    bool reusable(const DecreeRecord& prior, const std::string& input_sha256)
    {
        if (options_.force || prior.status != Status::Ok || prior.input_sha256 != input_sha256 || prior.naskah != NASKAH_VERSION ||
            prior.options != key_)
            return false;
        const auto& slot = engines_.get(prior.layout);
        if (!slot.engine || slot.engine->style.hash != prior.layout_hash) return false;
        for (const auto& o : prior.outputs) {
            std::error_code ec;
            if (!inside_outdir(o.path)) return false;
            if (fs::file_size(options_.outdir / o.path, ec) != o.size || ec) return false;
        }
        return true;
    }

    /// Renders one decree; its outputs are left under temporary names in `staged`.
    Outcome process(const InputFile& input, WorkerShapers& shapers, DecreeRecord& record, std::vector<Diagnostic>& shown,
                    std::vector<Staged>& staged)
    {
        record.input = input.rel;
        record.naskah = NASKAH_VERSION;
        record.options = key_;
        DiagnosticSink sink(lang_);
        const DecreeRecord* prior = nullptr;
        if (auto it = journal_.previous().find(input.rel); it != journal_.previous().end()) prior = &it->second;

        // The manifest and the journal are UTF-8 JSON: a name with other bytes would be written
        // with U+FFFD in their place, naming no file, so resuming and `manifest verify` could
        // never find it. Such a decree fails, asking for a new name, before anything is written.
        if (utf8::find_invalid(input.rel) != std::string::npos) {
            sink.error(SourcePos{input.path, 0, 0}, "E-BACA", "nama berkas ini bukan UTF-8 yang sah; seharusnya nama berkas berkode UTF-8 (ganti namanya)",
                       "the file name is not valid UTF-8; expected a UTF-8 file name (rename the file)");
            return fail(record, input, sink, shown, prior);
        }
        std::string bytes, error;
        if (!read_whole_file(input.path, bytes, error, lang_)) {
            sink.error(SourcePos{input.path, 0, 0}, "E-BACA", "berkas tidak dapat dibaca: " + error, "cannot read the file: " + error);
            return fail(record, input, sink, shown, prior);
        }
        record.input_sha256 = sha256_hex(bytes);
        if (prior && reusable(*prior, record.input_sha256)) {
            record = *prior;
            std::string other;
            for (const auto& o : record.outputs) claims_.claim(o.path, input.rel, other);
            return Outcome::Unchanged;
        }
        std::string root;
        if (!xml::meant_as_decree(bytes, root)) {
            record.status = Status::Skipped;
            record.reason = "not a naskah document (root element <" + root + ">)";
            remove_previous_outputs(prior, record, input);
            return Outcome::Skipped;
        }

        model::Decree decree;
        bool loaded = false;
        try {
            loaded = xml::read_decree_text(input.path, bytes, decree, sink);
        } catch (const std::exception& e) {
            // one decree that exhausts memory (or meets a bug) fails alone; the run goes on
            internal_error(SourcePos{input.path, 0, 0}, e, sink);
        }
        if (!loaded) {
            return fail(record, input, sink, shown, prior);
        }
        const auto& meta = decree.meta;
        record.number = meta.number;
        record.title = meta.title.plain();
        if (meta.date) record.date = meta.date->iso();
        record.layout = options_.layout ? *options_.layout : decree.layout_name.empty() ? "kpu" : decree.layout_name;

        const auto& slot = engines_.get(record.layout);
        if (!slot.engine) {
            // The manifest names the decree, not the style file: the style's path is machine-specific
            // (the data folder); its own diagnostics are printed below this one.
            const std::string why = slot.problems.empty() ? std::string() : ": " + slot.problems.front().message;
            sink.error(options_.layout || decree.layout_name.empty() ? decree.pos : decree.layout_pos, "E-GAYA",
                       "gaya rumah '" + record.layout + "' tidak dapat dimuat" + why,
                       "the house style '" + record.layout + "' cannot be loaded" + why);
            const Outcome o = fail(record, input, sink, shown, prior);
            shown.insert(shown.end(), slot.problems.begin(), slot.problems.end());
            return o;
        }
        const pipeline::Engine& engine = *slot.engine;
        record.layout_hash = engine.style.hash;

        record.variant = model::variant_name(options_.request.variant ? *options_.request.variant : meta.variant);
        // render_decree would run the checks on a thread of its own beside the layout. That helps
        // one decree, but here every core already has a worker and the thread start costs about
        // 9% of the CPU (measured), so they run first, in the worker, on the text in memory.
        pipeline::RenderRequest request = options_.request;
        request.checks_in_parallel = false;
        request.source_text = &bytes;
        pipeline::RenderResult result;
        bool rendered = false;
        try {
            rendered = pipeline::render_decree(decree, engine, shapers.get(engine), request, result, sink);
        } catch (const std::exception& e) {
            internal_error(decree.pos, e, sink);
        }
        if (!rendered) {
            return fail(record, input, sink, shown, prior);
        }
        record.warnings = sink.warning_count();

        const std::string base = output_base(options_.outdir, input).string();
        // A decree is all or nothing: when one of its files cannot be written, the ones already
        // written go too, so that every file in the archive is one the manifest lists.
        auto abandon = [&](const std::string& message_id, const std::string& message_en) {
            unstage(staged);
            sink.error(SourcePos{input.path, 0, 0}, "E-TULIS", message_id, message_en);
            return fail(record, input, sink, shown, prior, /*keep_previous=*/true);
        };
        for (auto& file : result.files) {
            const fs::path path = base + file.suffix;
            OutputRecord out;
            out.path = path.lexically_relative(options_.outdir).generic_string();
            std::string other;
            if (!claims_.claim(out.path, input.rel, other))
                return abandon("keluaran " + out.path + " juga merupakan keluaran " + other + "; ganti nama salah satu dari kedua masukan itu",
                               "the output " + out.path + " is also the output of " + other + "; rename one of the two inputs");
            std::error_code ec;
            fs::create_directories(path.parent_path(), ec);
            std::string temp;
            if (!write_temporary(path, file.bytes, tag_, temp, error, lang_))
                return abandon("keluaran tidak dapat ditulis: " + error, "cannot write the output: " + error);
            staged.push_back(Staged{std::move(temp), path});
            out.size = file.bytes.size();
            out.pages = file.pages;
            out.sha256 = sha256_hex(file.bytes);
            std::string().swap(file.bytes);
            record.outputs.push_back(std::move(out));
        }
        record.status = Status::Ok;
        remove_previous_outputs(prior, record, input);
        return Outcome::Rendered;
    }

    /// Outputs an earlier run made for this input that this run did not make again (the input
    /// changed variant, or now fails): left in place they would look current in the archive.
    void remove_previous_outputs(const DecreeRecord* prior, const DecreeRecord& now, const InputFile& input)
    {
        if (!prior) return;
        for (const auto& old : prior->outputs) {
            bool kept = false;
            for (const auto& o : now.outputs) kept = kept || o.path == old.path;
            if (kept || !inside_outdir(old.path) || claims_.owned_by_other(old.path, input.rel)) continue;
            std::error_code ec;
            fs::remove(options_.outdir / old.path, ec);
        }
    }
};

}  // namespace

void request_stop(int signal)
{
    int expected = 0;
    stop_signal.compare_exchange_strong(expected, signal);
}

void reset_stop() { stop_signal = 0; }

fs::path manifest_path(const fs::path& outdir, const Shard& shard, const char* extension)
{
    return outdir / ((shard.whole() ? std::string("manifest") : "manifest." + shard.tag()) + extension);
}

fs::path journal_path(const fs::path& outdir, const Shard& shard) { return outdir / ".naskah-batch" / ("journal." + shard.tag() + ".jsonl"); }

ManifestOptions manifest_options(const BatchOptions& options)
{
    ManifestOptions m;
    m.formats = format_list(options.request.formats);
    m.variant = options.request.variant ? model::variant_name(*options.request.variant) : "input";
    m.layout = options.layout ? *options.layout : "input";
    m.sign_map = options.request.sign_map;
    m.strict = options.request.strict;
    m.lang = options.request.lang;
    m.source_date_epoch = options.request.epoch;
    return m;
}

namespace {

/// Inputs an earlier run rendered that are no longer given (deleted, renamed, moved): their
/// outputs would stay in the archive unlisted. Names them, and removes them with --prune.
/// Returns the records to keep in the journal: those whose files are left in place.
std::vector<DecreeRecord> outputs_of_inputs_gone(const BatchOptions& options, const std::map<std::string, DecreeRecord>& previous,
                                                 const std::vector<DecreeRecord>& current, Reporter& reporter)
{
    std::set<std::string> given, made;
    for (const auto& r : current) {
        given.insert(r.input);
        for (const auto& o : r.outputs) made.insert(o.path);
    }
    std::vector<DecreeRecord> kept;
    std::vector<std::string> stale;
    std::size_t inputs_gone = 0;
    for (const auto& [input, record] : previous) {
        if (given.count(input) || !in_shard(input, options.shard)) continue;
        bool any = false;
        for (const auto& o : record.outputs) {
            std::error_code e;
            if (made.count(o.path) || !inside_outdir(o.path) || !fs::is_regular_file(options.outdir / o.path, e))
                continue;
            any = true;
            if (options.prune) fs::remove(options.outdir / o.path, e);
            stale.push_back(o.path);
        }
        inputs_gone += any;
        if (any && !options.prune) kept.push_back(record);
    }
    if (!stale.empty())
        reporter.message(std::to_string(stale.size()) + " output(s) of " + std::to_string(inputs_gone) + " input(s) no longer given " +
                         (options.prune ? "removed" : "left in " + options.outdir.string() + ", not in the manifest; --prune removes them") +
                         " (" + stale.front() + (stale.size() > 1 ? ", …)" : ")"));
    return kept;
}

}  // namespace

int run_batch(const BatchOptions& options, Reporter& reporter)
{
    const auto started = std::chrono::steady_clock::now();
    InputSet inputs;
    std::vector<std::string> errors;
    if (!collect_inputs(options.inputs, options.outdir, inputs, errors)) {
        for (const auto& e : errors) reporter.message(e);
        return 2;
    }
    std::error_code ec;
    fs::create_directories(options.outdir / ".naskah-batch", ec);
    if (ec) {
        reporter.message(options.outdir.string() + ": cannot create the output folder: " + ec.message());
        return 2;
    }
    FolderLock lock;
    std::string error;
    if (!lock.acquire(options.outdir / ".naskah-batch" / ("lock." + options.shard.tag()), error)) {
        reporter.message(error);
        return 2;
    }
    if (const std::size_t stale = remove_stale_temporaries(options.outdir, options.shard.tag()))
        reporter.message("removed " + std::to_string(stale) + " temporary file(s) left by an interrupted run");

    Run run(options, inputs, reporter);
    if (!run.open_journal(error)) {
        reporter.message(error);
        return 2;
    }
    std::vector<std::size_t> jobs;
    for (std::size_t i = 0; i < inputs.files.size(); ++i)
        if (in_shard(inputs.files[i].rel, options.shard)) jobs.push_back(i);
    std::vector<DecreeRecord> records;
    for (const auto& s : inputs.skipped)
        if (in_shard(s.input, options.shard)) records.push_back(s);

    unsigned threads = options.jobs ? options.jobs : usable_cores();
    threads = static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(threads, jobs.size())));
    const std::size_t skipped_here = records.size();  // found while collecting: the output folder and files in it
    reporter.start(jobs.size() + skipped_here, options.shard, threads);
    for (const auto& r : records) reporter.finished(r, Outcome::Skipped, {});

    auto results = run.run(jobs, threads);
    // A signal from here on arrives while the manifest is being written: finishing is the quickest way out.
    const int signal = stop_signal.load();
    const bool interrupted = signal != 0 || !run.fatal().empty();
    Manifest manifest;
    manifest.naskah = NASKAH_VERSION;
    manifest.options = manifest_options(options);
    manifest.shard = options.shard.whole() ? std::string() : options.shard.name();
    manifest.complete = !interrupted;
    manifest.records = std::move(records);
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (results[i]) {
            manifest.records.push_back(std::move(*results[i]));
            continue;
        }
        // not reached: what an earlier run finished still stands (and its files are there)
        auto it = run.journal().previous().find(inputs.files[jobs[i]].rel);
        if (it != run.journal().previous().end()) manifest.records.push_back(it->second);
    }
    results.clear();
    results.shrink_to_fit();

    // Until pruned, the records of inputs no longer given stay in the journal, so every run names them again.
    std::vector<DecreeRecord> kept;
    if (!interrupted) kept = outputs_of_inputs_gone(options, run.journal().previous(), manifest.records, reporter);
    std::vector<const DecreeRecord*> journal_records;
    for (const auto& r : manifest.records) journal_records.push_back(&r);
    for (const auto& r : kept) journal_records.push_back(&r);

    int code = 0;
    const std::string tag = options.shard.tag();
    // The journal first: killed between the two steps, the next run still finds every record.
    if (!run.journal().compact(journal_records, tag, error)) reporter.message("cannot compact the journal: " + error);
    const fs::path json_path = manifest_path(options.outdir, options.shard, ".json");
    if (!write_file_atomically(json_path, manifest_json(manifest), tag, error) ||
        !write_file_atomically(manifest_path(options.outdir, options.shard, ".csv"), manifest_csv(manifest), tag, error)) {
        reporter.message("cannot write the manifest: " + error);
        code = 2;
    }
    if (!run.fatal().empty()) {
        reporter.message(run.fatal());
        code = 2;
    }
    Summary summary;
    summary.total = jobs.size() + skipped_here;
    summary.rendered = run.rendered();
    summary.unchanged = run.unchanged();
    summary.failed = run.failed();
    summary.skipped = run.skipped() + skipped_here;
    summary.warnings = run.warnings();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    summary.signal = signal;
    summary.manifest = json_path;
    reporter.end(summary);
    if (code) return code;
    if (summary.signal) return 128 + summary.signal;
    return summary.failed ? 1 : 0;
}

}  // namespace naskah::batch
