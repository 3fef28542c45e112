#include "batch/inputs.hpp"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <set>

#include "batch/sha256.hpp"

namespace fs = std::filesystem;

namespace naskah::batch {

namespace {

fs::path absolute_normal(const fs::path& p)
{
    std::error_code ec;
    fs::path a = fs::absolute(p, ec);
    if (ec) a = p;
    a = a.lexically_normal();
    // "dir/" normalises to "dir/" with an empty last element; drop it so parents compare equal
    if (!a.has_filename() && a.has_parent_path() && a != a.root_path()) a = a.parent_path();
    return a;
}

fs::path common_folder(const fs::path& a, const fs::path& b)
{
    fs::path out;
    auto i = a.begin(), j = b.begin();
    for (; i != a.end() && j != b.end() && *i == *j; ++i, ++j) out /= *i;
    return out;
}

bool is_within(const fs::path& inner, const fs::path& outer)
{
    auto i = inner.begin(), o = outer.begin();
    for (; o != outer.end(); ++i, ++o)
        if (i == inner.end() || *i != *o) return false;
    return true;
}

bool has_xml_extension(const fs::path& p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".xml";
}

struct Found {
    fs::path given;
    fs::path absolute;
    bool directory = false;
    bool missing = false;
};

void read_list(std::istream& in, std::vector<Found>& found)
{
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const std::size_t b = line.find_first_not_of(" \t");
        if (b == std::string::npos || line[b] == '#') continue;
        const std::size_t e = line.find_last_not_of(" \t");
        Found f;
        f.given = line.substr(b, e - b + 1);
        f.absolute = absolute_normal(f.given);
        std::error_code ec;
        const auto st = fs::status(f.given, ec);
        f.directory = fs::is_directory(st);
        f.missing = !fs::exists(st);
        found.push_back(std::move(f));
    }
}

}  // namespace

bool collect_inputs(const std::vector<std::string>& args, const fs::path& outdir, InputSet& out, std::vector<std::string>& errors)
{
    out = InputSet{};
    std::vector<Found> found;
    for (const auto& arg : args) {
        if (arg == "-") {
            read_list(std::cin, found);
            continue;
        }
        std::error_code ec;
        const auto st = fs::status(arg, ec);
        if (!fs::exists(st)) {
            errors.push_back(arg + ": no such file or folder");
            continue;
        }
        if (fs::is_directory(st) || has_xml_extension(arg)) {
            found.push_back(Found{arg, absolute_normal(arg), fs::is_directory(st), false});
            continue;
        }
        std::ifstream list(arg);
        if (!list) {
            errors.push_back(arg + ": cannot read the list of inputs");
            continue;
        }
        read_list(list, found);
    }
    if (!errors.empty()) return false;
    if (found.empty()) {
        errors.push_back("no inputs given");
        return false;
    }

    bool first = true;
    for (const auto& f : found) {
        const fs::path anchor = f.directory ? f.absolute : f.absolute.parent_path();
        out.root = first ? anchor : common_folder(out.root, anchor);
        first = false;
    }
    std::error_code ec;
    const fs::path out_abs = absolute_normal(outdir);
    fs::path out_canonical = fs::weakly_canonical(out_abs, ec);
    if (ec) out_canonical = out_abs;
    auto inside_output = [&](const fs::path& p) {
        std::error_code e2;
        fs::path c = fs::weakly_canonical(p, e2);
        return is_within(e2 ? p : c, out_canonical) || is_within(p, out_abs);
    };

    std::set<fs::path> seen;
    auto relative = [&](const fs::path& abs) { return abs.lexically_relative(out.root).generic_string(); };
    auto add_file = [&](const fs::path& given, const fs::path& abs, bool may_be_inside_output) {
        if (!seen.insert(abs).second) return;
        if (may_be_inside_output && inside_output(abs)) {
            DecreeRecord r;
            r.input = relative(abs);
            r.status = Status::Skipped;
            r.reason = "inside the output folder";
            out.skipped.push_back(std::move(r));
            return;
        }
        out.files.push_back(InputFile{given.string(), relative(abs)});
    };
    bool output_folder_listed = false;
    for (const auto& f : found) {
        if (!f.directory) {
            add_file(f.given, f.absolute, true);
            continue;
        }
        if (inside_output(f.absolute)) {
            errors.push_back(f.given.string() + ": the input folder is inside the output folder");
            continue;
        }
        fs::recursive_directory_iterator it(f.given, fs::directory_options::skip_permission_denied, ec), end;
        if (ec) {
            errors.push_back(f.given.string() + ": " + ec.message());
            continue;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) {
                errors.push_back(f.given.string() + ": " + ec.message());
                break;
            }
            const fs::path& p = it->path();
            std::error_code e2;
            if (it->is_directory(e2)) {
                // Hidden folders (.git, the batch journal) are not archives of decrees.
                const std::string name = p.filename().string();
                const fs::path abs = absolute_normal(p);
                if (!name.empty() && name[0] == '.') {
                    it.disable_recursion_pending();
                } else if (inside_output(abs)) {
                    it.disable_recursion_pending();
                    if (!output_folder_listed) {
                        DecreeRecord r;
                        r.input = relative(abs) + "/";
                        r.status = Status::Skipped;
                        r.reason = "the output folder";
                        out.skipped.push_back(std::move(r));
                        output_folder_listed = true;
                    }
                }
                continue;
            }
            if (!has_xml_extension(p) || !it->is_regular_file(e2)) continue;
            // the walk does not enter the output folder, so files it finds are outside it
            add_file(p, absolute_normal(p), false);
        }
    }
    std::sort(out.files.begin(), out.files.end(), [](const InputFile& a, const InputFile& b) { return a.rel < b.rel; });
    return errors.empty();
}

bool parse_shard(std::string_view text, Shard& out)
{
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos) return false;
    auto number = [](std::string_view s, unsigned& v) {
        if (s.empty() || s.size() > 6) return false;
        v = 0;
        for (char c : s) {
            if (c < '0' || c > '9') return false;
            v = v * 10 + static_cast<unsigned>(c - '0');
        }
        return true;
    };
    Shard s;
    if (!number(text.substr(0, slash), s.index) || !number(text.substr(slash + 1), s.count)) return false;
    if (s.count == 0 || s.index == 0 || s.index > s.count) return false;
    out = s;
    return true;
}

bool in_shard(std::string_view rel, const Shard& shard)
{
    if (shard.whole()) return true;
    const std::string digest = sha256_hex(rel);
    const std::uint64_t h = std::stoull(digest.substr(0, 15), nullptr, 16);
    return h % shard.count == shard.index - 1;
}

fs::path output_base(const fs::path& outdir, const InputFile& input)
{
    fs::path rel(input.rel);
    return outdir / rel.parent_path() / rel.stem();
}

}  // namespace naskah::batch
