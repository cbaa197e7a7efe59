// The fonts of one document: found by family with fontconfig, shaped with HarfBuzz (this is the
// real layout::FontMetrics), and subset with hb-subset for embedding. It remembers every glyph
// used and the text each glyph stands for, which becomes the font's ToUnicode CMap
// (PDF/UA-1 §7.21.7, Matterhorn 31-009).
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "layout/font_metrics.hpp"
#include "style/template.hpp"

namespace handout::pdf {

struct ShapedText;

struct FontFaceInfo {
  std::string file;
  std::string postscript_name;
  unsigned units_per_em = 1000;
  int bbox[4] = {0, 0, 0, 0};  // font units
  int ascender = 0, descender = 0, cap_height = 0;
  double italic_angle = 0;
  bool fixed_pitch = false, italic = false, bold = false;
};

class FontSet final : public layout::FontMetrics {
 public:
  // Faces load on first use; that throws InputError "font-not-found" (naming the template file)
  // when the family is not installed. `tmpl` must outlive the FontSet.
  explicit FontSet(const style::Template& tmpl);
  ~FontSet() override;
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;

  const std::vector<layout::Glyph>& shape(layout::Face face, std::string_view text) override;
  double ascent(layout::Face face) override;
  double descent(layout::Face face) override;

  const FontFaceInfo& info(layout::Face face) const;
  // Glyph id → the text it stands for, for every glyph shaped so far.
  const std::map<std::uint32_t, std::string>& to_unicode(layout::Face face) const;
  // Advance width in 1000ths of an em (PDF glyph space), as the font's hmtx gives it, unrounded.
  double glyph_width(layout::Face face, std::uint32_t glyph) const;
  // A TrueType subset holding `glyphs` (and the glyphs composite outlines are built from),
  // renumbered from 0 in the order of the original ids; `new_id` maps each original id to its
  // id in the subset, which is also its CID (CIDToGIDMap /Identity).
  struct Subset {
    std::string program;
    std::unordered_map<std::uint32_t, std::uint32_t> new_id;
  };
  Subset subset(layout::Face face, const std::vector<std::uint32_t>& glyphs) const;

  // Characters no font had (U+XXXX list), reported by the caller with the document's name.
  const std::vector<char32_t>& missing() const { return missing_; }

 private:
  struct LoadedFace;
  LoadedFace& face(layout::Face which);
  const LoadedFace& loaded(layout::Face which) const;
  std::unique_ptr<LoadedFace> load_face(layout::Face which);
  const style::Template& tmpl_;
  static ShapedText shape_uncached(LoadedFace& face, std::string_view text);
  std::unique_ptr<LoadedFace> faces_[layout::kFaceCount];
  std::vector<char32_t> missing_;
};

}  // namespace handout::pdf
