#include "docx/text_width.hpp"

#include <cstdint>

namespace handout::docx {
namespace {

// Advance widths of U+0020..U+007E in font units (2048 an em), read from Liberation Sans 2
// Regular and Bold (fonts-liberation2, SIL Open Font License 1.1) with hb-shape.
constexpr std::uint16_t kRegular[95] = {
    569,  569,  727,  1139, 1139, 1821, 1366, 391,  682,  682,  797,  1196, 569,  682,  569,  569,  1139, 1139, 1139,
    1139, 1139, 1139, 1139, 1139, 1139, 1139, 569,  569,  1196, 1196, 1196, 1139, 2079, 1366, 1366, 1479, 1479, 1366,
    1251, 1593, 1479, 569,  1024, 1366, 1139, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366,
    1366, 1251, 569,  569,  569,  961,  1139, 682,  1139, 1139, 1024, 1139, 1139, 569,  1139, 1139, 455,  455,  1024,
    455,  1706, 1139, 1139, 1139, 1139, 682,  1024, 569,  1139, 1024, 1479, 1024, 1024, 1024, 684,  532,  684,  1196};
constexpr std::uint16_t kBold[95] = {
    569,  682,  971,  1139, 1139, 1821, 1479, 487,  682,  682,  797,  1196, 569,  682,  569,  569,  1139, 1139, 1139,
    1139, 1139, 1139, 1139, 1139, 1139, 1139, 682,  682,  1196, 1196, 1196, 1251, 1997, 1479, 1479, 1479, 1479, 1366,
    1251, 1593, 1479, 569,  1139, 1479, 1251, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366,
    1366, 1251, 682,  569,  682,  1196, 1139, 682,  1139, 1251, 1139, 1251, 1139, 682,  1251, 1251, 569,  569,  1139,
    569,  1821, 1251, 1251, 1251, 1251, 797,  1139, 682,  1251, 1139, 1593, 1139, 1139, 1024, 797,  573,  797,  1196};
constexpr double kUnitsPerEm = 2048;
constexpr std::uint16_t kOther = 1139;  // a digit's width

}  // namespace

double text_width_pt(std::string_view utf8, bool bold, double size_pt) {
  const std::uint16_t* table = bold ? kBold : kRegular;
  double units = 0;
  for (const char ch : utf8) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x20 && c <= 0x7E)
      units += table[c - 0x20];
    else if ((c & 0xC0) != 0x80)  // the first byte of any other character; continuation bytes add nothing
      units += kOther;
  }
  return units * size_pt / kUnitsPerEm;
}

}  // namespace handout::docx
