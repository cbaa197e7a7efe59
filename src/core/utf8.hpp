// UTF-8: validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), decoding,
// encoding, and conversion to UTF-16.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace handout {

// Offset of the first byte that does not start a valid UTF-8 sequence; nullopt if all valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

namespace detail {
char32_t next_multibyte_code_point(std::string_view text, std::size_t& pos);
}

// Decodes the code point at `pos` (< text.size()) and advances `pos` past it. It never reads
// past the end: a byte that starts no complete sequence (a stray continuation byte, a sequence cut
// short by the end) decodes as U+FFFD and advances one byte. Overlongs and surrogates are not
// rejected here; find_invalid_utf8 does that where it matters. The one UTF-8 decoder in Handout.
inline char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) [[likely]] {
    ++pos;
    return c;
  }
  return detail::next_multibyte_code_point(text, pos);
}

// next_code_point for callers that walk by index: the code point at `pos` and its length in bytes.
inline char32_t code_point_at(std::string_view text, std::size_t pos, std::size_t& length) {
  std::size_t end = pos;
  const char32_t c = next_code_point(text, end);
  length = end - pos;
  return c;
}

// UTF-16 code units of `text` (surrogate pairs above U+FFFF), as PDF text strings and ToUnicode
// CMaps store text.
std::u16string utf8_to_utf16(std::string_view text);

// Appends the UTF-8 encoding of `c` (a Unicode scalar value).
void append_utf8(std::string& out, char32_t c);

}  // namespace handout
