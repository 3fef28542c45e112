// UTF-8 shared by every stage: encoding code point by code point, and the one decoder, ICU's
// U8_NEXT (unicode/utf8.h, header-only macros), which rejects overlong forms, surrogates and
// values past U+10FFFF.
#pragma once

#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace naskah {

/// Appends the UTF-8 bytes of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

}  // namespace naskah

namespace naskah::utf8 {

/// The code point at s[i], advancing i past it; an ill-formed sequence gives -1 and advances
/// past the maximal ill-formed part (at least one byte), so every loop makes progress.
inline std::int32_t next(std::string_view s, std::size_t& i)
{
    std::int32_t at = static_cast<std::int32_t>(i);
    const std::int32_t length = static_cast<std::int32_t>(s.size());
    UChar32 c;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), at, length, c);
    i = static_cast<std::size_t>(at);
    return c;
}

/// The same with U+FFFD for an ill-formed sequence: for text already checked on input.
inline char32_t next_or_replacement(std::string_view s, std::size_t& i)
{
    const std::int32_t c = next(s, i);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

/// Offset of the first byte that is not well-formed UTF-8, or npos.
inline std::size_t find_invalid(std::string_view s)
{
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        if (next(s, i) < 0) return at;
    }
    return std::string_view::npos;
}

}  // namespace naskah::utf8
