// The files `naskah new keputusan|peraturan` print: samples/starter-keputusan.xml and
// samples/starter-peraturan.xml, compiled in by CMake
// (generated/starter.inc) so the binary works without its data folder.
namespace naskah::cli {
extern const char* const kStarterKeputusan;
const char* const kStarterKeputusan =
#include "starter.inc"
    ;
extern const char* const kStarterPeraturan;
const char* const kStarterPeraturan =
#include "starter-peraturan.inc"
    ;
}  // namespace naskah::cli
