// The area lists of this process: compiled in at build time from the build's own data folder
// (tools/areas/build_areas.cpp), read from the CSV files for any other (NASKAH_DATA).
#include "check/areas.hpp"

#include <map>
#include <memory>
#include <mutex>

#include "style/style.hpp"

namespace naskah::check {

namespace area_table {
extern const bool kAvailable;
extern const char kText[];
extern const std::uint32_t kProvinces[];  // code, name
extern const std::uint32_t kRegencies[];  // code, province_code, name, short_name, match_name, match_kind_name, city
extern const std::uint32_t kDistricts[];  // regency index, name
extern const std::size_t kProvinceCount;
extern const std::size_t kRegencyCount;
extern const std::size_t kDistrictCount;
}  // namespace area_table

bool Areas::load_compiled()
{
    using namespace area_table;
    if (!kAvailable) return false;
    auto str = [](std::uint32_t offset) { return std::string_view(kText + offset); };
    provinces.reserve(kProvinceCount);
    for (std::size_t i = 0; i < kProvinceCount; ++i) provinces.push_back({str(kProvinces[2 * i]), str(kProvinces[2 * i + 1])});
    regencies.reserve(kRegencyCount);
    for (std::size_t i = 0; i < kRegencyCount; ++i) {
        const std::uint32_t* row = kRegencies + 7 * i;
        regencies.push_back({str(row[0]), str(row[1]), str(row[2]), str(row[3]), row[6] != 0, str(row[4]), str(row[5])});
    }
    index_regencies();
    compiled_districts_ = kDistricts;
    compiled_text_ = kText;
    compiled_district_count_ = kDistrictCount;
    index_districts();
    return true;
}

const Areas* area_data(std::string* error)
{
    // keyed by folder so a test (or a second installation) can point NASKAH_DATA elsewhere
    static std::mutex mutex;
    // never destroyed, like the speller's: tearing 7,800 names down at exit frees nothing the OS would not
    static auto& cache = *new std::map<std::string, std::pair<std::unique_ptr<Areas>, std::string>>;
    const std::string folder = style::data_dir() + "/data/wilayah";
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(folder);
    if (it == cache.end()) {
        auto areas = std::make_unique<Areas>();
        std::string why;
        // the build's own folder is the one the table was compiled from
        const bool compiled = folder == std::string(NASKAH_DATA_DIR) + "/data/wilayah" && areas->load_compiled();
        if (!compiled && !areas->load(folder, why)) areas.reset();
        it = cache.emplace(folder, std::make_pair(std::move(areas), why)).first;
    }
    if (error) *error = it->second.second;
    return it->second.first.get();
}

}  // namespace naskah::check
