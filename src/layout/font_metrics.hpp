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
  // Ascender and descender (negative) at 1pt.
  virtual double ascent(Face face) = 0;
  virtual double descent(Face face) = 0;
};

}  // namespace handout::layout
