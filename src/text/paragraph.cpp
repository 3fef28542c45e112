#include "text/paragraph.hpp"

#include <hyphen.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "style/style.hpp"

namespace naskah::text {

// libhyphen's state machine for hyph_id_ID.dic, generated at build time (tools/hyphen).
HyphenDict* compiled_hyphen_dict();

namespace {

constexpr int kForced = -10000;
constexpr double kFill = 1e6;  // stretch of the glue that ends a paragraph
// Without hyphenation (many offices never hyphenate) a justified line is stretched to at most
// this ratio (word spaces of about 2.2 normal spaces); a line that would need more ends a little
// short of the margin instead of showing 20 pt gaps between its words. With hyphenation the
// breaker keeps lines within it anyway, and the rare looser line stays justified as before.
constexpr double kMaxJustifyRatio = 2.0;
// Decrees are rarely hyphenated by hand: a break inside a word has to buy a clearly better
// paragraph, and two hyphenated lines in a row cost more still (TeX uses 50 and 10000).
constexpr int kHyphenPenalty = 150;
constexpr double kDoubleHyphenDemerits = 10000;

struct Item {
    enum Kind : std::uint8_t { Box, Glue, Penalty } kind = Box;
    std::uint8_t face = 0;
    bool underline = false;
    bool flagged = false;
    double width = 0, stretch = 0, shrink = 0;
    int penalty = 0;
    std::uint32_t begin = 0, end = 0;  // text range of a box
    const ShapedText* whole = nullptr;  // a box whose width is its text shaped alone: that shaping (Shaper::width of it)
};

struct Flat {
    std::string text;
    std::vector<std::uint8_t> style;  // per byte
};

Flat flatten(const model::Inline& in, const ParagraphSpec& spec)
{
    Flat f;
    for (const auto& s : in.spans) {
        const std::uint8_t st = static_cast<std::uint8_t>(s.style | spec.base_style);
        if (s.line_break) {
            f.text += '\n';
            f.style.push_back(st);
            continue;
        }
        const std::string t = spec.upper && !(s.style & model::kKeepCase) ? model::upper_id(s.text) : s.text;
        f.text += t;
        f.style.insert(f.style.end(), t.size(), st);
    }
    return f;
}

icu::BreakIterator& line_breaker()
{
    thread_local std::unique_ptr<icu::BreakIterator> bi = [] {
        UErrorCode st = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> b(icu::BreakIterator::createLineInstance(icu::Locale("id"), st));
        if (U_FAILURE(st) || !b) throw std::runtime_error(std::string("ICU line breaker: ") + u_errorName(st));
        return b;
    }();
    return *bi;
}

// Most paragraphs and table cells are plain words: ASCII letters and digits, single spaces,
// punctuation marks inside or after words, parentheses around them, a slash or hyphen between
// letters. For those, UAX #14 as ICU applies it is a handful of pair rules, answered here without
// ICU (which cost a twentieth of a batch): a break after a space (LB18) unless a closing mark
// follows (LB13: no break before , . : ; or ")"), none inside letters and digits (LB23, LB28,
// LB25 "1.000"), none before "(" after a letter or digit or after ")" before one (LB30), none
// after "(" (LB14), a break after a slash or hyphen between letters (LB31). Every other
// arrangement goes to ICU: other characters (quotes, line ends, non-ASCII), two spaces, a space
// after "(" or before "/" or "-", a mark followed by a digit unless it sits between digits, ")("
// and the like. tests/unit/test_layout.cpp compares both on every short text over these classes.
bool plain_breaks(std::string_view text, std::vector<std::int32_t>& out)
{
    const std::size_t n = text.size();
    if (n == 0 || text[0] == ' ' || text[n - 1] == ' ') return false;
    auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    auto alnum = [&](char c) { return letter(c) || digit(c); };
    auto mark = [](char c) { return c == ',' || c == '.' || c == ':' || c == ';'; };
    for (std::size_t i = 0; i < n; ++i) {
        const char c = text[i];
        if (alnum(c)) continue;
        const char prev = i > 0 ? text[i - 1] : '\0';
        const char next = i + 1 < n ? text[i + 1] : '\0';
        if (c == ' ') {
            // neither first nor last: the text neither starts nor ends with a space
            if (!(alnum(next) || next == '(') || prev == '(') return false;
            out.push_back(static_cast<std::int32_t>(i + 1));
        } else if (mark(c)) {
            if (!(alnum(prev) || prev == ')')) return false;  // first, or after a space or another mark
            if (!(next == '\0' || next == ' ' || next == ')' || letter(next) || (digit(next) && digit(prev)))) return false;
        } else if (c == '(') {
            if (!(prev == '\0' || prev == ' ' || prev == '(' || alnum(prev))) return false;
            if (!(alnum(next) || next == '(')) return false;
        } else if (c == ')') {
            if (!(alnum(prev) || prev == ')' || mark(prev))) return false;
            if (!(next == '\0' || next == ' ' || next == ')' || mark(next) || alnum(next))) return false;
        } else if (c == '/' || c == '-') {
            if (!letter(prev) || !letter(next)) return false;
            out.push_back(static_cast<std::int32_t>(i + 1));
        } else {
            return false;
        }
    }
    out.push_back(static_cast<std::int32_t>(n));
    return true;
}

std::vector<std::int32_t> icu_breaks(const std::string& text)
{
    std::vector<std::int32_t> out;
    UErrorCode st = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &st);
    icu::BreakIterator& bi = line_breaker();
    if (U_SUCCESS(st)) bi.setText(ut, st);
    if (U_FAILURE(st)) {
        utext_close(ut);
        throw std::runtime_error(std::string("ICU line breaks: ") + u_errorName(st));
    }
    for (std::int32_t p = bi.next(); p != icu::BreakIterator::DONE; p = bi.next()) out.push_back(p);
    utext_close(ut);
    if (out.empty() || out.back() != static_cast<std::int32_t>(text.size())) out.push_back(static_cast<std::int32_t>(text.size()));
    return out;
}

std::vector<std::int32_t> break_opportunities(const std::string& text)
{
    std::vector<std::int32_t> out;
    if (plain_breaks(text, out)) return out;
    return icu_breaks(text);
}

bool is_space(char c) { return c == ' ' || c == '\n'; }

// ---- hyphenation (libhyphen, Debian's hyph_id_ID.dic, loaded once on first use) -----------

HyphenDict* hyphen_dict() { return compiled_hyphen_dict(); }

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Whether a break before w[at] falls between syllables by PUEBI's rules for Indonesian words:
// one consonant between vowels goes to the next syllable (ba-pak), two are split (man-di), of
// three or more the first stays (in-stru-men); ng, ny, kh and sy are one consonant (a-nyam,
// bang-krut). Between two vowels nothing is broken, since ai, au and oi may be diphthongs.
// Breaks between a prefix and a vowel (per-aturan) are left out too: "ber-ita" would be wrong,
// and only a dictionary could tell the two apart. Debian's patterns alone break "pemil-ihan";
// their points are kept only where this agrees.
bool syllable_break(std::string_view w, std::size_t at)
{
    std::size_t s = at, e = at;
    while (s > 0 && !vowel(w[s - 1])) --s;
    while (e < w.size() && !vowel(w[e])) ++e;
    if (s == 0 || e == w.size() || s == e) return false;  // no vowel on one side, or two vowels meet
    // the consonants between the vowels, digraphs as one; `left` of them would stay before the break
    auto digraph = [&](std::size_t i) {
        if (i + 1 >= e) return false;
        const char a = w[i], b = w[i + 1];
        return (a == 'n' && (b == 'g' || b == 'y')) || (a == 'k' && b == 'h') || (a == 's' && b == 'y');
    };
    int units = 0, left = -1;
    for (std::size_t i = s; i < e; ++units) {
        if (i == at) left = units;
        i += digraph(i) ? 2 : 1;
    }
    if (at == e) left = units;
    if (left < 0) return false;  // inside a digraph
    return left == (units == 1 ? 0 : 1);
}

}  // namespace

