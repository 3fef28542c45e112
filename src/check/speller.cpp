#include "check/speller.hpp"

#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>

#include "check/data_lists.hpp"
#include "check/lexicon.hpp"
#include "check/text_util.hpp"
#include "style/style.hpp"

namespace naskah::check {

namespace {

bool readable(const std::string& path) { return std::ifstream(path).good(); }

// The Debian dictionary is ISO 8859-1; words with other letters cannot be asked about.
std::optional<std::string> to_latin1(std::string_view s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const char32_t cp = text::next_cp(s, i);
        if (cp > 0xFF) return std::nullopt;
        out += static_cast<char>(cp);
    }
    return out;
}

std::string from_latin1(const std::string& s)
{
    std::string out;
    for (unsigned char c : s) text::append_utf8(out, c);
    return out;
}

// Function words that most often get glued to their neighbour in a hurried draft.
bool function_word(std::string_view w)
{
    static const char* words[] = {"dan", "di", "ke", "yang", "atau", "dari", "untuk", "serta", "pada", "dalam", "dengan",
                                  "oleh", "atas", "bagi", "ini", "itu", "tidak", "akan", "telah", "sudah", "agar", "secara"};
    for (const char* f : words)
        if (w == f) return true;
    return false;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Substitutions Indonesian drafters make by sound cost nothing when ranking suggestions.
bool cheap_substitution(char from, char to)
{
    if (vowel(from) && vowel(to)) return true;
    static const char* pairs[] = {"yj", "jy", "fp", "pf", "vf", "fv", "qk", "kq", "ck", "kc", "zs", "sz"};
    for (const char* p : pairs)
        if (p[0] == from && p[1] == to) return true;
    return false;
}

/// text::lower(word) for an ASCII word that fits `buf`, written there without allocating; nullopt
/// for any other word (the caller lower-cases it the general way).
std::optional<std::string_view> lower_ascii(std::string_view word, char* buf, std::size_t size)
{
    if (word.size() > size) return std::nullopt;
    for (std::size_t k = 0; k < word.size(); ++k) {
        const char c = word[k];
        if (static_cast<unsigned char>(c) >= 0x80) return std::nullopt;
        buf[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    return std::string_view(buf, word.size());
}

}  // namespace

Speller::~Speller() = default;

Speller* Speller::instance(std::string* error)
{
    // keyed by data folder, like the area lists, so tests can point NASKAH_DATA elsewhere
    static std::mutex mutex;
    // never destroyed: tearing Hunspell down at exit costs ~3 ms and frees nothing the OS would not
    static auto& cache = *new std::map<std::string, std::pair<std::unique_ptr<Speller>, std::string>>;
    const std::string key = style::data_dir();
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(key);
    if (it == cache.end()) {
        std::unique_ptr<Speller> s(new Speller);
        std::string why;
        if (!s->load(why)) s.reset();
        it = cache.emplace(key, std::make_pair(std::move(s), why)).first;
    }
    if (error) *error = it->second.second;
    return it->second.first.get();
}

bool Speller::load(std::string& error)
{
    // a dictionary shipped under data/ wins; otherwise the system's hunspell-id
    const std::string shipped = style::data_dir() + "/data/ejaan";
    std::string base;
    for (const std::string& dir : {shipped, std::string("/usr/share/hunspell"), std::string("/usr/share/myspell"),
                                   std::string("/usr/share/myspell/dicts")})
        if (readable(dir + "/id_ID.dic") && readable(dir + "/id_ID.aff")) {
            base = dir + "/id_ID";
            break;
        }
    // Hunspell itself is loaded on the first word the lexicon does not hold (hunspell_locked())
    if (!base.empty()) dic_path_ = base + ".dic";
    else if (lexicon::size() < 10000) {
        error = "id_ID.dic not found in " + shipped + " or /usr/share/hunspell (Debian package hunspell-id)";
        return false;
    }

    // the build's own lists are compiled in (data_lists.hpp): no file is read or parsed
    EjaanLists lists;
    if (!(data_is_compiled() && compiled_ejaan_lists(lists)) && !read_ejaan_lists(shipped, lists, error)) return false;
    terms_.reserve(lists.terms.size());
    for (auto& t : lists.terms) terms_.insert(std::move(t));
    replacements_.reserve(lists.replacements.size());
    for (auto& r : lists.replacements) replacements_[std::move(r.word)] = Replacement{std::move(r.suggestion), r.foreign, r.since};
    for (const auto& [key, r] : replacements_)
        if (const std::size_t space = key.find(' '); space != std::string::npos) phrase_heads_.push_back(key.substr(0, space));
    std::sort(phrase_heads_.begin(), phrase_heads_.end());
    phrase_heads_.erase(std::unique(phrase_heads_.begin(), phrase_heads_.end()), phrase_heads_.end());
    abbreviations_.reserve(lists.abbreviations.size());
    for (auto& [k, v] : lists.abbreviations) abbreviations_.emplace(std::move(k), std::move(v));
    for (const auto& [key, r] : replacements_) replacement_shapes_.add(key);
    for (const auto& head : phrase_heads_) phrase_head_shapes_.add(head);
    for (const auto& [key, expansion] : abbreviations_) abbreviation_shapes_.add(key);
    return true;
}

Hunspell* Speller::hunspell_locked()
{
    if (!hunspell_tried_) {
        hunspell_tried_ = true;
        if (!dic_path_.empty()) {
            const std::string aff = dic_path_.substr(0, dic_path_.size() - 4) + ".aff";
            hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic_path_.c_str());
        }
    }
    return hunspell_.get();
}

bool Speller::spell_locked(const std::string& word, const std::string& lower_word, bool ask_hunspell)
{
    // the compiled lexicon answers most words; Hunspell is asked (and loaded) only for the rest
    if (lexicon::contains(lower_word)) return true;
    if (!ask_hunspell) return false;
    auto it = cache_.find(word);
    if (it != cache_.end()) return it->second;
    const auto latin = to_latin1(word);
    Hunspell* hs = latin ? hunspell_locked() : nullptr;
    // without a dictionary at run time, a word the lexicon lacks is not held against the drafter
    const bool ok = !hs || hs->spell(*latin);
    cache_.emplace(word, ok);
    return ok;
}

const std::string* Speller::abbreviation(std::string_view word) const
{
    if (!abbreviation_shapes_.may_hold(word)) return nullptr;  // looked up as written
    auto it = abbreviations_.find(word);
    return it == abbreviations_.end() ? nullptr : &it->second;
}

bool Speller::known_locked(std::string_view word, bool ask_hunspell)
{
    // most words are ASCII and in the lexicon: answered from a lower case on the stack, as the
    // first step below would (a word in the lexicon never reaches Hunspell)
    char buf[64] = {};
    if (const auto lw = lower_ascii(word, buf, sizeof buf); lw && (terms_.count(*lw) || lexicon::contains(*lw))) return true;
    const std::string w(word);
    auto known_part = [&](const std::string& part) {
        const std::string lower_part = text::lower(part);  // once for both lists
        return terms_.count(lower_part) || spell_locked(part, lower_part, ask_hunspell);
    };
    if (known_part(w)) return true;
    // clitics the dictionary does not attach: terbitnya, lanjutnya, bukanlah
    for (const char* clitic : {"nya", "lah", "kah", "pun", "ku", "mu"}) {
        const std::size_t n = std::char_traits<char>::length(clitic);
        if (w.size() > n + 2 && w.compare(w.size() - n, n, clitic) == 0 && known_part(w.substr(0, w.size() - n))) return true;
    }
    // reduplication and compounds the dictionary lacks as a whole: every part must be known
    if (w.find('-') != std::string::npos) {
        std::size_t b = 0;
        bool all = true;
        while (b <= w.size()) {
            std::size_t e = w.find('-', b);
            if (e == std::string::npos) e = w.size();
            const std::string part = w.substr(b, e - b);
            if (!part.empty() && !known_part(part)) all = false;
            b = e + 1;
        }
        return all;
    }
    return false;
}

namespace {

struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// A per-thread memo of answers by word as written, started afresh when it holds `limit` words.
/// (Tried: skipping it for a thread's first decree saves 14 fresh pages but costs 2.4 M
/// instructions more, since a decree repeats its words.)
template <class Value>
class WordMemo {
public:
    template <class Compute>
    Value get(std::string_view word, std::size_t limit, Compute compute)
    {
        if (auto it = answers_.find(word); it != answers_.end()) return it->second;
        const Value value = compute();
        if (answers_.size() >= limit) answers_.clear();
        answers_.emplace(word, value);
        return value;
    }

private:
    std::unordered_map<std::string, Value, WordHash, std::equal_to<>> answers_;
};

}  // namespace

bool Speller::known(std::string_view word)
{
    // Each thread remembers its answers: a batch asks about the same words decree after decree,
    // and taking the shared lock for each of them made the two workers wait on each other.
    thread_local WordMemo<bool> answers;
    return answers.get(word, kRememberedWords, [&] {
        std::lock_guard<std::mutex> lock(mutex_);
        return known_locked(word, true);
    });
}

bool Speller::in_lexicon(std::string_view word)
{
    thread_local WordMemo<bool> answers;
    return answers.get(word, kRememberedWords, [&] {
        std::lock_guard<std::mutex> lock(mutex_);
        return known_locked(word, false);
    });
}

bool Speller::is_term(std::string_view word) const
{
    char buf[64] = {};
    if (const auto lw = lower_ascii(word, buf, sizeof buf)) return terms_.count(*lw) > 0;
    return terms_.count(text::lower(word)) > 0;
}

bool Speller::starts_phrase(std::string_view word) const
{
    if (phrase_heads_.empty()) return false;
    // asked of nearly every word: a binary search of a few short words, no hashing
    auto listed = [&](std::string_view lw) { return std::binary_search(phrase_heads_.begin(), phrase_heads_.end(), lw, std::less<>()); };
    char buf[64] = {};
    if (const auto lw = lower_ascii(word, buf, sizeof buf)) return phrase_head_shapes_.may_hold(*lw) && listed(*lw);
    return listed(text::lower(word));
}

const Replacement* Speller::replacement(std::string_view word) const
{
    // nearly every word is ASCII: lower-cased on the stack and looked up directly, which costs
    // less than remembering it
    char buf[64] = {};
    if (const auto lw = lower_ascii(word, buf, sizeof buf)) {
        if (!replacement_shapes_.may_hold(*lw)) return nullptr;
        auto it = replacements_.find(*lw);
        return it == replacements_.end() ? nullptr : &it->second;
    }
    // asked of every word, as written: remembered per thread rather than lower-cased each time
    thread_local WordMemo<const Replacement*> answers;
    return answers.get(word, kRememberedWords, [&]() -> const Replacement* {
        auto it = replacements_.find(text::lower(word));
        return it == replacements_.end() ? nullptr : &it->second;
    });
}

std::vector<std::string> Speller::suggest(std::string_view word, std::size_t max)
{
    std::lock_guard<std::mutex> lock(mutex_);
    const std::string key(word);
    if (auto it = suggest_cache_.find(key); it != suggest_cache_.end()) return it->second;
    std::vector<std::string> out;
    const auto latin = to_latin1(word);
    const std::size_t n = latin ? latin->size() : 0;
    // one edit away, asked of the lexicon: Hunspell's own suggest() takes ~10 ms a word
    if (latin && n >= 3 && n <= 14) {
        const std::string w = *latin;
        const bool upper_first = std::isupper(static_cast<unsigned char>(w[0])) != 0;
        std::string lw = w;
        for (auto& c : lw) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::vector<std::pair<int, std::string>> found;
        auto test = [&](const std::string& cand, int cost) {
            if (cand.size() < 2 || cand == lw) return;
            std::string shown = cand;
            if (upper_first) shown[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(shown[0])));
            if (lexicon::contains(from_latin1(cand))) found.push_back({cost, shown});
        };
        static const std::string abc = "aeiuonrstkmlgpbdhjcyfwzv";
        for (std::size_t k = 0; k < n; ++k) {
            const bool doubled = (k > 0 && lw[k] == lw[k - 1]) || (k + 1 < n && lw[k] == lw[k + 1]);
            test(lw.substr(0, k) + lw.substr(k + 1), doubled ? 0 : 2);
        }
        for (std::size_t k = 0; k + 1 < n; ++k) {
            std::string c = lw;
            std::swap(c[k], c[k + 1]);
            test(c, 2);
        }
        for (std::size_t k = 0; k < n; ++k)
            for (char ch : abc) {
                if (ch == lw[k]) continue;
                std::string c = lw;
                c[k] = ch;
                test(c, cheap_substitution(lw[k], ch) ? 1 : 3);
            }
        for (std::size_t k = 0; k <= n; ++k)
            for (char ch : abc) test(lw.substr(0, k) + ch + lw.substr(k), vowel(ch) ? 1 : 3);
        std::sort(found.begin(), found.end());
        for (const auto& [cost, cand] : found) {
            const std::string u = from_latin1(cand);
            if (std::find(out.begin(), out.end(), u) == out.end()) out.push_back(u);
            if (out.size() == max) break;
        }
    }
    suggest_cache_.emplace(key, out);
    return out;
}

bool Speller::glue_word(std::string_view lw) { return function_word(lw); }

std::optional<std::string> Speller::split(std::string_view word)
{
    std::lock_guard<std::mutex> lock(mutex_);
    const std::string w(word);
    // two lexicon words run together are at most twice the longest word
    if (w.find('-') != std::string::npos || w.size() < 5 || w.size() > 2 * kLongestWord) return std::nullopt;
    auto usable = [&](const std::string& part, std::string& shown) {
        if (const Replacement* r = replacement(part); r && !r->foreign) {
            shown = r->suggestion;
            return true;
        }
        shown = part;
        return known_locked(part, false);  // the lexicon alone: a split never loads Hunspell
    };
    std::optional<std::string> best;
    int best_score = -1;
    for (std::size_t k = 2; k + 2 <= w.size(); ++k) {
        if ((static_cast<unsigned char>(w[k]) & 0xC0) == 0x80) continue;
        const std::string left = w.substr(0, k), right = w.substr(k);
        const std::string ll = text::lower(left), lr = text::lower(right);
        // "di" and "ke" before a word are also prefixes written joined (diproses, ketua)
        const bool glue = (function_word(ll) && ll != "di" && ll != "ke") || function_word(lr);
        if (!glue && (text::cp_count(left) < 5 || text::cp_count(right) < 5)) continue;
        std::string sl, sr;
        if (!usable(left, sl) || !usable(right, sr)) continue;
        // a glued function word is the usual slip; among the rest, the most even split
        const int score = (glue ? 100 : 0) + static_cast<int>(std::min(left.size(), right.size()));
        if (score > best_score) {
            best_score = score;
            if (text::starts_upper(left)) sl = text::capitalise(sl);
            best = sl + " " + sr;
        }
    }
    return best;
}

}  // namespace naskah::check
