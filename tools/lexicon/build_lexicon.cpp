// Build-time tool: writes the precompiled lexicon the spelling check answers from (lexicon.hpp).
//
//   naskah_build_lexicon OUT.cpp DIC_BASE_OR_- WORDLIST...
//
// The lexicon is every word form Hunspell-id accepts that Indonesian affixation makes from a
// dictionary stem (stems with affix flags get the prefixes and suffixes below, each candidate
// asked of Hunspell and kept only if it passes), every stem without flags, and the reviewed word
// lists under data/ejaan/. Written lower case, sorted, one a line, framed by newlines, as one
// string constant compiled into the program: nothing to load or parse at run time, and a lookup
// is a binary search over the bytes (src/check/lexicon.cpp). With "-" (no dictionary at build time)
// the lists alone are written and the checker asks Hunspell at run time for the rest.
//
// Why not Hunspell's unmunch: it expands id_ID to 8 million lines (174 MB) and still misses
// "menetapkan" and "pertimbangan", because it cannot apply the nasal prefixes' stripping rules.
#include <hunspell/hunspell.hxx>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <stdexcept>
#include <string_view>
#include <string>
#include <vector>

#include "check/lexicon.hpp"

namespace {

// Where each bucket of lexicon::bucket() starts in a framed table ("\nword\nword\n"), and the
// table's size after the last: a lookup searches [index[b], index[b + 1]).
std::string bucket_index(const std::string& table)
{
    using naskah::check::lexicon::bucket;
    using naskah::check::lexicon::kBuckets;
    std::vector<std::size_t> start(kBuckets + 1, table.size());
    std::size_t next = 0;  // buckets below this one have their start
    for (std::size_t b = 1; b < table.size();) {
        const std::size_t e = table.find('\n', b);
        const std::size_t k = bucket(std::string_view(table).substr(b, e - b));
        if (k + 1 < next) throw std::runtime_error("lexicon buckets out of order at " + table.substr(b, e - b));
        while (next <= k) start[next++] = b;
        b = e + 1;
    }
    std::string out;
    for (std::size_t k = 0; k <= kBuckets; ++k) out += (k % 16 ? "," : k ? ",\n" : "\n") + std::to_string(start[k]);
    return out;
}

std::string latin1_to_utf8(const std::string& s)
{
    std::string out;
    for (unsigned char c : s) {
        if (c < 0x80) out += static_cast<char>(c);
        else {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

// ASCII lower case; the lists hold Indonesian words, whose letters are ASCII.
std::string lower(std::string s)
{
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string trim(const std::string& s)
{
    const auto b = s.find_first_not_of(" \t\r");
    const auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

bool alphabetic(const std::string& s)
{
    if (s.empty()) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
    return true;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The nasal prefixes meN- and peN- take the form the stem's first sound asks for, and drop a
// first k, p, t or s (tetap → menetapkan, pakai → pemakaian, kirim → pengiriman, sahkan →
// pengesahan); loan words often keep it (mentransfer, memproduksi), so both are tried.
std::vector<std::string> nasal_forms(const std::string& stem, const std::string& base)  // base: "me" or "pe"
{
    const char c = stem[0];
    std::vector<std::string> out;
    auto add = [&](const std::string& nasal, bool drop) {
        out.push_back(base + nasal + stem);
        if (drop && stem.size() > 2 && vowel(stem[1])) out.push_back(base + nasal + stem.substr(1));
    };
    if (vowel(c) || c == 'g' || c == 'h') add("ng", false);
    else if (c == 'k') add("ng", true);
    else if (c == 'b' || c == 'f' || c == 'v') add("m", false);
    else if (c == 'p') add("m", true);
    else if (c == 'c' || c == 'd' || c == 'j' || c == 'z') add("n", false);
    else if (c == 't') add("n", true);
    else if (c == 's') {
        add("ny", true);
        out.push_back(base + "n" + stem);
    } else add("", false);
    out.push_back(base + "nge" + stem);  // one-syllable stems: mengebom, pengesahan
    return out;
}

// The other prefixes and prefix combinations of Indonesian derivation. The stacked ones after
// "keter" (issue 16) are the forms legislation writes most that the table lacked although
// Hunspell accepts them: berkedudukan, berkewajiban, berkelanjutan, memberhentikan,
// diberdayakan, ketidakpastian, keselarasan, terpercaya (tools/lexicon/evidence.py over UU/PP
// texts); without them such a word in a heading in capitals, or as a suggestion, was unknown.
const char* kPrefixes[] = {"",      "di",     "ter",   "ber",     "be",   "bel",  "ke",   "se",    "per",   "pe",
                           "memper", "diper", "pember", "keber",  "keter", "berke", "member", "diber", "ketidak", "kese",
                           "terper", "berse", "seper"};
const char* kSuffixes[] = {"", "kan", "i", "an"};

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::cerr << "usage: naskah_build_lexicon OUT.txt DIC_BASE|- WORDLIST...\n";
        return 2;
    }
    std::set<std::string> words;
    const std::string base = argv[2];
    if (base != "-") {
        std::ifstream dic(base + ".dic");
        if (!dic) {
            std::cerr << "naskah_build_lexicon: cannot read " << base << ".dic\n";
            return 1;
        }
        Hunspell hs((base + ".aff").c_str(), (base + ".dic").c_str());
        std::string line;
        std::getline(dic, line);  // the word count
        while (std::getline(dic, line)) {
            line = trim(line);
            const auto slash = line.find('/');
            const std::string stem_latin = line.substr(0, slash);
            const std::string stem = lower(latin1_to_utf8(stem_latin));
            if (stem.empty()) continue;
            words.insert(stem);
            if (slash == std::string::npos || !alphabetic(stem)) continue;
            std::vector<std::string> heads;
            for (const char* p : kPrefixes) heads.push_back(p + stem);
            // the nasal prefix, alone and after ber- and ke- (berpendidikan, berpengalaman,
            // kepemilikan, kepemimpinan)
            for (const char* me_pe : {"me", "pe", "berpe", "kepe"})
                for (auto& f : nasal_forms(stem, me_pe)) heads.push_back(f);
            auto try_form = [&](const std::string& cand) {
                // Hunspell's spell() wants the dictionary's encoding, ISO 8859-1; these are ASCII
                if (cand != stem && !words.count(cand) && hs.spell(cand)) words.insert(cand);
            };
            for (const auto& head : heads)
                for (const char* s : kSuffixes) try_form(head + s);
            // the confix se-…-nya, whose middle is no word: selanjutnya, sebaiknya, setidaknya
            try_form("se" + stem + "nya");
        }
    }
    std::set<std::string> area_words, common_words;
    for (int i = 3; i < argc; ++i) {
        std::ifstream in(argv[i]);
        if (!in) {
            std::cerr << "naskah_build_lexicon: cannot read " << argv[i] << "\n";
            return 1;
        }
        const std::string path = argv[i];
        if (path.size() > 4 && path.compare(path.size() - 4, 4, ".csv") == 0) {
            // an area list (data/wilayah/*.csv, "code,…,name"): the words of its names are proper
            // names the spelling check accepts when capitalised
            std::string line;
            std::getline(in, line);  // the header
            while (std::getline(in, line)) {
                std::string name = line.substr(line.rfind(',') == std::string::npos ? 0 : line.rfind(',') + 1);
                if (line.find('"') != std::string::npos) name = line.substr(line.find('"') + 1, line.rfind('"') - line.find('"') - 1);
                std::string w;
                for (char c : name + " ") {
                    if (c == ' ' || c == '(' || c == ')' || c == ',' || c == '.' || c == '/' || c == '\r') {
                        if (!w.empty()) area_words.insert(w);
                        w.clear();
                    } else {
                        w += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
                    }
                }
            }
            continue;
        }
        const bool common = path.size() >= 8 && path.compare(path.size() - 8, 8, "umum.txt") == 0;
        for (std::string line; std::getline(in, line);) {
            line = trim(line.substr(0, line.find('#')));
            // data/ejaan/umum.txt: words signed texts commonly write, a table of its own (never
            // accepted as spelt right for being there)
            if (common) {
                if (!line.empty()) common_words.insert(lower(line));
                continue;
            }
            // "word = replacement" lines and [sections] are not words of the lexicon
            if (line.empty() || line[0] == '[' || line.find('=') != std::string::npos) continue;
            if (line.back() == '.') continue;  // abbreviations with their stop are matched as written
            words.insert(lower(line));
        }
    }
    auto framed = [](const std::set<std::string>& ws) {
        std::string t = "\n";
        for (const auto& w : ws)
            if (w.find_first_of("\n()") == std::string::npos) t += w + '\n';
        return t;
    };
    const std::string table = framed(words);
    const std::string areas = framed(area_words);
    const std::string commons = framed(common_words);
    const std::string out_path = argv[1];
    const std::string tmp = out_path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary);
        out << "// Generated by tools/lexicon/build_lexicon.cpp; do not edit.\n"
            << "#include <cstddef>\n"
            << "namespace naskah::check::lexicon_data {\n"
            << "extern const char kWords[] = R\"LEXICON(" << table << ")LEXICON\";\n"
            << "extern const std::size_t kSize = " << table.size() << ";\n"
            << "extern const std::size_t kCount = " << words.size() << ";\n"
            << "extern const char kAreaWords[] = R\"LEXICON(" << areas << ")LEXICON\";\n"
            << "extern const std::size_t kAreaSize = " << areas.size() << ";\n"
            << "extern const unsigned kIndex[] = {" << bucket_index(table) << "};\n"
            << "extern const unsigned kAreaIndex[] = {" << bucket_index(areas) << "};\n"
            << "extern const char kCommonWords[] = R\"LEXICON(" << commons << ")LEXICON\";\n"
            << "extern const std::size_t kCommonSize = " << commons.size() << ";\n"
            << "extern const unsigned kCommonIndex[] = {" << bucket_index(commons) << "};\n"
            << "}\n";
        if (!out) {
            std::cerr << "naskah_build_lexicon: cannot write " << tmp << "\n";
            return 1;
        }
    }
    if (std::rename(tmp.c_str(), out_path.c_str()) != 0) {
        std::cerr << "naskah_build_lexicon: cannot rename " << tmp << "\n";
        return 1;
    }
    std::cout << "lexicon: " << words.size() << " words, " << area_words.size() << " words of area names, " << common_words.size()
              << " common words\n";
    return 0;
}
