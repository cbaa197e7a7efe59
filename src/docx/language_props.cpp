// Languages in run properties: which of a run's three fonts (ECMA-376 §17.3.2.26 rFonts: ASCII and
// High ANSI, East Asian, Complex Script) shows a language's script, and the three language slots
// of w:lang (§17.3.2.20: val for Latin text, eastAsia, bidi for complex scripts), so that Word
// and LibreOffice pick the Noto family the template names and screen readers switch voice.
#include "docx/parts.hpp"

namespace handout::docx {

ScriptFonts script_fonts_for(const style::Template& tmpl, std::string_view lang) {
  ScriptFonts out;
  const std::string script = resolve::script_of_language(lang);
  const std::optional<std::string> family = resolve::script_font_for(tmpl, lang, script);
  if (!family) return out;
  switch (resolve::font_slot_of(script)) {
    case resolve::FontSlot::EastAsian: out.east_asia = *family; break;
    case resolve::FontSlot::ComplexScript: out.complex = *family; break;
    case resolve::FontSlot::Latin: break;
  }
  return out;
}

void write_run_fonts(XmlWriter& w, const std::string& latin, const ScriptFonts& fonts) {
  w.open("w:rFonts").attr("w:ascii", latin).attr("w:hAnsi", latin);
  w.attr("w:eastAsia", fonts.east_asia.empty() ? latin : fonts.east_asia);
  w.attr("w:cs", fonts.complex.empty() ? latin : fonts.complex);
  w.close();
}

void write_language(XmlWriter& w, std::string_view lang) {
  w.open("w:lang").attr("w:val", lang);
  switch (resolve::font_slot_of(resolve::script_of_language(lang))) {
    case resolve::FontSlot::EastAsian: w.attr("w:eastAsia", lang); break;
    case resolve::FontSlot::ComplexScript: w.attr("w:bidi", lang); break;
    case resolve::FontSlot::Latin: break;
  }
  w.close();
}

}  // namespace handout::docx
