#include "text/font.hpp"

#include "core/limits.hpp"
#include "core/utf8.hpp"
#include "xml/source.hpp"

#include <hb-ot.h>
#include <hb.h>
#include <unicode/uchar.h>

#include <fstream>
#include <sstream>

namespace naskah::text {

char32_t next_codepoint(std::string_view s, std::size_t& i) { return utf8::next_or_replacement(s, i); }

std::string private_use_hint(char32_t cp, bool english)
{
    if (cp < 0xE000 || cp > 0xF8FF) return {};
    // Symbol-font code points Word writes for its list bullets and dashes (MS Symbol at F020–F0FF)
    const char* meant = cp == 0xF0B7 || cp == 0xF09F || cp == 0xF06C ? "\u2022" : cp == 0xF02D ? "-" : cp == 0xF0A7 ? "\u25AA" : nullptr;
    std::string out = english ? "; it is a symbol-font character of a word processor (Private Use Area)"
                              : "; karakter ini berasal dari huruf simbol pengolah kata (Private Use Area)";
    if (meant) {
        out += english ? std::string(", a bullet or dash: write the list as <daftar> or type '") + meant + "'"
                       : std::string(", yaitu butir atau tanda pisah: tulis daftarnya sebagai <daftar> atau ketik '") + meant + "'";
    }
    return out;
}

Font::~Font()
{
    if (font_) hb_font_destroy(font_);
    if (face_) hb_face_destroy(face_);
    if (blob_) hb_blob_destroy(blob_);
}

std::unique_ptr<Font> Font::load(const std::string& path, DiagnosticSink& sink)
{
    std::unique_ptr<Font> f(new Font());
    std::string why_id, why_en;
    if (!xml::read_regular_file(path, limits::kFontBytes, f->bytes_, why_id, why_en)) {
        sink.error(SourcePos{path, 0, 0}, "E-HURUF", "berkas huruf yang disebut gaya rumah tidak dapat dibaca: " + why_id,
                   "cannot read the font file named by the house style: " + why_en);
        return nullptr;
    }
    f->path_ = path;
    f->blob_ = hb_blob_create(f->bytes_.data(), static_cast<unsigned>(f->bytes_.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr);
    f->face_ = hb_face_create(f->blob_, 0);
    if (hb_face_get_glyph_count(f->face_) == 0) {
        sink.error(SourcePos{path, 0, 0}, "E-HURUF", "bukan huruf TrueType yang dapat dipakai (tidak ada glif)",
                   "not a usable TrueType font (no glyphs)");
        return nullptr;
    }
    hb_blob_t* glyf = hb_face_reference_table(f->face_, HB_TAG('g', 'l', 'y', 'f'));
    const bool truetype = hb_blob_get_length(glyf) > 0;
    hb_blob_destroy(glyf);
    if (!truetype) {
        sink.error(SourcePos{path, 0, 0}, "E-HURUF", "huruf ini tidak memiliki kerangka TrueType (tabel glyf); ubah huruf CFF menjadi TTF",
                   "the font has no TrueType outlines (glyf table); convert CFF fonts to TTF");
        return nullptr;
    }
    f->font_ = hb_font_create(f->face_);
    f->upem_ = static_cast<int>(hb_face_get_upem(f->face_));
    hb_font_set_scale(f->font_, f->upem_, f->upem_);
    hb_font_extents_t ext;
    if (hb_font_get_h_extents(f->font_, &ext)) {
        f->ascender_ = ext.ascender;
        f->descender_ = ext.descender;
    }
    hb_position_t cap = 0;
    if (hb_ot_metrics_get_position(f->font_, HB_OT_METRICS_TAG_CAP_HEIGHT, &cap) && cap > 0) f->cap_height_ = cap;
    else f->cap_height_ = f->ascender_ * 7 / 10;
    char name[128];
    unsigned len = sizeof name;
    hb_ot_name_get_utf8(f->face_, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, name);
    f->ps_name_ = len ? std::string(name, len) : std::string("NaskahFont");
    for (char& c : f->ps_name_)
        if (c == ' ' || c == '/' || c == '(' || c == ')' || c == '[' || c == ']' || c == '<' || c == '>' || c == '%') c = '-';
    // italic angle from 'post' (16.16 fixed); HarfBuzz exposes slant as a ratio
    f->italic_angle_ = hb_style_get_value(f->font_, HB_STYLE_TAG_SLANT_ANGLE) != 0.f
                           ? static_cast<int>(hb_style_get_value(f->font_, HB_STYLE_TAG_SLANT_ANGLE))
                           : 0;
    // font bounding box from 'head' (offsets 36..43), read directly: HarfBuzz has no accessor
    hb_blob_t* head = hb_face_reference_table(f->face_, HB_TAG('h', 'e', 'a', 'd'));
    unsigned hl = 0;
    const char* hd = hb_blob_get_data(head, &hl);
    if (hl >= 44) {
        auto rd = [&](unsigned o) { return static_cast<int16_t>((static_cast<unsigned char>(hd[o]) << 8) | static_cast<unsigned char>(hd[o + 1])); };
        f->bbox[0] = rd(36);
        f->bbox[1] = rd(38);
        f->bbox[2] = rd(40);
        f->bbox[3] = rd(42);
    }
    hb_blob_destroy(head);

    hb_set_t* unicodes = hb_set_create();
    hb_face_collect_unicodes(f->face_, unicodes);
    for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(unicodes, &cp) && cp < kBmp;)
        f->bmp_[cp >> 6] |= std::uint64_t{1} << (cp & 63);
    hb_set_destroy(unicodes);
    const unsigned glyphs = hb_face_get_glyph_count(f->face_);
    std::vector<hb_codepoint_t> ids(glyphs);
    for (unsigned g = 0; g < glyphs; ++g) ids[g] = g;
    f->advances_.resize(glyphs);
    hb_font_get_glyph_h_advances(f->font_, glyphs, ids.data(), sizeof(hb_codepoint_t), f->advances_.data(), sizeof(std::int32_t));
    return f;
}

bool Font::has_codepoint_outside_bmp(char32_t cp) const
{
    hb_codepoint_t g;
    return hb_font_get_nominal_glyph(font_, cp, &g);
}

bool Font::set_without_glyph(char32_t cp) const
{
    const auto c = static_cast<UChar32>(cp);
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return true;
    return u_charType(c) == U_SPACE_SEPARATOR && has_codepoint(U' ');
}

std::unique_ptr<FontSet> FontSet::load(const style::HouseStyle& style, DiagnosticSink& sink)
{
    auto set = std::make_unique<FontSet>();
    const std::string dir = style::data_dir() + "/fonts/";
    const std::string* files[kFaces] = {&style.font.regular, &style.font.italic, &style.font.bold, &style.font.bold_italic};
    for (int i = 0; i < kFaces; ++i) {
        set->faces_[i] = Font::load(dir + *files[i], sink);
        if (!set->faces_[i]) return nullptr;
    }
    return set;
}

Shaper::Shaper(const FontSet& fonts) : fonts_(fonts), buffer_(hb_buffer_create()) {}

Shaper::~Shaper() { hb_buffer_destroy(buffer_); }

const ShapedText& Shaper::shape(int face_index, std::string_view text)
{
    const bool ascii_char = text.size() == 1 && static_cast<unsigned char>(text[0]) < 128;
    if (ascii_char)
        if (const ShapedText* known = ascii_[face_index][static_cast<unsigned char>(text[0])]) return *known;
    auto& cache = cache_[face_index];
    auto it = cache.find(text);
    if (it != cache.end()) return it->second;

    const Font& font = fonts_.at(face_index);
    ShapedText out;
    // A character the font lacks is an error for the caller to report, never a silent box.
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t at = i;
        char32_t cp = next_codepoint(text, i);
        if (cp >= 0x20 && !font.sets(cp)) {
            out.missing = cp;
            out.missing_offset = at;
            break;
        }
    }
    hb_buffer_clear_contents(buffer_);
    hb_buffer_add_utf8(buffer_, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
    hb_buffer_set_direction(buffer_, HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer_, HB_SCRIPT_LATIN);
    static hb_language_t indonesian = hb_language_from_string("id", -1);
    hb_buffer_set_language(buffer_, indonesian);
    hb_shape(font.font(), buffer_, nullptr, 0);
    unsigned n = 0;
    hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer_, &n);
    hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer_, &n);
    out.glyphs.reserve(n);
    out.advances.reserve(n);
    out.clusters.reserve(n);
    for (unsigned i = 0; i < n; ++i) {
        out.glyphs.push_back(static_cast<std::uint16_t>(info[i].codepoint));
        out.advances.push_back(pos[i].x_advance);
        out.clusters.push_back(info[i].cluster);
        out.width += pos[i].x_advance;
    }
    const ShapedText& stored = cache.emplace(std::string(text), std::move(out)).first->second;
    if (ascii_char) ascii_[face_index][static_cast<unsigned char>(text[0])] = &stored;
    return stored;
}

double Shaper::width(int face_index, std::string_view text, double size)
{
    const ShapedText& s = shape(face_index, text);
    return s.width * size / fonts_.at(face_index).units_per_em();
}

}  // namespace naskah::text
