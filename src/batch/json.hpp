// A small JSON reader for what batch reads back: its own journal lines and manifests (merge).
// Writing goes through core/json_write.hpp (nlohmann as well); manifest.cpp lays out the lines.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::batch::json {

struct Value {
    enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Value> array;
    std::map<std::string, Value, std::less<>> object;

    bool is_null() const { return kind == Kind::Null; }
    /// Member `key` of an object, or a shared null value when absent or not an object.
    const Value& operator[](std::string_view key) const;
    std::string str(const std::string& fallback = {}) const { return kind == Kind::String ? string : fallback; }
    std::int64_t integer(std::int64_t fallback = 0) const
    {
        return kind == Kind::Number ? static_cast<std::int64_t>(number) : fallback;
    }
};

/// Parses one JSON text. False with a message ("line 3: expected ','") on malformed input.
bool parse(std::string_view text, Value& out, std::string& error);

}  // namespace naskah::batch::json