std::vector<std::size_t> hyphenation_points(std::string_view word, bool any_case)
{
    std::vector<std::size_t> out;
    // The dictionary is ISO-8859-1 and lower case; only plain ASCII letters are hyphenated,
    // which covers Indonesian words. Anything else is left whole.
    if (word.size() < 6 || word.size() > 60) return out;
    // Capitalised words are names (Kepanjen, Sidoarjo, Komisi Pemilihan Umum) and upper-case
    // text is a title: neither is broken, as drafters do not break them, unless the word is
    // wider than its line and must break somewhere (any_case).
    if (!any_case && std::isupper(static_cast<unsigned char>(word[0]))) return out;
    // on the stack: every word of six letters or more comes through here
    char lower[64];
    char hyphens[64 + 5] = {};
    const std::size_t n = word.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (!std::isalpha(c)) return out;
        lower[i] = static_cast<char>(std::tolower(c));
    }
    lower[n] = '\0';
    HyphenDict* dict = hyphen_dict();
    if (!dict) return out;
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    if (hnj_hyphen_hyphenate2(dict, lower, static_cast<int>(n), hyphens, nullptr, &rep, &pos, &cut) == 0) {
        // keep at least 3 letters on each side: "ba-" or "-an" fragments read badly
        for (std::size_t i = 2; i + 3 < n; ++i)
            if ((hyphens[i] & 1) && syllable_break(std::string_view(lower, n), i + 1)) out.push_back(i + 1);
    }
    if (rep) {
        for (std::size_t i = 0; i < n; ++i) std::free(rep[i]);
        std::free(rep);
        std::free(pos);
        std::free(cut);
    }
    return out;
}

