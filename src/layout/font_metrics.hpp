// How layout measures text: shaping a string in one face gives glyphs and advances. The PDF side
// implements it with HarfBuzz over the real font files; tests can use a fixed-width fake
// (ninja's DiskInterface habit: abstract so it can be mocked).
#pragma once
#include <string_view>
#include <vector>

#include "layout/paged_document.hpp"

namespace handout::layout {

class FontMetrics {
 public:
  virtual ~FontMetrics() = default;
  // Glyphs for `text` at 1pt (multiply advances by the font size). Never fails: a character the
  // font lacks is reported through InputError by the implementation, or drawn as .notdef.
  virtual const std::vector<Glyph>& shape(Face face, std::string_view text) = 0;
  // The same for text in language `lang` (BCP 47): an implementation may shape each script with
  // the language's rules and answer glyphs of other faces for characters `face` lacks.
  virtual const std::vector<Glyph>& shape(Face face, std::string_view text, std::string_view lang) {
    (void)lang;
    return shape(face, text);
  }
  // The same for text at an odd bidi embedding level when `right_to_left`: shaped right to left
  // (mirrored brackets, the runs of several faces in reverse), glyphs in visual order.
  virtual const std::vector<Glyph>& shape(Face face, std::string_view text, std::string_view lang,
                                          bool right_to_left) {
    (void)right_to_left;
    return shape(face, text, lang);
  }
  // Whether `face` itself (no fallback font) has a glyph for `c`: optional decoration, such as
  // the scissors on a reply slip's cut line, is drawn only where the template's font has it, and
  // never makes a document fail for a character it did not write.
  virtual bool covers(Face face, char32_t c) {
    (void)face;
    (void)c;
    return false;
  }
  // Ascender and descender (negative) at 1pt.
  virtual double ascent(Face face) = 0;
  virtual double descent(Face face) = 0;
};

}  // namespace handout::layout
