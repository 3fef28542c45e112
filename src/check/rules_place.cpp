// Place of enactment ("Ditetapkan di"): the seat of the issuer, i.e. its kabupaten/kota or one of
// that kabupaten/kota's kecamatan (Kabupaten Malang enacts at Kepanjen). A provincial issuer may
// enact anywhere in its province. Issuers whose name names no area are not checked.
#include <algorithm>

#include "check/areas.hpp"
#include "check/context.hpp"
#include "check/text_util.hpp"

namespace naskah::check {

void check_place(Context& cx)
{
    const auto& m = cx.decree.meta;
    if (m.place.empty() || !cx.enabled("TEMPAT-PENETAPAN")) return;
    std::string why;
    const Areas* areas = area_data(&why);
    if (!areas) {
        cx.report("PERIKSA-DATA", cx.decree.pos, "daftar wilayah tidak terbaca (" + why + "); tempat penetapan tidak diperiksa",
                  "the area lists cannot be read (" + why + "); the place of enactment is not checked");
        return;
    }
    const Regency* regency = areas->issuer_regency(m.issuer);
    const Province* province = regency ? nullptr : areas->issuer_province(m.issuer);
    if (!regency && !province) return;

    // the names a place of this issuer may take
    std::vector<std::string> seats;
    auto add_regency = [&](const Regency& g) {
        seats.push_back(g.short_name);
        for (const District* d : areas->districts_of(g.code)) seats.push_back(d->name);
    };
    if (regency) add_regency(*regency);
    else
        for (const auto& g : areas->regencies)
            if (g.province_code == province->code) add_regency(g);
    // Jakarta's five cities are enacted at "Jakarta"
    if (regency && regency->short_name.rfind("Jakarta ", 0) == 0) seats.push_back("Jakarta");

    const Text t = make_text(m.place, m.place_pos, Anchor::Attribute);
    const SourcePos pos = cx.at(t, 0);
    const std::string place = text::lower(m.place);
    for (const auto& s : seats) {
        if (text::lower(s) != place) continue;
        // the seat, but not written as a name is: "sidoarjo" (upper case throughout is a style, and passes)
        if (s != m.place && !text::all_upper(m.place) && cx.enabled("TEMPAT-HURUF"))
            cx.report("TEMPAT-HURUF", pos, "tempat penetapan «" + m.place + "» ditulis «" + s + "»",
                      "the place of enactment «" + m.place + "» is written «" + s + "»", "ganti dengan «" + s + "»",
                      "replace it with «" + s + "»");
        return;
    }

    const std::string area = regency ? regency->name : "Provinsi " + province->name;

    std::vector<std::pair<int, std::string>> near;
    const int limit = std::max<int>(1, static_cast<int>(text::cp_count(m.place)) / 4);
    for (const auto& s : seats) {
        const int dist = text::edit_distance(m.place, s);
        if (dist <= limit) near.push_back({dist, s});
    }
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    std::vector<std::string> suggestions;
    for (const auto& [d, s] : near)
        if (suggestions.size() < 3 && std::find(suggestions.begin(), suggestions.end(), s) == suggestions.end()) suggestions.push_back(s);

    if (!suggestions.empty()) {
        cx.report_suggest("TEMPAT-PENETAPAN", pos,
                          "tempat penetapan «" + m.place + "» tidak dikenal sebagai wilayah " + area,
                          "the place of enactment «" + m.place + "» is not known as part of " + area, suggestions);
        return;
    }
    const auto elsewhere = areas->places_named(m.place);
    std::string where_id, where_en;
    if (!elsewhere.empty()) {
        where_id = " (" + elsewhere.front() + (elsewhere.size() > 1 ? ", …" : "") + ")";
        where_en = where_id;
    }
    const std::string hint_id = regency ? "tempat penetapan adalah " + regency->short_name + " atau salah satu kecamatan di " + regency->name
                                        : "tempat penetapan adalah kabupaten/kota atau kecamatan di " + area;
    const std::string hint_en = regency ? "the place is " + regency->short_name + " or one of the kecamatan of " + regency->name
                                        : "the place is a kabupaten/kota or kecamatan of " + area;
    cx.report("TEMPAT-PENETAPAN", pos,
              elsewhere.empty() ? "tempat penetapan «" + m.place + "» tidak dikenal sebagai wilayah " + area
                                : "tempat penetapan «" + m.place + "»" + where_id + " bukan wilayah " + area + ", kedudukan penerbit",
              elsewhere.empty() ? "the place of enactment «" + m.place + "» is not known as part of " + area
                                : "the place of enactment «" + m.place + "»" + where_en + " is outside " + area + ", the issuer's seat",
              hint_id, hint_en);
}

}  // namespace naskah::check
