#include "import/docx_styles.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>
#include <string_view>

namespace handout::import {

namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Word's built-in names are English in styles.xml whatever the UI language ("heading 1",
// "Title"); localised copies are based on them, so the basedOn walk finds the built-in one.
std::optional<int> heading_number(const std::string& name) {
  const std::string n = lower(name);
  for (const char* prefix : {"heading ", "heading"}) {
    const std::string p = prefix;
    if (n.size() == p.size() + 1 && n.starts_with(p) && n.back() >= '1' && n.back() <= '9') return n.back() - '0';
  }
  return std::nullopt;
}

// "List Bullet 3" → 2 (the third level); "List Number", "List Bullet" and anything else → 0.
int list_depth_of_name(const std::string& name) {
  const std::string n = lower(name);
  for (const std::string p : {"list bullet ", "list number ", "list "}) {
    if (n.size() == p.size() + 1 && n.starts_with(p) && n.back() >= '2' && n.back() <= '9') return n.back() - '1';
  }
  return 0;
}

StyleRole role_of_name(const std::string& name) {
  const std::string n = lower(name);
  if (n == "title") return StyleRole::Title;
  if (n == "subtitle") return StyleRole::Subtitle;
  if (n == "caption") return StyleRole::Caption;
  if (n == "author") return StyleRole::Author;  // pandoc's title block
  if (n == "byline") return StyleRole::Byline;  // Handout's authors and date under the title
  if (n == "quote" || n == "intense quote" || n == "intensequote" || n == "block text") return StyleRole::Quote;
  if (n == "callout") return StyleRole::Callout;
  if (n == "callouttitle" || n == "callout title") return StyleRole::CalloutTitle;
  if (n == "tableheading" || n == "table heading") return StyleRole::TableHeading;
  // A list paragraph without numbering continues the list item above it (a second paragraph).
  if (n == "list paragraph" || n == "listparagraph" || n.starts_with("list continue")) return StyleRole::ListContinuation;
  if (n == "source code" || n == "html preformatted" || n == "sourcecode") return StyleRole::Code;
  return StyleRole::None;
}

}  // namespace

void drop_table_styles(std::string& xml) {
  static constexpr std::string_view kStart = "<w:style w:type=\"table\"";
  static constexpr std::string_view kEnd = "</w:style>";
  // Boyer-Moore-Horspool skips ahead by the pattern's length where a plain find stops at every '<'.
  static const std::boyer_moore_horspool_searcher start_searcher(kStart.begin(), kStart.end());
  static const std::boyer_moore_horspool_searcher end_searcher(kEnd.begin(), kEnd.end());
  auto find = [&](const auto& searcher, std::size_t from) -> std::size_t {
    const auto it = std::search(xml.begin() + static_cast<std::ptrdiff_t>(from), xml.end(), searcher);
    return it == xml.end() ? std::string::npos : static_cast<std::size_t>(it - xml.begin());
  };
  std::string out;
  std::size_t from = 0;
  for (std::size_t at = find(start_searcher, 0); at != std::string::npos; at = find(start_searcher, from)) {
    const std::size_t end = find(end_searcher, at);
    // A self-closing table style, or one without its end tag, is left for the parser to judge.
    const std::size_t close = xml.find('>', at);
    if (end == std::string::npos || close == std::string::npos || xml[close - 1] == '/') break;
    out.append(xml, from, at - from);
    from = end + kEnd.size();
  }
  if (from == 0) return;
  out.append(xml, from, std::string::npos);
  xml = std::move(out);
}

