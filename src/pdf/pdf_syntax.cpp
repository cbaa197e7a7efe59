#include "pdf/pdf_syntax.hpp"

#include <charconv>
#include <cmath>

#include "core/utf8.hpp"

namespace handout::pdf {

// A number in a content stream: at most three decimals (a thousandth of a point is far below
// what any device resolves), no trailing zeros, no "-0". Formatted from the rounded integer
// because double-to-text conversion was a tenth of the writer's time on a long document.
void append_num(std::string& out, double v) {
  const double thousandths = std::nearbyint(v * 1000.0);
  char buf[32];
  char* end = buf;
  if (!(std::fabs(thousandths) < 1e15)) {  // not a coordinate: keep the general conversion
    end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 3).ptr;
    while (end > buf && end[-1] == '0') --end;
    if (end > buf && end[-1] == '.') --end;
    out.append(buf, end);
    return;
  }
  long long n = static_cast<long long>(thousandths);
  if (n == 0) {
    out += '0';
    return;
  }
  if (n < 0) {
    out += '-';
    n = -n;
  }
  end = std::to_chars(buf, buf + sizeof buf, n / 1000).ptr;
  if (int frac = static_cast<int>(n % 1000); frac != 0) {
    *end++ = '.';
    const char digits[3] = {static_cast<char>('0' + frac / 100), static_cast<char>('0' + frac / 10 % 10),
                            static_cast<char>('0' + frac % 10)};
    int kept = 3;
    while (digits[kept - 1] == '0') --kept;
    for (int i = 0; i < kept; ++i) *end++ = digits[i];
  }
  out.append(buf, end);
}

std::string num(double v) {
  std::string s;
  append_num(s, v);
  return s;
}

void append_rgb(std::string& out, Colour c) {
  append_num(out, c.r / 255.0);
  out += ' ';
  append_num(out, c.g / 255.0);
  out += ' ';
  append_num(out, c.b / 255.0);
}

std::string rgb(Colour c) {
  std::string s;
  append_rgb(s, c);
  return s;
}

void append_hex4(std::string& out, std::uint32_t v) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  for (int shift = 12; shift >= 0; shift -= 4) out += kDigits[(v >> shift) & 0xF];
}

std::string hex4(std::uint32_t v) {
  std::string s;
  append_hex4(s, v);
  return s;
}

void append_utf16_hex(std::string& out, std::string_view text) {
  for (const char16_t unit : utf8_to_utf16(text)) append_hex4(out, unit);
}

std::string utf16_hex_string(std::string_view text) {
  std::string out = "<FEFF";
  append_utf16_hex(out, text);
  return out + ">";
}

std::uint64_t fnv1a(std::string_view s, std::uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace handout::pdf
