// Writing output files so that a failure or an interruption never leaves a partial one: the one
// helper `render` (pipeline/) and `batch` share. A file is written to "PATH.tmp-TAG-XXXXXX"
// beside its final name and renamed only when complete; the tag tells which run (batch shard,
// render) a leftover belongs to.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diagnostic.hpp"

namespace naskah::atomic {

/// ".tmp-TAG-": what the temporary names carry before mkstemp's six characters.
std::string temp_marker(const std::string& tag);

/// Writes `bytes` to a new temporary file beside `path`, not synced; `temp` receives its name.
/// False with "PATH: reason" in `error` (in `lang`), and nothing left behind.
bool write_temporary(const std::filesystem::path& path, std::string_view bytes, const std::string& tag, std::string& temp,
                     std::string& error, Lang lang = Lang::En);

/// One file: temporary, fsync, rename. After a crash the final name holds the old or the new
/// bytes, never an empty file (for journals and manifests, which later runs trust).
bool write_file_atomically(const std::filesystem::path& path, std::string_view bytes, const std::string& tag, std::string& error,
                           Lang lang = Lang::En);

/// Several files (path, bytes) all or nothing: every one complete under its temporary name
/// before the first is renamed; on any failure none is left (those renamed already are removed
/// again). Not synced: the renames already guarantee old-or-new after an interruption, and a
/// single render gains nothing from power-loss durability (batch syncs whole groups instead).
/// `failed` (optional) receives the path that could not be written.
bool write_all_atomically(const std::vector<std::pair<std::string, std::string>>& files, const std::string& tag, std::string& error,
                          Lang lang = Lang::En, std::string* failed = nullptr);

}  // namespace naskah::atomic
