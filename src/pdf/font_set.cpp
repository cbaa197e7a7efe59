#include "pdf/font_set.hpp"

#include <fontconfig/fontconfig.h>
#include <hb-ot.h>

#include <strings.h>

#include <algorithm>
#include <cstdlib>
#include <cmath>
#include <mutex>
#include <tuple>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "pdf/hb_ptr.hpp"

namespace handout::pdf {

// Shaped text and, per cluster, the text its first glyph stands for (glyph 0: a missing glyph).
struct ShapedText {
  std::vector<layout::Glyph> glyphs;
  std::vector<std::pair<std::uint32_t, std::string>> clusters;
};

namespace {

using layout::Face;

// fontconfig's configuration is process-wide; FcInit is cheap after the first call but its
// matching functions are not documented as thread-safe, so matching is serialised.
std::mutex& fontconfig_mutex() {
  static std::mutex m;
  return m;
}

struct Match {
  std::string file;
  int index = 0;
  std::string family;
};

// Loading the system's fontconfig configuration means parsing some forty XML files: about 4 ms
// of every PDF process, far more than the rest of the font work. Most fonts live in the standard
// folders, whose fontconfig caches the system keeps up to date, so fonts are looked for there
// first with a configuration of just those folders (0.3 ms); only a family not found there sends
// the search to the full system configuration (site folders, aliases, rules). Setting
// FONTCONFIG_FILE or FONTCONFIG_PATH means the system configuration is wanted: it is used alone.
constexpr const char* kStandardFolders =
    "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\"><fontconfig>"
    "<dir>/usr/share/fonts</dir><dir>/usr/local/share/fonts</dir><dir prefix=\"xdg\">fonts</dir><dir>~/.fonts</dir>"
    "<cachedir>/var/cache/fontconfig</cachedir><cachedir prefix=\"xdg\">fontconfig</cachedir></fontconfig>";

FcConfig* standard_folders_config() {
  static FcConfig* config = [] {  // never destroyed: it lives as long as the process
    if (std::getenv("FONTCONFIG_FILE") || std::getenv("FONTCONFIG_PATH")) return static_cast<FcConfig*>(nullptr);
    FcConfig* c = FcConfigCreate();
    if (c && FcConfigParseAndLoadFromMemory(c, reinterpret_cast<const FcChar8*>(kStandardFolders), FcFalse) &&
        FcConfigBuildFonts(c))
      return c;
    if (c) FcConfigDestroy(c);
    return static_cast<FcConfig*>(nullptr);
  }();
  return config;
}

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

// Looks strings up by string_view, without copying the key.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using ShapeCache = std::unordered_map<std::string, ShapedText, TextHash, std::equal_to<>>;

// Shaping results shared by the documents one thread builds: a batch of leaflets shapes the same
// words again and again. The faces are process-wide and immutable, so (face, text) always shapes
// the same way. Entries are only dropped between documents (FontSet's constructor), never while
// a document holds references into them.
std::unordered_map<const hb_face_t*, ShapeCache>& thread_shape_cache() {
  thread_local std::unordered_map<const hb_face_t*, ShapeCache> cache;
  return cache;
}

constexpr std::size_t kShapeCacheLimit = 200'000;  // entries per face, a few tens of MiB at most

std::int16_t be16s(const char* p) {
  return static_cast<std::int16_t>((static_cast<std::uint8_t>(p[0]) << 8) | static_cast<std::uint8_t>(p[1]));
}

}  // namespace

struct FontSet::LoadedFace {
  FontFaceInfo info;
  hb::Face face;
  hb::Font font;
  hb::Buffer buffer;
  // The texts this document has shaped, pointing into the thread's cache (whose keys they view).
  std::unordered_map<std::string_view, const ShapedText*> shaped;
  std::map<std::uint32_t, std::string> to_unicode;
};

FontSet::FontSet(const style::Template& tmpl) : tmpl_(tmpl) {
  for (auto& [face, cache] : thread_shape_cache())
    if (cache.size() > kShapeCacheLimit) cache.clear();  // between documents: nothing refers to it
}

// Faces are loaded on first use: a leaflet without italics or code never opens those fonts.
FontSet::LoadedFace& FontSet::face(Face which) {
  auto& slot = faces_[static_cast<int>(which)];
  if (!slot) slot = load_face(which);
  return *slot;
}

const FontSet::LoadedFace& FontSet::loaded(Face which) const {
  const auto& slot = faces_[static_cast<int>(which)];
  if (!slot) throw InternalError("font face used before it was loaded");
  return *slot;
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
  auto f = std::make_unique<FontSet::LoadedFace>();
  f->info.file = m.file;
  f->face = shared_face(m.file, m.index);
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
  f->info.fixed_pitch = which == Face::Mono;
  return f;
}

FontSet::~FontSet() = default;

const std::vector<layout::Glyph>& FontSet::shape(Face which, std::string_view text) {
  auto& f = face(which);
  if (auto it = f.shaped.find(text); it != f.shaped.end()) return it->second->glyphs;
  ShapeCache& cache = thread_shape_cache()[f.face.get()];
  auto cached = cache.find(text);
  if (cached == cache.end()) cached = cache.emplace(std::string(text), shape_uncached(f, text)).first;
  const ShapedText& result = cached->second;
  f.shaped.emplace(cached->first, &result);
  // What this document learns from the text, in the order it meets it, as if shaped afresh.
  for (const auto& [glyph, chars] : result.clusters) {
    if (glyph != 0) {
      f.to_unicode.try_emplace(glyph, chars);
      continue;
    }
    for (std::size_t p = 0; p < chars.size();) {
      const char32_t c = next_code_point(chars, p);
      if (std::find(missing_.begin(), missing_.end(), c) == missing_.end()) missing_.push_back(c);
    }
  }
  return result.glyphs;
}

ShapedText FontSet::shape_uncached(LoadedFace& f, std::string_view text) {
  hb_buffer_t* buffer = f.buffer.get();
  hb_buffer_clear_contents(buffer);
  hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
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
    out.glyphs.push_back({infos[i].codepoint, pos[i].x_advance * scale});
    // The text of a cluster goes to its first glyph: ligatures map back to all their letters.
    const bool first_of_cluster = i == 0 || infos[i - 1].cluster != infos[i].cluster;
    if (!first_of_cluster) continue;
    const auto next = std::upper_bound(starts.begin(), starts.end(), infos[i].cluster);
    const unsigned end = next == starts.end() ? static_cast<unsigned>(text.size()) : *next;
    out.clusters.emplace_back(infos[i].codepoint, std::string(text.substr(infos[i].cluster, end - infos[i].cluster)));
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
  // A PDF viewer draws glyphs by id: it needs the outlines and metrics, not the hinting nor the
  // shaping tables (the layout already applied them), whose closure would also pull in glyphs
  // the document never shows.
  hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
  hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);  // owned by input
  for (hb_tag_t tag : {HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
                       HB_TAG('k', 'e', 'r', 'n'), HB_TAG('B', 'A', 'S', 'E'), HB_TAG('J', 'S', 'T', 'F'),
                       HB_TAG('m', 'o', 'r', 'x'), HB_TAG('g', 'a', 's', 'p')})
    hb_set_add(drop, tag);
  const hb::SubsetPlan plan(hb_subset_plan_create_or_fail(f.face.get(), input.get()));
  if (!plan) throw InternalError("hb-subset could not plan a subset of " + f.info.file);
  const hb::Face sub(hb_subset_plan_execute_or_fail(plan.get()));
  if (!sub) throw InternalError("hb-subset could not subset " + f.info.file);
  Subset result;
  const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());  // owned by plan
  for (std::uint32_t gid : glyphs) {
    const hb_codepoint_t id = hb_map_get(old_to_new, gid);
    if (id == HB_MAP_VALUE_INVALID) throw InternalError("hb-subset dropped a glyph the page uses");
    result.new_id.emplace(gid, id);
  }
  const hb::Blob blob(hb_face_reference_blob(sub.get()));
  unsigned len = 0;
  const char* data = hb_blob_get_data(blob.get(), &len);
  result.program.assign(data, len);
  return result;
}

}  // namespace handout::pdf
