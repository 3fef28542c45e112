// Spelling: Debian's Indonesian Hunspell dictionary (hunspell-id) plus the shipped lists under
// data/ejaan/: legal and institutional terms the dictionary lacks, and words a reviewer replaces
// (non-standard spellings, foreign words with their Indonesian equivalents).
//
// One instance per process. The word lists load on first use (well under a millisecond); words are
// looked up in the compiled lexicon (lexicon.hpp) first, and Hunspell (about 12 ms to load) is
// loaded only when a word is not there. Hunspell is not safe to call from
// several threads at once, so every call takes the instance's lock; results are cached, so a
// batch that checks many decrees of one office asks Hunspell about each word once.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

class Hunspell;

namespace naskah::check {

struct Replacement {
    std::string suggestion;  ///< "risiko", "laman"
    bool foreign = false;    ///< a foreign word (italicise or replace) rather than a non-standard spelling
    /// yyyymmdd from which the standard form is the official one ("propinsi" until UU 32/2004);
    /// a decree dated earlier wrote the spelling of its time. 0: always a finding.
    int since = 0;
};

class Speller {
public:
    /// The longest word the searches for a misspelt word's intended word work on (edits, splits,
    /// abbreviations run together): «dipertanggungjawabkannya» has 24 letters. The searches cost
    /// the square of a word's length or more, which a word of thousands of letters (fuzzed input)
    /// must not pay.
    static constexpr std::size_t kLongestWord = 32;

    /// The process-wide speller, or null when the dictionary cannot be loaded (`error` says why).
    static Speller* instance(std::string* error = nullptr);
    ~Speller();

    /// In the dictionary or the term list (case as Hunspell rules it: "Komisi" is "komisi").
    bool known(std::string_view word);
    /// In the compiled lexicon or the term list (clitics and hyphenated parts too), without asking
    /// Hunspell: never loads it.
    bool in_lexicon(std::string_view word);
    /// In the term list as written there ("dll." for an abbreviation with its full stop).
    bool is_term(std::string_view word) const;
    /// A replacement from the shipped list, by the word's lower case.
    const Replacement* replacement(std::string_view word) const;
    /// Some replacement of the list is a phrase whose first word is this word (case ignored):
    /// only then can replacement(word + " " + next) find one.
    bool starts_phrase(std::string_view word) const;
    /// Words one edit away that the dictionary knows, best first.
    std::vector<std::string> suggest(std::string_view word, std::size_t max = 3);
    /// "pelaksanaandan" → "pelaksanaan dan"; nullopt when no split makes two words of the lexicon.
    std::optional<std::string> split(std::string_view word);
    /// One of the function words split() finds glued to a neighbour («dan», «yang», «untuk»; lower case).
    static bool glue_word(std::string_view lw);

    /// The expansion of an official abbreviation as written ("Kab." → "Kabupaten"), or null.
    const std::string* abbreviation(std::string_view word) const;
    /// Where the dictionary was loaded from (for messages and docs).
    const std::string& dictionary() const { return dic_path_; }

private:
    Speller() = default;
    bool load(std::string& error);
    bool spell_locked(const std::string& word, const std::string& lower_word, bool ask_hunspell);  // caller holds mutex_
    Hunspell* hunspell_locked();                 // loads it on first call; null without a dictionary
    bool known_locked(std::string_view word, bool ask_hunspell);
    static constexpr std::size_t kRememberedWords = 100000;  ///< per thread; then it starts afresh

    std::mutex mutex_;
    std::unique_ptr<Hunspell> hunspell_;  // loaded on first need; the destructor, in speller.cpp, sees the complete type
    bool hunspell_tried_ = false;
    std::string dic_path_;
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    // looked up by string_view (a word lower-cased on the stack), so no key is built per word
    std::unordered_set<std::string, Hash, std::equal_to<>> terms_;
    std::unordered_map<std::string, Replacement, Hash, std::equal_to<>> replacements_;
    std::vector<std::string> phrase_heads_;  ///< first words of replacements_'s phrases, sorted (a handful)
    /// Which (first byte, length) pairs a list's keys have: most words asked about have none of
    /// them, and are answered without hashing. A key of 31 bytes or more counts as length 31.
    struct KeyShapes {
        std::uint32_t lengths[256] = {};
        void add(std::string_view key)
        {
            if (!key.empty()) lengths[static_cast<unsigned char>(key[0])] |= 1u << (key.size() < 31 ? key.size() : 31);
        }
        bool may_hold(std::string_view word) const
        {
            return !word.empty() && (lengths[static_cast<unsigned char>(word[0])] >> (word.size() < 31 ? word.size() : 31) & 1u);
        }
    };
    KeyShapes replacement_shapes_, phrase_head_shapes_, abbreviation_shapes_;
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> abbreviations_;  ///< data/ejaan/singkatan.txt
    std::unordered_map<std::string, bool> cache_;
    std::unordered_map<std::string, std::vector<std::string>> suggest_cache_;
};

}  // namespace naskah::check