StyleTable::StyleTable(const pugi::xml_document* styles) {
  if (!styles) return;
  const pugi::xml_node root = styles->child("w:styles");
  default_lang_ = root.child("w:docDefaults").child("w:rPrDefault").child("w:rPr").child("w:lang").attribute("w:val").value();
  for (pugi::xml_node s : root.children("w:style")) {
    Raw r;
    r.name = s.child("w:name").attribute("w:val").value();
    r.based_on = s.child("w:basedOn").attribute("w:val").value();
    const pugi::xml_node ppr = s.child("w:pPr");
    if (pugi::xml_attribute o = ppr.child("w:outlineLvl").attribute("w:val")) r.outline_level = o.as_int();
    r.num_id = ppr.child("w:numPr").child("w:numId").attribute("w:val").value();
    r.ilvl = ppr.child("w:numPr").child("w:ilvl").attribute("w:val").as_int();
    const std::string id = s.attribute("w:styleId").value();
    // A style id's own name ("Heading1") counts when the style has no w:name.
    if (r.name.empty()) r.name = id;
    styles_[id] = std::move(r);
  }
}

ParagraphStyle StyleTable::paragraph(const std::string& style_id) const {
  ParagraphStyle out;
  std::set<std::string> seen;
  std::string id = style_id;
  bool have_numbering = false;
  bool body_text = false;
  for (int step = 0; step < 20 && !id.empty() && seen.insert(id).second; ++step) {
    auto it = styles_.find(id);
    if (it == styles_.end()) {
      if (step == 0) {
        // Unknown id (no styles part): its own name may still say what it is.
        if (auto n = heading_number(id)) return {StyleRole::Heading, *n, false, {}, 0};
        out.role = role_of_name(id);
      }
      break;
    }
    const Raw& r = it->second;
    if (!have_numbering && !r.num_id.empty()) {
      have_numbering = true;
      out.numbered = r.num_id != "0";
      out.num_id = r.num_id;
      out.ilvl = r.ilvl;
      out.list_depth = list_depth_of_name(r.name);
    }
    // Outline level 9 is "body text": a style that says so is no heading, whatever it is based
    // on (Word's TOC Heading is based on Heading 1 that way).
    if (r.outline_level && *r.outline_level == 9 && out.role == StyleRole::None) body_text = true;
    if (out.role == StyleRole::None) {
      if (auto n = heading_number(r.name); n && !body_text) {
        out.role = StyleRole::Heading;
        out.heading_level = *n;
      } else if (r.outline_level && *r.outline_level >= 0 && *r.outline_level <= 8 && !body_text) {
        out.role = StyleRole::Heading;
        out.heading_level = *r.outline_level + 1;
      } else {
        out.role = role_of_name(r.name);
        if (out.role == StyleRole::None) out.role = role_of_name(id);
      }
    }
    id = r.based_on;
  }
  return out;
}

bool StyleTable::is_code_character(const std::string& style_id) const {
  if (style_id == "VerbatimChar") return true;
  auto it = styles_.find(style_id);
  if (it == styles_.end()) return false;
  const std::string n = lower(it->second.name);
  return n == "verbatim char" || n == "html code" || n == "verbatimchar";
}

NumberingTable::NumberingTable(const pugi::xml_document* numbering) {
  if (!numbering) return;
  const pugi::xml_node root = numbering->child("w:numbering");
  for (pugi::xml_node a : root.children("w:abstractNum")) {
    auto& levels = formats_[a.attribute("w:abstractNumId").value()];
    for (pugi::xml_node l : a.children("w:lvl")) {
      levels[l.attribute("w:ilvl").as_int()] = l.child("w:numFmt").attribute("w:val").value();
    }
  }
  for (pugi::xml_node n : root.children("w:num")) {
    abstract_of_num_[n.attribute("w:numId").value()] = n.child("w:abstractNumId").attribute("w:val").value();
  }
}

bool NumberingTable::ordered(const std::string& num_id, int ilvl) const {
  auto a = abstract_of_num_.find(num_id);
  if (a == abstract_of_num_.end()) return false;
  auto f = formats_.find(a->second);
  if (f == formats_.end()) return false;
  auto l = f->second.find(ilvl);
  if (l == f->second.end()) return false;
  return l->second != "bullet" && l->second != "none" && !l->second.empty();
}

}  // namespace handout::import
