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
    // the starter's «…» still waits for the place (ISIAN reports it), and names no seat to compare
    if (m.place.find("\xE2\x80\xA6") != std::string::npos) return;
    std::string why;
    const Areas* areas = area_data(&why);
    if (!areas) {
        cx.report("PERIKSA-DATA", cx.decree.pos, "daftar wilayah tidak terbaca (" + why + "); tempat penetapan tidak diperiksa",
                  "the area lists cannot be read (" + why + "); the place of enactment is not checked");
        return;
    }
    const Regency* regency = areas->issuer_regency(m.issuer);
    const Province* province = regency ? nullptr : areas->issuer_province(m.issuer);
    const std::string issuer = text::lower(m.issuer);
    // a university is named after its city: "Universitas Islam Negeri Alauddin Makassar"
    std::vector<const Regency*> cities;
    if (!regency && !province)
        for (const char* kind : {"universitas ", "institut ", "politeknik ", "sekolah tinggi ", "rektor "})
            if (issuer.find(kind) != std::string::npos) {
                for (const auto& g : areas->regencies) {
                    // the short name in lower case, as match_kind_name ends: "kota makassar"
                    const std::string_view name = g.match_kind_name.substr(g.city ? 5 : 10);
                    if (issuer.size() > name.size() + 1 && issuer.compare(issuer.size() - name.size(), name.size(), name) == 0 &&
                        issuer[issuer.size() - name.size() - 1] == ' ')
                        cities.push_back(&g);
                }
                break;
            }
    const bool ministry = !regency && !province && cities.empty() &&
                          (issuer.rfind("menteri ", 0) == 0 || issuer.rfind("kementerian ", 0) == 0 || issuer == "presiden republik indonesia");
    if (ministry) {
        // ministries sit in Jakarta (UU 39/2008 Pasal 3 and UU 2/2024 on Jakarta's status keep them there)
        const std::string place = text::lower(m.place);
        if (place != "jakarta" && place.rfind("jakarta ", 0) != 0) {
            const Text t = make_text(m.place, m.place_pos, Anchor::Attribute);
            // a warning: a minister may sign away from the seat, which a reviewer would only query
            const bool president = issuer == "presiden republik indonesia";
            cx.report_warning("TEMPAT-PENETAPAN", cx.at(t, 0),
                              "tempat penetapan «" + m.place + "» bukan kedudukan " + (president ? "Presiden" : "kementerian") + " (Jakarta)",
                              "the place of enactment «" + m.place + "» is not the " + (president ? "President's" : "ministry's") + " seat (Jakarta)",
                              "maksud Anda: Jakarta?", "did you mean: Jakarta?");
        }
        return;
    }
    if (!regency && !province && cities.empty()) return;

    // the names a place of this issuer may take
    std::vector<std::string_view> seats;  // views into the area table
    auto add_regency = [&](const Regency& g) {
        seats.push_back(g.short_name);
        for (const District& d : areas->districts_of(g.code)) seats.push_back(d.name);
    };
    if (regency) add_regency(*regency);
    else if (province) {
        for (const auto& g : areas->regencies)
            if (g.province_code == province->code) add_regency(g);
    } else
        for (const Regency* g : cities) add_regency(*g);
    // Jakarta's five cities are enacted at "Jakarta"
    if (regency && regency->short_name.rfind("Jakarta ", 0) == 0) seats.push_back("Jakarta");

    const Text t = make_text(m.place, m.place_pos, Anchor::Attribute);
    const SourcePos pos = cx.at(t, 0);
    for (const std::string_view seat : seats) {
        if (!text::same_ignoring_case(seat, m.place)) continue;
        const std::string s(seat);
        // the seat, but not written as a name is: "sidoarjo" (upper case throughout is a style, and passes)
        if (s != m.place && !text::all_upper(m.place) && cx.enabled("TEMPAT-HURUF"))
            cx.report("TEMPAT-HURUF", pos, "tempat penetapan «" + m.place + "» ditulis «" + s + "»",
                      "the place of enactment «" + m.place + "» is written «" + s + "»", "ganti dengan «" + s + "»",
                      "replace it with «" + s + "»");
        return;
    }

    const std::string area(regency ? std::string(regency->name) : province ? "Provinsi " + std::string(province->name) : std::string(cities.front()->name));

    std::vector<std::pair<int, std::string>> near;
    const int limit = std::max<int>(1, static_cast<int>(text::cp_count(m.place)) / 4);
    for (const auto& s : seats) {
        const int dist = text::edit_distance(m.place, s);
        if (dist <= limit) near.push_back({dist, std::string(s)});
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
    // a seat that is a kelurahan (Sungguminasa, Kabupaten Gowa) is in no list the data has: a
    // place known nowhere and near nothing is not held against the drafter
    if (elsewhere.empty()) return;
    // The lists hold no towns: a regency's seat is often a town inside a kecamatan of another name
    // (Tanah Merah, seat of Boven Digoel, in Distrik Mandobo), and 7,285 kecamatan share many
    // names (a Kecamatan Tanah Merah is in Indragiri Hilir, Riau). A place is held against the
    // issuer when it names a kabupaten/kota («Makassar» for a regency of South Sulawesi) or a
    // kecamatan of the same province (a neighbour's decree copied with its «Ditetapkan di»).
    const std::string_view own_province = regency ? regency->province_code : province ? province->code : cities.front()->province_code;
    if (!areas->named_nearby(m.place, own_province)) return;
    std::string where_id, where_en;
    if (!elsewhere.empty()) {
        where_id = " (" + elsewhere.front() + (elsewhere.size() > 1 ? ", …" : "") + ")";
        where_en = where_id;
    }
    const std::string hint_id = regency ? "tempat penetapan adalah " + std::string(regency->short_name) + " atau salah satu kecamatan di " + std::string(regency->name)
                                        : "tempat penetapan adalah kabupaten/kota atau kecamatan di " + area;
    const std::string hint_en = regency ? "the place is " + std::string(regency->short_name) + " or one of the kecamatan of " + std::string(regency->name)
                                        : "the place is a kabupaten/kota or kecamatan of " + area;
    cx.report("TEMPAT-PENETAPAN", pos,
              elsewhere.empty() ? "tempat penetapan «" + m.place + "» tidak dikenal sebagai wilayah " + area
                                : "tempat penetapan «" + m.place + "»" + where_id + " bukan wilayah " + area + ", kedudukan penerbit",
              elsewhere.empty() ? "the place of enactment «" + m.place + "» is not known as part of " + area
                                : "the place of enactment «" + m.place + "»" + where_en + " is outside " + area + ", the issuer's seat",
              hint_id, hint_en);
}

}  // namespace naskah::check
