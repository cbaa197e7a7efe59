// Scripts and directions. The script ranges are the letters of each block (UAX #24 Script values;
// digits, punctuation and marks shared between scripts are left out); the direction of text comes
// from FriBiDi's Unicode bidi tables rather than a table of our own.
#include "resolve/script.hpp"

#include <fribidi.h>

#include <algorithm>
#include <array>
#include <vector>

#include "core/utf8.hpp"

namespace handout::resolve {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

struct Range {
  char32_t first, last;
  std::string_view script;
};

// Sorted by first code point.
constexpr Range kRanges[] = {
    {0x0041, 0x005A, "latn"},   {0x0061, 0x007A, "latn"},   {0x00C0, 0x00D6, "latn"},   {0x00D8, 0x00F6, "latn"},
    {0x00F8, 0x024F, "latn"},   {0x0370, 0x03FF, "grek"},   {0x0400, 0x04FF, "cyrl"},   {0x05D0, 0x05EA, "hebr"},
    {0x0620, 0x064A, "arab"},   {0x066E, 0x066F, "arab"},   {0x0671, 0x06D3, "arab"},   {0x06D5, 0x06D5, "arab"},
    {0x06EE, 0x06EF, "arab"},   {0x06FA, 0x06FF, "arab"},   {0x0750, 0x077F, "arab"},   {0x0780, 0x07A5, "thaa"},
    {0x08A0, 0x08C9, "arab"},   {0x0904, 0x0939, "deva"},   {0x0958, 0x0961, "deva"},   {0x0985, 0x09B9, "beng"},
    {0x09CE, 0x09CE, "beng"},   {0x09DC, 0x09E1, "beng"},   {0x09F0, 0x09F1, "beng"},   {0x0A05, 0x0A39, "guru"},
    {0x0A59, 0x0A5E, "guru"},   {0x0A72, 0x0A74, "guru"},   {0x0A85, 0x0AB9, "gujr"},   {0x0B85, 0x0BB9, "taml"},
    {0x0E01, 0x0E30, "thai"},   {0x1100, 0x11FF, "hang"},   {0x1200, 0x135A, "ethi"},   {0x1380, 0x138F, "ethi"},
    {0x1E00, 0x1EFF, "latn"},   {0x2D80, 0x2DDE, "ethi"},   {0x3041, 0x3096, "hira"},   {0x30A1, 0x30FA, "kana"},
    {0x3131, 0x318E, "hang"},   {0x3400, 0x4DBF, "hani"},   {0x4E00, 0x9FFF, "hani"},   {0xAB01, 0xAB2E, "ethi"},
    {0xAC00, 0xD7A3, "hang"},   {0xF900, 0xFAFF, "hani"},   {0xFB50, 0xFDFF, "arab"},   {0xFE70, 0xFEFC, "arab"},
    {0x20000, 0x2FFFF, "hani"},
};

struct LanguageScript {
  std::string_view lang, script;
};

// CLDR likely subtags for the languages whose usual script is not Latin.
constexpr LanguageScript kLanguageScripts[] = {
    {"am", "ethi"},  {"ar", "arab"},  {"as", "beng"}, {"be", "cyrl"}, {"bg", "cyrl"}, {"bn", "beng"},
    {"ckb", "arab"}, {"dv", "thaa"},  {"el", "grek"}, {"fa", "arab"}, {"gu", "gujr"}, {"he", "hebr"},
    {"hi", "deva"},  {"iw", "hebr"},  {"ja", "jpan"}, {"ji", "hebr"}, {"ko", "kore"}, {"ks", "arab"}, {"mk", "cyrl"},
    {"mr", "deva"},  {"ne", "deva"},  {"pa", "guru"}, {"pnb", "arab"}, {"ps", "arab"}, {"ru", "cyrl"},
    {"sd", "arab"},  {"sr", "cyrl"},  {"ta", "taml"}, {"th", "thai"}, {"ti", "ethi"}, {"uk", "cyrl"},
    {"ur", "arab"},  {"yi", "hebr"},  {"yue", "hani"}, {"zh", "hani"},
};

struct ScriptInfo {
  std::string_view code, name, example_lang;
};

constexpr ScriptInfo kScriptInfo[] = {
    {"arab", "Arabic", "ar"},     {"beng", "Bengali", "bn"},   {"cyrl", "Cyrillic", "ru"}, {"deva", "Devanagari", "hi"},
    {"ethi", "Ethiopic", "ti"},   {"grek", "Greek", "el"},     {"gujr", "Gujarati", "gu"}, {"guru", "Gurmukhi", "pa"},
    {"hang", "Hangul", "ko"},     {"hani", "Han", "zh"},       {"hebr", "Hebrew", "he"},   {"hira", "Hiragana", "ja"},
    {"kana", "Katakana", "ja"},   {"latn", "Latin", "en"},     {"taml", "Tamil", "ta"},    {"thaa", "Thaana", "dv"},
    {"thai", "Thai", "th"},       {"jpan", "Japanese", "ja"},  {"kore", "Korean", "ko"},
};

const ScriptInfo* info_of(std::string_view script) {
  for (const ScriptInfo& i : kScriptInfo)
    if (i.code == script) return &i;
  return nullptr;
}

}  // namespace

