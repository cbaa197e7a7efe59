// word/numbering.xml (ECMA-376 Part 1 §17.9): one abstract bullet list and one abstract
// numbered list with nine levels each; w:num 1 is every bullet list, and each ordered list gets
// its own w:num with a start override, so that numbering restarts at 1 (§17.9.26 startOverride)
// instead of continuing from the previous list.
#include "docx/parts.hpp"

namespace handout::docx {
namespace {

constexpr int kBulletAbstract = 0;
constexpr int kDecimalAbstract = 1;

// List indents at 12pt body text: the text of level L starts at (L + 1) × step, the marker hangs
// before it. Both grow with the type size, so a large-print marker still fits its hanging space.
constexpr std::int64_t kIndentStep = 400;
constexpr std::int64_t kHanging = 320;

void level(XmlWriter& w, const style::Template& t, int ilvl, const char* fmt, const std::string& text) {
  w.open("w:lvl").attr("w:ilvl", ilvl);
  w.empty("w:start", "w:val", 1);
  w.empty("w:numFmt", "w:val", fmt);
  w.empty("w:lvlText", "w:val", text);
  w.empty("w:lvlJc", "w:val", "left");
  w.open("w:pPr");
  w.open("w:ind").attr("w:left", list_indent(ilvl, t)).attr("w:hanging", list_hanging(t));
  w.close();
  w.close();
  w.close();
}

}  // namespace

std::int64_t list_indent(int ilvl, const style::Template& t) { return scaled_units(kIndentStep, t) * (ilvl + 1); }
std::int64_t list_hanging(const style::Template& t) { return scaled_units(kHanging, t); }

std::string write_numbering_part(const DocxContext& ctx) {
  std::string out;
  out.reserve(4096 + ctx.ordered_list_levels.size() * 160);
  XmlWriter w(out);
  w.declaration();
  w.open("w:numbering").attr("xmlns:w", kNsW);

  w.open("w:abstractNum").attr("w:abstractNumId", kBulletAbstract);
  w.empty("w:nsid", "w:val", "4A1B2C01");  // ST_LongHexNumber: exactly 4 bytes
  w.empty("w:multiLevelType", "w:val", "hybridMultilevel");
  // The resolved markers (the PDF and HTML print the same ones): characters every template font
  // has, unlike Symbol/Wingdings glyphs.
  for (int i = 0; i < 9; ++i) level(w, ctx.tmpl, i, "bullet", resolve::ResolvedDocument::list_marker(false, i + 1, 0));
  w.close();

  w.open("w:abstractNum").attr("w:abstractNumId", kDecimalAbstract);
  w.empty("w:nsid", "w:val", "4A1B2C02");
  w.empty("w:multiLevelType", "w:val", "hybridMultilevel");
  static const char* const kFormats[] = {"decimal", "lowerLetter", "lowerRoman"};
  for (int i = 0; i < 9; ++i) level(w, ctx.tmpl, i, kFormats[i % 3], "%" + std::to_string(i + 1) + ".");
  w.close();

  w.open("w:num").attr("w:numId", 1);
  w.empty("w:abstractNumId", "w:val", kBulletAbstract);
  w.close();
  int num_id = 2;
  for (const int ilvl : ctx.ordered_list_levels) {
    w.open("w:num").attr("w:numId", num_id++);
    w.empty("w:abstractNumId", "w:val", kDecimalAbstract);
    w.open("w:lvlOverride").attr("w:ilvl", ilvl);
    w.empty("w:startOverride", "w:val", 1);
    w.close();
    w.close();
  }
  w.close();
  return out;
}

}  // namespace handout::docx
