// Opening a Word package (.docx) safely: what `naskah import` refuses and why (docs/import.md).
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/diagnostic.hpp"

namespace naskah::import {

/// Limits against zip bombs and oversized input. Generous for any real decree (the reference's
/// DOCX is about 40 KiB, its document.xml about 400 KiB), small against an attack.
struct PackageLimits {
    std::uint64_t file_bytes = 64u << 20;    ///< the .docx itself
    std::uint64_t part_bytes = 64u << 20;    ///< one part, uncompressed
    std::uint64_t total_bytes = 256u << 20;  ///< everything read, uncompressed
    std::uint64_t ratio = 200;               ///< uncompressed : compressed, for parts over 1 MiB
    std::uint64_t entries = 5000;
};

/// The parts of a package naskah reads, by name inside the zip.
struct Package {
    std::string path;
    std::string main_part = "word/document.xml";
    std::map<std::string, std::string> parts;  ///< every entry read (xml, rels, media)
    const std::string* get(const std::string& name) const
    {
        auto it = parts.find(name);
        return it == parts.end() ? nullptr : &it->second;
    }
};

/// Reads `path` into `out`. On a refusal (not a zip, a .doc, encrypted, macros, no
/// word/document.xml, a zip bomb) reports one error (E-IMPOR-…) naming the file and what to do,
/// and returns false.
bool open_package(const std::string& path, Package& out, DiagnosticSink& sink, const PackageLimits& limits = {});

/// Same, from bytes already in memory (tests).
bool open_package_bytes(const std::string& path, const std::string& bytes, Package& out, DiagnosticSink& sink,
                        const PackageLimits& limits = {});

}  // namespace naskah::import
