// The journal of a batch run: one JSON line per finished decree, appended once the decree's
// files are on disk under their final names, so a killed run still knows what it completed. The manifest is built from it at the
// end, and the next run reads it to skip decrees whose input, layout and options are unchanged.
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "batch/manifest.hpp"

namespace naskah::batch {

class Journal {
public:
    Journal() = default;
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    /// Reads the records of earlier runs and opens the file for appending. A line cut short by a
    /// kill is dropped (and cut off the file); unreadable lines are ignored. False with a message.
    bool open(const std::filesystem::path& path, std::string& error);
    /// The last record of each input from earlier runs.
    const std::map<std::string, DecreeRecord>& previous() const { return previous_; }
    /// Appends the records in one write (a kill cuts it at most inside the last line). Not
    /// synced: the batch flushes the file system once per group of decrees. Thread-safe.
    bool append(const std::vector<const DecreeRecord*>& records, std::string& error);
    /// Replaces the file with exactly these records (atomically), dropping superseded lines.
    bool compact(const std::vector<const DecreeRecord*>& records, const std::string& tag, std::string& error);

private:
    std::filesystem::path path_;
    int fd_ = -1;
    std::mutex mutex_;
    std::map<std::string, DecreeRecord> previous_;
};

}  // namespace naskah::batch
