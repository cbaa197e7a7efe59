#include "html/escape.hpp"

namespace handout::html {
namespace {

// Length of the UTF-8 sequence at `i` when it encodes a C1 control or a noncharacter (which HTML
// reports as parse errors), else 0. The input is valid UTF-8.
std::size_t forbidden_sequence(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  const unsigned lead = byte(0);
  if (lead == 0xC2 && byte(1) >= 0x80 && byte(1) <= 0x9F) return 2;  // U+0080..U+009F
  if (lead == 0xEF) {
    if (byte(1) == 0xB7 && byte(2) >= 0x90 && byte(2) <= 0xAF) return 3;  // U+FDD0..U+FDEF
    if (byte(1) == 0xBF && (byte(2) == 0xBE || byte(2) == 0xBF)) return 3;  // U+FFFE, U+FFFF
  }
  // U+nFFFE and U+nFFFF in the supplementary planes.
  if (lead >= 0xF0 && lead <= 0xF4 && (byte(1) & 0x0F) == 0x0F && byte(2) == 0xBF && (byte(3) == 0xBE || byte(3) == 0xBF))
    return 4;
  return 0;
}

template <bool kAttribute>
void append_escaped(std::string& out, std::string_view s) {
  std::size_t start = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const char* reference = nullptr;
    std::size_t skip = 0;
    switch (c) {
      case '&': reference = "&amp;"; break;
      case '<': reference = "&lt;"; break;
      case '>': reference = "&gt;"; break;
      case '"':
        if (kAttribute) reference = "&quot;";
        break;
      default:
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) skip = 1;
        else if (c >= 0xC2) skip = forbidden_sequence(s, i);
        break;
    }
    if (!reference && skip == 0) {
      ++i;
      continue;
    }
    out.append(s.substr(start, i - start));
    if (reference) {
      out += reference;
      skip = 1;
    }
    i += skip;
    start = i;
  }
  out.append(s.substr(start));
}

}  // namespace

void append_text(std::string& out, std::string_view text) { append_escaped<false>(out, text); }

void append_attribute(std::string& out, std::string_view value) { append_escaped<true>(out, value); }

void append_url_path(std::string& out, std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (const char ch : path) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                            c == '.' || c == '_' || c == '~' || c == '/';
    if (unreserved) {
      out += ch;
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0x0F];
    }
  }
}

void append_css_string(std::string& out, std::string_view value) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char ch : value) {
    const unsigned char c = static_cast<unsigned char>(ch);
    // '<' and '>' are escaped so that no value can spell "</style>"; '&' for tidiness in XML.
    if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == 0x7F) {
      out += '\\';
      if (c >= 0x10) out += kHex[c >> 4];
      out += kHex[c & 0x0F];
      out += ' ';
    } else {
      out += ch;
    }
  }
  out += '"';
}

}  // namespace handout::html
