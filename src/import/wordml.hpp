// The body of a Word document as naskah needs it: paragraphs (text, run styles, numbering,
// indents) and tables (grid, merged cells, header rows, shading), in document order.
// Tracked changes are read as if all were accepted; comments are left out (both counted).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "import/package.hpp"

namespace naskah::import {

struct WRun {
    std::string text;  ///< '\t' for a tab, '\n' for a line break
    std::uint8_t style = 0;  ///< model::StyleFlags
    bool caps = false;       ///< w:caps: Word shows the text in capitals, stored as typed
};

struct WPara {
    int number = 0;  ///< 1-based, over every paragraph of the body including table cells
    std::vector<WRun> runs;
    std::string style_id;
    int num_id = 0, ilvl = 0;  ///< Word numbering (0: none)
    std::string num_format;    ///< "lowerLetter", "decimal", "bullet", … of that level
    std::string num_text;      ///< the level's lvlText ("%1.", "-", …)
    int left = 0, hanging = 0;  ///< twips; hanging < 0 is a first-line indent
    std::string jc;            ///< "", "left", "center", "right", "both"
    bool keep_next = false;
    bool section_end = false;  ///< carries a w:sectPr
    bool landscape = false;    ///< of that section
    bool page_break = false;   ///< a w:br type="page" or pageBreakBefore
    int line = 0;              ///< line spacing in force (own, style's or default): twips, or 240ths when line_auto
    bool line_auto = true;
    std::vector<std::string> images;  ///< part names of pictures in the paragraph
    std::vector<std::string> lost;    ///< what could not be read into text (a symbol-font glyph, a footnote)

    std::string text() const;  ///< runs joined as stored, tabs and breaks kept
    std::string shown() const; ///< the same as Word shows it: w:caps runs in capitals
    bool all_bold() const;
    int first_line_x() const { return left - hanging; }
};

struct WTable;

struct WCell {
    std::vector<WPara> paras;
    int span = 1;
    enum class Merge : std::uint8_t { None, Restart, Continue } merge = Merge::None;
    std::uint32_t fill = 0;
    bool has_fill = false;
    std::string valign;
    int width = 0;  ///< twips
    bool nested_table = false;  ///< a table inside this cell was flattened into paragraphs
};

struct WRow {
    std::vector<WCell> cells;
    bool header = false;
    int grid_before = 0, grid_after = 0;
};

struct WTable {
    std::vector<int> grid;  ///< column widths, twips
    std::vector<WRow> rows;
    int first_para = 0;  ///< number of its first paragraph
};

struct WBlock {
    bool is_table = false;
    WPara para;
    WTable table;
};

struct WDocument {
    std::vector<WBlock> body;
    std::vector<std::vector<WPara>> headers, footers;  ///< every header and footer part
    int tracked_insertions = 0, tracked_deletions = 0, comments = 0;
    double page_width_mm = 0, page_height_mm = 0;
    double margin_left_mm = 0, margin_right_mm = 0, margin_top_mm = 0, margin_bottom_mm = 0;
    std::string font_family;  ///< the default or Normal style's font
    double font_size_pt = 0;
    /// the line spacing most body paragraphs use, as a multiple of font_size_pt (0: not known);
    /// exact when set as exact or at-least points, estimated from Word's "auto" multiple otherwise
    double line_spacing = 0;
    bool line_spacing_exact = false;
    int paragraphs = 0;
    bool final_landscape = false;  ///< orientation of the body's last section
};

/// Parses the main part and what it refers to. False (with an E-IMPOR-XML error) when a part is
/// not well-formed XML.
bool read_wordml(const Package& pkg, WDocument& out, DiagnosticSink& sink);

}  // namespace naskah::import
