// The width a line of text takes in the templates' body font, for sizing table columns as the
// PDF does, without loading the font: the DOCX path does not load fontconfig or HarfBuzz.
#pragma once
#include <string_view>

namespace handout::docx {

// Points at `size_pt`. Exact for printable ASCII in Liberation Sans (and the fonts metric-
// compatible with it, Arial and Helvetica) without kerning; other characters count as a digit.
double text_width_pt(std::string_view utf8, bool bold, double size_pt);

// Liberation Sans's line height in ems (hhea ascender 1854 + descender 434 + line gap 67, in
// 2048ths): what Word and LibreOffice call single line spacing.
inline constexpr double kLineHeightEm = (1854.0 + 434.0 + 67.0) / 2048.0;

}  // namespace handout::docx
