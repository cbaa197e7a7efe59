#include "pdf/font_fallback.hpp"

#include <fontconfig/fontconfig.h>
#include <strings.h>

#include <cstdlib>
#include <map>
#include <tuple>

#include "core/utf8.hpp"
#include "pdf/fc_ptr.hpp"

namespace handout::pdf {

std::mutex& fontconfig_mutex() {
  static std::mutex m;
  return m;
}

namespace {

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

}  // namespace

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

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

bool joins_neighbours(hb_script_t s) {
  return s == HB_SCRIPT_COMMON || s == HB_SCRIPT_INHERITED || s == HB_SCRIPT_UNKNOWN;
}

// The template's family for this language (the longest matching prefix of the tag first) or,
// failing that, for the script.
std::string configured_family(const style::Template& tmpl, hb_script_t script, std::string_view lang) {
  for (std::string tag = lower(lang); !tag.empty();) {
    for (const style::ScriptFont& f : tmpl.script_fonts)
      if (f.key == tag) return f.family;
    const std::size_t dash = tag.rfind('-');
    tag.resize(dash == std::string::npos ? 0 : dash);
  }
  const std::string code = script_code(script);
  for (const style::ScriptFont& f : tmpl.script_fonts)
    if (f.key == code) return f.family;
  return {};
}

// fontconfig's language names: ISO 639 codes, with the Chinese written forms as zh-cn / zh-tw.
std::string fontconfig_lang(std::string_view lang) {
  const std::string tag = lower(lang);
  const std::string primary = tag.substr(0, tag.find('-'));
  if (primary != "zh") return primary;
  for (std::string_view traditional : {"-hant", "-tw", "-hk", "-mo"})
    if (tag.find(traditional) != std::string::npos) return "zh-tw";
  return "zh-cn";
}

// Fonts whose glyphs a PDF can embed and draw: outline fonts without colour bitmaps.
bool embeddable(FcPattern* font) {
  FcBool scalable = FcFalse, colour = FcFalse;
  FcChar8* format = nullptr;
  FcPatternGetBool(font, FC_SCALABLE, 0, &scalable);
  FcPatternGetBool(font, FC_COLOR, 0, &colour);
  if (FcPatternGetString(font, FC_FONTFORMAT, 0, &format) != FcResultMatch) return false;
  const std::string_view f(reinterpret_cast<const char*>(format));
  return scalable && !colour && (f == "TrueType" || f == "CFF");
}

bool covers(FcPattern* font, const std::u32string& needed) {
  FcCharSet* charset = nullptr;
  if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch) return false;
  for (char32_t c : needed)
    if (!FcCharSetHasChar(charset, c)) return false;
  return true;
}

