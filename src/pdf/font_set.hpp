// The fonts of one document: found by family with fontconfig, shaped with HarfBuzz (this is the
// real layout::FontMetrics), and subset with hb-subset for embedding. Text in a script the
// template's faces lack is shaped with a fallback face (pdf/font_fallback.hpp), which becomes one
// more face of the document (layout::Face kFaceCount and up). It remembers every glyph
// used and the text each glyph stands for, which becomes the font's ToUnicode CMap
// (PDF/UA-1 §7.21.7, Matterhorn 31-009).
#pragma once
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "layout/font_metrics.hpp"
#include "style/template.hpp"

namespace handout::pdf {

struct ShapedText;
struct ScriptRunInfo;
struct FallbackFont;

struct FontFaceInfo {
  std::string file;
  std::string postscript_name;
  unsigned units_per_em = 1000;
  int bbox[4] = {0, 0, 0, 0};  // font units
  int ascender = 0, descender = 0, cap_height = 0;
  double italic_angle = 0;
  bool fixed_pitch = false, italic = false, bold = false;
  // Outlines in a 'CFF ' table (OpenType/CFF, e.g. Noto Sans CJK): embedded as a bare CID-keyed
  // CFF (FontFile3 /CIDFontType0C) whose charset maps the original glyph ids, the CIDs, to the
  // renumbered glyphs of the subset.
  bool cff = false;
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
  const std::vector<layout::Glyph>& shape(layout::Face face, std::string_view text, std::string_view lang) override;
  const std::vector<layout::Glyph>& shape(layout::Face face, std::string_view text, std::string_view lang,
                                          bool right_to_left) override;
  double ascent(layout::Face face) override;
  double descent(layout::Face face) override;

  // The template's faces and the fallback faces shaping has added: ids 0 … face_count() - 1.
  int face_count() const { return static_cast<int>(faces_.size()); }

  const FontFaceInfo& info(layout::Face face) const;
  // Glyph id → the text it stands for, for every glyph shaped so far.
  const std::map<std::uint32_t, std::string>& to_unicode(layout::Face face) const;
  // Advance width in 1000ths of an em (PDF glyph space), as the font's hmtx gives it, unrounded.
  double glyph_width(layout::Face face, std::uint32_t glyph) const;
  // A subset holding `glyphs` (and the glyphs composite outlines are built from), renumbered
  // from 0 in the order of the original ids: a TrueType font, or for CFF outlines the bare CFF
  // program. `new_id` maps each original id to the CID the content shows: for TrueType its id in
  // the subset (CIDToGIDMap /Identity); for CID-keyed CFF the original id, which the subset's
  // charset maps to the renumbered glyph.
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
  std::unique_ptr<LoadedFace> load_file(const std::string& file, int index, bool bold, bool italic, bool mono);
  struct Run;
  std::vector<Run> segment(layout::Face which, std::string_view text, std::string_view lang);
  layout::Face fallback_face(layout::Face which, const ScriptRunInfo& run, std::string_view lang,
                             const std::u32string& needed);
  layout::Face face_for(const FallbackFont& font, layout::Face which);
  bool covers(layout::Face which, char32_t c) override;
  bool plain_text(layout::Face which, std::string_view text);
  const ShapedText& shape_run(layout::Face which, std::string_view text, const ScriptRunInfo& run,
                              std::string_view lang);
  const style::Template& tmpl_;
  static ShapedText shape_uncached(LoadedFace& face, std::string_view text, const ScriptRunInfo& run,
                                   std::string_view lang);
  std::vector<std::unique_ptr<LoadedFace>> faces_;
  // Fallback faces by (file, index), and by (face asked for, script, language) as first choice.
  std::map<std::tuple<std::string, int, bool, bool>, layout::Face> fallback_ids_;
  std::map<std::tuple<layout::Face, std::uint32_t, std::string>, layout::Face> fallback_for_;
  // Per face asked for and language: text → glyphs of every face, as layout gets them. Looked up
  // by string_view (no copy per call).
  struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using GlyphMemo = std::unordered_map<std::string, const std::vector<layout::Glyph>*, ViewHash, std::equal_to<>>;
  std::map<std::tuple<layout::Face, std::string, bool>, GlyphMemo> segmented_;
  // The memo last asked for, and its key: layout asks for one face, language and direction many
  // times in a row, and finding the memo in segmented_ cost more than the memo's own lookup.
  struct LastMemo {
    GlyphMemo* memo = nullptr;
    layout::Face face = layout::Face::Regular;
    std::string lang;
    bool right_to_left = false;
  } last_memo_;
  GlyphMemo& memo_for(layout::Face which, std::string_view lang, bool right_to_left);
  std::deque<std::vector<layout::Glyph>> joined_;  // the glyphs of texts shaped in several runs
  std::vector<char32_t> missing_;
};

}  // namespace handout::pdf
