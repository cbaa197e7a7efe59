// What the styles and numbering parts of a .docx mean for import: which paragraph styles are
// headings (by name or outline level, following w:basedOn), title, subtitle, caption, quote or
// callout, and which numbering levels are bullets.
#pragma once
#include <map>
#include <optional>
#include <string>

#include <pugixml.hpp>

namespace handout::import {

enum class StyleRole { None, Heading, Title, Subtitle, Caption, Quote, Callout, CalloutTitle, TableHeading, Code, ListContinuation, Author, Byline };

struct ParagraphStyle {
  StyleRole role = StyleRole::None;
  int heading_level = 0;  // 1..9 for Heading
  bool numbered = false;  // the style itself carries a numPr (List Bullet, List Number)
  std::string num_id;
  int ilvl = 0;
  // The nesting Word's built-in "List Bullet 2".."List Number 5" styles show: each is a separate
  // one-level list, only indented further, so the numbering level alone would flatten them.
  int list_depth = 0;
};

// Cuts the table styles (<w:style w:type="table"> … </w:style>) out of a styles part before it is
// parsed: the reader never uses them, and a template that defines Word's whole gallery (python-docx's
// does: 312 KB of its 349 KB) would otherwise make building its DOM most of an import's work.
void drop_table_styles(std::string& styles_xml);

class StyleTable {
 public:
  StyleTable() = default;
  explicit StyleTable(const pugi::xml_document* styles);
  // The style's meaning, inherited through basedOn (at most 20 steps; a cycle stops the walk).
  ParagraphStyle paragraph(const std::string& style_id) const;
  bool is_code_character(const std::string& style_id) const;
  // The document default language (w:docDefaults rPr lang), if any.
  const std::string& default_lang() const { return default_lang_; }

 private:
  struct Raw {
    std::string name;
    std::string based_on;
    std::optional<int> outline_level;
    std::string num_id;
    int ilvl = 0;
  };
  std::map<std::string, Raw> styles_;
  std::string default_lang_;
};

class NumberingTable {
 public:
  NumberingTable() = default;
  explicit NumberingTable(const pugi::xml_document* numbering);
  // True when level `ilvl` of list `num_id` is ordered (any numFmt but bullet and none).
  bool ordered(const std::string& num_id, int ilvl) const;

 private:
  std::map<std::string, std::string> abstract_of_num_;
  std::map<std::string, std::map<int, std::string>> formats_;  // abstractNumId → ilvl → numFmt
};

}  // namespace handout::import