namespace {

struct Builder {
    const Flat& flat;
    const ParagraphSpec& spec;
    Shaper& shaper;
    DiagnosticSink& sink;
    const model::Inline& source;
    bool hyphenate;
    std::vector<Item> items;
    bool failed = false;

    double width_of(std::uint8_t face, std::uint32_t b, std::uint32_t e, const ShapedText** shaped = nullptr)
    {
        std::string_view piece(flat.text.data() + b, e - b);
        const ShapedText& s = shaper.shape(face, piece);
        if (s.missing && !failed) {
            report_missing(s.missing, b + static_cast<std::uint32_t>(s.missing_offset));
            failed = true;
        }
        if (shaped) *shaped = &s;
        return s.width * spec.size / shaper.fonts().at(face).units_per_em();
    }

    void report_missing(char32_t cp, std::uint32_t offset)
    {
        // Find the span the offset falls in, for its position in the input.
        SourcePos pos = source.pos;
        std::uint32_t at = 0;
        for (const auto& s : source.spans) {
            const std::uint32_t len = s.line_break ? 1u : static_cast<std::uint32_t>(s.text.size());
            if (offset < at + len) {
                pos = s.pos;
                break;
            }
            at += len;
        }
        char buf[16];
        std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
        std::string ch;
        std::size_t i = offset;
        std::size_t start = i;
        next_codepoint(flat.text, i);
        ch = flat.text.substr(start, i - start);
        sink.error(pos, "E-HURUF-GLIF",
                   "karakter '" + ch + "' (" + buf + ") dalam teks ini tidak ada dalam huruf " + shaper.fonts().at(0).postscript_name() +
                       "; gunakan karakter lain atau gaya rumah yang hurufnya memuat karakter itu" + private_use_hint(cp, false),
                   std::string("the character '") + ch + "' (" + buf + ") in this text is not in the font " +
                       shaper.fonts().at(0).postscript_name() + "; use another character or a house style whose font has it" +
                       private_use_hint(cp, true));
    }

    /// `shaped` and `w`, when given, are the piece's shaping and width already measured.
    void add_box(std::uint8_t style, std::uint32_t b, std::uint32_t e, const ShapedText* shaped = nullptr, double w = 0)
    {
        const std::uint8_t face = style & 3;
        const bool underline = style & model::kUnderline;
        if (!shaped) w = width_of(face, b, e, &shaped);
        if (w <= spec.width + 0.01 || e - b <= 1) {
            items.push_back(Item{Item::Box, face, underline, false, w, 0, 0, 0, b, e, shaped});
            return;
        }
        // Wider than the line and without hyphenation points (add_word tried them): break
        // between characters so nothing overflows or is clipped.
        break_between_characters(face, underline, b, e, spec.width);
    }

    /// The last resort for a piece wider than `room`: break between characters so nothing
    /// overflows or is clipped.
    void break_between_characters(std::uint8_t face, bool underline, std::uint32_t b, std::uint32_t e, double room)
    {
        std::uint32_t start = b;
        std::size_t i = b;
        double acc = 0;
        while (i < e) {
            std::size_t j = i;
            next_codepoint(flat.text, j);
            const double cw = width_of(face, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j));
            if (acc + cw > room && i > start) {
                items.push_back(Item{Item::Box, face, underline, false, acc, 0, 0, 0, start, static_cast<std::uint32_t>(i)});
                items.push_back(Item{Item::Penalty, face, false, false, 0, 0, 0, 0, 0, 0});
                start = static_cast<std::uint32_t>(i);
                acc = 0;
            }
            acc += cw;
            i = j;
        }
        items.push_back(Item{Item::Box, face, underline, false, acc, 0, 0, 0, start, e});
    }

