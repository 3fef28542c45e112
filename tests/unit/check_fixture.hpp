// Shared by the rule tests: the base check fixture (tests/data/checks/dasar.xml) with one
// phrase replaced, and the findings of one rule on a file.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "check/checks.hpp"
#include "core/diagnostic.hpp"
#include "xml/decree_reader.hpp"

namespace naskah::testing_checks {

inline const std::string kBaseFixture = NASKAH_SOURCE_DIR "/tests/data/checks/dasar.xml";

inline std::string slurp(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct FixtureVariant {
    std::string path;
    std::string text;
};

/// The base fixture with `from` replaced by `to` (which must occur once), written to
/// `<temp>/<folder>/<name>.xml`.
inline FixtureVariant fixture_variant(const std::string& from, const std::string& to, const std::string& name, const std::string& folder)
{
    std::string s = slurp(kBaseFixture);
    const std::size_t at = s.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    EXPECT_EQ(s.find(from, at + 1), std::string::npos) << from;
    if (at != std::string::npos) s.replace(at, from.size(), to);
    const auto dir = std::filesystem::temp_directory_path() / folder;
    std::filesystem::create_directories(dir);
    const std::string path = (dir / (name + ".xml")).string();
    std::ofstream(path) << s;
    return {path, s};
}

/// The findings of rule `code` on the decree at `path`, in position order.
inline std::vector<Diagnostic> findings_of(const std::string& path, const std::string& code)
{
    model::Decree d;
    DiagnosticSink sink;
    EXPECT_TRUE(xml::read_decree(path, d, sink)) << path;
    DiagnosticSink out;
    check::run_checks(d, {}, out);
    out.sort();
    std::vector<Diagnostic> ds;
    for (const auto& x : out.items())
        if (x.code == code) ds.push_back(x);
    return ds;
}

}  // namespace naskah::testing_checks
