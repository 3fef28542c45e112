#include "import/import.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include <pugixml.hpp>

#include "import/recognise.hpp"
#include "import/wordml.hpp"
#include "style/shipped.hpp"
#include "style/style.hpp"
#include "xml/decree_writer.hpp"

namespace naskah::import {

namespace {

std::string mm(double v)
{
    char b[32];
    std::snprintf(b, sizeof b, "%.1fmm", v);
    return b;
}

/// A decision line reduced to the form the import records: the word and how its colon is set.
std::string decision_form(const std::string& line)
{
    const std::size_t colon = line.rfind(':');
    if (colon == std::string::npos) return "MEMUTUSKAN";
    return colon > 0 && line[colon - 1] == ' ' ? "MEMUTUSKAN :" : "MEMUTUSKAN:";
}

std::string lower_ascii(std::string s)
{
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// How well a style's starter names the document's issuer: 2 the same issuer («Bupati Donggala»),
/// 1 its kind («Bupati …» for «Bupati Malang»), 0 another.
int issuer_match(const style::HouseStyle& s, const std::string& issuer)
{
    const std::string want = lower_ascii(s.starter.issuer), have = lower_ascii(issuer);
    if (want.empty() || have.empty()) return 0;
    const std::size_t open = want.find("\xE2\x80\xA6");  // «…»: the starter leaves the rest to the drafter
    if (open == std::string::npos) return want == have ? 2 : 0;
    std::string stem = want.substr(0, open);
    while (!stem.empty() && stem.back() == ' ') stem.pop_back();
    return !stem.empty() && have.compare(0, stem.size(), stem) == 0 ? 1 : 0;
}

/// How many `dasar` styles a shipped style is built on (0: a style of its own, whose settings are
/// the plain ones; an office's style adds its own over its kind's).
int base_levels(const std::string& name)
{
    int levels = 0;
    std::string at = name;
    for (int depth = 0; depth < 5; ++depth) {
        pugi::xml_document doc;
        if (!doc.load_file((style::data_dir() + "/layouts/" + at + ".xml").c_str())) break;
        at = doc.document_element().attribute("dasar").value();
        if (at.empty() || at.find('/') != std::string::npos) break;
        ++levels;
    }
    return levels;
}

/// The settings in which the document differs from a house style. The style needing the fewest
/// wins: today paper, margins, type and the Lampiran heading's form, as the format has them.
std::vector<std::string> differences(const style::HouseStyle& s, const WDocument& doc, const ImportResult& r)
{
    std::vector<std::string> out;
    auto near = [](double a, double b) { return std::fabs(a - b) <= 2.0; };
    if (doc.page_width_mm > 0 && (!near(doc.page_width_mm, s.paper_width) || !near(doc.page_height_mm, s.paper_height)))
        out.push_back("kertas lebar=\"" + mm(doc.page_width_mm) + "\" tinggi=\"" + mm(doc.page_height_mm) + "\"");
    // a tte copy's bottom margin also holds the QR code and the BSrE statement (as naskah's DOCX sets it)
    const double bottom = r.decree.meta.variant == model::Variant::Tte ? s.portrait.bottom + s.qr_size + 4 : s.portrait.bottom;
    if (doc.page_width_mm > 0 && (!near(doc.margin_left_mm, s.portrait.left) || !near(doc.margin_right_mm, s.portrait.right) ||
                                  !near(doc.margin_top_mm, s.portrait.top) || !near(doc.margin_bottom_mm, bottom)))
        out.push_back("margin atas=\"" + mm(doc.margin_top_mm) + "\" bawah=\"" + mm(doc.margin_bottom_mm) + "\" kiri=\"" +
                      mm(doc.margin_left_mm) + "\" kanan=\"" + mm(doc.margin_right_mm) + "\"");
    if (!doc.font_family.empty() && doc.font_family != s.font.family) out.push_back("huruf keluarga=\"" + doc.font_family + "\"");
    if (doc.font_size_pt > 0 && std::fabs(doc.font_size_pt - s.font_size) > 0.25) {
        char b[48];
        std::snprintf(b, sizeof b, "huruf ukuran=\"%gpt\"", doc.font_size_pt);
        out.push_back(b);
    }
    // line spacing: naskah's own DOCX sets it exactly; Word's "auto" multiple is an estimate
    if (doc.line_spacing > 0 && s.line_height > 0 &&
        std::fabs(doc.line_spacing - s.line_height) > (doc.line_spacing_exact ? 0.015 : 0.25)) {
        char b[48];
        std::snprintf(b, sizeof b, "huruf spasi=\"%.2f\"", doc.line_spacing);
        out.push_back(b);
    }
    // the decision line's punctuation: «MEMUTUSKAN:», «MEMUTUSKAN :» or «MEMUTUSKAN»
    if (!r.decision_line.empty() && !s.phrase.decide.empty() && decision_form(s.phrase.decide) != r.decision_line)
        out.push_back("bagian memutuskan=\"" + r.decision_line + "\"");
    // the kop's name lines in bold or in regular weight; the NIP line's label
    if (r.kop_bold >= 0 && (r.kop_bold == 1) != s.conv.kop_bold) out.push_back(std::string("kop tebal=\"") + (r.kop_bold ? "ya" : "tidak") + "\"");
    if (!r.nip_label.empty() && r.nip_label != s.phrase.nip) out.push_back("tanda-tangan nip=\"" + r.nip_label + "\"");
    // the certification: the office over the title (not one line), the name in capitals or not
    if (r.certification_office_line == 1 && s.conv.certification_one_line) out.push_back("salinan jabatan-sebaris=\"tidak\"");
    if (r.certification_name_upper >= 0 && (r.certification_name_upper == 1) != s.conv.certification_name_upper)
        out.push_back(std::string("salinan nama-kapital=\"") + (r.certification_name_upper ? "ya" : "tidak") + "\"");
    // Menetapkan: the style restates the title after it, or leaves the line empty (an Instruksi
    // has no Menetapkan line to tell)
    const bool doc_empty = r.decree.menetapkan && r.decree.menetapkan->empty();
    const bool style_empty = s.conv.menetapkan == style::MenetapkanText::Empty;
    if (doc_empty != style_empty && !model::is_instruksi(r.decree.meta)) out.push_back(std::string("menetapkan ") + (doc_empty ? "kosong" : "judul"));
    if (!r.decree.lampiran.empty()) {
        const bool labelled = s.lampiran_heading == style::LampiranHeading::Labelled;
        if (labelled != r.lampiran_labelled) out.push_back(std::string("kepala-lampiran=\"") + (r.lampiran_labelled ? "berlabel" : "bertumpuk") + "\"");
        if (s.lampiran_date_line != r.lampiran_date_line) out.push_back(std::string("lampiran tanggal=\"") + (r.lampiran_date_line ? "ya" : "tidak") + "\"");
    }
    return out;
}

}  // namespace

bool import_docx(const std::string& path, const ImportOptions& options, ImportOutput& out, DiagnosticSink& sink)
{
    return import_docx_bytes(path, std::string(), options, out, sink);
}

namespace {
bool import_package(const Package& pkg, const ImportOptions& options, ImportOutput& out, DiagnosticSink& sink)
{
    out.candidates.clear();
    WDocument doc;
    if (!read_wordml(pkg, doc, sink)) return false;
    ImportResult r;
    RecogniseOptions ro;
    ro.image_stem = options.image_stem;
    if (!recognise(doc, pkg, ro, r, sink)) return false;

    // the house style needing the fewest per-decree settings
    // Ties go to the style whose starter names the document's issuer (the same issuer, then its
    // kind), then to the style built on fewest others (a base style's settings are the plain ones,
    // an office's style adds its own), then to the first name.
    StyleChoice best;
    std::size_t best_n = static_cast<std::size_t>(-1);
    int best_issuer = -1, best_levels = 0;
    for (const std::string& name : style::shipped_styles()) {
        style::HouseStyle s;
        DiagnosticSink quiet;
        if (!style::load_style(name, s, quiet)) continue;
        std::vector<std::string> diff = differences(s, doc, r);
        out.candidates.push_back(StyleChoice{name, diff});
        const int issuer = issuer_match(s, r.decree.meta.issuer), levels = base_levels(name);
        if (diff.size() < best_n || (diff.size() == best_n && (issuer > best_issuer || (issuer == best_issuer && levels < best_levels)))) {
            best_n = diff.size();
            best_issuer = issuer;
            best_levels = levels;
            best = StyleChoice{name, std::move(diff)};
        }
    }
    r.decree.layout_name = best.name;
    // an empty Menetapkan is the chosen style's own convention, not a setting of this decree
    if (r.decree.menetapkan && r.decree.menetapkan->empty()) {
        style::HouseStyle s;
        DiagnosticSink quiet;
        if (style::load_style(best.name, s, quiet) && s.conv.menetapkan == style::MenetapkanText::Empty) {
            r.decree.menetapkan.reset();
            auto& items = sink.items();
            items.erase(std::remove_if(items.begin(), items.end(), [](const Diagnostic& d) { return d.code == "N-IMPOR-MENETAPKAN"; }),
                        items.end());
        }
    }
    xml::WriteOptions wo;
    wo.comments.push_back("Imported by naskah import from " + pkg.path.substr(pkg.path.rfind('/') + 1) + " (docs/import.md).");
    if (!best.name.empty()) {
        if (best.differs.empty()) {
            wo.comments.push_back("House style: " + best.name + "; the document matches it.");
        } else {
            wo.comments.push_back("House style: " + best.name + ", the closest shipped style. The document differs in:");
            for (const std::string& d : best.differs) wo.comments.push_back("  " + d);
        }
    }
    for (const std::string& n : r.notes) wo.comments.push_back(n);
    if (!best.differs.empty())
        sink.add(Diagnostic{Severity::Note, SourcePos{pkg.path, 0, 0}, "N-IMPOR-GAYA",
                            sink.pick("gaya " + best.name + " dipilih; " + std::to_string(best.differs.size()) +
                                          " pengaturan dokumen berbeda (dicatat di awal berkas)",
                                      "house style " + best.name + " chosen; " + std::to_string(best.differs.size()) +
                                          " settings of the document differ (noted at the top of the file)"),
                            {}});
    out.xml = xml::write_decree(r.decree, wo);
    out.decree = std::move(r.decree);
    out.images = std::move(r.images);
    out.style = std::move(best);
    return true;
}
}  // namespace

bool import_docx_bytes(const std::string& path, const std::string& bytes, const ImportOptions& options, ImportOutput& out,
                       DiagnosticSink& sink)
{
    Package pkg;
    if (bytes.empty()) {
        if (!open_package(path, pkg, sink, options.limits)) return false;
    } else if (!open_package_bytes(path, bytes, pkg, sink, options.limits)) {
        return false;
    }
    return import_package(pkg, options, out, sink);
}

}  // namespace naskah::import
