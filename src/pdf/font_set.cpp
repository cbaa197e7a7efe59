#include "pdf/font_set.hpp"

#include <fontconfig/fontconfig.h>
#include <hb-ot.h>

#include <strings.h>

#include <algorithm>
#include <cstdlib>
#include <cmath>
#include <mutex>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "pdf/font_fallback.hpp"
#include "pdf/hb_ptr.hpp"

namespace handout::pdf {

// Shaped text and, per glyph, the text it stands for (glyph 0: a missing glyph) and whether it is
// its cluster's only glyph (an exact mapping rather than a stand-in).
struct ShapedText {
  std::vector<layout::Glyph> glyphs;
  struct Cluster {
    std::uint32_t glyph = 0;
    std::string text;
    bool single = true;
  };
  std::vector<Cluster> clusters;
};

struct ScriptRunInfo {
  hb_script_t script = HB_SCRIPT_COMMON;
  bool right_to_left = false;  // at an odd bidi level: shaped right to left whatever the script
};

// A stretch of one shaping call's text drawn in one face.
struct FontSet::Run {
  std::size_t begin = 0, end = 0;
  layout::Face face = layout::Face::Regular;
  ScriptRunInfo script;
};

namespace {

using layout::Face;

struct Match {
  std::string file;
  int index = 0;
  std::string family;
};

// Matches in `config` (nullptr: the system configuration, loaded on first use).
Match match_font(FcConfig* config, const std::string& family, bool bold, bool italic) {
  if (!config) FcInit();
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcPatternAddBool(pattern, FC_SCALABLE, FcTrue);
  FcConfigSubstitute(config, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* found = FcFontMatch(config, pattern, &result);
  Match m;
  if (found) {
    FcChar8* file = nullptr;
    FcChar8* fam = nullptr;
    if (FcPatternGetString(found, FC_FILE, 0, &file) == FcResultMatch) m.file = reinterpret_cast<char*>(file);
    if (FcPatternGetString(found, FC_FAMILY, 0, &fam) == FcResultMatch) m.family = reinterpret_cast<char*>(fam);
    FcPatternGetInteger(found, FC_INDEX, 0, &m.index);
    FcPatternDestroy(found);
  }
  FcPatternDestroy(pattern);
  return m;
}

// fontconfig always answers with something; a different family means ours is not there.
bool is_family(const Match& m, const std::string& family) {
  return !m.file.empty() && strcasecmp(m.family.c_str(), family.c_str()) == 0;
}

Match find_font_uncached(const std::string& family, bool bold, bool italic) {
  if (FcConfig* standard = standard_folders_config()) {
    Match m = match_font(standard, family, bold, italic);
    if (is_family(m, family)) return m;
  }
  return match_font(nullptr, family, bold, italic);
}

// A batch builds many documents with the same few fonts: match each (family, weight, slant) with
// fontconfig once per process, and load each font file into a HarfBuzz face once. hb_face_t is
// immutable and safe to share between threads; each document keeps its own hb_font_t.
Match find_font(const std::string& family, bool bold, bool italic) {
  std::lock_guard lock(fontconfig_mutex());
  static std::map<std::tuple<std::string, bool, bool>, Match> matches;
  auto key = std::make_tuple(family, bold, italic);
  auto it = matches.find(key);
  if (it == matches.end()) it = matches.emplace(key, find_font_uncached(family, bold, italic)).first;
  return it->second;
}

// Returns a new reference to the shared face for (file, index).
hb::Face shared_face(const std::string& file, int index) {
  std::lock_guard lock(fontconfig_mutex());
  // Never destroyed: the faces live as long as the process (and stay reachable for LeakSanitizer).
  static auto* faces = new std::map<std::pair<std::string, int>, hb::Face>();
  auto& face = (*faces)[{file, index}];
  if (!face) {
    const hb::Blob blob(hb_blob_create_from_file(file.c_str()));
    face.reset(hb_face_create(blob.get(), static_cast<unsigned>(index)));  // holds its own reference to blob
    hb_face_make_immutable(face.get());
  }
  return hb::Face(hb_face_reference(face.get()));
}

// Tables a PDF viewer has no use for: it draws glyphs by id and needs their outlines and
// metrics, not the hinting nor the shaping tables (the layout already applied them), whose
// closure would also pull in glyphs the document never shows. Nor the character map, glyph
// names and font names: a CIDFontType2 reaches its glyphs through CIDToGIDMap, and ISO 32000-1
// §9.9 asks 'cmap' only of simple TrueType fonts. Subsetting those three read the whole of each
// for every document: a third of an English leaflet's instructions, and 700 bytes of its file.
constexpr hb_tag_t kUnembeddedTables[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'), HB_TAG('k', 'e', 'r', 'n'),
    HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'), HB_TAG('m', 'o', 'r', 'x'), HB_TAG('g', 'a', 's', 'p'),
    HB_TAG('c', 'm', 'a', 'p'), HB_TAG('n', 'a', 'm', 'e'), HB_TAG('p', 'o', 's', 't')};

// The tables of the shared face `full` that subsets are made from (sharing its bytes), made once
// per process like the faces above. CFF outlines: just 'CFF ' and 'maxp', since only the CFF
// program is embedded. TrueType: every table but kUnembeddedTables, which the subset drops
// anyway, so that planning a subset need not read the shaping tables (a keep-everything subset
// of Noto Nastaliq Urdu's GSUB and GPOS alone is about a billion instructions).
hb::Face shared_outlines_face(const std::string& file, int index, hb_face_t* full, bool cff) {
  std::lock_guard lock(fontconfig_mutex());
  static auto* faces = new std::map<std::pair<std::string, int>, hb::Face>();  // never destroyed, as above
  auto& face = (*faces)[{file, index}];
  if (!face) {
    std::vector<hb_tag_t> tags;
    if (cff) {
      tags = {HB_TAG('C', 'F', 'F', ' '), HB_TAG('m', 'a', 'x', 'p')};
    } else {
      tags.resize(hb_face_get_table_tags(full, 0, nullptr, nullptr));
      unsigned count = static_cast<unsigned>(tags.size());
      hb_face_get_table_tags(full, 0, &count, tags.data());
      tags.resize(count);
      std::erase_if(tags, [](hb_tag_t t) { return std::find(std::begin(kUnembeddedTables), std::end(kUnembeddedTables), t) != std::end(kUnembeddedTables); });
    }
    hb::Face built(hb_face_builder_create());
    for (hb_tag_t tag : tags) {
      const hb::Blob table(hb_face_reference_table(full, tag));
      if (!hb_face_builder_add_table(built.get(), tag, table.get()))
        throw InternalError("HarfBuzz could not hold the outlines of " + file);
    }
    hb_face_make_immutable(built.get());
    face = std::move(built);
  }
  return hb::Face(hb_face_reference(face.get()));
}

// Looks strings up by string_view, without copying the key.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using ShapeCache = std::unordered_map<std::string, ShapedText, TextHash, std::equal_to<>>;
// The same text shapes differently by language (local forms) and script: one cache for each.
using ShapeKey = std::tuple<std::string, std::uint32_t, bool>;  // BCP 47 language, hb_script_t, right to left

// Shaping results shared by the documents one thread builds: a batch of leaflets shapes the same
// words again and again. The faces are process-wide and immutable, so (face, language, script,
// text) always shapes the same way. Entries are only dropped between documents (FontSet's
// constructor), never while a document holds references into them.
std::unordered_map<const hb_face_t*, std::map<ShapeKey, ShapeCache>>& thread_shape_cache() {
  thread_local std::unordered_map<const hb_face_t*, std::map<ShapeKey, ShapeCache>> cache;
  return cache;
}

constexpr std::size_t kShapeCacheLimit = 200'000;  // entries per face, a few tens of MiB at most

std::int16_t be16s(const char* p) {
  return static_cast<std::int16_t>((static_cast<std::uint8_t>(p[0]) << 8) | static_cast<std::uint8_t>(p[1]));
}

bool is_bold(Face f) { return f == Face::Bold || f == Face::BoldItalic; }
bool is_italic(Face f) { return f == Face::Italic || f == Face::BoldItalic; }

// Marks and joiners draw with the character they follow, whatever font has them on their own.
bool attaches_to_previous(char32_t c) {
  if (c == 0x200C || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F)) return true;
  const hb_unicode_general_category_t cat = hb_unicode_general_category(hb_unicode_funcs_get_default(), c);
  return cat == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK || cat == HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK ||
         cat == HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK;
}

}  // namespace

struct FontSet::LoadedFace {
  FontFaceInfo info;
  hb::Face face;
  hb::Face outlines;  // shared_outlines_face, what subsets are made from
  hb::Font font;
  hb::Buffer buffer;
  // The texts this document has shaped, pointing into the thread's cache (whose keys they view).
  std::map<ShapeKey, std::unordered_map<std::string_view, const ShapedText*>> shaped;
  std::map<std::uint32_t, std::string> to_unicode;
  // Glyphs whose entry came from a cluster of several glyphs: a glyph seen alone replaces it.
  std::set<std::uint32_t> tentative;
};

FontSet::FontSet(const style::Template& tmpl) : tmpl_(tmpl), faces_(layout::kFaceCount) {
  for (auto& [face, caches] : thread_shape_cache())
    for (auto& [key, cache] : caches)
      if (cache.size() > kShapeCacheLimit) cache.clear();  // between documents: nothing refers to it
}

// Faces are loaded on first use: a leaflet without italics or code never opens those fonts.
FontSet::LoadedFace& FontSet::face(Face which) {
  auto& slot = faces_.at(static_cast<std::size_t>(which));
  if (!slot) slot = load_face(which);
  return *slot;
}

const FontSet::LoadedFace& FontSet::loaded(Face which) const {
  const std::size_t i = static_cast<std::size_t>(which);
  if (i >= faces_.size() || !faces_[i]) throw InternalError("font face used before it was loaded");
  return *faces_[i];
}


std::unique_ptr<FontSet::LoadedFace> FontSet::load_face(Face which) {
  const style::FontSpec& spec = which == Face::Mono && !tmpl_.monospace.family.empty() ? tmpl_.monospace : tmpl_.body.font;
  const std::string& family = spec.family;
  const bool bold = which == Face::Bold || which == Face::BoldItalic;
  const bool italic = which == Face::Italic || which == Face::BoldItalic;
  const Match m = find_font(family, bold, italic);
  if (!is_family(m, family)) {
    throw InputError("font-not-found", tmpl_.path, spec.loc,
                     "font family \"" + family + "\" is not installed" +
                         (m.family.empty() ? std::string() : " (fontconfig offers \"" + m.family + "\")"),
                     "install it (Debian: fonts-liberation2 for Liberation Sans) or name an installed family; "
                     "'fc-list : family' lists them");
  }
  return load_file(m.file, m.index, bold, italic, which == Face::Mono);
}

std::unique_ptr<FontSet::LoadedFace> FontSet::load_file(const std::string& file, int index, bool bold, bool italic,
                                                        bool mono) {
  auto f = std::make_unique<FontSet::LoadedFace>();
  f->info.file = file;
  f->face = shared_face(file, index);
  f->font.reset(hb_font_create(f->face.get()));
  f->buffer.reset(hb_buffer_create());
  f->info.units_per_em = hb_face_get_upem(f->face.get());
  char name[128];
  unsigned len = sizeof name;
  if (hb_ot_name_get_utf8(f->face.get(), HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &len, name) > 0)
    f->info.postscript_name = std::string(name, len);
  else
    f->info.postscript_name = "Font";
  std::erase_if(f->info.postscript_name, [](char c) { return c == ' ' || c == '/' || c == '#'; });
  hb_font_extents_t extents{};
  hb_font_get_h_extents(f->font.get(), &extents);
  f->info.ascender = extents.ascender;
  f->info.descender = extents.descender;
  // Font bounding box from 'head' (OpenType spec: xMin, yMin, xMax, yMax at offset 36).
  const hb::Blob head(hb_face_reference_table(f->face.get(), HB_TAG('h', 'e', 'a', 'd')));
  unsigned head_len = 0;
  const char* h = hb_blob_get_data(head.get(), &head_len);
  if (head_len >= 44)
    for (int i = 0; i < 4; ++i) f->info.bbox[i] = be16s(h + 36 + 2 * i);
  hb_position_t cap = 0;
  f->info.cap_height = hb_ot_metrics_get_position(f->font.get(), HB_OT_METRICS_TAG_CAP_HEIGHT, &cap) ? cap : extents.ascender;
  f->info.italic = italic;
  f->info.bold = bold;
  f->info.italic_angle = italic ? -12 : 0;
  f->info.fixed_pitch = mono;
  const hb::Blob cff(hb_face_reference_table(f->face.get(), HB_TAG('C', 'F', 'F', ' ')));
  f->info.cff = hb_blob_get_length(cff.get()) > 0;
  f->outlines = shared_outlines_face(file, index, f->face.get(), f->info.cff);
  return f;
}

FontSet::~FontSet() = default;

const std::vector<layout::Glyph>& FontSet::shape(Face which, std::string_view text) { return shape(which, text, {}); }

const std::vector<layout::Glyph>& FontSet::shape(Face which, std::string_view text, std::string_view lang) {
  return shape(which, text, lang, false);
}

const std::vector<layout::Glyph>& FontSet::shape(Face which, std::string_view text, std::string_view lang,
                                                 bool right_to_left) {
  GlyphMemo& memo = memo_for(which, lang, right_to_left);
  if (auto it = memo.find(text); it != memo.end()) return *it->second;
  // Most text is in a left-to-right script before Hebrew (Latin, Greek, Cyrillic) that the face
  // has every character of: one run, shaped as it was before fallback, without segmenting.
  if (!right_to_left && plain_text(which, text)) {
    const std::vector<layout::Glyph>& glyphs = shape_run(which, text, ScriptRunInfo{}, lang).glyphs;
    memo.emplace(std::string(text), &glyphs);
    return glyphs;
  }
  std::vector<layout::Glyph>& glyphs = joined_.emplace_back();
  std::vector<Run> runs = segment(which, text, lang);
  // Right to left, the first run in the text is the rightmost: glyphs go left to right.
  if (right_to_left) std::reverse(runs.begin(), runs.end());
  for (Run& run : runs) {
    run.script.right_to_left = right_to_left;
    const ShapedText& shaped = shape_run(run.face, text.substr(run.begin, run.end - run.begin), run.script, lang);
    for (layout::Glyph g : shaped.glyphs) {
      g.face = run.face;
      g.cluster += static_cast<std::uint32_t>(run.begin);
      glyphs.push_back(g);
    }
  }
  memo.emplace(std::string(text), &glyphs);
  return glyphs;
}

FontSet::GlyphMemo& FontSet::memo_for(Face which, std::string_view lang, bool right_to_left) {
  LastMemo& last = last_memo_;
  if (!last.memo || last.face != which || last.right_to_left != right_to_left || last.lang != lang) {
    last.memo = &segmented_[{which, std::string(lang), right_to_left}];  // map nodes never move
    last.face = which;
    last.lang = lang;
    last.right_to_left = right_to_left;
  }
  return *last.memo;
}

bool FontSet::plain_text(Face which, std::string_view text) {
  hb_font_t* font = face(which).font.get();
  for (std::size_t p = 0; p < text.size();) {
    const char32_t c = next_code_point(text, p);
    hb_codepoint_t glyph = 0;
    if (c >= 0x0590 || !hb_font_get_nominal_glyph(font, c, &glyph)) return false;
  }
  return true;
}

bool FontSet::covers(Face which, char32_t c) {
  hb_codepoint_t glyph = 0;
  return hb_font_get_nominal_glyph(face(which).font.get(), c, &glyph);
}

// Each script run goes to the face asked for when that has all its characters, otherwise
// character by character to the script's fallback face, the face asked for, or a font found for
// that character alone; what no font has stays with the face asked for and shapes to glyph 0.
std::vector<FontSet::Run> FontSet::segment(Face which, std::string_view text, std::string_view lang) {
  std::vector<Run> runs;
  for (const ScriptRun& sr : script_runs(text)) {
    const ScriptRunInfo info{sr.script};
    std::vector<std::pair<std::size_t, char32_t>> chars;
    std::u32string uncovered;
    for (std::size_t p = sr.begin; p < sr.end;) {
      const std::size_t at = p;
      const char32_t c = next_code_point(text, p);
      chars.emplace_back(at, c);
      if (!attaches_to_previous(c) && !covers(which, c) && uncovered.find(c) == std::u32string::npos) uncovered += c;
    }
    if (uncovered.empty()) {
      runs.push_back({sr.begin, sr.end, which, info});
      continue;
    }
    const Face script_face = fallback_face(which, info, lang, uncovered);
    Face previous = which;
    for (std::size_t k = 0; k < chars.size(); ++k) {
      const char32_t c = chars[k].second;
      Face f = which;
      if (k > 0 && attaches_to_previous(c)) {
        f = previous;
      } else if (script_face != which && covers(script_face, c)) {
        f = script_face;
      } else if (!covers(which, c)) {
        if (auto font = find_fallback_font(tmpl_, sr.script, lang, is_bold(which), is_italic(which), std::u32string(1, c), true))
          f = face_for(*font, which);
      }
      const std::size_t end = k + 1 < chars.size() ? chars[k + 1].first : sr.end;
      if (!runs.empty() && runs.back().face == f && runs.back().end == chars[k].first &&
          runs.back().script.script == sr.script)
        runs.back().end = end;
      else
        runs.push_back({chars[k].first, end, f, info});
      previous = f;
    }
  }
  return runs;
}

Face FontSet::face_for(const FallbackFont& font, Face which) {
  auto [it, added] = fallback_ids_.try_emplace({font.file, font.index, is_bold(which), is_italic(which)},
                                               static_cast<Face>(faces_.size()));
  if (added) faces_.push_back(load_file(font.file, font.index, is_bold(which), is_italic(which), false));
  return it->second;
}

// The script's font in this language, looked up once per document (and per process by
// find_fallback_font); a word with characters that font lacks is looked up by its characters.
// The face asked for when no installed font has them.
Face FontSet::fallback_face(Face which, const ScriptRunInfo& run, std::string_view lang, const std::u32string& needed) {
  const auto key = std::make_tuple(which, static_cast<std::uint32_t>(run.script), std::string(lang));
  auto it = fallback_for_.find(key);
  if (it == fallback_for_.end()) {
    const auto font = find_fallback_font(tmpl_, run.script, lang, is_bold(which), is_italic(which), needed, false);
    it = fallback_for_.emplace(key, font ? face_for(*font, which) : which).first;
  }
  const Face first_choice = it->second;
  if (first_choice != which &&
      std::all_of(needed.begin(), needed.end(), [&](char32_t c) { return covers(first_choice, c); }))
    return first_choice;
  if (auto font = find_fallback_font(tmpl_, run.script, lang, is_bold(which), is_italic(which), needed, true))
    return face_for(*font, which);
  return first_choice;
}

const ShapedText& FontSet::shape_run(Face which, std::string_view text, const ScriptRunInfo& run,
                                     std::string_view lang) {
  auto& f = face(which);
  const ShapeKey key{std::string(lang), static_cast<std::uint32_t>(run.script), run.right_to_left};
  auto& seen = f.shaped[key];
  if (auto it = seen.find(text); it != seen.end()) return *it->second;
  ShapeCache& cache = thread_shape_cache()[f.face.get()][key];
  auto cached = cache.find(text);
  if (cached == cache.end()) cached = cache.emplace(std::string(text), shape_uncached(f, text, run, lang)).first;
  const ShapedText& result = cached->second;
  seen.emplace(cached->first, &result);
  // What this document learns from the text, in the order it meets it, as if shaped afresh.
  for (const ShapedText::Cluster& cluster : result.clusters) {
    if (cluster.glyph != 0) {
      const bool known = f.to_unicode.count(cluster.glyph) != 0;
      if (!known || (cluster.single && f.tentative.erase(cluster.glyph))) f.to_unicode[cluster.glyph] = cluster.text;
      if (!known && !cluster.single) f.tentative.insert(cluster.glyph);
      continue;
    }
    for (std::size_t p = 0; p < cluster.text.size();) {
      const char32_t c = next_code_point(cluster.text, p);
      if (std::find(missing_.begin(), missing_.end(), c) == missing_.end()) missing_.push_back(c);
    }
  }
  return result;
}

ShapedText FontSet::shape_uncached(LoadedFace& f, std::string_view text, const ScriptRunInfo& run,
                                   std::string_view lang) {
  hb_buffer_t* buffer = f.buffer.get();
  hb_buffer_clear_contents(buffer);
  hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
  // The run's own script and language select the shaping rules (Bengali reordering, the
  // language's local forms); what is left unset HarfBuzz works out from the text.
  if (run.script != HB_SCRIPT_COMMON && run.script != HB_SCRIPT_INHERITED && run.script != HB_SCRIPT_UNKNOWN) {
    hb_buffer_set_script(buffer, run.script);
    hb_buffer_set_direction(buffer, hb_script_get_horizontal_direction(run.script));
  }
  // The bidi level decides, not the script: a bracket or a full stop between Arabic words is
  // shaped right to left (and mirrored).
  if (run.right_to_left) hb_buffer_set_direction(buffer, HB_DIRECTION_RTL);
  if (!lang.empty()) hb_buffer_set_language(buffer, hb_language_from_string(lang.data(), static_cast<int>(lang.size())));
  hb_buffer_guess_segment_properties(buffer);
  hb_shape(f.font.get(), buffer, nullptr, 0);
  unsigned count = 0;
  const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
  ShapedText out;
  out.glyphs.reserve(count);
  const double scale = 1.0 / f.info.units_per_em;
  // A cluster's text runs to the next cluster in logical order. For right-to-left runs HarfBuzz
  // returns glyphs in visual order, so the next glyph's cluster is an earlier character: find
  // the next larger cluster start instead.
  std::vector<unsigned> starts(count);
  for (unsigned i = 0; i < count; ++i) starts[i] = infos[i].cluster;
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  for (unsigned i = 0; i < count; ++i) {
    out.glyphs.push_back({infos[i].codepoint, pos[i].x_advance * scale, Face::Regular, infos[i].cluster,
                          pos[i].x_offset * scale, pos[i].y_offset * scale});
    // The text of a cluster goes to its first glyph: ligatures map back to all their letters.
    const bool first_of_cluster = i == 0 || infos[i - 1].cluster != infos[i].cluster;
    const auto next = std::upper_bound(starts.begin(), starts.end(), infos[i].cluster);
    const unsigned end = next == starts.end() ? static_cast<unsigned>(text.size()) : *next;
    const std::string_view cluster_text = text.substr(infos[i].cluster, end - infos[i].cluster);
    const bool single = first_of_cluster && (i + 1 == count || infos[i + 1].cluster != infos[i].cluster);
    if (single) {
      out.clusters.push_back({infos[i].codepoint, std::string(cluster_text), true});
      continue;
    }
    // A cluster of several glyphs (a consonant with a vowel sign, a conjunct): a glyph that is a
    // character's own glyph stands for that character, the first glyph otherwise for the whole
    // cluster, any other for it too, so every glyph drawn has a ToUnicode entry (PDF/UA-1
    // §7.21.7). The text reads back in order through the item's /ActualText.
    std::string own;
    for (std::size_t p = 0; p < cluster_text.size() && own.empty();) {
      const char32_t c = next_code_point(cluster_text, p);
      hb_codepoint_t nominal = 0;
      if (hb_font_get_nominal_glyph(f.font.get(), c, &nominal) && nominal == infos[i].codepoint) append_utf8(own, c);
    }
    out.clusters.push_back({infos[i].codepoint, own.empty() ? std::string(cluster_text) : own, false});
  }
  return out;
}

double FontSet::ascent(Face which) {
  const auto& f = face(which);
  return static_cast<double>(f.info.ascender) / f.info.units_per_em;
}

double FontSet::descent(Face which) {
  const auto& f = face(which);
  return static_cast<double>(f.info.descender) / f.info.units_per_em;
}

const FontFaceInfo& FontSet::info(Face which) const { return loaded(which).info; }

const std::map<std::uint32_t, std::string>& FontSet::to_unicode(Face face) const {
  return loaded(face).to_unicode;
}

double FontSet::glyph_width(Face face, std::uint32_t glyph) const {
  const auto& f = loaded(face);
  return hb_font_get_glyph_h_advance(f.font.get(), glyph) * 1000.0 / f.info.units_per_em;
}

FontSet::Subset FontSet::subset(Face face, const std::vector<std::uint32_t>& glyphs) const {
  const auto& f = loaded(face);
  const hb::SubsetInput input(hb_subset_input_create_or_fail());
  if (!input) throw InternalError("hb_subset_input_create_or_fail failed");
  hb_set_t* wanted = hb_subset_input_glyph_set(input.get());  // owned by input
  hb_set_add(wanted, 0);  // .notdef must stay
  for (std::uint32_t gid : glyphs) hb_set_add(wanted, gid);
  // No hinting, and none of kUnembeddedTables (absent from a face made by shared_outlines_face,
  // dropped again here all the same).
  // CFF outlines are renumbered too, but a CID-keyed CFF (Noto Sans CJK) selects glyphs by CID
  // through its charset, and hb-subset keeps each kept glyph's original CID there: the content
  // goes on showing the original ids. This assumes CID = glyph id, as in Noto Sans CJK and
  // Source Han Sans. Keeping the glyph ids instead (retain-gids) would write an empty entry for
  // every id below the highest used: 770 KB and 60 % of a Chinese leaflet's build time for
  // 13 KB of outlines.
  // Only the CFF table is embedded, so it is subset from a face of that table alone: planning a
  // subset of the whole font reads its entire cmap (65,000 characters in Noto Sans CJK: 90 % of
  // the subset's time, for every document) and adds the variant glyphs of every character used
  // (cmap format 14), which the page never shows.
  // CFF charstrings are written out in full: renumbering the subroutines a subset keeps was
  // most of a Chinese leaflet's subset time, and the expanded outlines of the few hundred
  // glyphs a leaflet uses compress smaller than the kept subroutines (the Chinese leaflet's PDF:
  // 21.9 KB -> 21.6 KB).
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING | (f.info.cff ? unsigned{HB_SUBSET_FLAGS_DESUBROUTINIZE} : 0u));
  hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);  // owned by input
  for (hb_tag_t tag : kUnembeddedTables) hb_set_add(drop, tag);
  const hb::SubsetPlan plan(hb_subset_plan_create_or_fail(f.outlines.get(), input.get()));
  if (!plan) throw InternalError("hb-subset could not plan a subset of " + f.info.file);
  const hb::Face sub(hb_subset_plan_execute_or_fail(plan.get()));
  if (!sub) throw InternalError("hb-subset could not subset " + f.info.file);
  Subset result;
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());  // owned by plan
  for (std::uint32_t gid : glyphs) {
    const hb_codepoint_t id = hb_map_get(old_to_new, gid);
    if (id == HB_MAP_VALUE_INVALID) throw InternalError("hb-subset dropped a glyph the page uses");
    result.new_id.emplace(gid, f.info.cff ? gid : id);  // CFF: the CID, found through the charset
  }
  // CFF: the bare 'CFF ' table (FontFile3 /CIDFontType0C), since readers find glyphs through
  // the charset of a bare CID-keyed CFF (ISO 32000-1 §9.7.4.2) but take CIDs for glyph ids in
  // an OpenType wrapper (FreeType, and so poppler and MuPDF).
  const hb::Blob blob(f.info.cff ? hb_face_reference_table(sub.get(), HB_TAG('C', 'F', 'F', ' '))
                                 : hb_face_reference_blob(sub.get()));
  unsigned len = 0;
  const char* data = hb_blob_get_data(blob.get(), &len);
  result.program.assign(data, len);
  return result;
}

}  // namespace handout::pdf
