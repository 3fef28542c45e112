// The file `naskah new keputusan` prints: samples/starter-keputusan.xml, compiled in so the
// binary works without its data folder. tests check that the two stay identical.
namespace naskah::cli {
extern const char* const kStarterKeputusan;
const char* const kStarterKeputusan =
#include "starter.inc"
    ;
}  // namespace naskah::cli