    void add_word(std::uint32_t b, std::uint32_t e)
    {
        // split by style, then by hyphenation points inside each piece
        std::uint32_t p = b;
        while (p < e) {
            std::uint32_t q = p;
            const std::uint8_t st = flat.style[p];
            while (q < e && flat.style[q] == st) ++q;
            const std::string_view piece(flat.text.data() + p, q - p);
            const std::uint8_t face = st & 3;
            std::vector<std::size_t> points;
            if (hyphenate) points = hyphenation_points(piece);
            // A word wider than the line, where the paragraph may be hyphenated (a table cell
            // whose word the fitter found too wide, issue 15 item 3), breaks at its hyphenation
            // points with a hyphen shown whatever its case: "Honorari / um" and "Perjalana / n"
            // were broken between letters before. The width measured for that test is the box's
            // if the word stays whole (the same shaping: no second lookup).
            const ShapedText* shaped = nullptr;
            double width = 0;
            if (points.empty() && spec.hyphenate) {
                width = width_of(face, p, q, &shaped);
                if (width > spec.width + 0.01) points = hyphenation_points(piece, /*any_case=*/true);
            }
            if (points.empty()) {
                add_box(st, p, q, shaped, width);
                p = q;
                continue;
            }
            // Pieces are measured from the whole word's shaping, so that when the word stays
            // whole on a line its width is exactly the sum the breaker used.
            const ShapedText& whole = shaper.shape(face, piece);
            const double scale = spec.size / shaper.fonts().at(face).units_per_em();
            auto piece_width = [&](std::size_t from, std::size_t to) {
                std::int32_t w = 0;
                for (std::size_t g = 0; g < whole.glyphs.size(); ++g)
                    if (whole.clusters[g] >= from && whole.clusters[g] < to) w += whole.advances[g];
                return w * scale;
            };
            std::size_t s = 0;
            const double hw = shaper.width(face, "-", spec.size);
            const bool underline = st & model::kUnderline;
            // only a piece still wider than the line (with its hyphen) breaks between characters
            auto add_piece = [&](std::size_t from, std::size_t to, double room) {
                const double w = piece_width(from, to);
                const auto from_at = p + static_cast<std::uint32_t>(from), to_at = p + static_cast<std::uint32_t>(to);
                if (w <= room + 0.01 || to - from <= 1) items.push_back(Item{Item::Box, face, underline, false, w, 0, 0, 0, from_at, to_at});
                else break_between_characters(face, underline, from_at, to_at, room);
            };
            for (std::size_t h : points) {
                add_piece(s, h, spec.width - hw);
                items.push_back(Item{Item::Penalty, face, false, true, hw, 0, 0, kHyphenPenalty, 0, 0});
                s = h;
            }
            add_piece(s, q - p, spec.width);
            p = q;
        }
    }

    void build()
    {
        const std::vector<std::int32_t> breaks = break_opportunities(flat.text);
        std::uint32_t a = 0;
        for (std::int32_t bpos : breaks) {
            const std::uint32_t b = static_cast<std::uint32_t>(bpos);
            std::uint32_t c = b;
            while (c > a && is_space(flat.text[c - 1])) --c;
            if (c > a) add_word(a, c);
            bool newline = false;
            for (std::uint32_t k = c; k < b; ++k) newline = newline || flat.text[k] == '\n';
            if (b == flat.text.size()) break;
            if (newline) {
                items.push_back(Item{Item::Glue, 0, false, false, 0, kFill, 0, 0, 0, 0});
                items.push_back(Item{Item::Penalty, 0, false, false, 0, 0, 0, kForced, 0, 0});
            } else if (c < b) {
                const std::uint8_t face = flat.style[c] & 3;
                const double sw = shaper.width(face, " ", spec.size);
                // ragged text never shrinks its spaces: its lines are set at natural width
                const double shrink = spec.align == model::HAlign::Justify ? sw * 0.35 : 0.0;
                items.push_back(Item{Item::Glue, face, false, false, sw, sw * 0.6, shrink, 0, 0, 0});
            } else if (c > a) {
                // a break after a hyphen or slash inside a word: allowed, slightly discouraged
                items.push_back(Item{Item::Penalty, 0, false, false, 0, 0, 0, 30, 0, 0});
            }
            a = b;
        }
        while (!items.empty() && items.back().kind == Item::Glue) items.pop_back();
        items.push_back(Item{Item::Glue, 0, false, false, 0, kFill, 0, 0, 0, 0});
        items.push_back(Item{Item::Penalty, 0, false, false, 0, 0, 0, kForced, 0, 0});
    }
};

