#include "import/docx_text.hpp"

#include <cstdint>
#include <sstream>
#include <utility>

namespace handout::import::docx {

using model::Inline;
using model::InlineKind;
using model::Inlines;

bool on(pugi::xml_node flag) {
  if (!flag) return false;
  const std::string v = flag.attribute("w:val").value();
  return v.empty() || (v != "0" && v != "false" && v != "off");
}

bool on_value(std::string_view v) { return v == "1" || v == "true" || v == "on"; }

std::optional<Colour> hex_colour(std::string_view v) {
  if (v.size() != 6 || v == "auto") return std::nullopt;
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::uint8_t out[3];
  for (int i = 0; i < 3; ++i) {
    const int hi = digit(v[2 * i]), lo = digit(v[2 * i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return Colour{out[0], out[1], out[2]};
}

// ECMA-376 Part 1 §17.18.40 ST_HighlightColor: the sixteen fixed highlighter colours.
std::optional<Colour> highlight_colour(std::string_view name) {
  static const std::pair<std::string_view, const char*> kColours[] = {
      {"black", "000000"},     {"blue", "0000FF"},      {"cyan", "00FFFF"},       {"green", "00FF00"},
      {"magenta", "FF00FF"},   {"red", "FF0000"},       {"yellow", "FFFF00"},     {"white", "FFFFFF"},
      {"darkBlue", "000080"},  {"darkCyan", "008080"},  {"darkGreen", "008000"},  {"darkMagenta", "800080"},
      {"darkRed", "800000"},   {"darkYellow", "808000"}, {"darkGray", "808080"},  {"lightGray", "C0C0C0"}};
  for (const auto& [n, hex] : kColours) {
    if (n == name) return hex_colour(hex);
  }
  return std::nullopt;
}

std::string plain_text(const Inlines& in) {
  std::string out;
  for (const Inline& i : in) {
    if (i.kind == InlineKind::Text) out += i.text;
    else if (i.kind == InlineKind::LineBreak) out += ' ';
    else if (i.kind != InlineKind::Note) out += plain_text(i.children);
  }
  return out;
}

std::string shorten(const std::string& text, std::size_t words) {
  std::istringstream in(text);
  std::string w, out;
  std::size_t n = 0;
  while (in >> w) {
    if (n++ == words) return out + "…";
    out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

bool has_content(const Inlines& in) {
  for (const Inline& i : in) {
    if (i.kind == InlineKind::Text && i.text.find_first_not_of(" \t\n") != std::string::npos) return true;
    if (i.kind == InlineKind::Note || i.kind == InlineKind::LineBreak) return true;
    if (has_content(i.children)) return true;
  }
  return false;
}

std::vector<std::string> split_trimmed(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) {
    const std::size_t a = cur.find_first_not_of(' '), b = cur.find_last_not_of(' ');
    if (a != std::string::npos) out.push_back(cur.substr(a, b - a + 1));
  }
  return out;
}

}  // namespace handout::import::docx
