// Writing build-time tables as C++ source: the build tools (tools/areas, tools/datalists) emit
// their strings as one NUL-separated literal and their indexes as arrays of offsets into it.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace naskah::tools {

/// Every string of a table, NUL-terminated, in one text.
class StringTable {
public:
    /// The offset of `s`, appended.
    std::uint32_t add(const std::string& s)
    {
        const auto at = static_cast<std::uint32_t>(text_.size());
        text_ += s;
        text_ += '\0';
        return at;
    }
    const std::string& text() const { return text_; }

private:
    std::string text_;
};

/// A C++ string literal of `s` in lines of ~100 bytes; octal escapes, always three digits, so no
/// following character can extend them.
inline void write_literal(std::ostream& out, const std::string& s)
{
    std::size_t col = 0;
    out << "\"";
    for (unsigned char c : s) {
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') {
            out << static_cast<char>(c);
            ++col;
        } else {
            const char digits[] = {'\\', static_cast<char>('0' + ((c >> 6) & 7)), static_cast<char>('0' + ((c >> 3) & 7)),
                                   static_cast<char>('0' + (c & 7)), 0};
            out << digits;
            col += 4;
        }
        if (col >= 100) {
            out << "\"\n\"";
            col = 0;
        }
    }
    out << "\"";
}

/// `extern const std::uint32_t NAME[] = {…};` (one 0 for an empty table: C++ has no empty array)
inline void write_array(std::ostream& out, const char* name, const std::vector<std::uint32_t>& v)
{
    out << "extern const std::uint32_t " << name << "[] = {";
    for (std::size_t i = 0; i < v.size(); ++i) out << (i == 0 ? "\n" : i % 16 ? "," : ",\n") << v[i];
    if (v.empty()) out << "0";
    out << "};\n";
}

}  // namespace naskah::tools
