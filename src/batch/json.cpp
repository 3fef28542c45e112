#include "batch/json.hpp"

#include "core/utf8.hpp"

#include <cstdlib>

namespace naskah::batch::json {

const Value& Value::operator[](std::string_view key) const
{
    static const Value null;
    if (kind != Kind::Object) return null;
    auto it = object.find(key);
    return it == object.end() ? null : it->second;
}

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : s_(text) {}

    bool document(Value& out, std::string& error)
    {
        // Nesting is bounded so a hostile manifest cannot exhaust the stack.
        if (!value(out, 0)) {
            error = "line " + std::to_string(line()) + ": " + error_;
            return false;
        }
        skip_space();
        if (i_ != s_.size()) {
            error = "line " + std::to_string(line()) + ": unexpected text after the JSON value";
            return false;
        }
        return true;
    }

private:
    std::string_view s_;
    std::size_t i_ = 0;
    std::string error_;

    int line() const
    {
        int n = 1;
        for (std::size_t k = 0; k < i_ && k < s_.size(); ++k) n += s_[k] == '\n';
        return n;
    }
    bool fail(std::string message)
    {
        error_ = std::move(message);
        return false;
    }
    void skip_space()
    {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
    }
    bool literal(std::string_view word)
    {
        if (s_.substr(i_, word.size()) != word) return fail("unknown literal");
        i_ += word.size();
        return true;
    }

    bool value(Value& out, int depth)
    {
        if (depth > 64) return fail("nested too deeply");
        skip_space();
        if (i_ >= s_.size()) return fail("unexpected end of text");
        const char c = s_[i_];
        if (c == '{') return object(out, depth);
        if (c == '[') return array(out, depth);
        if (c == '"') {
            out.kind = Value::Kind::String;
            return string(out.string);
        }
        if (c == 't') {
            out.kind = Value::Kind::Bool;
            out.boolean = true;
            return literal("true");
        }
        if (c == 'f') {
            out.kind = Value::Kind::Bool;
            return literal("false");
        }
        if (c == 'n') {
            out.kind = Value::Kind::Null;
            return literal("null");
        }
        return number(out);
    }

    bool number(Value& out)
    {
        const std::size_t start = i_;
        if (i_ < s_.size() && s_[i_] == '-') ++i_;
        while (i_ < s_.size() && ((s_[i_] >= '0' && s_[i_] <= '9') || s_[i_] == '.' || s_[i_] == 'e' || s_[i_] == 'E' ||
                                  s_[i_] == '+' || s_[i_] == '-'))
            ++i_;
        if (i_ == start) return fail("expected a value");
        const std::string text(s_.substr(start, i_ - start));
        char* end = nullptr;
        out.kind = Value::Kind::Number;
        out.number = std::strtod(text.c_str(), &end);
        if (*end) return fail("malformed number '" + text + "'");
        return true;
    }

    bool hex4(std::uint32_t& out)
    {
        if (i_ + 4 > s_.size()) return fail("short \\u escape");
        out = 0;
        for (int k = 0; k < 4; ++k) {
            const char h = s_[i_++];
            out <<= 4;
            if (h >= '0' && h <= '9') out |= static_cast<std::uint32_t>(h - '0');
            else if (h >= 'a' && h <= 'f') out |= static_cast<std::uint32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') out |= static_cast<std::uint32_t>(h - 'A' + 10);
            else return fail("malformed \\u escape");
        }
        return true;
    }

    bool string(std::string& out)
    {
        ++i_;  // opening quote
        out.clear();
        while (i_ < s_.size()) {
            const char c = s_[i_++];
            if (c == '"') return true;
            if (static_cast<unsigned char>(c) < 0x20) return fail("control character in a string");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (i_ >= s_.size()) break;
            const char e = s_[i_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                std::uint32_t cp = 0;
                if (!hex4(cp)) return false;
                if (cp >= 0xD800 && cp < 0xDC00 && s_.substr(i_, 2) == "\\u") {
                    i_ += 2;
                    std::uint32_t low = 0;
                    if (!hex4(low)) return false;
                    if (low < 0xDC00 || low > 0xDFFF) return fail("unpaired surrogate in a \\u escape");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                append_utf8(out, static_cast<char32_t>(cp));
                break;
            }
            default: return fail(std::string("unknown escape \\") + e);
            }
        }
        return fail("unterminated string");
    }

    bool array(Value& out, int depth)
    {
        ++i_;
        out.kind = Value::Kind::Array;
        skip_space();
        if (i_ < s_.size() && s_[i_] == ']') {
            ++i_;
            return true;
        }
        for (;;) {
            out.array.emplace_back();
            if (!value(out.array.back(), depth + 1)) return false;
            skip_space();
            if (i_ >= s_.size()) return fail("unterminated array");
            if (s_[i_] == ',') {
                ++i_;
                continue;
            }
            if (s_[i_] == ']') {
                ++i_;
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }

    bool object(Value& out, int depth)
    {
        ++i_;
        out.kind = Value::Kind::Object;
        skip_space();
        if (i_ < s_.size() && s_[i_] == '}') {
            ++i_;
            return true;
        }
        for (;;) {
            skip_space();
            if (i_ >= s_.size() || s_[i_] != '"') return fail("expected a member name");
            std::string key;
            if (!string(key)) return false;
            skip_space();
            if (i_ >= s_.size() || s_[i_] != ':') return fail("expected ':'");
            ++i_;
            Value v;
            if (!value(v, depth + 1)) return false;
            out.object[std::move(key)] = std::move(v);
            skip_space();
            if (i_ >= s_.size()) return fail("unterminated object");
            if (s_[i_] == ',') {
                ++i_;
                continue;
            }
            if (s_[i_] == '}') {
                ++i_;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }
};

}  // namespace

bool parse(std::string_view text, Value& out, std::string& error)
{
    out = Value{};
    return Parser(text).document(out, error);
}

}  // namespace naskah::batch::json
