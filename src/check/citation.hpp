// Recognising citations of legislation in running text: "Undang-Undang Nomor 7 Tahun 2017 tentang
// Pemilihan Umum", "Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2019 tentang …", "Keputusan …
// Nomor 612/ORT.04-Kpt/05/KPU/XII/2020 tentang …".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::check {

/// Rank in the hierarchy of legislation (Pasal 7 and 8 UU 12/2011, as KPU orders its Mengingat).
enum Level : int {
    kUud = 0,
    kTapMpr = 1,
    kUndangUndang = 2,  ///< UU and Perppu
    kPp = 3,
    kPerpres = 4,
    kRegulasi = 5,      ///< ministerial and agency regulations (Permen, PKPU, Perbawaslu …)
    kPerdaProv = 6,
    kPergub = 7,
    kPerdaKab = 8,
    kPerbup = 9,
    kKeputusan = 10,    ///< decrees and instructions
};

struct Citation {
    Level level = kKeputusan;
    std::string kind;    ///< as written before "Nomor": "Peraturan Presiden Republik Indonesia"
    std::string group;   ///< the issuer, for ordering by year: kind lower-cased without "Republik Indonesia"
    std::string number;  ///< as written: "7", "612/ORT.04-Kpt/05/KPU/XII/2020"
    long number_value = 0;
    int year = 0;
    std::size_t begin = 0;       ///< byte offset of the kind
    std::size_t year_begin = std::string::npos;  ///< byte offset of the year digits
    std::size_t title_begin = std::string::npos, title_end = std::string::npos;  ///< after "tentang"
    std::size_t end = 0;  ///< end of the title, or of the number when there is no title
    bool dash_in_kind = false;  ///< "Undang–Undang": a dash typed for the kind's hyphen (kind holds "-")

    bool has_title() const { return title_begin != std::string::npos; }
    /// "Undang-Undang Nomor 7 Tahun 2017"
    std::string name() const;
};

/// The citation starting exactly at `at`, if one does.
std::optional<Citation> citation_at(std::string_view s, std::size_t at);
/// Every citation in `s`; with `top_level`, those quoted inside another one's title are left out.
std::vector<Citation> find_citations(std::string_view s, bool top_level);
/// The area a regional regulation's kind names: "Kabupaten Malang" for "Peraturan Daerah Kabupaten
/// Malang", "Provinsi Jawa Timur" for "Peraturan Gubernur Jawa Timur"; empty for the others.
std::string citation_region(const Citation& c);

/// A colon after the «Nomor» of a citation («Peraturan Menteri … Nomor: 41/PER/…»): where it stands
/// in `s`, and the kind of the instrument cited.
struct NumberColon {
    std::size_t at;
    std::string kind;
};
/// The colons after «Nomor» in the citations of `s`, in order. Minutes, letters and decrees
/// (Keputusan and below) count only where they are cited as a legal basis (`mengingat`).
std::vector<NumberColon> number_colons(std::string_view s, bool mengingat);

/// A regional regulation: Perda of a province or a kabupaten/kota, Pergub, Perbup/Perwal.
inline bool regional(Level l) { return l >= kPerdaProv && l <= kPerbup; }

/// Short Indonesian name of a level: "Undang-Undang", "Peraturan Presiden", …
const char* level_name(Level l, bool english);

}  // namespace naskah::check
