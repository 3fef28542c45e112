#include "check/text_util.hpp"

#include "core/utf8.hpp"

#include <unicode/uchar.h>

#include <algorithm>

namespace naskah::check::text {

char32_t next_cp(std::string_view s, std::size_t& i) { return utf8::next_or_replacement(s, i); }

std::size_t cp_count(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

// ASCII answered here (what isalpha gives in the C locale and ICU for these code points): the
// checks ask of every character of the decree, several times over.
bool is_letter(char32_t cp)
{
    return cp < 0x80 ? ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') : u_isalpha(static_cast<UChar32>(cp)) != 0;
}
bool is_digit(char32_t cp) { return cp < 0x80 ? (cp >= '0' && cp <= '9') : u_isdigit(static_cast<UChar32>(cp)) != 0; }
bool is_upper(char32_t cp) { return cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : u_isupper(static_cast<UChar32>(cp)) != 0; }
bool is_lower(char32_t cp) { return cp < 0x80 ? (cp >= 'a' && cp <= 'z') : u_islower(static_cast<UChar32>(cp)) != 0; }

namespace {

std::string lower_any(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(std::tolower(c));
            ++i;
            continue;
        }
        append_utf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(next_cp(s, i)))));
    }
    return out;
}

}  // namespace

std::string lower(std::string_view s)
{
    // ASCII (nearly every word) in one pass over a copy; the first non-ASCII byte starts again
    // with the general path
    std::string out(s);
    for (auto& c : out) {
        if (static_cast<unsigned char>(c) >= 0x80) return lower_any(s);
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
    return out;
}

bool same_ignoring_case_slow(std::string_view a, std::string_view b)
{
    // Asked of nearly every word against a constant: most pairs differ in their first letters.
    // While both are ASCII, code point i is byte i of each and of their lower case, so the
    // first differing ASCII pair settles it; a non-ASCII byte hands over to lower().
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        char x = a[i], y = b[i];
        if ((static_cast<unsigned char>(x) | static_cast<unsigned char>(y)) >= 0x80) return lower(a) == lower(b);
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + ('a' - 'A'));
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + ('a' - 'A'));
        if (x != y) return false;
    }
    if (a.size() == b.size()) return true;
    // an ASCII prefix of the other: only a non-ASCII rest could lower-case to the same
    for (char c : a.size() > n ? a.substr(n) : b.substr(n))
        if (static_cast<unsigned char>(c) >= 0x80) return lower(a) == lower(b);
    return false;
}

std::string upper(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += static_cast<char>(std::toupper(c));
            ++i;
            continue;
        }
        append_utf8(out, static_cast<char32_t>(u_toupper(static_cast<UChar32>(next_cp(s, i)))));
    }
    return out;
}

std::string trim(std::string_view s)
{
    const std::size_t b = s.find_first_not_of(" \t\r");
    const std::size_t e = s.find_last_not_of(" \t\r");
    return b == std::string_view::npos ? std::string() : std::string(s.substr(b, e - b + 1));
}

std::string capitalise(std::string_view s)
{
    if (s.empty()) return {};
    std::size_t i = 0;
    const char32_t first = next_cp(s, i);
    std::string out;
    append_utf8(out, static_cast<char32_t>(u_toupper(static_cast<UChar32>(first))));
    out += s.substr(i);
    return out;
}

bool all_upper(std::string_view w)
{
    int letters = 0;
    for (std::size_t i = 0; i < w.size();) {
        // an ASCII byte is its own code point (asked of nearly every word: no decoder call)
        const auto b = static_cast<unsigned char>(w[i]);
        const char32_t cp = b < 0x80 ? (++i, char32_t(b)) : next_cp(w, i);
        if (!is_letter(cp)) continue;
        if (is_lower(cp)) return false;
        ++letters;
    }
    return letters >= 2;
}

