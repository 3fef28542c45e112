// TANDA-BACA in a gazette reference: "(Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244
// Tambahan Lembaran Negara Republik Indonesia Nomor 5587)" lacks the comma that separates the
// Lembaran from its Tambahan (UU 12/2011 Lampiran II: "… Nomor 244, Tambahan Lembaran Negara …").
// Only inside a bracket that opens with "Lembaran" or "Berita", so "Nomor 5 Tambahan" elsewhere in a
// sentence is left alone.
#include <string>
#include <string_view>

#include "check/context.hpp"

namespace naskah::check {

void check_gazette_marks(Context& cx)
{
    if (!cx.enabled("TANDA-BACA")) return;
    static constexpr std::string_view kTambahan = " Tambahan ";
    for (const Text& t : cx.texts()) {
        const std::string_view s = t.s;
        for (std::size_t p = s.find(kTambahan); p != std::string_view::npos; p = s.find(kTambahan, p + 1)) {
            // the number right before: "Nomor 244"
            std::size_t d = p;
            while (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9') --d;
            if (d == p || d < 6 || s.substr(d - 6, 6) != "Nomor ") continue;
            // inside a gazette bracket: the nearest "(" before it, with no ")" in between
            const std::size_t open = s.rfind('(', d);
            if (open == std::string_view::npos || s.find(')', open) < p) continue;
            const std::string_view opening = s.substr(open + 1, 8);
            if (opening != "Lembaran" && opening.substr(0, 6) != "Berita") continue;
            const std::string fixed(std::string(s.substr(d - 6, p - d + 6)) + ", Tambahan");
            cx.report("TANDA-BACA", cx.at(t, p),
                      "tanda koma sebelum «Tambahan» dalam rujukan lembaran: «" + std::string(s.substr(d - 6, p - d + 6)) + ", Tambahan …»",
                      "a comma before «Tambahan» in a gazette reference: «" + std::string(s.substr(d - 6, p - d + 6)) + ", Tambahan …»",
                      fixed, fixed);
        }
    }
}

}  // namespace naskah::check
