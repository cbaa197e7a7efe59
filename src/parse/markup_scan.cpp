#include "parse/markup_scan.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "core/utf8.hpp"

namespace handout::parse {
namespace {

// HTML's named references for Latin-1 (U+00A0 to U+00FF), in code point order.
constexpr std::array<std::string_view, 96> kLatin1 = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedChar {
  std::string_view name;
  char32_t code_point;
};

// The other HTML references authors paste from web pages and word processors: typographic
// punctuation, spaces, arrows, maths signs and the Latin Extended letters HTML 4 names.
constexpr std::array<NamedChar, 41> kOther = {{
    {"OElig", 0x152},   {"oelig", 0x153},  {"Scaron", 0x160}, {"scaron", 0x161}, {"Yuml", 0x178},
    {"fnof", 0x192},    {"circ", 0x2C6},   {"tilde", 0x2DC},  {"ensp", 0x2002},  {"emsp", 0x2003},
    {"thinsp", 0x2009}, {"zwnj", 0x200C},  {"zwj", 0x200D},   {"ndash", 0x2013}, {"mdash", 0x2014},
    {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
    {"bdquo", 0x201E},  {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022}, {"hellip", 0x2026},
    {"permil", 0x2030}, {"prime", 0x2032}, {"Prime", 0x2033}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A},
    {"euro", 0x20AC},   {"trade", 0x2122}, {"larr", 0x2190},  {"uarr", 0x2191},  {"rarr", 0x2192},
    {"darr", 0x2193},   {"harr", 0x2194},  {"minus", 0x2212}, {"ne", 0x2260},    {"le", 0x2264},
    {"ge", 0x2265},
}};

std::optional<char32_t> html_code_point(std::string_view name) {
  const auto latin1 = std::find(kLatin1.begin(), kLatin1.end(), name);
  if (latin1 != kLatin1.end()) return static_cast<char32_t>(0xA0 + (latin1 - kLatin1.begin()));
  for (const NamedChar& c : kOther)
    if (c.name == name) return c.code_point;
  return std::nullopt;
}

// Characters that cannot be seen when written as themselves: the hint offers only the reference.
std::string_view invisible_name(char32_t c) {
  switch (c) {
    case 0xA0: return "a no-break space";
    case 0xAD: return "a soft hyphen";
    case 0x2002: return "an en space";
    case 0x2003: return "an em space";
    case 0x2009: return "a thin space";
    case 0x200C: return "a zero-width non-joiner";
    case 0x200D: return "a zero-width joiner";
    default: return {};
  }
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' ||
         c == '_' || c == ':';
}

// The slip at xml[at] == '&', if it is one.
std::optional<EntitySlip> check_reference(std::string_view xml, std::size_t at) {
  if (at + 1 < xml.size() && xml[at + 1] == '#') return std::nullopt;  // numeric: pugixml decodes it
  std::size_t end = at + 1;
  while (end < xml.size() && is_name_char(xml[end])) ++end;
  const std::string_view name = xml.substr(at + 1, end - at - 1);
  if (name.empty() || end == xml.size() || xml[end] != ';') {
    return EntitySlip{at, "xml-not-well-formed", "a bare & is not allowed in XML",
                      "write &amp; for an ampersand"};
  }
  if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") return std::nullopt;
  const std::string ref = "&" + std::string(name) + ";";
  if (const auto c = html_code_point(name)) {
    const std::string numeric = "&#" + std::to_string(static_cast<std::uint32_t>(*c)) + ";";
    std::string hint;
    if (const std::string_view invisible = invisible_name(*c); !invisible.empty()) {
      hint = "write " + numeric + " (" + std::string(invisible) + ")";
    } else {
      std::string itself;
      append_utf8(itself, *c);
      hint = "write " + itself + " itself, or " + numeric;
    }
    return EntitySlip{at, "xml-undefined-entity", ref + " is an HTML entity that XML does not define", hint};
  }
  return EntitySlip{at, "xml-undefined-entity", ref + " is not an entity XML defines",
                    "XML defines only &amp; &lt; &gt; &quot; &apos;; write the character itself, or a numeric "
                    "reference such as &#163;"};
}

// Offset just past `terminator` from `from`, or the end of the input.
std::size_t skip_past(std::string_view xml, std::size_t from, std::string_view terminator) {
  const std::size_t found = xml.find(terminator, from);
  return found == std::string_view::npos ? xml.size() : found + terminator.size();
}

// Walks text and tags, skipping comments, CDATA, processing instructions and declarations (an
// "&" in those is not a reference). Calls on_ampersand for each "&" in text or attribute values,
// and on_tag(name, offset of '<', is_end, is_empty) for each tag; either returns true to stop.
template <class OnAmpersand, class OnTag>
void walk(std::string_view xml, std::size_t stop, OnAmpersand on_ampersand, OnTag on_tag) {
  std::size_t i = 0;
  while (i < stop) {
    const char c = xml[i];
    if (c == '&') {
      if (on_ampersand(i)) return;
      ++i;
    } else if (c != '<') {
      ++i;
    } else if (xml.substr(i, 4) == "<!--") {
      i = skip_past(xml, i + 4, "-->");
    } else if (xml.substr(i, 9) == "<![CDATA[") {
      i = skip_past(xml, i + 9, "]]>");
    } else if (xml.substr(i, 2) == "<?") {
      i = skip_past(xml, i + 2, "?>");
    } else if (xml.substr(i, 2) == "<!") {
      i = skip_past(xml, i + 2, ">");  // a DOCTYPE is refused anyway; its subset is not looked into
    } else {
      const std::size_t open = i;
      const bool is_end = i + 1 < xml.size() && xml[i + 1] == '/';
      std::size_t j = open + (is_end ? 2 : 1);
      const std::size_t name_start = j;
      while (j < xml.size() && is_name_char(xml[j])) ++j;
      const std::string_view name = xml.substr(name_start, j - name_start);
      char quote = 0;
      for (; j < xml.size() && (quote || xml[j] != '>'); ++j) {
        if (quote) {
          if (xml[j] == quote) quote = 0;
          else if (xml[j] == '&' && on_ampersand(j)) return;
        } else if (xml[j] == '"' || xml[j] == '\'') {
          quote = xml[j];
        }
      }
      const bool is_empty = j > open && j < xml.size() && xml[j - 1] == '/';
      if (on_tag(name, open, is_end, is_empty)) return;
      i = j + 1;
    }
  }
}

}  // namespace

std::optional<EntitySlip> find_entity_slip(std::string_view xml) {
  std::optional<EntitySlip> slip;
  walk(
      xml, xml.size(),
      [&](std::size_t at) {
        slip = check_reference(xml, at);
        return slip.has_value();
      },
      [](std::string_view, std::size_t, bool, bool) { return false; });
  return slip;
}

std::optional<UnclosedElement> find_unclosed_element(std::string_view xml, std::size_t stop) {
  struct Open {
    std::string_view name;
    std::size_t offset;
  };
  std::vector<Open> open;
  std::optional<UnclosedElement> found;
  walk(
      xml, std::min(stop + 1, xml.size()), [](std::size_t) { return false; },
      [&](std::string_view name, std::size_t at, bool is_end, bool is_empty) {
        if (name.empty()) return false;
        if (!is_end) {
          if (!is_empty) open.push_back({name, at});
          return false;
        }
        if (!open.empty() && open.back().name == name) {
          open.pop_back();
          return false;
        }
        if (open.empty()) return false;  // a stray end tag at the top level: pugixml's message says it
        const bool outer = std::any_of(open.begin(), open.end(), [&](const Open& o) { return o.name == name; });
        found = UnclosedElement{std::string(open.back().name), open.back().offset, std::string(name), at, outer};
        return true;
      });
  if (!found && !open.empty()) found = UnclosedElement{std::string(open.back().name), open.back().offset, {}, 0, false};
  return found;
}

}  // namespace handout::parse
