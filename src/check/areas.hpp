// Indonesian administrative areas (provinsi, kabupaten/kota, kecamatan) from the idn-area-data
// CSVs shipped under data/wilayah/ (data: ODbL; see data/README.md), compiled into the program
// at build time (tools/areas/); loaded once per process.
#pragma once

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace naskah::check {

// The names are views: into the compiled table (areas_data.cpp), or into the Areas' own copy of
// the files' text. Building 514 regencies' six names as heap strings at every start cost about
// 1 M instructions, a tenth of what the checks of the reference decree cost in all.
struct Province {
    std::string_view code;  ///< "35"
    std::string_view name;  ///< "Jawa Timur"
};

struct Regency {
    std::string_view code;           ///< "35.07"
    std::string_view province_code;  ///< "35"
    std::string_view name;           ///< "Kabupaten Malang", "Kota Administrasi Jakarta Pusat"
    std::string_view short_name;     ///< "Malang", "Jakarta Pusat"
    bool city = false;               ///< a kota, not a kabupaten
    std::string_view match_name;     ///< lower case: "kabupaten malang"
    std::string_view match_kind_name;  ///< lower case, "Administrasi" dropped: "kota jakarta pusat"
};

struct District {
    std::uint16_t regency = 0;  ///< index into Areas::regencies
    /// "Kepanjen": a view into the compiled table, or into the Areas' own copy of the file's names.
    /// 7,000 names are not copied into the heap at every start (each fresh page of memory the
    /// checks touch costs about 15 µs on the development machine).
    std::string_view name;
};

class Areas {
public:
    Areas() = default;
    Areas(const Areas&) = delete;  // districts view names this object may own
    Areas& operator=(const Areas&) = delete;

    std::vector<Province> provinces;
    std::vector<Regency> regencies;
    /// The kecamatan, in the files' order (grouped by regency).
    std::size_t district_count() const { return compiled_districts_ ? compiled_district_count_ : districts_.size(); }
    District district(std::size_t i) const;

    const Regency* regency(std::string_view code) const;
    /// The kabupaten/kota an issuer's name ends in ("Komisi Pemilihan Umum Kabupaten Malang"), or null.
    const Regency* issuer_regency(std::string_view issuer) const;
    /// The province an issuer's name names ("… Provinsi Jawa Timur"), or null.
    const Province* issuer_province(std::string_view issuer) const;
    std::vector<District> districts_of(std::string_view regency_code) const;
    /// Every kabupaten/kota and kecamatan whose name is `name` (case-insensitive).
    std::vector<std::string> places_named(std::string_view name) const;
    /// Whether `name` names a kabupaten/kota anywhere, or a kecamatan in the province `province_code`.
    bool named_nearby(std::string_view name, std::string_view province_code) const;

    /// Reads provinces.csv, regencies.csv and districts.csv of `folder`.
    bool load(const std::string& folder, std::string& error);
    /// The same lists as compiled in from the build's data/wilayah (areas_data.cpp); false when
    /// the build could not read them.
    bool load_compiled();

private:
    /// Calls `fn` for every kabupaten/kota (district null) and kecamatan named `name`, case aside,
    /// kabupaten/kota first, until it returns false.
    void each_place_named(std::string_view name, const std::function<bool(const Regency&, const District*)>& fn) const;
    void index_districts();
    const Regency* find_issuer_regency(std::string_view issuer) const;
    static std::uint64_t next_id()
    {
        static std::atomic<std::uint64_t> n{0};
        return ++n;
    }
    const std::uint64_t id_ = next_id();  ///< unique per object, for issuer_regency's memo
    // Read from the files, the districts are held here; compiled in, they are read from the
    // table (pairs of regency index and name offset) and never copied: 7,000 records built at
    // every start were 50 fresh memory pages, about 15 µs each on the development machine.
    std::vector<District> districts_;
    std::deque<std::string> owned_;  ///< the names read from the files (a deque: views stay valid)
    std::string_view own(std::string_view s) { return owned_.emplace_back(s); }
    const std::uint32_t* compiled_districts_ = nullptr;
    std::size_t compiled_district_count_ = 0;
    const char* compiled_text_ = nullptr;  ///< the table's names, NUL-terminated, at the offsets above
    /// (code, index into regencies), sorted by code
    std::vector<std::pair<std::string_view, std::uint32_t>> regency_index_;
    void index_regencies();
    std::size_t regency_at(std::string_view code) const;  ///< index into regencies, or npos
    // the districts of regency r are districts[district_order_[k]] for k in
    // [district_start_[r], district_start_[r + 1]), in file order: two flat arrays rather than
    // 514 vectors grown one push at a time
    std::vector<std::uint32_t> district_start_;
    std::vector<std::uint32_t> district_order_;
};

/// The shipped area lists under style::data_dir(), loaded on first use; null when they cannot be
/// read (`error` then says why).
const Areas* area_data(std::string* error = nullptr);

}  // namespace naskah::check