struct Node {
    int pos;  // index of the break item, -1 for the start
    int line;
    int fitness;
    double tw, ty, tz;  // totals after the break
    double demerits;
    int prev;
};

// Total-fit breaking. Returns the break item indices (last is the final forced penalty), or an
// empty vector when no set of breaks stays within `tolerance`.
std::vector<int> choose_breaks(const std::vector<Item>& items, double line_width, double tolerance, bool emergency)
{
    const int n = static_cast<int>(items.size());
    // The running sums and the node lists are kept by the thread between paragraphs (a decree
    // breaks a thousand, most of them a table cell's few words): six allocations a call before.
    struct Scratch {
        std::vector<double> W, Y, Z;
        std::vector<Node> nodes;
        std::vector<int> active, still;
    };
    thread_local Scratch scratch;
    std::vector<double>& W = scratch.W;
    std::vector<double>& Y = scratch.Y;
    std::vector<double>& Z = scratch.Z;
    W.assign(static_cast<std::size_t>(n) + 1, 0);
    Y.assign(static_cast<std::size_t>(n) + 1, 0);
    Z.assign(static_cast<std::size_t>(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        const Item& it = items[static_cast<std::size_t>(i)];
        const bool counts = it.kind != Item::Penalty;
        W[i + 1] = W[i] + (counts ? it.width : 0);
        Y[i + 1] = Y[i] + (it.kind == Item::Glue ? it.stretch : 0);
        Z[i + 1] = Z[i] + (it.kind == Item::Glue ? it.shrink : 0);
    }
    std::vector<Node>& nodes = scratch.nodes;
    nodes.clear();
    nodes.push_back(Node{-1, 0, 1, 0, 0, 0, 0, -1});
    std::vector<int>& active = scratch.active;
    active.assign(1, 0);
    std::vector<int>& still = scratch.still;  // the active nodes that survive a breakpoint; reused, not reallocated

    auto after_break = [&](int i, double& tw, double& ty, double& tz) {
        tw = W[i];
        ty = Y[i];
        tz = Z[i];
        for (int j = i; j < n; ++j) {
            const Item& it = items[static_cast<std::size_t>(j)];
            if (it.kind == Item::Box) break;
            if (it.kind == Item::Glue) {
                tw += it.width;
                ty += it.stretch;
                tz += it.shrink;
            } else if (it.penalty == kForced && j > i) {
                break;
            }
        }
    };

    for (int i = 0; i < n; ++i) {
        const Item& it = items[static_cast<std::size_t>(i)];
        bool legal = false;
        if (it.kind == Item::Glue) legal = i > 0 && items[static_cast<std::size_t>(i - 1)].kind == Item::Box;
        else if (it.kind == Item::Penalty) legal = it.penalty < 10000;
        if (!legal) continue;

        struct Candidate {
            double demerits = std::numeric_limits<double>::infinity();
            int prev = -1;
            int line = 0;
        } best[4];
        int last_removed = -1;
        still.clear();
        for (int a : active) {
            const Node& node = nodes[static_cast<std::size_t>(a)];
            double width = W[i] - node.tw + (it.kind == Item::Penalty ? it.width : 0);
            const double stretch = Y[i] - node.ty;
            const double shrink = Z[i] - node.tz;
            double r;
            if (width < line_width) r = stretch > 0 ? (line_width - width) / stretch : (emergency ? 1e3 : 1e9);
            else if (width > line_width) r = shrink > 0 ? (line_width - width) / shrink : -1e9;
            else r = 0;
            const bool forced = it.kind == Item::Penalty && it.penalty == kForced;
            if (r < -1 || forced) {
                last_removed = a;
            } else {
                still.push_back(a);
            }
            if (r >= -1 && r <= tolerance) {
                const double badness = 100 * std::fabs(r * r * r);
                double d = (10 + badness) * (10 + badness);
                const int p = it.kind == Item::Penalty ? it.penalty : 0;
                if (p > 0) d += static_cast<double>(p) * p;
                else if (p > kForced) d -= static_cast<double>(p) * p;
                if (it.kind == Item::Penalty && it.flagged && node.pos >= 0 && items[static_cast<std::size_t>(node.pos)].kind == Item::Penalty &&
                    items[static_cast<std::size_t>(node.pos)].flagged)
                    d += kDoubleHyphenDemerits;
                const int fitness = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
                if (std::abs(fitness - node.fitness) > 1) d += 100;
                d += node.demerits;
                if (d < best[fitness].demerits) best[fitness] = Candidate{d, a, node.line + 1};
            }
        }
        active.swap(still);
        bool added = false;
        for (int f = 0; f < 4; ++f) {
            if (best[f].prev < 0) continue;
            Node nn{i, best[f].line, f, 0, 0, 0, best[f].demerits, best[f].prev};
            after_break(i, nn.tw, nn.ty, nn.tz);
            nodes.push_back(nn);
            active.push_back(static_cast<int>(nodes.size()) - 1);
            added = true;
        }
        if (active.empty() && !added) {
            if (!emergency || last_removed < 0) return {};
            // Nothing fits within bounds: break here anyway so the text still comes out whole.
            Node nn{i, nodes[static_cast<std::size_t>(last_removed)].line + 1, 1, 0, 0, 0,
                    nodes[static_cast<std::size_t>(last_removed)].demerits + 1e12, last_removed};
            after_break(i, nn.tw, nn.ty, nn.tz);
            nodes.push_back(nn);
            active.push_back(static_cast<int>(nodes.size()) - 1);
        }
    }
    int best_node = -1;
    for (int a : active)
        if (nodes[static_cast<std::size_t>(a)].pos == n - 1 &&
            (best_node < 0 || nodes[static_cast<std::size_t>(a)].demerits < nodes[static_cast<std::size_t>(best_node)].demerits))
            best_node = a;
    if (best_node < 0) return {};
    std::vector<int> out;
    for (int k = best_node; k > 0; k = nodes[static_cast<std::size_t>(k)].prev) out.push_back(nodes[static_cast<std::size_t>(k)].pos);
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<Line> set_lines(const Builder& b, const std::vector<int>& breaks, Shaper& shaper)
{
    const auto& items = b.items;
    const ParagraphSpec& spec = b.spec;
    std::vector<Line> lines;
    lines.reserve(breaks.size());
    int start = 0;
    for (int brk : breaks) {
        // skip discardable items at the start of a line
        while (start < brk && items[static_cast<std::size_t>(start)].kind != Item::Box) ++start;
        double natural = 0, stretch = 0, shrink = 0;
        for (int k = start; k < brk; ++k) {
            const Item& it = items[static_cast<std::size_t>(k)];
            if (it.kind == Item::Penalty) continue;
            natural += it.width;
            if (it.kind == Item::Glue) {
                stretch += it.stretch;
                shrink += it.shrink;
            }
        }
        const Item& at = items[static_cast<std::size_t>(brk)];
        const bool hyphen = at.kind == Item::Penalty && at.flagged;
        if (hyphen) natural += at.width;
        double r = 0;
        if (spec.align == model::HAlign::Justify) {
            if (natural < spec.width && stretch > 0) {
                r = (spec.width - natural) / stretch;
                if (!spec.hyphenate) r = std::min(kMaxJustifyRatio, r);
            }
            else if (natural > spec.width && shrink > 0) r = std::max(-1.0, (spec.width - natural) / shrink);
        }
        Line line;
        double x = 0;
        bool open = false;  // the last run may be extended by an adjacent box
        // A run made of one whole box alone has the box's width, which is what shaping its text
        // again would give (the same cached shaping, the same arithmetic): no second lookup. Either
        // way the run keeps the shaping its width came from, for the PDF writer.
        const Item* single = nullptr;
        const auto run_width = [&](LineRun& run) {
            if (single) {
                run.shaped = single->whole;
                return single->width;
            }
            const ShapedText& s = shaper.shape(run.face, run.text);
            run.shaped = &s;
            return s.width * spec.size / shaper.fonts().at(run.face).units_per_em();
        };
        for (int k = start; k < brk; ++k) {
            const Item& it = items[static_cast<std::size_t>(k)];
            if (it.kind == Item::Penalty) continue;
            if (it.kind == Item::Glue) {
                if (it.stretch >= kFill) continue;
                if (open) {
                    LineRun& last = line.runs.back();
                    last.width = run_width(last);
                    x = last.x + last.width;
                }
                open = false;
                x += it.width + (r >= 0 ? r * it.stretch : r * it.shrink);
                continue;
            }
            std::string_view piece(b.flat.text.data() + it.begin, it.end - it.begin);
            if (open && line.runs.back().face == it.face && line.runs.back().underline == it.underline) {
                line.runs.back().text.append(piece);
                single = nullptr;
                continue;
            }
            if (open) {
                LineRun& last = line.runs.back();
                last.width = run_width(last);
                x = last.x + last.width;
            }
            line.runs.push_back(LineRun{x, 0, it.face, it.underline, std::string(piece)});
            single = it.whole ? &it : nullptr;
            open = true;
        }
        if (hyphen && !line.runs.empty()) {
            line.runs.back().text += "-";
            single = nullptr;
        }
        if (!line.runs.empty()) {
            LineRun& last = line.runs.back();
            last.width = run_width(last);
            line.width = last.x + last.width;
        }
        // Reshaping a run can differ from the breaker's sum by a kerning pair (a hyphen after a
        // syllable); take such a difference out of the spaces rather than overflow the line.
        if (line.width > spec.width + 1e-6 && line.runs.size() > 1) {
            const double over = line.width - spec.width;
            const double n = static_cast<double>(line.runs.size() - 1);
            for (std::size_t k = 1; k < line.runs.size(); ++k) line.runs[k].x -= over * static_cast<double>(k) / n;
            line.width = spec.width;
        }
        double shift = 0;
        if (spec.align == model::HAlign::Center) shift = (spec.width - line.width) / 2;
        else if (spec.align == model::HAlign::Right) shift = spec.width - line.width;
        if (shift != 0)
            for (auto& run : line.runs) run.x += shift;
        lines.push_back(std::move(line));
        start = brk + 1;
    }
    return lines;
}

}  // namespace


// Whole paragraphs remembered by their text, styles and spec. Decrees repeat paragraphs within
// a document (work-plan cells, headers on every page) and between the documents of one office
// (the kop, the laws cited, the signature block), and breaking one costs ICU's line breaker,
// hyphenation and the total-fit search. What is remembered is what breaking would return, so
// output never depends on it. Lives in the Shaper: one per thread, restarted with it.
struct ParagraphMemo {
    std::unordered_map<std::string, std::vector<Line>> lines;
    std::unordered_map<std::string, std::pair<double, double>> widths;
    std::size_t bytes = 0;  ///< roughly what the two maps hold
    /// Then it starts afresh: a long work plan or a long batch never grows it further. A
    /// reference-sized decree needs about 0.5 MiB.
    static constexpr std::size_t kBytes = 8u << 20;

    /// Counts an entry of about `size` bytes about to be added, first starting afresh if it would not fit.
    void make_room(std::size_t size)
    {
        if (bytes + size > kBytes) {
            lines.clear();
            widths.clear();
            bytes = 0;
        }
        bytes += size;
    }
};

namespace {

ParagraphMemo& memo(Shaper& shaper)
{
    auto& m = shaper.paragraph_memo();
    if (!m) m = std::make_shared<ParagraphMemo>();
    return *m;
}

template <class T>
void put(std::string& key, const T& v)
{
    key.append(reinterpret_cast<const char*>(&v), sizeof v);
}

std::string memo_key(const model::Inline& text, const ParagraphSpec& spec, bool with_width)
{
    std::string key;
    std::size_t n = 24;
    for (const auto& s : text.spans) n += s.text.size() + 6;
    key.reserve(n);
    put(key, with_width ? spec.width : 0.0);
    put(key, spec.size);
    put(key, static_cast<std::uint8_t>(spec.align));
    put(key, spec.hyphenate);
    put(key, spec.base_style);
    put(key, spec.upper);
    for (const auto& s : text.spans) {
        put(key, s.style);
        put(key, s.line_break);
        put(key, static_cast<std::uint32_t>(s.text.size()));
        key += s.text;
    }
    return key;
}

std::vector<Line> break_uncached(const model::Inline& text, const ParagraphSpec& spec, Shaper& shaper, DiagnosticSink& sink);
void measure_uncached(const model::Inline& text, const ParagraphSpec& spec, Shaper& shaper, double& min_width, double& max_width);

}  // namespace

std::vector<Line> break_paragraph(const model::Inline& text, const ParagraphSpec& spec, Shaper& shaper, DiagnosticSink& sink)
{
    ParagraphMemo& m = memo(shaper);
    std::string key = memo_key(text, spec, true);
    if (auto it = m.lines.find(key); it != m.lines.end()) return it->second;
    const std::size_t errors = sink.error_count();
    std::vector<Line> lines = break_uncached(text, spec, shaper, sink);
    // a paragraph with a glyph error is reported every time, never remembered
    if (sink.error_count() == errors && !lines.empty()) {
        std::size_t size = key.size() + 64;
        for (const auto& l : lines) {
            size += sizeof(Line) + l.runs.size() * sizeof(LineRun);
            for (const auto& r : l.runs) size += r.text.capacity() > 15 ? r.text.capacity() : 0;
        }
        m.make_room(size);
        m.lines.emplace(std::move(key), lines);
    }
    return lines;
}

void measure_paragraph(const model::Inline& text, const ParagraphSpec& spec, Shaper& shaper, double& min_width, double& max_width)
{
    ParagraphMemo& m = memo(shaper);
    std::string key = memo_key(text, spec, false);
    if (auto it = m.widths.find(key); it != m.widths.end()) {
        min_width = it->second.first;
        max_width = it->second.second;
        return;
    }
    measure_uncached(text, spec, shaper, min_width, max_width);
    m.make_room(key.size() + 64);
    m.widths.emplace(std::move(key), std::make_pair(min_width, max_width));
}

namespace {

std::vector<Line> break_uncached(const model::Inline& text, const ParagraphSpec& spec, Shaper& shaper, DiagnosticSink& sink)
{
    const Flat flat = flatten(text, spec);
    if (flat.text.empty()) return {};
    Builder plain{flat, spec, shaper, sink, text, false, {}, false};
    plain.build();
    if (plain.failed) return {};
    const bool justify = spec.align == model::HAlign::Justify;
    // TeX's order: first without hyphenation and a tight tolerance, then with hyphenation, and
    // only then accept loose lines (never overfull ones: long words are broken instead).
    std::vector<int> breaks = choose_breaks(plain.items, spec.width, justify ? 1.0 : 3.0, false);
    if (!breaks.empty()) return set_lines(plain, breaks, shaper);
    if (spec.hyphenate) {
        Builder hyph{flat, spec, shaper, sink, text, true, {}, false};
        hyph.build();
        breaks = choose_breaks(hyph.items, spec.width, 2.0, false);
        if (breaks.empty()) breaks = choose_breaks(hyph.items, spec.width, 1e9, true);
        return set_lines(hyph, breaks, shaper);
    }
    // without hyphenation, looser lines before the emergency pass (which takes any)
    if (justify) breaks = choose_breaks(plain.items, spec.width, kMaxJustifyRatio, false);
    if (breaks.empty()) breaks = choose_breaks(plain.items, spec.width, 1e9, true);
    return set_lines(plain, breaks, shaper);
}

void measure_uncached(const model::Inline& text, const ParagraphSpec& spec, Shaper& shaper, double& min_width, double& max_width)
{
    min_width = max_width = 0;
    const Flat flat = flatten(text, spec);
    if (flat.text.empty()) return;
    ParagraphSpec wide = spec;
    wide.width = std::numeric_limits<double>::max();
    DiagnosticSink ignore;  // glyph errors are reported when the paragraph is actually set
    Builder b{flat, wide, shaper, ignore, text, false, {}, false};
    b.build();
    double word = 0, line = 0;
    for (const Item& it : b.items) {
        if (it.kind == Item::Box) {
            word += it.width;
            line += it.width;
        } else {
            min_width = std::max(min_width, word);
            word = 0;
            if (it.kind == Item::Glue && it.stretch < kFill) line += it.width;
            if (it.kind == Item::Penalty && it.penalty == kForced) {
                max_width = std::max(max_width, line);
                line = 0;
            }
        }
    }
    min_width = std::max(min_width, word);
    max_width = std::max(max_width, line);
}

}  // namespace

std::vector<std::int32_t> line_break_opportunities(const std::string& text, bool icu_only)
{
    return icu_only ? icu_breaks(text) : break_opportunities(text);
}

}  // namespace naskah::text
