// word/numbering.xml (ECMA-376 Part 1 §17.9): one abstract bullet list and one abstract
// numbered list with nine levels each; w:num 1 is every bullet list, and each ordered list gets
// its own w:num with a start override, so that numbering restarts at its start, 1 unless
// <ol start> says otherwise (§17.9.26 startOverride), instead of continuing from the previous list.
#include "docx/parts.hpp"

namespace handout::docx {
namespace {

constexpr int kBulletAbstract = 0;
constexpr int kDecimalAbstract = 1;

// List indents at 12pt body text: the text of level L starts at (L + 1) × step, the marker hangs
// before it. Both grow with the type size, so a large-print marker still fits its hanging space.
constexpr std::int64_t kIndentStep = 400;
constexpr std::int64_t kHanging = 320;

void level(XmlWriter& w, const style::Template& t, int ilvl, const char* fmt, const std::string& text, int start = 1) {
  w.open("w:lvl").attr("w:ilvl", ilvl);
  w.empty("w:start", "w:val", start);
  w.empty("w:numFmt", "w:val", fmt);
  w.empty("w:lvlText", "w:val", text);
  w.empty("w:lvlJc", "w:val", "left");
  w.open("w:pPr");
  w.open("w:ind").attr("w:left", list_indent(ilvl, t)).attr("w:hanging", list_hanging(t));
  w.close();
  w.close();
  w.close();
}

// §17.18.59 ST_NumberFormat for a content list style. Word's letters after z double (aa, bb)
// where CSS's go aa, ab: lists that long are rare, and the DOCX reader's own numbering is Word's.
const char* word_format(model::ListStyle style) {
  switch (style) {
    case model::ListStyle::Decimal: break;
    case model::ListStyle::LowerAlpha: return "lowerLetter";
    case model::ListStyle::UpperAlpha: return "upperLetter";
    case model::ListStyle::LowerRoman: return "lowerRoman";
    case model::ListStyle::UpperRoman: return "upperRoman";
  }
  return "decimal";
}

}  // namespace

std::int64_t list_indent(int ilvl, const style::Template& t) { return scaled_units(kIndentStep, t) * (ilvl + 1); }
std::int64_t list_hanging(const style::Template& t) { return scaled_units(kHanging, t); }

std::string write_numbering_part(const DocxContext& ctx) {
  std::string out;
  out.reserve(4096 + ctx.ordered_list_levels.size() * 480);
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
  for (const auto& [ilvl, list] : ctx.ordered_list_levels) {
    w.open("w:num").attr("w:numId", num_id++);
    w.empty("w:abstractNumId", "w:val", kDecimalAbstract);
    w.open("w:lvlOverride").attr("w:ilvl", ilvl);
    w.empty("w:startOverride", "w:val", list->list_start);
    // A list that counts in letters or Roman numerals (<ol type>, 1.1) gets its own level
    // (§17.9.6 lvl in lvlOverride), as the PDF and HTML print it; decimal lists keep the shared one.
    if (list->list_style != model::ListStyle::Decimal)
      level(w, ctx.tmpl, ilvl, word_format(list->list_style), "%" + std::to_string(ilvl + 1) + ".", list->list_start);
    w.close();
    w.close();
  }
  w.close();
  return out;
}

}  // namespace handout::docx
