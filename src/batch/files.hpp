// File system steps of a batch run that must survive interruption: outputs appear under their
// final names only when complete, leftovers of a killed run are recognised and removed, and
// two runs never write the same output folder at once.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/atomic_file.hpp"
#include "core/diagnostic.hpp"

namespace naskah::batch {

// Outputs, journals and manifests are written by the helper render shares (core/atomic_file.hpp).
using atomic::write_file_atomically;
using atomic::write_temporary;

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
