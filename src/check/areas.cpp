#include "check/areas.hpp"

#include <algorithm>
#include <fstream>
#include <cctype>
#include <sstream>

#include "check/text_util.hpp"

namespace naskah::check {

namespace {

// Calls f(fields) for each data row of a CSV file. Fields follow RFC 4180: quotes around a field,
// "" inside for one quote ("Ra""as"). The files are read whole: 7,000 kecamatan in about 1 ms.
template <class F>
bool read_csv(const std::string& path, std::size_t columns, std::string& error, F&& f)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read " + path;
        return false;
    }
    in.seekg(0, std::ios::end);
    const std::streamoff length = in.tellg();
    in.seekg(0, std::ios::beg);
    std::string data(length > 0 ? static_cast<std::size_t>(length) : 0, '\0');
    if (length < 0 || !in.read(data.data(), length)) {
        error = "cannot read " + path;
        return false;
    }
    std::vector<std::string_view> fields;
    std::vector<std::string> unquoted;  // storage for the rare quoted fields
    bool header = true;
    std::size_t p = 0;
    while (p < data.size()) {
        std::size_t eol = data.find('\n', p);
        if (eol == std::string::npos) eol = data.size();
        std::string_view line(data.data() + p, eol - p);
        p = eol + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (header || line.empty()) {
            header = false;
            continue;
        }
        fields.clear();
        unquoted.clear();
        unquoted.reserve(columns);
        std::size_t i = 0;
        while (i <= line.size()) {
            if (i < line.size() && line[i] == '"') {
                std::string v;
                ++i;
                while (i < line.size()) {
                    if (line[i] == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                        v += '"';
                        i += 2;
                    } else if (line[i] == '"') {
                        ++i;
                        break;
                    } else {
                        v += line[i++];
                    }
                }
                unquoted.push_back(std::move(v));
                fields.push_back(unquoted.back());
                if (i < line.size() && line[i] == ',') ++i;
                else i = line.size() + 1;
            } else {
                std::size_t e = line.find(',', i);
                if (e == std::string_view::npos) e = line.size();
                fields.push_back(line.substr(i, e - i));
                i = e + 1;
            }
        }
        if (fields.size() < columns) {
            error = path + ": a row has " + std::to_string(fields.size()) + " fields, expected " + std::to_string(columns);
            return false;
        }
        f(fields);
    }
    return true;
}

bool word_boundary(std::string_view s, std::size_t b, std::size_t e)
{
    const bool left = b == 0 || s[b - 1] == ' ';
    const bool right = e == s.size() || s[e] == ' ' || s[e] == ',' || s[e] == '.';
    return left && right;
}

}  // namespace

bool Areas::load(const std::string& folder, std::string& error)
{
    using Fields = std::vector<std::string_view>;
    if (!read_csv(folder + "/provinces.csv", 2, error,
                  [&](const Fields& f) { provinces.push_back({own(f[0]), own(f[1])}); }))
        return false;
    regencies.reserve(520);
    regency_index_.reserve(520);
    if (!read_csv(folder + "/regencies.csv", 3, error, [&](const Fields& f) {
            Regency g;
            g.code = own(f[0]);
            g.province_code = own(f[1]);
            g.name = own(f[2]);
            std::string_view rest = g.name;
            for (const char* prefix : {"Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "}) {
                if (rest.substr(0, std::char_traits<char>::length(prefix)) == prefix) {
                    g.city = prefix[1] == 'o';
                    rest.remove_prefix(std::char_traits<char>::length(prefix));
                    break;
                }
            }
            g.short_name = rest;
            g.match_name = own(text::lower(g.name));
            g.match_kind_name = own((g.city ? "kota " : "kabupaten ") + text::lower(g.short_name));
            regencies.push_back(g);
        }))
        return false;
    index_regencies();
    districts_.reserve(7400);
    // the rows come grouped by regency: look the regency up once per group, not once per row
    std::string last_code;
    std::size_t last_index = std::string::npos;
    if (!read_csv(folder + "/districts.csv", 3, error, [&](const Fields& f) {
            if (f[1] != last_code) {
                last_code = f[1];
                last_index = regency_at(last_code);
            }
            if (last_index == std::string::npos) return;
            districts_.push_back({static_cast<std::uint16_t>(last_index), own(f[2])});
        }))
        return false;
    index_districts();
    return true;
}

void Areas::index_districts()
{
    // a counting sort by regency, stable: each regency's districts keep the file's order
    district_start_.assign(regencies.size() + 1, 0);
    const std::size_t n = district_count();
    for (std::size_t i = 0; i < n; ++i) ++district_start_[district(i).regency + 1];
    for (std::size_t r = 0; r < regencies.size(); ++r) district_start_[r + 1] += district_start_[r];
    district_order_.resize(n);
    std::vector<std::uint32_t> next(district_start_.begin(), district_start_.end() - 1);
    for (std::size_t i = 0; i < n; ++i) district_order_[next[district(i).regency]++] = static_cast<std::uint32_t>(i);
}

