// The laid-out document: pages of positioned boxes, independent of PDF.
//
// Coordinates are points from the page's top-left corner, y growing downwards. A text box's y is
// its baseline. The PDF writer only maps these to PDF operators; tests read them through the
// layout dump (--dump-layout).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace naskah::text {
struct ShapedText;
}

namespace naskah::layout {

struct TextBox {
    double x = 0, y = 0;  ///< baseline start
    double width = 0;
    double size = 12;
    double ascent = 0, descent = 0;  ///< extent above and below the baseline (pt, positive)
    std::uint8_t face = 0;
    bool underline = false;
    std::string text;
    std::uint32_t seq = 0;  ///< reading order within the document
    /// `text` shaped in `face` by the layout's Shaper, when the paragraph breaker gave it (null
    /// otherwise): the PDF writer, which shares that Shaper, then need not look the text up again.
    const text::ShapedText* shaped = nullptr;
};

struct FillBox {
    double x = 0, y = 0, width = 0, height = 0;
    std::uint32_t rgb = 0;
    bool month = false;  ///< a shaded work-plan month cell (for tests)
};

struct Rule {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double width = 0.5;
};

struct SignatureField {
    std::string name;
    std::string signer;
    double x = 0, y = 0, width = 0, height = 0;  ///< top-left based, like everything here
};

struct ImageBox {
    double x = 0, y = 0, width = 0, height = 0;
    std::string path;
    bool jpeg = false;  ///< else PNG
};

/// A QR code to paint: modules as a square bitmap, row-major, 1 = dark.
struct QrBox {
    double x = 0, y = 0, size = 0;
    int modules = 0;
    std::vector<std::uint8_t> bits;
    std::string text;
};

struct Page {
    double width = 0, height = 0;
    bool landscape = false;
    bool sideways = false;  ///< a landscape page shown turned a quarter, on a portrait sheet (/Rotate 90)
    int number = 0;  ///< 1-based page number as printed (or would be)
    double content_x = 0, content_y = 0, content_width = 0, content_height = 0;
    std::vector<TextBox> texts;
    std::vector<FillBox> fills;
    std::vector<Rule> rules;
    std::vector<SignatureField> fields;
    std::vector<ImageBox> images;
    std::vector<QrBox> qrs;
    /// Cell boxes of tables on this page (for the dump's containment checks).
    struct CellBox {
        double x, y, width, height;
        int row, col;
        bool header;
    };
    std::vector<CellBox> cells;
    std::string section;  ///< "keputusan" or "lampiran-N", for tests
};

/// Receives finished pages as layout goes, so a long table never holds all its pages in memory.
class PageSink {
public:
    virtual ~PageSink() = default;
    /// Takes a finished page (numbered, with its page number, continuation word and footer).
    virtual void page(Page&& page) = 0;
};

struct Document {
    /// Pages not yet handed to `sink` (all of them when there is no sink).
    std::vector<Page> pages;
    int page_count = 0;          ///< pages created so far
    PageSink* sink = nullptr;    ///< where finished pages go; null keeps them in `pages`
    std::string title, subject, author;
    std::string creation_date;  ///< "D:YYYYMMDDHHmmSS"
    std::int64_t creation_epoch = 0;
};

/// Writes the layout as JSON (one object, pages with their boxes), page by page.
class LayoutJson {
public:
    explicit LayoutJson(const std::string& title);
    void page(const Page& page);
    std::string finish();

private:
    std::string out_;
    bool first_ = true;
};

/// The whole layout of a document kept in memory, as JSON.
std::string layout_json(const Document& doc);

}  // namespace naskah::layout
