// The limits naskah holds every input to (docs/robustness.md lists them with the reasons for
// their values). Each one is reported as an error at the position of what exceeds it, never as
// a crash, a hang or a silently shortened document. All of them admit the largest real-world
// case measured (bench/: a 201,400-row work plan, 68 MB, about 20,000 pages).
#pragma once

#include <cstddef>

namespace naskah::limits {

/// A decree file. 68 MB is the largest benchmark; past this the memory of one document (about
/// 25 times its size while laid out) stops fitting a small machine.
constexpr std::size_t kDecreeBytes = 128u << 20;
/// A house style (layouts/kpu.xml is 3 KB).
constexpr std::size_t kStyleBytes = 1u << 20;
/// A font file a house style names (the shipped ones are 0.3–0.5 MB).
constexpr std::size_t kFontBytes = 64u << 20;
/// A kop logo: the file, and its pixels once decoded (4096 × 4096).
constexpr std::size_t kLogoBytes = 8u << 20;
constexpr std::size_t kLogoPixels = 4096u * 4096u;
/// Elements inside one another. The samples nest 9 deep; the readers and checks recurse.
constexpr int kNestingDepth = 64;
/// One table: rows, columns and their product (the resolved grid holds one slot per pair).
/// A work plan is 17 columns; 201,400 rows of it are 3.4 million slots.
constexpr std::size_t kTableRows = 250000;
constexpr std::size_t kTableColumns = 200;
constexpr std::size_t kTableSlots = 8u << 20;
/// Pages of one PDF (libharu's page tree holds at most 32,767 kids; 201,400 rows are ~20,000 pages).
constexpr int kPdfPages = 32000;

}  // namespace naskah::limits
