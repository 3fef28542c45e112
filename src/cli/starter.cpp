// The file `naskah new keputusan` prints: samples/starter-keputusan.xml, compiled in by CMake
// (generated/starter.inc) so the binary works without its data folder.
namespace naskah::cli {
extern const char* const kStarterKeputusan;
const char* const kStarterKeputusan =
#include "starter.inc"
    ;
}  // namespace naskah::cli