bool starts_upper_slow(std::string_view w)
{
    for (std::size_t i = 0; i < w.size();) {
        const auto b = static_cast<unsigned char>(w[i]);
        const char32_t cp = b < 0x80 ? (++i, char32_t(b)) : next_cp(w, i);
        if (is_letter(cp)) return is_upper(cp);
    }
    return false;
}

namespace {

bool word_char(char32_t cp) { return is_letter(cp) || is_digit(cp); }

// Apostrophes inside names (Marfu'ah) and hyphens inside words (masing-masing) keep a word whole.
bool joiner(char32_t cp) { return cp == '-' || cp == '\'' || cp == 0x2019; }

bool space_cp(char32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0; }

}  // namespace

// next_cp() with ASCII decoded inline: tokenize() reads every byte of the decree.
inline char32_t next_cp_fast(std::string_view s, std::size_t& i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    return next_cp(s, i);
}

inline bool word_char_fast(char32_t cp)
{
    if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
    return word_char(cp);
}

std::vector<Token> tokenize(std::string_view s)
{
    std::vector<Token> out;
    out.reserve(s.size() / 4);
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t start = i;
        const char32_t cp = next_cp_fast(s, i);
        if (space_cp(cp)) continue;
        if (!word_char_fast(cp)) {
            out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i), false});
            continue;
        }
        std::size_t end = i;
        while (i < s.size()) {
            std::size_t j = i;
            const char32_t c = next_cp_fast(s, j);
            if (word_char_fast(c)) {
                i = end = j;
                continue;
            }
            if (joiner(c) && j < s.size()) {
                std::size_t k = j;
                if (word_char_fast(next_cp_fast(s, k))) {
                    i = end = k;
                    continue;
                }
            }
            break;
        }
        i = end;
        out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), true});
    }
    return out;
}

std::vector<Token> words(std::string_view s)
{
    std::vector<Token> out = tokenize(s);
    std::erase_if(out, [](const Token& t) { return !t.word; });
    return out;
}

int edit_distance(std::string_view a, std::string_view b)
{
    std::vector<char32_t> x, y;
    const std::string la = lower(a), lb = lower(b);
    for (std::size_t i = 0; i < la.size();) x.push_back(next_cp(la, i));
    for (std::size_t i = 0; i < lb.size();) y.push_back(next_cp(lb, i));
    std::vector<int> prev(y.size() + 1), cur(y.size() + 1);
    for (std::size_t j = 0; j <= y.size(); ++j) prev[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= x.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= y.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[y.size()];
}

std::vector<DiffHunk> diff_tokens(std::string_view a, const std::vector<Token>& at, std::string_view b,
                                  const std::vector<Token>& bt, const DiffOptions& opt)
{
    const std::size_t n = at.size();
    // The rest of a sentence after a quoted name cannot take part in the match.
    const std::size_t m = opt.trim_trailing_extra ? std::min(bt.size(), n + 15) : bt.size();
    std::vector<std::string> as(n), bs(m);
    for (std::size_t i = 0; i < n; ++i) as[i] = opt.ignore_case ? lower(at[i].view(a)) : std::string(at[i].view(a));
    for (std::size_t j = 0; j < m; ++j) bs[j] = opt.ignore_case ? lower(bt[j].view(b)) : std::string(bt[j].view(b));
    std::vector<std::uint16_t> dp((n + 1) * (m + 1), 0);
    auto at_ = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return dp[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at_(i, j) = as[i] == bs[j] ? static_cast<std::uint16_t>(at_(i + 1, j + 1) + 1) : std::max(at_(i + 1, j), at_(i, j + 1));

    enum Op : char { Match, AOnly, BOnly };
    struct Step {
        Op op;
        std::size_t i, j;
    };
    std::vector<Step> steps;
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && as[i] == bs[j]) {
            steps.push_back({Match, i++, j++});
        } else if (j >= m || (i < n && at_(i + 1, j) >= at_(i, j + 1))) {
            steps.push_back({AOnly, i++, j});
        } else {
            steps.push_back({BOnly, i, j++});
        }
    }
    std::size_t first_match = steps.size(), last_match = steps.size();
    for (std::size_t k = 0; k < steps.size(); ++k)
        if (steps[k].op == Match) {
            if (first_match == steps.size()) first_match = k;
            last_match = k;
        }
    if (first_match != steps.size()) {
        std::vector<Step> kept;
        for (std::size_t k = 0; k < steps.size(); ++k) {
            if (steps[k].op == BOnly && opt.trim_leading_extra && k < first_match) continue;
            if (steps[k].op == BOnly && opt.trim_trailing_extra && k > last_match) continue;
            kept.push_back(steps[k]);
        }
        steps = std::move(kept);
    }
    std::vector<DiffHunk> hunks;
    for (std::size_t k = 0; k < steps.size();) {
        if (steps[k].op == Match) {
            ++k;
            continue;
        }
        DiffHunk h;
        h.a_begin = h.a_end = steps[k].i;
        h.b_begin = h.b_end = steps[k].j;
        bool any_a = false, any_b = false;
        for (; k < steps.size() && steps[k].op != Match; ++k) {
            if (steps[k].op == AOnly) {
                if (!any_a) h.a_begin = steps[k].i;
                h.a_end = steps[k].i + 1;
                any_a = true;
            } else {
                if (!any_b) h.b_begin = steps[k].j;
                h.b_end = steps[k].j + 1;
                any_b = true;
            }
        }
        if (!any_a) h.a_end = h.a_begin;
        if (!any_b) h.b_end = h.b_begin;
        hunks.push_back(h);
    }
    return hunks;
}