std::string script_name(std::string_view script) {
  const ScriptInfo* i = info_of(script);
  return std::string(i ? i->name : script);
}

std::string_view example_language(std::string_view script) {
  const ScriptInfo* i = info_of(script);
  return i ? i->example_lang : std::string_view{};
}

namespace {

std::string_view search_script(char32_t c) {
  const Range* end = std::end(kRanges);
  const Range* it = std::upper_bound(std::begin(kRanges), end, c, [](char32_t v, const Range& r) { return v < r.first; });
  if (it == std::begin(kRanges)) return {};
  --it;
  return c <= it->last ? it->script : std::string_view{};
}

}  // namespace

std::string_view script_of(char32_t c) {
  // Most characters checked are ASCII: their scripts are looked up once, from the same table.
  static const auto ascii = [] {
    std::array<std::string_view, 128> table;
    for (char32_t a = 0; a < table.size(); ++a) table[a] = search_script(a);
    return table;
  }();
  return c < ascii.size() ? ascii[c] : search_script(c);
}

namespace {

// The script subtag of `lang`, lower case, when it has one ("pa-Arab" → arab).
std::optional<std::string> script_subtag(std::string_view lang) {
  for (std::size_t pos = lang.find('-'); pos != std::string_view::npos; pos = lang.find('-', pos + 1)) {
    const std::string_view sub = lang.substr(pos + 1, lang.find('-', pos + 1) - pos - 1);
    if (sub.size() == 4 && !(sub[0] >= '0' && sub[0] <= '9')) {
      const std::string s = lower(sub);
      // Traditional and Simplified Chinese are both Han.
      return s == "hans" || s == "hant" ? "hani" : s;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string script_of_language(std::string_view lang) {
  if (std::optional<std::string> script = script_subtag(lang)) return *script;
  const std::string primary = lower(lang.substr(0, lang.find('-')));
  for (const LanguageScript& ls : kLanguageScripts)
    if (ls.lang == primary) return std::string(ls.script);
  return "latn";
}

bool language_uses_script(std::string_view lang, std::string_view script) {
  const std::string own = script_of_language(lang);
  if (own == script) return true;
  if (own == "jpan") return script == "hani" || script == "hira" || script == "kana";
  if (own == "kore") return script == "hang" || script == "hani";
  return false;
}

std::optional<Direction> first_strong_direction(std::string_view text) {
  std::vector<FriBidiCharType> types;
  types.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) types.push_back(fribidi_get_bidi_type(next_code_point(text, pos)));
  // P2/P3: the first L, R or AL decides; characters inside isolates are skipped.
  const FriBidiParType dir = fribidi_get_par_direction(types.data(), static_cast<FriBidiStrIndex>(types.size()));
  if (dir == FRIBIDI_PAR_RTL) return Direction::Rtl;
  if (dir == FRIBIDI_PAR_LTR) return Direction::Ltr;
  return std::nullopt;
}

Direction direction_of_language(std::string_view lang) {
  static constexpr std::string_view kRtlScripts[] = {"arab", "hebr", "thaa", "syrc", "nkoo",
                                                     "adlm", "rohg", "samr", "mand"};
  const std::string script = script_of_language(lang);
  // Languages written right to left in their usual script that the table above does not list.
  static constexpr std::string_view kRtlLanguages[] = {"arc", "ku", "lrc", "mzn", "nqo", "syr", "ug"};
  const std::string primary = lower(lang.substr(0, lang.find('-')));
  if (std::find(std::begin(kRtlScripts), std::end(kRtlScripts), script) != std::end(kRtlScripts)) return Direction::Rtl;
  if (!script_subtag(lang) &&
      std::find(std::begin(kRtlLanguages), std::end(kRtlLanguages), primary) != std::end(kRtlLanguages))
    return Direction::Rtl;
  return Direction::Ltr;
}

std::optional<std::string> script_font_for(const style::Template& tmpl, std::string_view lang,
                                           std::string_view script) {
  const std::string tag = lower(lang);
  const style::ScriptFont* best = nullptr;
  for (const style::ScriptFont& f : tmpl.script_fonts) {
    const std::string key = lower(f.key);
    const bool prefix = tag == key || (tag.size() > key.size() && tag.compare(0, key.size(), key) == 0 &&
                                       tag[key.size()] == '-');
    if (prefix && key != script && (!best || key.size() > best->key.size())) best = &f;
  }
  if (best) return best->family;
  for (const style::ScriptFont& f : tmpl.script_fonts)
    if (lower(f.key) == script) return f.family;
  return std::nullopt;
}

FontSlot font_slot_of(std::string_view script) {
  if (script == "hani" || script == "hira" || script == "kana" || script == "hang" || script == "jpan" ||
      script == "kore")
    return FontSlot::EastAsian;
  if (script == "latn" || script == "grek" || script == "cyrl" || script.empty()) return FontSlot::Latin;
  return FontSlot::ComplexScript;
}

}  // namespace handout::resolve
