// File system steps of a batch run that must survive interruption: outputs appear under their
// final names only when complete, leftovers of a killed run are recognised and removed, and
// two runs never write the same output folder at once.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"

namespace naskah::batch {

/// Writes `bytes` to `path` through "PATH.tmp-TAG-XXXXXX" in the same folder, fsync and rename.
/// The tag tells which run (shard) a leftover belongs to. False with a message in `error`.
bool write_file_atomically(const std::filesystem::path& path, std::string_view bytes, const std::string& tag, std::string& error);

/// Writes `bytes` to a new temporary file "PATH.tmp-TAG-XXXXXX" beside `path`, not synced: the
/// first half of write_file_atomically, for a caller that syncs many files at once
/// (sync_file_system) before renaming them. `temp` receives its name. False with a message in
/// `lang`: it ends up in a decree's E-TULIS diagnostic.
bool write_temporary(const std::filesystem::path& path, std::string_view bytes, const std::string& tag, std::string& temp,
                     std::string& error, Lang lang = Lang::En);

/// Flushes everything written so far to the file system holding `folder` to disk (syncfs): one
/// flush for a whole group of files instead of one per file. False with a message in `lang`.
bool sync_file_system(const std::filesystem::path& folder, std::string& error, Lang lang = Lang::En);

/// Removes the temporary files of `write_file_atomically` and `write_temporary` with this tag below `folder`: what a
/// killed run left behind. Returns how many were removed.
std::size_t remove_stale_temporaries(const std::filesystem::path& folder, const std::string& tag);

/// Whether a path read from a journal or manifest stays inside the output folder: relative, and
/// without "..". Batch deletes only such paths (a journal is data, and data may be hostile).
bool inside_outdir(const std::string& relative);

/// Reads a whole file. False with a message in `lang`.
bool read_whole_file(const std::string& path, std::string& out, std::string& error, Lang lang = Lang::En);

/// An exclusive advisory lock (flock) held while the object lives.
class FolderLock {
public:
    FolderLock() = default;
    ~FolderLock();
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    /// False when another process holds the lock, or the lock file cannot be made.
    bool acquire(const std::filesystem::path& lock_file, std::string& error);

private:
    int fd_ = -1;
};

}  // namespace naskah::batch
