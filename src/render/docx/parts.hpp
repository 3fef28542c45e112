// The parts of the WordprocessingML package, built once and then either zipped (.docx) or
// wrapped in pkg:package (Flat OPC), so both carry exactly the same XML.
#pragma once

#include <string>
#include <vector>

#include "compose/compose.hpp"
#include "render/docx/docx_writer.hpp"

namespace naskah::render::docx {

struct Part {
    std::string name;          ///< path inside the package, without the leading '/'
    std::string content_type;
    std::string xml;           ///< the root element, without an XML declaration; raw bytes when `binary`
    bool binary = false;       ///< an image: stored as is in the zip, base64 in Flat OPC
};

/// The kop's logo, read and checked before the body is written.
struct Logo {
    std::string png;        ///< file bytes
    long width_emu = 0;     ///< drawn size (1 mm = 36,000 EMU)
    long height_emu = 0;
};

/// Which header and footer parts the document refers to; decided while the body is written.
struct PageParts {
    std::vector<const model::Figure*> figures;  ///< a Lampiran's images, in order: rIdFig1, rIdFig2 …
    bool header_default = false;  ///< "- N -"
    bool header_first = false;    ///< the empty header of a title page
    bool header_salinan = false;  ///< SALINAN at the top left of a copy's first page
    bool footer_default = false;  ///< TTE statement
    bool footer_first = false;
    bool footer_number = false;        ///< "- N -" at the foot (halaman.letak-nomor="bawah")
    bool footer_number_first = false;  ///< the empty footer of a title page then
};

inline constexpr const char* kRelHeaderDefault = "rIdHdr1";
inline constexpr const char* kRelHeaderFirst = "rIdHdr2";
inline constexpr const char* kRelHeaderSalinan = "rIdHdr3";
inline constexpr const char* kRelLogo = "rIdLogo";
inline constexpr const char* kRelFooterDefault = "rIdFtr1";
inline constexpr const char* kRelFooterFirst = "rIdFtr2";
inline constexpr const char* kRelFooterNumber = "rIdFtr3";
inline constexpr const char* kRelFooterNumberFirst = "rIdFtr4";
inline constexpr const char* kRelQr = "rIdQr";  ///< in the footers' own relationships

/// Writes word/document.xml's root element into `out`. False when text cannot be carried or a
/// table cannot be resolved (reported to `sink`).
bool build_document(const model::Decree& decree, const compose::Composed& composed, const style::HouseStyle& style,
                    const DocxOptions& options, const Logo* logo, std::string& out, PageParts& pages, DiagnosticSink& sink);

/// All parts in package order; word/document.xml among them.
bool build_parts(const model::Decree& decree, const style::HouseStyle& style, const DocxOptions& options,
                 std::vector<Part>& parts, DiagnosticSink& sink);

/// [Content_Types].xml for `parts` (the .docx only; Flat OPC carries types per part).
std::string content_types(const std::vector<Part>& parts);

inline constexpr const char* kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

}  // namespace naskah::render::docx
