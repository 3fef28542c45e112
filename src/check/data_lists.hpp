// The short word and phrase lists of data/ejaan/ (istilah.txt, pengganti.txt, singkatan.txt) and
// data/rujukan/ (*.txt), parsed. The build parses the build's own data folder with these same
// functions and compiles the result in (tools/datalists/build_lists.cpp, generated/data_lists.cpp):
// reading and parsing them cost every process about 1 M instructions. Any other data folder
// (NASKAH_DATA) is read from its files at run time, as before.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace naskah::check {

struct EjaanLists {
    struct Replacement {
        std::string word;        ///< lower case: "resiko"
        std::string suggestion;  ///< "risiko"
        bool foreign = false;
        int since = 0;  ///< yyyymmdd, or 0
    };
    std::vector<std::string> terms;  ///< istilah.txt, lower case, in file order
    std::vector<Replacement> replacements;  ///< pengganti.txt in file order (a later row wins)
    std::vector<std::pair<std::string, std::string>> abbreviations;  ///< singkatan.txt in file order (the first row wins)
};

/// Reads the three lists of `folder` (data/ejaan); false with `error` ("cannot read …") otherwise.
bool read_ejaan_lists(const std::string& folder, EjaanLists& out, std::string& error);
/// The lists compiled from the build's data/ejaan; false when the build could not read them.
bool compiled_ejaan_lists(EjaanLists& out);

using DataRows = std::vector<std::vector<std::string>>;
/// A data/rujukan file's non-comment lines split at '|' and trimmed; false with `error` when it
/// cannot be read (or read to its end).
bool read_rujukan_rows(const std::string& path, DataRows& rows, std::string& error);
/// The rows of data/rujukan/`name` compiled from the build's data folder; false when the build
/// has not it.
bool compiled_rujukan_rows(const std::string& name, DataRows& rows);

/// The build's own data folder (NASKAH_DATA_DIR) is the one in use: the compiled lists apply.
bool data_is_compiled();

}  // namespace naskah::check
