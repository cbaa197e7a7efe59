// word/settings.xml (ECMA-376 Part 1 §17.15) and word/fontTable.xml (§17.8).
#include <set>

#include "docx/parts.hpp"

namespace handout::docx {

std::string write_settings_part(const DocxContext& ctx) {
  std::string out;
  XmlWriter w(out);
  w.set_source(ctx.doc.path, ctx.doc.root_loc);
  w.declaration();
  w.open("w:settings").attr("xmlns:w", kNsW);
  // CT_Settings order. w:percent is required (python-docx's template omits it and fails the XSD).
  w.empty("w:zoom", "w:percent", 100);
  if (ctx.tmpl.page.background != kWhite) w.empty("w:displayBackgroundShape");
  w.empty("w:defaultTabStop", "w:val", 720);
  w.empty("w:characterSpacingControl", "w:val", "doNotCompress");
  if (ctx.doc.note_count > 0) {
    const bool endnotes = ctx.tmpl.notes == style::NotePlacement::Endnotes;
    const char* note = endnotes ? "w:endnote" : "w:footnote";
    w.open(endnotes ? "w:endnotePr" : "w:footnotePr");
    w.empty("w:numFmt", "w:val", "decimal");
    w.empty(note, "w:id", -1);
    w.empty(note, "w:id", 0);
    w.close();
  }
  w.open("w:compat");
  // Word 2013+ layout; without it Word opens the file in compatibility mode.
  w.open("w:compatSetting").attr("w:name", "compatibilityMode").attr("w:uri", "http://schemas.microsoft.com/office/word")
      .attr("w:val", "15");
  w.close();
  w.close();
  w.empty("w:themeFontLang", "w:val", ctx.doc.lang);
  w.close();
  return out;
}

std::string write_font_table_part(const DocxContext& ctx) {
  const style::Template& t = ctx.tmpl;
  const ScriptFonts script = script_fonts_for(t, ctx.doc.lang);
  std::set<std::string> families{t.body.font.family, t.headings.font.family, t.monospace.family, script.east_asia,
                                 script.complex};
  std::string out;
  XmlWriter w(out);
  w.set_source(t.path, SourceLoc{});
  w.declaration();
  w.open("w:fonts").attr("xmlns:w", kNsW);
  for (const std::string& family : families) {
    if (family.empty()) continue;
    w.open("w:font").attr("w:name", family);
    const bool mono = family == t.monospace.family;
    // §17.8.3.10 family / §17.8.3.13 pitch: let Word substitute a similar font if it is missing.
    const bool serif = family.find("Serif") != std::string::npos && family.find("Sans") == std::string::npos;
    w.empty("w:family", "w:val", mono ? "modern" : serif ? "roman" : "swiss");
    w.empty("w:pitch", "w:val", mono ? "fixed" : "variable");
    w.close();
  }
  w.close();
  return out;
}

}  // namespace handout::docx
