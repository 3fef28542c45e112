// Which files a batch run renders, and where their outputs go.
//
// Inputs are decree files, folders (searched for *.xml) and list files (one path a line). The
// outputs mirror the inputs' folders below the output folder, relative to the inputs' deepest
// common folder, so two decrees with the same file name in different folders never collide.
// That relative path also names the decree in the manifest and chooses its shard, so it is the
// same on every machine that sees the same tree, wherever the tree is mounted.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "batch/manifest.hpp"

namespace naskah::batch {

struct InputFile {
    std::string path;  ///< as found (relative to the current folder when given so): for reading and diagnostics
    std::string rel;   ///< relative to the common folder, '/' separated: the manifest key and the mirrored output path
};

struct InputSet {
    std::filesystem::path root;  ///< the inputs' common folder (absolute)
    std::vector<InputFile> files;      ///< sorted by rel, no duplicates
    std::vector<DecreeRecord> skipped;  ///< found but not rendered (the output folder and files inside it)
};

/// Expands the command-line inputs. "-" reads a list from standard input. Arguments that do
/// not exist are errors (returned as messages, nothing is rendered); list entries that do not
/// exist are kept so that the run reports them as failed decrees and renders the rest.
bool collect_inputs(const std::vector<std::string>& args, const std::filesystem::path& outdir, InputSet& out,
                    std::vector<std::string>& errors);

/// The K-th of N deterministic parts of the inputs (1-based).
struct Shard {
    unsigned index = 1, count = 1;
    bool whole() const { return count == 1; }
    std::string name() const { return std::to_string(index) + "/" + std::to_string(count); }
    /// "K-of-N", for file names.
    std::string tag() const { return whole() ? "all" : std::to_string(index) + "-of-" + std::to_string(count); }
};

/// Parses "K/N" with 1 <= K <= N.
bool parse_shard(std::string_view text, Shard& out);
/// True when the input with this relative path belongs to the shard: by a hash of the path,
/// so an input keeps its shard when others are added or removed.
bool in_shard(std::string_view rel, const Shard& shard);

/// Output base path for an input: the output folder, the input's relative folder and its stem.
std::filesystem::path output_base(const std::filesystem::path& outdir, const InputFile& input);

}  // namespace naskah::batch
