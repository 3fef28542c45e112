// Escaping text for WordprocessingML, refusing what XML 1.0 cannot carry.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"

namespace naskah::render::docx {

inline constexpr std::size_t kTextOk = static_cast<std::size_t>(-1);

/// Appends `s` to `out` with &, <, > and " escaped; tabs and line ends become spaces (the model's
/// whitespace is already collapsed, and a raw tab inside w:t means nothing to Word). Returns
/// kTextOk, or the byte offset of the first character XML 1.0 cannot carry (C0 controls,
/// U+FFFE/U+FFFF, surrogates, malformed UTF-8); `out` is then left partly written.
std::size_t append_escaped(std::string& out, std::string_view s);

/// "U+0001 (a control character)" or "the byte 0xFF (not UTF-8)" for the offending character.
std::string describe_bad_char(std::string_view s, std::size_t offset, Lang lang = Lang::En);

/// The start of `s` (at most `max_chars` characters) with every character XML cannot carry
/// shown as '?', fit to quote in a diagnostic.
std::string printable_excerpt(std::string_view s, std::size_t max_chars);

}  // namespace naskah::render::docx
