#include "render/docx/xml_text.hpp"

#include <cstdint>
#include <cstdio>

#include "core/utf8.hpp"

namespace naskah::render::docx {

namespace {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when malformed (overlong forms,
// surrogates and values past U+10FFFF included, so nothing odd reaches Word).
std::size_t decode(std::string_view s, std::size_t i, std::uint32_t& cp)
{
    std::size_t next = i;
    const std::int32_t c = utf8::next(s, next);
    if (c < 0) return 0;
    cp = static_cast<std::uint32_t>(c);
    return next - i;
}

bool xml_char(std::uint32_t cp)
{
    if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
    return cp != 0xFFFE && cp != 0xFFFF;
}

}  // namespace

std::size_t append_escaped(std::string& out, std::string_view s)
{
    std::size_t plain_from = 0;
    auto flush = [&](std::size_t to) {
        if (to > plain_from) out.append(s.data() + plain_from, to - plain_from);
    };
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0x20 && b < 0x80) {
            const char* rep = nullptr;
            switch (b) {
            case '&': rep = "&amp;"; break;
            case '<': rep = "&lt;"; break;
            case '>': rep = "&gt;"; break;
            case '"': rep = "&quot;"; break;
            default: break;
            }
            if (rep) {
                flush(i);
                out += rep;
                plain_from = i + 1;
            }
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        const std::size_t len = decode(s, i, cp);
        if (len == 0 || !xml_char(cp)) {
            flush(i);
            return i;
        }
        if (cp == 0x9 || cp == 0xA || cp == 0xD) {
            flush(i);
            out += ' ';
            plain_from = i + 1;
        }
        i += len;
    }
    flush(s.size());
    return kTextOk;
}

std::string printable_excerpt(std::string_view s, std::size_t max_chars)
{
    std::string out;
    std::size_t chars = 0, i = 0;
    for (; i < s.size() && chars < max_chars; ++chars) {
        std::uint32_t cp = 0;
        const std::size_t len = decode(s, i, cp);
        if (len == 0 || !xml_char(cp) || cp < 0x20) {
            out += '?';
            i += len == 0 ? 1 : len;
            continue;
        }
        out.append(s.data() + i, len);
        i += len;
    }
    if (i < s.size()) out += "\xE2\x80\xA6";  // …
    return out;
}

std::string describe_bad_char(std::string_view s, std::size_t offset, Lang lang)
{
    const bool id = lang == Lang::Id;
    char buf[96];
    if (offset >= s.size()) return id ? "karakter yang tidak terbaca" : "an unreadable character";
    std::uint32_t cp = 0;
    if (decode(s, offset, cp) == 0) {
        std::snprintf(buf, sizeof buf, id ? "bita 0x%02X (bukan UTF-8 yang sah)" : "the byte 0x%02X, which is not valid UTF-8",
                      static_cast<unsigned char>(s[offset]));
        return buf;
    }
    const char* what = cp < 0x20 ? (id ? "karakter kendali" : "a control character") : (id ? "bukan karakter" : "a noncharacter");
    std::snprintf(buf, sizeof buf, "U+%04X (%s)", static_cast<unsigned>(cp), what);
    return buf;
}

}  // namespace naskah::render::docx
