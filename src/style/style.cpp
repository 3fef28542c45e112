#include "style/style.hpp"

#include "core/limits.hpp"
#include "style/shipped.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <map>
#include <utility>
#include <vector>

#include "xml/source.hpp"

namespace naskah::style {

std::string data_dir()
{
    if (const char* env = std::getenv("NASKAH_DATA"); env && *env) return env;
    return NASKAH_DATA_DIR;
}

namespace {

enum class Type { Length, Points, Number, Text, Bool, Colour, Width, Choice };

struct Key {
    Type type;
    std::function<void*(HouseStyle&)> field;
    /// Type::Choice: the allowed words and the enum value each stands for (stored as one byte).
    std::vector<std::pair<const char*, std::uint8_t>> choices = {};
};

template <class E>
Key choice(E Conventions::*m, std::vector<std::pair<const char*, E>> words)
{
    Key k{Type::Choice, [m](HouseStyle& s) -> void* { return &(s.conv.*m); }};
    for (const auto& [w, e] : words) k.choices.emplace_back(w, static_cast<std::uint8_t>(e));
    return k;
}

template <class T>
Key conv(T Conventions::*m, Type t)
{
    return Key{t, [m](HouseStyle& s) -> void* { return &(s.conv.*m); }};
}

Key phrase(std::string Phrases::*m)
{
    return Key{Type::Text, [m](HouseStyle& s) -> void* { return &(s.phrase.*m); }};
}

template <class T>
std::function<void*(HouseStyle&)> f(T HouseStyle::*m)
{
    return [m](HouseStyle& s) -> void* { return &(s.*m); };
}

// group.attribute → field. The layout files are validated against this table.
const std::map<std::string, Key>& keys()
{
    static const std::map<std::string, Key> k = {
        {"kertas.lebar", {Type::Length, f(&HouseStyle::paper_width)}},
        {"kertas.tinggi", {Type::Length, f(&HouseStyle::paper_height)}},
        {"margin.atas", {Type::Length, [](HouseStyle& s) -> void* { return &s.portrait.top; }}},
        {"margin.bawah", {Type::Length, [](HouseStyle& s) -> void* { return &s.portrait.bottom; }}},
        {"margin.kiri", {Type::Length, [](HouseStyle& s) -> void* { return &s.portrait.left; }}},
        {"margin.kanan", {Type::Length, [](HouseStyle& s) -> void* { return &s.portrait.right; }}},
        {"margin-lanskap.atas", {Type::Length, [](HouseStyle& s) -> void* { return &s.landscape.top; }}},
        {"margin-lanskap.bawah", {Type::Length, [](HouseStyle& s) -> void* { return &s.landscape.bottom; }}},
        {"margin-lanskap.kiri", {Type::Length, [](HouseStyle& s) -> void* { return &s.landscape.left; }}},
        {"margin-lanskap.kanan", {Type::Length, [](HouseStyle& s) -> void* { return &s.landscape.right; }}},
        {"huruf.keluarga", {Type::Text, [](HouseStyle& s) -> void* { return &s.font.family; }}},
        {"huruf.biasa", {Type::Text, [](HouseStyle& s) -> void* { return &s.font.regular; }}},
        {"huruf.tebal", {Type::Text, [](HouseStyle& s) -> void* { return &s.font.bold; }}},
        {"huruf.miring", {Type::Text, [](HouseStyle& s) -> void* { return &s.font.italic; }}},
        {"huruf.tebal-miring", {Type::Text, [](HouseStyle& s) -> void* { return &s.font.bold_italic; }}},
        {"huruf.ukuran", {Type::Points, f(&HouseStyle::font_size)}},
        {"huruf.ukuran-kop", {Type::Points, f(&HouseStyle::kop_font_size)}},
        {"huruf.ukuran-tabel", {Type::Points, f(&HouseStyle::table_font_size)}},
        {"huruf.spasi", {Type::Number, f(&HouseStyle::line_height)}},
        {"huruf.pemenggalan", {Type::Bool, f(&HouseStyle::hyphenate)}},
        {"huruf.rata-kiri-kanan", {Type::Bool, f(&HouseStyle::justify)}},
        {"jarak.paragraf", {Type::Points, f(&HouseStyle::space_paragraph)}},
        {"jarak.bagian", {Type::Points, f(&HouseStyle::space_part)}},
        {"jarak.judul", {Type::Points, f(&HouseStyle::space_title)}},
        {"label.lebar", {Type::Length, f(&HouseStyle::label_width)}},
        {"label.titik-dua", {Type::Length, f(&HouseStyle::colon_width)}},
        {"label.penanda", {Type::Length, f(&HouseStyle::marker_width)}},
        {"label.penanda-bersarang", {Type::Length, f(&HouseStyle::nested_marker_width)}},
        {"tanda-tangan.lebar", {Type::Length, f(&HouseStyle::signature_width)}},
        {"tanda-tangan.ruang", {Type::Length, f(&HouseStyle::signing_space)}},
        {"tanda-tangan.nama-kolom", {Type::Text, f(&HouseStyle::signature_field)}},
        {"tanda-tangan.lebar-salinan", {Type::Length, f(&HouseStyle::certification_width)}},
        {"halaman.nomor", {Type::Bool, f(&HouseStyle::page_numbers)}},
        {"halaman.kata-penyambung", {Type::Bool, f(&HouseStyle::continuation_word)}},
        {"halaman.jarak-nomor", {Type::Length, f(&HouseStyle::page_number_edge)}},
        {"halaman.nomor-lampiran-lanjut", {Type::Bool, f(&HouseStyle::lampiran_numbers_continue)}},
        {"lampiran.tanggal", {Type::Bool, f(&HouseStyle::lampiran_date_line)}},
        {"lampiran.lebar-kepala", {Type::Length, f(&HouseStyle::lampiran_heading_width)}},
        {"lampiran.lanskap-di-atas", {Type::Length, f(&HouseStyle::landscape_above)}},
        {"tabel.padding", {Type::Length, f(&HouseStyle::cell_padding)}},
        {"tabel.garis", {Type::Points, f(&HouseStyle::border_width)}},
        {"tabel.lanjutan", {Type::Text, f(&HouseStyle::table_continued)}},
        {"tabel.ukuran-kepala", {Type::Points, f(&HouseStyle::table_header_font_size)}},
        {"tabel.ukuran-minimum", {Type::Points, f(&HouseStyle::table_min_font_size)}},
        {"rencana-kerja.no", {Type::Width, [](HouseStyle& s) -> void* { return &s.work_plan.no; }}},
        {"rencana-kerja.kegiatan", {Type::Width, [](HouseStyle& s) -> void* { return &s.work_plan.kegiatan; }}},
        {"rencana-kerja.sub-kegiatan", {Type::Width, [](HouseStyle& s) -> void* { return &s.work_plan.sub; }}},
        {"rencana-kerja.indikator", {Type::Width, [](HouseStyle& s) -> void* { return &s.work_plan.indikator; }}},
        {"rencana-kerja.bulan", {Type::Width, [](HouseStyle& s) -> void* { return &s.work_plan.month; }}},
        {"rencana-kerja.ket", {Type::Width, [](HouseStyle& s) -> void* { return &s.work_plan.ket; }}},
        {"rencana-kerja.warna-bulan", {Type::Colour, [](HouseStyle& s) -> void* { return &s.work_plan.month_fill; }}},
        {"rencana-kerja.tanda-bulan", {Type::Bool, [](HouseStyle& s) -> void* { return &s.work_plan.month_mark; }}},
        {"rencana-kerja.judul-bagian-kapital", {Type::Bool, [](HouseStyle& s) -> void* { return &s.work_plan.upper_section_titles; }}},
        {"tte.pernyataan", {Type::Text, f(&HouseStyle::tte_statement)}},
        {"tte.ukuran-qr", {Type::Length, f(&HouseStyle::qr_size)}},
        {"periksa.abaikan", {Type::Text, f(&HouseStyle::disabled_checks)}},
        {"periksa.menimbang-akhir-titik", {Type::Bool, f(&HouseStyle::last_menimbang_period)}},
        {"periksa.menimbang-bahwa-kapital", {Type::Bool, f(&HouseStyle::menimbang_bahwa_capital)}},
        // conventions (docs/layouts.md, "Konvensi")
        {"kop.bentuk", choice(&Conventions::kop, {{"tengah", KopForm::Centred}, {"logo-kiri", KopForm::LogoLeft}})},
        {"kop.garis", conv(&Conventions::kop_rule, Type::Bool)},
        {"kop.tebal", conv(&Conventions::kop_bold, Type::Bool)},
        {"kop.ukuran-logo", conv(&Conventions::logo_size, Type::Length)},
        {"kop.ukuran-alamat", conv(&Conventions::kop_address_size, Type::Points)},
        {"judul.nomor", phrase(&Phrases::number)},
        {"judul.tentang", phrase(&Phrases::about)},
        {"judul.rahmat", phrase(&Phrases::rahmat)},
        {"judul.koma-pejabat", conv(&Conventions::official_comma, Type::Bool)},
        {"bagian.menimbang", phrase(&Phrases::menimbang)},
        {"bagian.mengingat", phrase(&Phrases::mengingat)},
        {"bagian.memperhatikan", phrase(&Phrases::memperhatikan)},
        {"bagian.memutuskan", phrase(&Phrases::decide)},
        {"bagian.menginstruksikan", phrase(&Phrases::instruct)},
        {"bagian.menetapkan", phrase(&Phrases::menetapkan)},
        {"bagian.kepada", phrase(&Phrases::kepada)},
        {"bagian.untuk", phrase(&Phrases::untuk)},
        {"bagian.huruf-menimbang-tunggal", conv(&Conventions::lone_menimbang_letter, Type::Bool)},
        {"bagian.isi-menetapkan",
         choice(&Conventions::menetapkan, {{"judul", MenetapkanText::Title}, {"kosong", MenetapkanText::Empty}})},
        {"penetapan.bentuk", choice(&Conventions::enactment, {{"dua-baris", EnactmentForm::TwoLines}, {"titik-dua", EnactmentForm::Colons}})},
        {"penetapan.di", phrase(&Phrases::enacted_at)},
        {"penetapan.pada", phrase(&Phrases::enacted_on)},
        {"penetapan.tempat-kapital", conv(&Conventions::place_upper, Type::Bool)},
        {"penetapan.bulan", choice(&Conventions::month, {{"penuh", MonthForm::Full}, {"singkat", MonthForm::Short}})},
        {"penetapan.bentuk-tanggal", conv(&Conventions::date_form, Type::Text)},
        {"tanda-tangan.nama-kapital", conv(&Conventions::name_upper, Type::Bool)},
        {"tanda-tangan.nama-garis-bawah", conv(&Conventions::name_underline, Type::Bool)},
        {"tanda-tangan.gelar", conv(&Conventions::degrees_allowed, Type::Bool)},
        {"tanda-tangan.ttd", phrase(&Phrases::signed_mark)},
        {"tanda-tangan.nip", phrase(&Phrases::nip)},
        {"tanda-tangan.koma", conv(&Conventions::signature_comma, Type::Bool)},
        {"salinan.label", phrase(&Phrases::copy)},
        {"salinan.letak", choice(&Conventions::copy_label, {{"kiri", CopyLabel::TopLeft}, {"kanan-kotak", CopyLabel::TopRightBoxed}})},
        {"salinan.sesuai", phrase(&Phrases::copy_true)},
        {"salinan.jabatan-sebaris", conv(&Conventions::certification_one_line, Type::Bool)},
        {"salinan.koma", conv(&Conventions::certification_comma, Type::Bool)},
        {"salinan.ttd", conv(&Conventions::certification_mark, Type::Bool)},
        {"salinan.nama-kapital", conv(&Conventions::certification_name_upper, Type::Bool)},
        {"salinan.nama-garis-bawah", conv(&Conventions::certification_name_underline, Type::Bool)},
        {"salinan.tempat",
         choice(&Conventions::certification_place, {{"akhir", CertificationPlace::End}, {"tiap-tanda-tangan", CertificationPlace::EachSignature}})},
        {"tembusan.judul", phrase(&Phrases::cc)},
        {"tembusan.nomor-tunggal", conv(&Conventions::tembusan_lone_number, Type::Bool)},
        {"contoh.kop", {Type::Text, [](HouseStyle& s) -> void* { return &s.starter.kop; }}},
        {"contoh.penerbit", {Type::Text, [](HouseStyle& s) -> void* { return &s.starter.issuer; }}},
        {"contoh.pejabat", {Type::Text, [](HouseStyle& s) -> void* { return &s.starter.official; }}},
        {"contoh.nomor", {Type::Text, [](HouseStyle& s) -> void* { return &s.starter.number; }}},
        {"halaman.bentuk-nomor", phrase(&Phrases::page_number)},
        {"halaman.letak-nomor", choice(&Conventions::page_number_place, {{"atas", PageNumberPlace::Top}, {"bawah", PageNumberPlace::Bottom}})},
        {"lampiran.letak", choice(&Conventions::lampiran_place, {{"kanan", HeadingPlace::Right}, {"kiri", HeadingPlace::Left}, {"penuh", HeadingPlace::Full}})},
        {"lampiran.label", phrase(&Phrases::lampiran)},
        {"lampiran.label-nomor", phrase(&Phrases::lampiran_number)},
        {"lampiran.label-tanggal", phrase(&Phrases::lampiran_date)},
        {"lampiran.label-tentang", phrase(&Phrases::lampiran_about)},
        {"lampiran.baris-jenis", conv(&Conventions::lampiran_instrument_line, Type::Bool)},
        {"lampiran.baris-nomor", conv(&Conventions::lampiran_number_line, Type::Bool)},
        {"lampiran.baris-tentang", conv(&Conventions::lampiran_about_line, Type::Bool)},
        {"lampiran.tentang-terpisah", conv(&Conventions::lampiran_about_alone, Type::Bool)},
        {"lampiran.garis-bawah-akhir", conv(&Conventions::lampiran_underline_last, Type::Bool)},
        {"lampiran.titik-dua", conv(&Conventions::lampiran_colons, Type::Bool)},
        {"lampiran.tempat-tanggal", conv(&Conventions::lampiran_signature_date, Type::Bool)},
        {"peraturan.nomor", phrase(&Phrases::reg_number)},
        {"peraturan.bab", phrase(&Phrases::bab)},
        {"peraturan.bagian", phrase(&Phrases::bagian)},
        {"peraturan.paragraf", phrase(&Phrases::paragraf)},
        {"peraturan.pasal", phrase(&Phrases::pasal)},
        {"peraturan.perintah", phrase(&Phrases::order)},
        {"peraturan.diundangkan-di", phrase(&Phrases::promulgated_at)},
        {"peraturan.diundangkan-pada", phrase(&Phrases::promulgated_on)},
        {"peraturan.berita", phrase(&Phrases::gazette)},
        {"peraturan.tambahan", phrase(&Phrases::supplement)},
        {"peraturan.noreg", phrase(&Phrases::noreg)},
        {"peraturan.persetujuan", phrase(&Phrases::joint_approval)},
        {"peraturan.persetujuan-dan", phrase(&Phrases::joint_and)},
        {"peraturan.penjelasan", phrase(&Phrases::explanation)},
        {"peraturan.penjelasan-atas", phrase(&Phrases::explanation_of)},
        {"peraturan.umum", phrase(&Phrases::general)},
        {"peraturan.pasal-demi-pasal", phrase(&Phrases::article_by_article)},
        {"peraturan.ayat", phrase(&Phrases::note_ayat)},
        {"peraturan.huruf", phrase(&Phrases::note_huruf)},
        {"peraturan.angka", phrase(&Phrases::note_angka)},
        {"peraturan.menetapkan-wilayah", conv(&Conventions::menetapkan_region, Type::Bool)},
        {"peraturan.berita-tengah", conv(&Conventions::gazette_centred, Type::Bool)},
        {"peraturan.isi-menjorok", conv(&Conventions::body_indented, Type::Bool)},
        {"tanda-tangan.ttd-selalu", conv(&Conventions::signed_mark_always, Type::Bool)},
        {"peraturan.nama-kolom-pengundangan", conv(&Conventions::promulgation_field, Type::Text)},
    };
    return k;
}

bool parse_length(const std::string& v, double& out, bool points)
{
    char* end = nullptr;
    double x = std::strtod(v.c_str(), &end);
    if (end == v.c_str() || x < 0) return false;
    std::string unit(end);
    if (unit == "mm") out = points ? x * 72.0 / 25.4 : x;
    else if (unit == "cm") out = points ? x * 720.0 / 25.4 : x * 10;
    else if (unit == "pt") out = points ? x : x * 25.4 / 72.0;
    else return false;
    return true;
}


// ---- Bounds of house-style values (issue 15; kept apart from the key table to ease merging) ----
// A length far outside what any printed decree uses (70 mm of cell padding, a 300 pt table
// font) would make the layout produce hundreds of near-empty pages or no progress at all, so
// the loader refuses it at its attribute instead. Values in the field's unit: mm for lengths,
// pt for sizes.
struct Bound {
    double lo, hi;
    const char* unit;
};

const std::map<std::string, Bound>& bounds()
{
    static const std::map<std::string, Bound> b = {
        {"kertas.lebar", {50, 1000, "mm"}},           {"kertas.tinggi", {50, 1000, "mm"}},
        {"margin.atas", {0, 100, "mm"}},              {"margin.bawah", {0, 100, "mm"}},
        {"margin.kiri", {0, 100, "mm"}},              {"margin.kanan", {0, 100, "mm"}},
        {"margin-lanskap.atas", {0, 100, "mm"}},      {"margin-lanskap.bawah", {0, 100, "mm"}},
        {"margin-lanskap.kiri", {0, 100, "mm"}},      {"margin-lanskap.kanan", {0, 100, "mm"}},
        {"huruf.ukuran", {4, 72, "pt"}},              {"huruf.ukuran-kop", {4, 72, "pt"}},
        {"huruf.ukuran-tabel", {4, 72, "pt"}},        {"huruf.spasi", {0.5, 4, ""}},
        {"jarak.paragraf", {0, 72, "pt"}},            {"jarak.bagian", {0, 72, "pt"}},
        {"jarak.judul", {0, 72, "pt"}},               {"label.lebar", {0, 150, "mm"}},
        {"label.titik-dua", {0, 50, "mm"}},           {"label.penanda", {0, 50, "mm"}},
        {"label.penanda-bersarang", {0, 50, "mm"}},   {"tanda-tangan.lebar", {10, 300, "mm"}},
        {"tanda-tangan.ruang", {0, 150, "mm"}},       {"tanda-tangan.lebar-salinan", {10, 300, "mm"}},
        {"lampiran.lebar-kepala", {10, 300, "mm"}},   {"lampiran.lanskap-di-atas", {0, 5000, "mm"}},
        {"tabel.padding", {0, 10, "mm"}},             {"tabel.garis", {0, 3, "pt"}},
        {"tabel.ukuran-minimum", {4, 72, "pt"}},      {"tabel.ukuran-kepala", {4, 72, "pt"}},
        {"tte.ukuran-qr", {5, 80, "mm"}},
    };
    return b;
}

std::string number_text(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

/// False (with an error at the attribute) when a parsed value lies outside its bounds.
bool within_bounds(const std::string& key, const std::string& text, double value, const SourcePos& p, DiagnosticSink& sink)
{
    auto it = bounds().find(key);
    if (it == bounds().end()) return true;
    const Bound& b = it->second;
    if (value >= b.lo - 1e-9 && value <= b.hi + 1e-9) return true;
    const bool high = value > b.hi;
    const std::string limit = number_text(high ? b.hi : b.lo) + b.unit;
    sink.error(p, "E-GAYA-NILAI",
               key + "=\"" + text + "\": seharusnya " + (high ? "paling besar " : "paling kecil ") + limit +
                   " (nilai di luar batas ini membuat tata letak tidak wajar)",
               key + "=\"" + text + "\": expected " + (high ? "at most " : "at least ") + limit +
                   " (values outside this bound make the layout run away)");
    return false;
}

/// What a style file and a decree's <konvensi> must leave true, whichever set it last.
void check_conventions(HouseStyle& s, const SourcePos& at, DiagnosticSink& sink)
{
    if (s.phrase.page_number.find("{n}") == std::string::npos)
        sink.error(at, "E-GAYA-NILAI", "halaman.bentuk-nomor harus memuat {n} (tempat nomor halaman)",
                   "halaman.bentuk-nomor must contain {n} (where the page number goes)");
    // a style that prints degrees declares them its convention: no finding for them
    if (s.conv.degrees_allowed && s.disabled_checks.find("TTD-GELAR") == std::string::npos) s.disabled_checks += " TTD-GELAR";
}

/// A date form in figures: only {d} {dd} {m} {mm} {yyyy}, with a day, a month and the year.
bool date_form_ok(const std::string& v)
{
    if (v.empty()) return true;
    bool day = false, month = false, year = false;
    for (std::size_t at = v.find('{'); at != std::string::npos; at = v.find('{', at + 1)) {
        const std::size_t end = v.find('}', at);
        if (end == std::string::npos) return false;
        const std::string key = v.substr(at + 1, end - at - 1);
        if (key == "d" || key == "dd") day = true;
        else if (key == "m" || key == "mm") month = true;
        else if (key == "yyyy") year = true;
        else return false;
    }
    return day && month && year;
}

/// One setting, from a house style file or a decree's <konvensi>: checked against keys().
void set_value(const std::string& key, const std::string& v, const SourcePos& p, HouseStyle& s, DiagnosticSink& sink)
{
    auto it = keys().find(key);
    if (it == keys().end()) {
        std::vector<std::string> known;
        known.reserve(keys().size());
        for (const auto& k : keys()) known.push_back(k.first);
        std::sort(known.begin(), known.end());
        const std::string meant = nearest_name(key, known);
        sink.error(p, "E-GAYA-KUNCI",
                   "pengaturan '" + key + "' tidak dikenal" + (meant.empty() ? "" : "; maksudnya '" + meant + "'?") +
                       " (lihat docs/layouts.md untuk pengaturan gaya rumah)",
                   "unknown setting '" + key + "'" + (meant.empty() ? "" : "; did you mean '" + meant + "'?") +
                       " (see docs/layouts.md for the settings a house style takes)");
        return;
    }
    void* field = it->second.field(s);
    bool ok = true;
    switch (it->second.type) {
    case Type::Length: ok = parse_length(v, *static_cast<double*>(field), false); break;
    case Type::Points: ok = parse_length(v, *static_cast<double*>(field), true); break;
    case Type::Number: {
        char* end = nullptr;
        double x = std::strtod(v.c_str(), &end);
        ok = end != v.c_str() && *end == 0 && x > 0;
        if (ok) *static_cast<double*>(field) = x;
        break;
    }
    case Type::Text:
        if (key == "penetapan.bentuk-tanggal" && !date_form_ok(v)) {
            sink.error(p, "E-GAYA-NILAI",
                       key + "=\"" + v + "\": seharusnya kosong (bulan dengan nama) atau bentuk angka dengan {d} atau {dd}, {m} atau {mm}, dan {yyyy}, misalnya {dd}-{mm}-{yyyy}",
                       key + "=\"" + v + "\": expected empty (the month by name) or a form in figures with {d} or {dd}, {m} or {mm}, and {yyyy}, e.g. {dd}-{mm}-{yyyy}");
            return;
        }
        *static_cast<std::string*>(field) = v;
        break;
    case Type::Choice: {
        ok = false;
        for (const auto& [word, value] : it->second.choices)
            if (v == word) {
                *static_cast<std::uint8_t*>(field) = value;
                ok = true;
            }
        break;
    }
    case Type::Bool:
        ok = v == "ya" || v == "tidak";
        if (ok) *static_cast<bool*>(field) = v == "ya";
        break;
    case Type::Colour:
        ok = v.size() == 7 && v[0] == '#';
        for (std::size_t i = 1; ok && i < 7; ++i) ok = std::isxdigit(static_cast<unsigned char>(v[i]));
        if (ok) *static_cast<std::uint32_t*>(field) = static_cast<std::uint32_t>(std::strtoul(v.c_str() + 1, nullptr, 16));
        break;
    case Type::Width: {
        auto* w = static_cast<model::ColumnWidth*>(field);
        char* end = nullptr;
        double x = std::strtod(v.c_str(), &end);
        std::string unit = end ? end : "";
        if (v == "auto") w->kind = model::ColumnWidth::Kind::Auto;
        else if (end != v.c_str() && x > 0 && unit == "*") { w->kind = model::ColumnWidth::Kind::Relative; w->value = x; }
        else if (end != v.c_str() && x > 0 && parse_length(v, w->value, false)) w->kind = model::ColumnWidth::Kind::Fixed;
        else ok = false;
        break;
    }
    }
    if (ok && (it->second.type == Type::Length || it->second.type == Type::Points || it->second.type == Type::Number))
        within_bounds(key, v, *static_cast<double*>(field), p, sink);
    if (!ok && it->second.type == Type::Choice) {
        std::string words;
        for (const auto& c : it->second.choices) words += std::string(words.empty() ? "" : ", ") + c.first;
        sink.error(p, "E-GAYA-NILAI", key + "=\"" + v + "\": seharusnya salah satu dari " + words,
                   key + "=\"" + v + "\": expected one of " + words);
    } else if (!ok) {
        const char* expect = it->second.type == Type::Bool     ? "ya or tidak"
                             : it->second.type == Type::Colour ? "a colour as #RRGGBB"
                             : it->second.type == Type::Number ? "a positive number"
                             : it->second.type == Type::Width  ? "a width such as 12mm, 2* or auto"
                                                               : "a length such as 20mm, 2cm or 12pt";
        const char* expect_id = it->second.type == Type::Bool     ? "ya atau tidak"
                                : it->second.type == Type::Colour ? "warna dalam bentuk #RRGGBB"
                                : it->second.type == Type::Number ? "bilangan positif"
                                : it->second.type == Type::Width  ? "lebar seperti 12mm, 2*, atau auto"
                                                                  : "panjang seperti 20mm, 2cm, atau 12pt";
        sink.error(p, "E-GAYA-NILAI", key + "=\"" + v + "\": seharusnya " + expect_id, key + "=\"" + v + "\": expected " + expect);
    }
}

}  // namespace

namespace {
bool load_style_file(const std::string& name_or_path, HouseStyle& out, DiagnosticSink& sink, int depth, const SourcePos* named_at);
}

bool load_style(const std::string& name_or_path, HouseStyle& out, DiagnosticSink& sink, const SourcePos* named_at)
{
    return load_style_file(name_or_path, out, sink, 0, named_at);
}

namespace {

bool load_style_file(const std::string& name_or_path, HouseStyle& out, DiagnosticSink& sink, int depth, const SourcePos* named_at)
{
    std::string path = name_or_path;
    if (path.find('/') == std::string::npos && path.find(".xml") == std::string::npos)
        path = data_dir() + "/layouts/" + path + ".xml";
    std::string text;
    // a bare name that is no shipped style: say which are, and the nearest ("gubernur-kalbr")
    const bool bare = path != name_or_path;
    std::string known_id, known_en;
    if (bare && !std::filesystem::exists(path)) {
        std::string names;
        for (const std::string& n : shipped_styles()) names += (names.empty() ? "" : ", ") + n;
        const std::string near = nearest_shipped_style(name_or_path);
        known_id = "; bukan gaya bawaan" + (near.empty() ? std::string() : " (maksudnya '" + near + "'?)") + "; gaya bawaan: " + names;
        known_en = "; no shipped style" + (near.empty() ? std::string() : " (did you mean '" + near + "'?)") + "; shipped styles: " + names;
    }
    if (named_at) {
        std::string why_id, why_en;
        if (!xml::read_regular_file(path, limits::kStyleBytes, text, why_id, why_en)) {
            const std::string file = bare ? " (berkas '" + path + "')" : std::string();
            const std::string file_en = bare ? " (file '" + path + "')" : std::string();
            sink.error(*named_at, "E-GAYA-BACA", "gaya rumah (gaya=) '" + name_or_path + "'" + file + " tidak dapat dibaca: " + why_id + known_id,
                       "the house style (gaya=) '" + name_or_path + "'" + file_en + " cannot be read: " + why_en + known_en);
            return false;
        }
    } else if (!known_id.empty()) {
        sink.error(SourcePos{path, 0, 0}, "E-BACA", "gaya rumah '" + name_or_path + "' tidak ada" + known_id,
                   "the house style '" + name_or_path + "' does not exist" + known_en);
        return false;
    } else if (!xml::read_file(path, text, sink, limits::kStyleBytes)) {
        return false;
    }
    xml::SourceText src(path, std::move(text));
    pugi::xml_document doc;
    if (!xml::parse_document(src, doc, sink)) return false;
    const std::size_t errors = sink.error_count();
    HouseStyle s;
    s.source = path;
    s.work_plan.no = {model::ColumnWidth::Kind::Fixed, 10, {}};
    s.work_plan.kegiatan = {model::ColumnWidth::Kind::Fixed, 50, {}};
    s.work_plan.sub = {model::ColumnWidth::Kind::Relative, 1, {}};
    s.work_plan.indikator = {model::ColumnWidth::Kind::Relative, 1, {}};
    s.work_plan.month = {model::ColumnWidth::Kind::Fixed, 6.5, {}};
    s.work_plan.ket = {model::ColumnWidth::Kind::Fixed, 16, {}};
    auto root = doc.document_element();
    if (std::strcmp(root.name(), "gaya") != 0) {
        sink.error(src.of(root), "E-GAYA-AKAR", std::string("elemen akar adalah <") + root.name() + ">; seharusnya <gaya nama=\"…\">",
                   std::string("the root element is <") + root.name() + ">; expected <gaya nama=\"…\">");
        return false;
    }
    if (auto base = root.attribute("dasar")) {
        // an office's style built on its kind's: <gaya nama="bupati-donggala" dasar="bupati">
        const std::string name = base.value();
        if (depth >= 4 || name.empty() || name.find('/') != std::string::npos) {
            sink.error(src.of(root, "dasar"), "E-GAYA-NILAI",
                       "dasar=\"" + name + "\": seharusnya nama gaya rumah di layouts/ (paling dalam 4 tingkat)",
                       "dasar=\"" + name + "\": expected the name of a house style in layouts/ (at most 4 levels deep)");
            return false;
        }
        const SourcePos at = src.of(root, "dasar");
        if (!load_style_file(name, s, sink, depth + 1, &at)) return false;
        s.source = path;
    }
    s.name = root.attribute("nama").value();
    if (s.name.empty()) sink.error(src.of(root), "E-GAYA-WAJIB", "<gaya> memerlukan nama=\"…\"", "<gaya> needs nama=\"…\"");
    for (auto a : root.attributes())
        if (std::strcmp(a.name(), "nama") != 0 && std::strcmp(a.name(), "kepala-lampiran") != 0 && std::strcmp(a.name(), "dasar") != 0)
            sink.error(src.of(root, a.name()), "E-GAYA-KUNCI", std::string("atribut '") + a.name() + "' tidak dikenal pada <gaya>",
                       std::string("unknown attribute '") + a.name() + "' on <gaya>");
    if (auto a = root.attribute("kepala-lampiran")) {
        std::string v = a.value();
        if (v == "berlabel") s.lampiran_heading = LampiranHeading::Labelled;
        else if (v == "bertumpuk") s.lampiran_heading = LampiranHeading::Stacked;
        else
            sink.error(src.of(root, "kepala-lampiran"), "E-GAYA-NILAI", "kepala-lampiran=\"" + v + "\": seharusnya berlabel atau bertumpuk",
                       "kepala-lampiran=\"" + v + "\": expected berlabel or bertumpuk");
    }
    for (auto group : root.children()) {
        if (group.type() == pugi::node_pcdata && xml::trim(group.value()).empty()) continue;
        if (group.type() != pugi::node_element) {
            if (group.type() == pugi::node_pcdata)
                sink.error(src.of(group), "E-GAYA-TEKS", "teks tidak boleh ada di dalam <gaya>; seharusnya elemen pengaturan",
                           "text is not allowed in <gaya>; expected setting elements");
            continue;
        }
        for (auto a : group.attributes())
            set_value(std::string(group.name()) + "." + a.name(), a.value(), src.of(group, a.name()), s, sink);
    }
    if (s.font.regular.empty())
        sink.error(src.of(root), "E-GAYA-WAJIB", "gaya rumah memerlukan <huruf biasa=\"…ttf\"/>", "the house style needs <huruf biasa=\"…ttf\"/>");
    if (s.font.bold.empty()) s.font.bold = s.font.regular;
    if (s.font.italic.empty()) s.font.italic = s.font.regular;
    if (s.font.bold_italic.empty()) s.font.bold_italic = s.font.bold;
    if (s.paper_width <= 0 || s.paper_height <= 0)
        sink.error(src.of(root), "E-GAYA-NILAI", "ukuran kertas harus lebih dari nol", "paper size must be positive");
    if (s.portrait.left + s.portrait.right >= s.paper_width - 50)
        sink.error(src.of(root), "E-GAYA-NILAI", "margin potret menyisakan lebar teks kurang dari 50 mm",
                   "the portrait margins leave less than 50 mm of text width");
    check_conventions(s, src.of(root), sink);
    if (sink.error_count() != errors) return false;
    // FNV-1a over the file: cheap, stable across runs and machines.
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s.hash) h = (h ^ c) * 1099511628211ull;  // the base style's, if any
    for (unsigned char c : src.text()) h = (h ^ c) * 1099511628211ull;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    s.hash = buf;
    out = std::move(s);
    return true;
}

}  // namespace

bool apply_settings(const std::vector<model::StyleSetting>& settings, HouseStyle& s, DiagnosticSink& sink)
{
    const std::size_t errors = sink.error_count();
    for (const auto& setting : settings) {
        if (setting.key.rfind("huruf.", 0) == 0) {
            // fonts are loaded once for a whole batch of decrees of one style
            sink.error(setting.pos, "E-GAYA-KUNCI",
                       "pengaturan '" + setting.key + "' hanya dapat diatur dalam berkas gaya rumah, bukan di <konvensi>",
                       "the setting '" + setting.key + "' belongs to the house style file, not to <konvensi>");
            continue;
        }
        set_value(setting.key, setting.value, setting.pos, s, sink);
    }
    check_conventions(s, settings.empty() ? SourcePos{} : settings.front().pos, sink);
    return sink.error_count() == errors;
}

}  // namespace naskah::style