// The pattern asking for a font of the template's family if it names one, for the language,
// weight and slant, and with every needed character unless `needed` is nullptr; substituted by
// `config` (nullptr: the system's).
fc::Pattern fallback_pattern(FcConfig* config, const std::string& family, std::string_view lang, bool bold,
                             bool italic, const std::u32string* needed) {
  fc::Pattern pattern(FcPatternCreate());
  if (needed) {
    fc::CharSet charset(FcCharSetCreate());
    for (char32_t c : *needed) FcCharSetAddChar(charset.get(), c);
    FcPatternAddCharSet(pattern.get(), FC_CHARSET, charset.get());
  }
  if (!family.empty()) FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  if (!lang.empty()) {
    const std::string fc_lang = fontconfig_lang(lang);
    FcPatternAddString(pattern.get(), FC_LANG, reinterpret_cast<const FcChar8*>(fc_lang.c_str()));
  }
  FcPatternAddInteger(pattern.get(), FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pattern.get(), FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcPatternAddInteger(pattern.get(), FC_WIDTH, FC_WIDTH_NORMAL);
  FcPatternAddBool(pattern.get(), FC_SCALABLE, FcTrue);
  FcConfigSubstitute(config, pattern.get(), FcMatchPattern);
  FcDefaultSubstitute(pattern.get());
  return pattern;
}

// Whether a font's style name says bold. Some fonts declare the wrong weight (Debian 12's Noto
// Nastaliq Urdu Bold says 80, regular), so fontconfig ranks both faces alike; the name decides.
bool named_bold(FcPattern* font) {
  FcChar8* style = nullptr;
  return FcPatternGetString(font, FC_STYLE, 0, &style) == FcResultMatch &&
         std::string_view(reinterpret_cast<const char*>(style)).find("Bold") != std::string_view::npos;
}

std::string family_of(FcPattern* font) {
  FcChar8* fam = nullptr;
  return FcPatternGetString(font, FC_FAMILY, 0, &fam) == FcResultMatch ? std::string(reinterpret_cast<const char*>(fam))
                                                                       : std::string();
}

std::optional<FallbackFont> fallback_font(FcPattern* font) {
  FcChar8* file = nullptr;
  if (FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch) return std::nullopt;
  FallbackFont found;
  found.file = reinterpret_cast<const char*>(file);
  found.family = family_of(font);
  FcPatternGetInteger(font, FC_INDEX, 0, &found.index);
  return found;
}

// Every face of `family` in the standard folders with all its properties, listed once per process:
// the regular and bold lookups of each script share the list, and FcFontList compares every
// installed font with the family (about 2.7 M instructions a call). Called with
// fontconfig_mutex() held.
const FcFontSet* family_faces(FcConfig* standard, const std::string& family) {
  static auto* lists = new std::map<std::string, fc::FontSet>();  // never destroyed: lives as long as the process
  auto it = lists->find(family);
  if (it == lists->end()) {
    fc::Pattern of_family(FcPatternCreate());
    FcPatternAddString(of_family.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    it = lists->emplace(family, fc::FontSet(FcFontList(standard, of_family.get(), nullptr))).first;
  }
  return it->second.get();
}

// The template's family in the standard folders, ranked by language, weight and slant among the
// faces of that family alone, when the best has every needed character and the weight asked for
// (or the one face by that name that stands in for it, see below): then it is also what the full
// sort below chooses, since fontconfig ranks character
// coverage, then family, then the rest. This spares the sort's loading of the system
// configuration and the scoring of every installed font (10 M instructions a lookup even
// without the character sets): nearly all the font lookup time of a Chinese leaflet. Called
// with fontconfig_mutex() held.
std::optional<FallbackFont> match_family(const std::string& family, std::string_view lang, bool bold, bool italic,
                                         const std::u32string& needed) {
  FcConfig* standard = standard_folders_config();
  if (family.empty() || !standard) return std::nullopt;
  const FcFontSet* faces = family_faces(standard, family);
  if (!faces || faces->nfont == 0) return std::nullopt;
  const fc::Pattern pattern = fallback_pattern(standard, family, lang, bold, italic, nullptr);
  FcResult result = FcResultNoMatch;
  FcFontSet* sets[] = {const_cast<FcFontSet*>(faces)};  // FcFontSetMatch only reads it
  const fc::Pattern font(FcFontSetMatch(standard, sets, 1, pattern.get(), &result));
  if (!font || !embeddable(font.get()) || !covers(font.get(), needed) ||
      strcasecmp(family_of(font.get()).c_str(), family.c_str()) != 0)
    return std::nullopt;
  if (named_bold(font.get()) == bold) return fallback_font(font.get());
  // The best face has the other weight by name (a face that declares the wrong weight): the sort
  // below would take the next face of the same family whose name has the weight asked for. When
  // the family has exactly one such face that can stand in, that is it, found without the sort.
  FcPattern* other = nullptr;
  for (int i = 0; i < faces->nfont; ++i) {
    FcPattern* face = faces->fonts[i];
    if (named_bold(face) != bold || family_of(face) != family_of(font.get()) || !embeddable(face) || !covers(face, needed))
      continue;
    if (other) return std::nullopt;  // several: which comes first is the sort's to say
    other = face;
  }
  if (!other) return std::nullopt;
  return fallback_font(other);
}

// fontconfig ranks by character coverage before family, so among the fonts that have every
// needed character the template's family comes first, and another font stands in when it lacks
// some. Called with fontconfig_mutex() held.
std::optional<FallbackFont> sort_fonts(const std::string& family, std::string_view lang, bool bold, bool italic,
                                       const std::u32string& needed) {
  if (auto found = match_family(family, lang, bold, italic, needed)) return found;
  if (!FcInit()) return std::nullopt;
  const fc::Pattern pattern = fallback_pattern(nullptr, family, lang, bold, italic, &needed);
  FcResult result = FcResultNoMatch;
  fc::FontSet fonts(FcFontSort(nullptr, pattern.get(), FcFalse, nullptr, &result));
  if (!fonts) return std::nullopt;
  for (int i = 0; i < fonts->nfont; ++i) {
    FcPattern* font = fonts->fonts[i];
    if (!embeddable(font) || !covers(font, needed)) continue;
    if (named_bold(font) != bold) {
      for (int j = i + 1; j < fonts->nfont; ++j) {
        FcPattern* other = fonts->fonts[j];
        if (named_bold(other) == bold && family_of(other) == family_of(font) && embeddable(other) &&
            covers(other, needed)) {
          font = other;
          break;
        }
      }
    }
    if (auto found = fallback_font(font)) return found;
  }
  return std::nullopt;
}

}  // namespace

std::vector<ScriptRun> script_runs(std::string_view text) {
  hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
  std::vector<ScriptRun> runs;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const hb_script_t s = hb_unicode_script(unicode, next_code_point(text, pos));
    if (runs.empty()) {
      runs.push_back({start, pos, s});
    } else if (joins_neighbours(s) || s == runs.back().script) {
      runs.back().end = pos;
    } else if (joins_neighbours(runs.back().script)) {
      // Leading spaces or punctuation belong to the first script that follows them.
      runs.back().end = pos;
      runs.back().script = s;
    } else {
      runs.push_back({start, pos, s});
    }
  }
  return runs;
}

