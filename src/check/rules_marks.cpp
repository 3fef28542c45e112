// TANDA-BACA: a mark typed twice («,,», «;;», «..» that is no ellipsis). PUEBI gives each mark
// once; two in a row are a key pressed twice, or a sentence's full stop after an abbreviation's
// («dll..»: PUEBI, "Tanda Titik": an abbreviation's stop ends the sentence too). An ellipsis
// («...», «…») is three stops or its own character and is left alone.
#include <string>
#include <string_view>

#include "check/context.hpp"

namespace naskah::check {

void check_doubled_marks(Context& cx)
{
    if (!cx.enabled("TANDA-BACA")) return;
    for (const Text& t : cx.texts()) {
        const std::string_view s = t.s;
        for (std::size_t i = 0; i + 1 < s.size(); ++i) {
            const char c = s[i];
            if ((c != ',' && c != ';' && c != '.') || s[i + 1] != c) continue;
            std::size_t e = i;
            while (e < s.size() && s[e] == c) ++e;
            if (c == '.' && e - i >= 3) {  // an ellipsis
                i = e - 1;
                continue;
            }
            const std::string run(s.substr(i, e - i));
            cx.report("TANDA-BACA", cx.at(t, i), "tanda baca «" + run + "» terketik ganda; cukup satu «" + std::string(1, c) + "»",
                      "the mark «" + run + "» is typed twice; one «" + std::string(1, c) + "» is enough",
                      "maksud Anda: " + std::string(1, c) + "?", "did you mean: " + std::string(1, c) + "?");
            i = e - 1;
        }
    }
}

}  // namespace naskah::check
