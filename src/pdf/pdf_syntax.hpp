// How values are spelled in PDF syntax: numbers and colours in content streams, glyph ids and
// text strings as hex (ISO 32000-1 §7.3), shared by the page content and the fonts.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/colour.hpp"

namespace handout::pdf {

// A number in a content stream: at most three decimals, no trailing zeros, never "-0".
void append_num(std::string& out, double v);
std::string num(double v);

// A colour as the three numbers of an `rg`/`RG` operator.
void append_rgb(std::string& out, Colour c);
std::string rgb(Colour c);

// Four upper-case hex digits: a two-byte glyph id or UTF-16 unit.
void append_hex4(std::string& out, std::uint32_t v);
std::string hex4(std::uint32_t v);

// UTF-8 text as UTF-16BE hex digits (surrogate pairs beyond the BMP).
void append_utf16_hex(std::string& out, std::string_view text);

// A PDF text string in UTF-16BE with a byte order mark, written as a hex string.
std::string utf16_hex_string(std::string_view text);

// FNV-1a: a stable 64-bit hash, for names that must come out the same for the same input.
std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull);

}  // namespace handout::pdf
