// UTF-8 encoding shared by the stages that build text code point by code point.
#pragma once

#include <string>

namespace naskah {

/// Appends the UTF-8 bytes of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

}  // namespace naskah
