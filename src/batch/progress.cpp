#include "batch/progress.hpp"

#include <chrono>
#include <cstdio>
#include <mutex>
#include <ostream>
#include <string>

#include "core/json_write.hpp"

namespace naskah::batch {

namespace {

using Clock = std::chrono::steady_clock;

const char* outcome_name(Outcome o)
{
    switch (o) {
    case Outcome::Rendered: return "rendered";
    case Outcome::Unchanged: return "unchanged";
    case Outcome::Failed: return "failed";
    case Outcome::Skipped: return "skipped";
    }
    return "failed";
}

std::string duration_text(double seconds)
{
    if (seconds < 0 || seconds > 360000) return "--:--";
    const long s = static_cast<long>(seconds + 0.5);
    char buf[32];
    if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

class TextReporter : public Reporter {
public:
    TextReporter(const ReportStyle& style, std::ostream& err) : style_(style), err_(err) {}

    void start(std::size_t total, const Shard& shard, unsigned jobs) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        total_ = total;
        started_ = last_line_ = Clock::now();
        if (!style_.quiet && !style_.terminal)
            err_ << "naskah batch: " << total << " input(s)" << (shard.whole() ? "" : " in shard " + shard.name()) << ", "
                 << jobs << " thread(s)\n";
        draw(true);
    }

    void finished(const DecreeRecord& record, Outcome outcome, const std::vector<Diagnostic>& diagnostics) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ++done_;
        if (outcome == Outcome::Failed) {
            ++failed_;
            clear();
            if (diagnostics.empty()) err_ << record.input << ": failed\n";
            for (const auto& d : diagnostics) err_ << format_diagnostic(d) << "\n";
        } else if (outcome == Outcome::Skipped && !style_.quiet) {
            clear();
            err_ << "naskah batch: skipped " << record.input << ": " << record.reason << "\n";
        }
        draw(outcome == Outcome::Failed);
        if (!style_.quiet && !style_.terminal && Clock::now() - last_line_ > std::chrono::seconds(5)) {
            last_line_ = Clock::now();
            err_ << "naskah batch: " << status_text() << "\n";
        }
    }

    void end(const Summary& s) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        clear();
        const double rate = s.seconds > 0 ? static_cast<double>(s.rendered) / s.seconds : 0;
        char timing[96];
        // a run that rendered nothing has no rate worth printing
        if (s.rendered) std::snprintf(timing, sizeof timing, " in %.1f s (%.0f decrees/s)", s.seconds, rate);
        else std::snprintf(timing, sizeof timing, " in %.1f s", s.seconds);
        if (s.signal) {
            err_ << "naskah batch: interrupted; " << done_ << " of " << s.total << " input(s) done (" << s.rendered
                 << " rendered, " << s.failed << " failed); " << s.manifest.string()
                 << " lists what is finished; run the same command again to go on\n";
            return;
        }
        if (style_.quiet) return;
        err_ << "naskah batch: " << s.rendered << " rendered, " << s.unchanged << " unchanged, " << s.failed << " failed, "
             << s.skipped << " skipped" << timing << "; " << s.warnings << " warning(s); manifest " << s.manifest.string()
             << "\n";
    }

    void message(const std::string& text) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        clear();
        err_ << "naskah batch: " << text << "\n";
        draw(true);
    }

private:
    ReportStyle style_;
    std::ostream& err_;
    std::mutex mutex_;
    std::size_t total_ = 0, done_ = 0, failed_ = 0;
    Clock::time_point started_, last_draw_, last_line_;
    bool bar_shown_ = false;

    std::string status_text() const
    {
        const double elapsed = std::chrono::duration<double>(Clock::now() - started_).count();
        const double rate = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
        const double eta = rate > 0 ? static_cast<double>(total_ - done_) / rate : -1;
        char buf[160];
        std::snprintf(buf, sizeof buf, "%zu/%zu  %3.0f%%  %.1f/s  ETA %s%s", done_, total_,
                      total_ ? 100.0 * static_cast<double>(done_) / static_cast<double>(total_) : 100.0, rate,
                      done_ ? duration_text(eta).c_str() : "--:--",
                      failed_ ? ("  " + std::to_string(failed_) + " failed").c_str() : "");
        return buf;
    }

    void clear()
    {
        if (!bar_shown_) return;
        err_ << "\r\033[K";
        bar_shown_ = false;
    }

    void draw(bool now)
    {
        if (!style_.terminal || style_.quiet) return;
        const auto t = Clock::now();
        // redrawing is cheap but a terminal is not: ten times a second is smooth enough
        if (!now && bar_shown_ && t - last_draw_ < std::chrono::milliseconds(100)) return;
        last_draw_ = t;
        constexpr int kWidth = 28;
        const int filled = total_ ? static_cast<int>(kWidth * done_ / total_) : kWidth;
        std::string bar = "[" + std::string(static_cast<std::size_t>(filled), '#') +
                          std::string(static_cast<std::size_t>(kWidth - filled), '.') + "] ";
        err_ << "\r\033[K" << bar << status_text() << std::flush;
        bar_shown_ = true;
    }
};

class JsonReporter : public Reporter {
public:
    explicit JsonReporter(std::ostream& out) : out_(out) {}

    void start(std::size_t total, const Shard& shard, unsigned jobs) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        total_ = total;
        write(Json{{"event", "start"}, {"total", total}, {"shard", shard.whole() ? Json(nullptr) : Json(shard.name())}, {"threads", jobs}});
    }

    void finished(const DecreeRecord& r, Outcome outcome, const std::vector<Diagnostic>& diagnostics) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        ++done_;
        Json j{{"event", "decree"}, {"done", done_}, {"total", total_}, {"input", r.input}, {"result", outcome_name(outcome)}};
        if (outcome == Outcome::Skipped) j["reason"] = r.reason;
        j["warnings"] = r.warnings;
        Json& outputs = j["outputs"] = Json::array();
        for (const auto& o : r.outputs) outputs.push_back(o.path);
        Json& list = j["diagnostics"] = Json::array();
        for (const auto& d : diagnostics) list.push_back(json_write::diagnostic(d));
        write(j);
    }

    void end(const Summary& s) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        write(Json{{"event", "end"},
                   {"total", s.total},
                   {"rendered", s.rendered},
                   {"unchanged", s.unchanged},
                   {"failed", s.failed},
                   {"skipped", s.skipped},
                   {"warnings", s.warnings},
                   {"interrupted", s.signal != 0},
                   {"seconds", json_write::rounded(s.seconds, 3)},
                   {"manifest", s.manifest.string()}});
    }

    void message(const std::string& text) override
    {
        std::lock_guard<std::mutex> lock(mutex_);
        write(Json{{"event", "message"}, {"text", text}});
    }

private:
    using Json = json_write::Json;

    /// One event a line, flushed: a tool reading the pipe sees each decree as it is committed.
    void write(const Json& j) { out_ << json_write::dump(j) << "\n" << std::flush; }

    std::ostream& out_;
    std::mutex mutex_;
    std::size_t total_ = 0, done_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_reporter(const ReportStyle& style, std::ostream& out, std::ostream& err)
{
    if (style.json) return std::make_unique<JsonReporter>(out);
    return std::make_unique<TextReporter>(style, err);
}

}  // namespace naskah::batch
