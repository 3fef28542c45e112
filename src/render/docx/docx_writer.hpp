// DOCX (WordprocessingML) output: an editable document drawn from the model and the house
// style, not from laid-out pages, because Word does its own line and page breaking.
//
// Decisions (placeholders, sections, differences from the PDF) are in docs/docx.md.
#pragma once

#include <cstdint>
#include <string>

#include "core/diagnostic.hpp"
#include "model/model.hpp"
#include "style/style.hpp"

namespace naskah::text {
class FontSet;
}
namespace naskah::measure {
class TableMeasures;
}

namespace naskah::render {

struct DocxOptions {
    model::Variant variant = model::Variant::Asli;
    /// Seconds since the epoch for the core properties (created/modified). The caller supplies
    /// SOURCE_DATE_EPOCH or the enactment date, so identical input gives identical bytes.
    std::int64_t timestamp = 0;
    /// Passed to measure::column_widths so tables get the PDF's widths; may be null.
    const text::FontSet* fonts = nullptr;
    /// The PDF layout's column widths and table text sizes, used where they were measured for the
    /// same width (so both files agree by construction); other tables are measured here. May be null.
    const measure::TableMeasures* table_measures = nullptr;
};

/// Writes a .docx package into `out_bytes`. Returns false (and leaves `out_bytes` empty) when the
/// decree holds text XML cannot carry or a table cannot be resolved; the reasons go to `sink`.
bool write_docx(const model::Decree& decree, const style::HouseStyle& style, const DocxOptions& options,
                std::string& out_bytes, DiagnosticSink& sink);

/// Writes the same parts as one Flat OPC XML file (pkg:package) that Word opens directly. Its
/// document part is byte-identical to the .docx one (less the XML declaration).
bool write_flat_opc(const model::Decree& decree, const style::HouseStyle& style, const DocxOptions& options,
                    std::string& out_xml, DiagnosticSink& sink);

/// The placeholders SRIKANDI fills at signing (docs/docx.md says where each one goes).
inline constexpr const char* kPlaceholderNumber = "${nomor_naskah}";
inline constexpr const char* kPlaceholderDate = "${tanggal_naskah}";
inline constexpr const char* kPlaceholderSignature = "${ttd_pengirim}";
inline constexpr const char* kPlaceholderName = "${nama_pengirim}";
inline constexpr const char* kPlaceholderNip = "${nip_pengirim}";

}  // namespace naskah::render
