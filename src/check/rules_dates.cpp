// Dates written in the text.
//
// TANGGAL-FORMAT: a date in the running text is written «5 Juni 2024» (PUEBI / EYD V, "Penulisan
// Angka": the day and the year in figures, the month in words; UU 12/2011 Lampiran II writes every
// date so, «pada tanggal 12 Agustus 2011»). Reported: a day the month does not have («31 Juni»,
// «29 Februari 2023»), a day typed onto its month («21September»), «Tahun» between the month and
// the year of a date after «tanggal» («tanggal 5 Juni Tahun 2024»), and a day with a leading zero in a sentence («04
// November 2025»; a table's column of dates may pad them, so table cells are left alone).
#include <array>
#include <string>
#include <string_view>

#include "check/context.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {"Januari", "Februari", "Maret",     "April",   "Mei",      "Juni",
                                                      "Juli",    "Agustus",  "September", "Oktober", "November", "Desember"};

using text::is_ascii_digit;
using text::is_ascii_letter;

int days_in(std::size_t month, int year)
{
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 1 && year > 0) return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
    return kDays[month];
}

/// The month a word names, in title case or in capitals («JUNI» in a heading), or npos.
std::size_t month_of(std::string_view w)
{
    for (std::size_t m = 0; m < kMonths.size(); ++m)
        if (w == kMonths[m] || (w.size() == kMonths[m].size() && text::same_ignoring_case(w, kMonths[m]) && text::all_upper(w))) return m;
    return std::string_view::npos;
}

void report(Context& cx, const Text& t, std::size_t at, const std::string& id, const std::string& en, const std::string& fixed = {})
{
    cx.report("TANGGAL-FORMAT", cx.at(t, at), id, en, fixed.empty() ? "" : "maksud Anda: " + fixed + "?",
              fixed.empty() ? "" : "did you mean: " + fixed + "?");
}

void check_dates_in(Context& cx, const Text& t)
{
    const std::string_view s = t.s;
    for (std::size_t i = 0; i < s.size();) {
        if (!is_ascii_letter(s[i])) {
            ++i;
            continue;
        }
        std::size_t e = i;
        while (e < s.size() && is_ascii_letter(s[e])) ++e;
        const std::string_view word = s.substr(i, e - i);
        const std::size_t begin = i;
        i = e;
        // the day before it: "5 Juni", or typed onto it, "21Juni" (asked before the month: most
        // words have no figure before them, and a month's name is compared with twelve)
        std::size_t d_end = begin;
        const bool joined = d_end > 0 && is_ascii_digit(s[d_end - 1]);
        if (!joined && (d_end < 2 || s[d_end - 1] != ' ' || !is_ascii_digit(s[d_end - 2]))) continue;
        const std::size_t month = month_of(word);
        if (month == std::string_view::npos) continue;
        if (!joined) --d_end;
        std::size_t d_begin = d_end;
        while (d_begin > 0 && is_ascii_digit(s[d_begin - 1])) --d_begin;
        // "1.5 Juni", "Nomor 3/12 Juni", "ke-5 Juni": not a day
        if (d_end - d_begin > 2 || (d_begin > 0 && s[d_begin - 1] != ' ' && s[d_begin - 1] != '(' && s[d_begin - 1] != '"')) continue;
        const std::string_view day_text = s.substr(d_begin, d_end - d_begin);
        const int day = std::stoi(std::string(day_text));
        // the year after it: "Juni 2024", or with «Tahun» between, "Juni Tahun 2024"
        int year = 0;
        std::size_t y = e;
        bool tahun = false;
        if (s.substr(y, 7) == " Tahun " || s.substr(y, 7) == " tahun ") {
            tahun = true;
            y += 6;
        }
        if (y + 5 <= s.size() && s[y] == ' ' && is_ascii_digit(s[y + 1]) && is_ascii_digit(s[y + 2]) && is_ascii_digit(s[y + 3]) && is_ascii_digit(s[y + 4]) &&
            (y + 5 == s.size() || !is_ascii_digit(s[y + 5])))
            year = std::stoi(std::string(s.substr(y + 1, 4)));
        else
            tahun = false;
        const std::string as_written = std::string(s.substr(d_begin, (year ? y + 5 : e) - d_begin));
        const std::string standard = std::to_string(day) + " " + std::string(word) + (year ? " " + std::to_string(year) : "");
        if (day < 1 || day > days_in(month, year)) {
            report(cx, t, d_begin, "«" + as_written + "»: bulan " + std::string(kMonths[month]) + " tidak punya tanggal " + std::to_string(day),
                   "«" + as_written + "»: " + std::string(kMonths[month]) + " has no day " + std::to_string(day));
            continue;
        }
        if (joined)
            report(cx, t, d_begin, "«" + as_written + "»: tanggal dan nama bulan dipisah spasi", "«" + as_written + "»: the day and the month are spaced",
                   standard);
        // only after «tanggal»: «Hari Pahlawan 10 November Tahun 2025» names a day's feast and
        // the year it is kept (Keputusan Bupati Donggala 2025), no date written wrong
        else if (tahun && d_begin >= 8 && text::same_ignoring_case(s.substr(d_begin - 8, 7), "tanggal"))
            report(cx, t, d_begin, "«" + as_written + "»: tanggal ditulis tanpa kata «Tahun» sebelum tahunnya (PUEBI)",
                   "«" + as_written + "»: a date is written without «Tahun» before its year (PUEBI)", standard);
        else if (day_text.size() == 2 && day_text[0] == '0' && !t.table_cell)
            report(cx, t, d_begin, "«" + as_written + "»: tanggal ditulis tanpa angka nol di depan", "«" + as_written + "»: the day is written without a leading zero",
                   standard);
    }
}

}  // namespace

void check_dates(Context& cx)
{
    if (!cx.enabled("TANGGAL-FORMAT")) return;
    for (const Text& t : cx.texts()) check_dates_in(cx, t);
}

}  // namespace naskah::check
