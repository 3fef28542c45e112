// The files `naskah new keputusan|peraturan|instruksi` print: samples/starter-keputusan.xml,
// samples/starter-peraturan.xml and samples/starter-instruksi.xml, compiled in by CMake
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
extern const char* const kStarterInstruksi;
const char* const kStarterInstruksi =
#include "starter-instruksi.inc"
    ;
}  // namespace naskah::cli
