// Shared by the table tests: a small decree around a Lampiran's content, and a layout of it
// with the kpu house style changed as a test needs.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <sstream>
#include <string>

#include "layout/document.hpp"
#include "style/style.hpp"
#include "text/font.hpp"
#include "xml/decree_reader.hpp"

namespace naskah::testing_tables {

using namespace naskah;

inline std::string decree_with(const std::string& lampiran_content, const std::string& kepala_extra = "",
                               const std::string& lampiran_attrs = "orientasi=\"potret\"")
{
    std::string x = R"(<?xml version="1.0" encoding="UTF-8"?>
<keputusan gaya="kpu">
  <kepala>
    <kop><baris>Komisi Pemilihan Umum</baris><baris>Kabupaten Uji</baris></kop>
    <penerbit>Komisi Pemilihan Umum Kabupaten Uji</penerbit>
    <nomor>1/HK.03.1/0000/2024</nomor>
    <tentang>Uji Tata Letak</tentang>
    <pejabat>Ketua Komisi Pemilihan Umum Kabupaten Uji</pejabat>
    <penetapan tempat="Uji" tanggal="2024-01-02"/>
    <penandatangan nama="Nama Penanda Tangan"/>)";
    x += kepala_extra;
    x += R"(
  </kepala>
  <menimbang><butir>bahwa perlu diuji;</butir></menimbang>
  <mengingat><butir>Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;</butir></mengingat>
  <memutuskan><diktum>Menetapkan uji sebagaimana tercantum dalam Lampiran.</diktum></memutuskan>)";
    if (!lampiran_content.empty()) x += "<lampiran " + lampiran_attrs + "><judul>Lampiran Uji</judul>" + lampiran_content + "</lampiran>";
    x += "</keputusan>\n";
    return x;
}

inline std::string table_of(int rows, int header_words = 1)
{
    std::ostringstream x;
    x << "<tabel><kolom lebar=\"20mm\"/><kolom lebar=\"1*\"/><kepala><baris><sel>NO</sel><sel>";
    for (int w = 0; w < header_words; ++w) x << "judul" << w << ' ';
    x << "</sel></baris></kepala><isi>";
    for (int r = 1; r <= rows; ++r) x << "<baris><sel>" << r << "</sel><sel>isi baris " << r << "</sel></baris>";
    x << "</isi></tabel>";
    return x.str();
}

struct Laid {
    model::Decree decree;
    layout::Document doc;
    DiagnosticSink sink{Lang::En};
    bool ok = false;
};

// Lays out with the kpu style changed by `tweak` (the engine must cope with any style the
// loader lets through, so the tests reach past the loader's bounds too).
inline std::unique_ptr<Laid> lay_with(const std::string& xml, const std::function<void(style::HouseStyle&)>& tweak)
{
    auto out = std::make_unique<Laid>();
    DiagnosticSink load_sink;
    style::HouseStyle st;
    EXPECT_TRUE(style::load_style("kpu", st, load_sink));
    tweak(st);
    auto fonts = text::FontSet::load(st, load_sink);
    EXPECT_TRUE(fonts);
    EXPECT_TRUE(xml::read_decree_text("test.xml", xml, out->decree, out->sink));
    text::Shaper shaper(*fonts);
    layout::LayoutContext ctx{st, *fonts, shaper, out->sink, model::Variant::Asli};
    out->ok = layout::layout_document(out->decree, ctx, out->doc) && out->sink.error_count() == 0;
    return out;
}

/// The table of a decree whose only Lampiran holds `table_xml`.
inline model::Table parse_table(const std::string& table_xml)
{
    model::Decree d;
    DiagnosticSink sink(Lang::En);
    EXPECT_TRUE(xml::read_decree_text("t.xml", decree_with(table_xml), d, sink))
        << (sink.items().empty() ? "" : format_diagnostic(sink.items()[0]));
    EXPECT_EQ(d.lampiran.size(), 1u);
    return std::get<model::Table>(d.lampiran.at(0).content.at(0));
}

inline bool has_code(const DiagnosticSink& sink, const std::string& code, Severity sev)
{
    for (const auto& d : sink.items())
        if (d.code == code && d.severity == sev) return true;
    return false;
}

}  // namespace naskah::testing_tables
