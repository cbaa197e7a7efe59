// UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace handout {

// Offset of the first byte that does not start a valid UTF-8 sequence; nullopt if all valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Decodes the code point at `pos` (which must start a valid sequence) and advances `pos`.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// Appends the UTF-8 encoding of `c` (a Unicode scalar value).
void append_utf8(std::string& out, char32_t c);

}  // namespace handout