std::string span_text(std::string_view s, const std::vector<Token>& t, std::size_t from, std::size_t to)
{
    if (from >= to || from >= t.size()) return {};
    to = std::min(to, t.size());
    return std::string(s.substr(t[from].begin, t[to - 1].end - t[from].begin));
}

std::string describe_diff(std::string_view a, const std::vector<Token>& at, std::string_view b,
                          const std::vector<Token>& bt, const std::vector<DiffHunk>& hunks, bool english)
{
    std::string out;
    std::size_t shown = 0;
    for (const auto& h : hunks) {
        if (shown == 3) {
            out += english ? "; …" : "; …";
            break;
        }
        if (!out.empty()) out += "; ";
        const std::string want = span_text(a, at, h.a_begin, h.a_end);
        const std::string have = span_text(b, bt, h.b_begin, h.b_end);
        if (!want.empty() && !have.empty())
            out += "«" + have + "» " + (english ? "(expected «" : "(seharusnya «") + want + "»)";
        else if (!want.empty())
            out += (english ? "missing «" : "kurang «") + want + "»";
        else
            out += (english ? "extra «" : "berlebih «") + have + "»";
        ++shown;
    }
    return out;
}

int from_roman(std::string_view s)
{
    static const char* numerals[] = {"I",     "II",     "III",    "IV",    "V",     "VI",     "VII",     "VIII",
                                     "IX",    "X",      "XI",     "XII",   "XIII",  "XIV",    "XV",      "XVI",
                                     "XVII",  "XVIII",  "XIX",    "XX",    "XXI",   "XXII",   "XXIII",   "XXIV",
                                     "XXV",   "XXVI",   "XXVII",  "XXVIII", "XXIX", "XXX",    "XXXI",    "XXXII",
                                     "XXXIII", "XXXIV", "XXXV",   "XXXVI", "XXXVII", "XXXVIII", "XXXIX"};
    for (int k = 0; k < 39; ++k)
        if (s == numerals[k]) return k + 1;
    return 0;
}

std::string strip_label(std::string s)
{
    while (!s.empty() && (s.back() == '.' || s.back() == ')' || s.back() == ' ')) s.pop_back();
    return s;
}

}  // namespace naskah::check::text