void Areas::index_regencies()
{
    regency_index_.clear();
    regency_index_.reserve(regencies.size());
    for (std::size_t i = 0; i < regencies.size(); ++i) regency_index_.emplace_back(regencies[i].code, static_cast<std::uint32_t>(i));
    // the files list them by code already, so there is nothing to sort
    if (std::adjacent_find(regency_index_.begin(), regency_index_.end(), [](const auto& a, const auto& b) { return !(a.first < b.first); }) ==
        regency_index_.end())
        return;
    // last row first, so that of a duplicate code the last row stays, as it did in a map
    std::reverse(regency_index_.begin(), regency_index_.end());
    auto by_code = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::stable_sort(regency_index_.begin(), regency_index_.end(), by_code);
    regency_index_.erase(std::unique(regency_index_.begin(), regency_index_.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                         regency_index_.end());
}

std::size_t Areas::regency_at(std::string_view code) const
{
    auto it = std::lower_bound(regency_index_.begin(), regency_index_.end(), code, [](const auto& e, std::string_view c) { return e.first < c; });
    return it != regency_index_.end() && it->first == code ? it->second : std::string::npos;
}

const Regency* Areas::regency(std::string_view code) const
{
    const std::size_t i = regency_at(code);
    return i == std::string::npos ? nullptr : &regencies[i];
}

const Regency* Areas::issuer_regency(std::string_view issuer) const
{
    // asked twice per decree (place of enactment, area codes in numbers) about the same issuer,
    // and each answer scans the 1,028 names: the last answer of this thread is kept
    struct Last {
        std::uint64_t areas = 0;  // Areas::id_: an address could be reused by another object
        std::string issuer;
        const Regency* regency = nullptr;
    };
    thread_local Last last;
    if (last.areas == id_ && last.issuer == issuer) return last.regency;
    const Regency* found = find_issuer_regency(issuer);
    last = {id_, std::string(issuer), found};
    return found;
}

const Regency* Areas::find_issuer_regency(std::string_view issuer) const
{
    std::string s = text::lower(issuer);
    for (std::size_t p = s.find("kab. "); p != std::string::npos; p = s.find("kab. ", p + 1)) s.replace(p, 4, "kabupaten");
    // the official names the area: "Bupati Gowa" is Kabupaten Gowa's, "Wali Kota Makassar" Kota Makassar's
    for (const auto& [official, area] : {std::pair<const char*, const char*>{"bupati ", "kabupaten "}, {"wali kota ", "kota "},
                                         {"walikota ", "kota "}, {"wakil bupati ", "kabupaten "}}) {
        const std::string o = official;
        if (s.rfind(o, 0) == 0) s = area + s.substr(o.size());
        for (std::size_t p = s.find(" " + o); p != std::string::npos; p = s.find(" " + o, p + 1)) s.replace(p + 1, o.size(), area);
    }
    const Regency* best = nullptr;
    std::size_t best_len = 0;
    for (const auto& g : regencies) {
        for (const std::string_view name : {g.match_name, g.match_kind_name}) {
            for (std::size_t p = s.find(name); p != std::string::npos; p = s.find(name, p + 1))
                if (word_boundary(s, p, p + name.size()) && name.size() > best_len) {
                    best = &g;
                    best_len = name.size();
                }
        }
    }
    return best;
}

const Province* Areas::issuer_province(std::string_view issuer) const
{
    std::string s = text::lower(issuer);
    if (s.rfind("gubernur ", 0) == 0) s = "provinsi " + s.substr(9);  // "Gubernur Sulawesi Selatan"
    for (const auto& p : provinces) {
        const std::string name = "provinsi " + text::lower(p.name);
        const std::size_t at = s.find(name);
        if (at != std::string::npos && word_boundary(s, at, at + name.size())) return &p;
    }
    return nullptr;
}

District Areas::district(std::size_t i) const
{
    if (compiled_districts_)
        return {static_cast<std::uint16_t>(compiled_districts_[2 * i]), std::string_view(compiled_text_ + compiled_districts_[2 * i + 1])};
    return districts_[i];
}

std::vector<District> Areas::districts_of(std::string_view regency_code) const
{
    std::vector<District> out;
    const std::size_t r = regency_at(regency_code);
    if (r == std::string::npos) return out;
    for (std::uint32_t k = district_start_[r]; k < district_start_[r + 1]; ++k) out.push_back(district(district_order_[k]));
    return out;
}

void Areas::each_place_named(std::string_view name, const std::function<bool(const Regency&, const District*)>& fn) const
{
    // only asked when a place is wrong, so a scan is fine
    const std::string want = text::lower(name);
    for (const auto& g : regencies)
        if ((text::lower(g.short_name) == want || text::lower(g.name) == want) && !fn(g, nullptr)) return;
    for (std::size_t i = 0; i < district_count(); ++i)
        if (const District d = district(i); text::lower(d.name) == want && !fn(regencies[d.regency], &d)) return;
}

std::vector<std::string> Areas::places_named(std::string_view name) const
{
    std::vector<std::string> out;
    each_place_named(name, [&](const Regency& g, const District* d) {
        out.push_back(d ? "Kecamatan " + std::string(d->name) + ", " + std::string(g.name) : std::string(g.name));
        return true;
    });
    return out;
}

bool Areas::named_nearby(std::string_view name, std::string_view province_code) const
{
    bool found = false;
    each_place_named(name, [&](const Regency& g, const District* d) {
        found = !d || g.province_code == province_code;
        return !found;
    });
    return found;
}

}  // namespace naskah::check