std::string script_code(hb_script_t script) {
  char tag[5] = {};
  hb_tag_to_string(hb_script_to_iso15924_tag(script), tag);
  return lower(tag);
}

std::string script_name(hb_script_t script) {
  static const std::map<hb_script_t, const char*> names = {
      {HB_SCRIPT_ARABIC, "Arabic"}, {HB_SCRIPT_HEBREW, "Hebrew"}, {HB_SCRIPT_SYRIAC, "Syriac"},
      {HB_SCRIPT_THAANA, "Thaana"}, {HB_SCRIPT_NKO, "N'Ko"},      {HB_SCRIPT_SAMARITAN, "Samaritan"},
      {HB_SCRIPT_MANDAIC, "Mandaic"}, {HB_SCRIPT_ADLAM, "Adlam"}, {HB_SCRIPT_HANIFI_ROHINGYA, "Hanifi Rohingya"}};
  const auto it = names.find(script);
  return it != names.end() ? it->second : script_code(script);
}

std::optional<FallbackFont> find_fallback_font(const style::Template& tmpl, hb_script_t script, std::string_view lang,
                                               bool bold, bool italic, const std::u32string& needed,
                                               bool by_characters) {
  const std::string family = configured_family(tmpl, script, lang);
  using Key = std::tuple<std::string, std::string, hb_script_t, bool, bool, std::u32string>;
  std::lock_guard lock(fontconfig_mutex());
  static std::map<Key, std::optional<FallbackFont>> found;
  Key key{family, lower(lang), script, bold, italic, by_characters ? needed : std::u32string()};
  auto it = found.find(key);
  if (it == found.end()) it = found.emplace(std::move(key), sort_fonts(family, lang, bold, italic, needed)).first;
  return it->second;
}

}  // namespace handout::pdf
