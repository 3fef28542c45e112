// Build-time tool: loads a libhyphen pattern file with libhyphen itself and writes its state
// machine as static C++ data, so naskah hyphenates with libhyphen without parsing the patterns
// at run time (parsing Debian's hyph_id_ID.dic costs 18-22 ms per process).
//
// usage: compile_patterns DICT.dic OUT.cpp
#include <hyphen.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace {

std::string quoted(const char* s)
{
    std::string out = "\"";
    for (const unsigned char* p = reinterpret_cast<const unsigned char*>(s); *p; ++p) {
        char buf[8];
        if (*p == '"' || *p == '\\') {
            out += '\\';
            out += static_cast<char>(*p);
        } else if (*p < 0x20 || *p >= 0x7F) {
            std::snprintf(buf, sizeof buf, "\\%03o", *p);
            out += buf;
        } else {
            out += static_cast<char>(*p);
        }
    }
    return out + "\"";
}

void emit(std::FILE* out, const HyphenDict* d, int level)
{
    if (d->nextlevel) emit(out, d->nextlevel, level + 1);
    // match and replacement strings must be writable char* for the struct; keep them in arrays
    for (int i = 0; i < d->num_states; ++i) {
        const HyphenState& s = d->states[i];
        if (s.match) std::fprintf(out, "char m%d_%d[] = %s;\n", level, i, quoted(s.match).c_str());
        if (s.repl) std::fprintf(out, "char r%d_%d[] = %s;\n", level, i, quoted(s.repl).c_str());
        if (s.num_trans > 0) {
            std::fprintf(out, "HyphenTrans t%d_%d[] = {", level, i);
            for (int k = 0; k < s.num_trans; ++k)
                std::fprintf(out, "{static_cast<char>(%d),%d},", static_cast<int>(s.trans[k].ch), s.trans[k].new_state);
            std::fprintf(out, "};\n");
        }
    }
    std::fprintf(out, "HyphenState s%d[] = {\n", level);
    for (int i = 0; i < d->num_states; ++i) {
        const HyphenState& s = d->states[i];
        std::string m = s.match ? "m" + std::to_string(level) + "_" + std::to_string(i) : "nullptr";
        std::string r = s.repl ? "r" + std::to_string(level) + "_" + std::to_string(i) : "nullptr";
        std::string t = s.num_trans > 0 ? "t" + std::to_string(level) + "_" + std::to_string(i) : "nullptr";
        std::fprintf(out, "{%s,%s,%d,%d,%d,%d,%s},\n", m.c_str(), r.c_str(), s.replindex, s.replcut, s.fallback_state, s.num_trans, t.c_str());
    }
    std::fprintf(out, "};\n");
    if (d->nohyphen) {
        // libhyphen reads nohyphenl + 1 strings stored one after another, each ending in NUL
        std::string all;
        const char* p = d->nohyphen;
        for (int i = 0; i <= d->nohyphenl; ++i) {
            std::string one = quoted(p);
            all += one.substr(1, one.size() - 2) + "\\000";
            p += std::strlen(p) + 1;
        }
        std::fprintf(out, "char nh%d[] = \"%s\";\n", level, all.c_str());
    }
    std::fprintf(out, "HyphenDict d%d = {%d,%d,%d,%d,%s,%d,%d,%s,%d,s%d,%s};\n", level, d->lhmin, d->rhmin, d->clhmin, d->crhmin,
                 d->nohyphen ? ("nh" + std::to_string(level)).c_str() : "nullptr", d->nohyphenl, d->num_states,
                 quoted(d->cset).c_str(), d->utf8, level, d->nextlevel ? ("&d" + std::to_string(level + 1)).c_str() : "nullptr");
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: compile_patterns DICT.dic OUT.cpp\n");
        return 2;
    }
    HyphenDict* dict = hnj_hyphen_load(argv[1]);
    if (!dict) {
        std::fprintf(stderr, "compile_patterns: cannot load %s\n", argv[1]);
        return 1;
    }
    std::FILE* out = std::fopen(argv[2], "w");
    if (!out) return 1;
    std::fprintf(out, "// Generated from %s by tools/hyphen/compile_patterns.cpp. Do not edit.\n", argv[1]);
    std::fprintf(out, "#include <hyphen.h>\nnamespace {\n");
    emit(out, dict, 0);
    std::fprintf(out, "}  // namespace\nnamespace naskah::text {\nHyphenDict* compiled_hyphen_dict() { return &d0; }\n}\n");
    std::fclose(out);
    hnj_hyphen_free(dict);
    return 0;
}
