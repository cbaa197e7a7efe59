// The content reader's state while it converts one content file, shared by the files that each
// read one part of the format: content_reader.cpp (entry points, XML loading, errors, root, meta,
// suppressions), content_checks.cpp (depth, sizes, attribute values), content_blocks.cpp (blocks,
// lists, callouts, reply slips), content_images.cpp, content_tables.cpp and content_inlines.cpp.
// Internal to src/parse: the public interface is content_reader.hpp.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/line_index.hpp"
#include "parse/content_reader.hpp"

namespace handout::parse::detail {

namespace fs = std::filesystem;
using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;
using model::Inlines;

inline bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return is_xml_space(c); });
}

// HTML's whitespace collapsing for one text node: runs of ASCII whitespace become one space.
// U+00A0 is not whitespace here (blank-spacing reports runs of it).
inline std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool in_space = false;
  for (char c : s) {
    if (is_xml_space(c)) {
      if (!in_space) out += ' ';
      in_space = true;
    } else {
      out += c;
      in_space = false;
    }
  }
  return out;
}

inline std::optional<int> heading_level(std::string_view name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return name[1] - '0';
  return std::nullopt;
}

inline bool is_inline_element(std::string_view name) {
  return name == "em" || name == "strong" || name == "code" || name == "a" || name == "abbr" || name == "span" ||
         name == "br" || name == "note" || name == "sub" || name == "sup";
}

inline bool is_block_element(std::string_view name) {
  return heading_level(name) || name == "p" || name == "ul" || name == "ol" || name == "li" || name == "figure" ||
         name == "img" || name == "table" || name == "callout" || name == "quote" || name == "section" ||
         name == "pagebreak" || name == "reply-slip" || name == "dl" || name == "dt" || name == "dd" ||
         name == "address" || name == "hr";
}

class ContentReader {
 public:
  // `source` is the file as written; `buffer` a copy of it that pugixml parses (and changes) in place.
  ContentReader(std::string_view source, std::string& buffer, const std::string& path, const ContentOptions& options)
      : source_(source), buffer_(buffer), path_(path), options_(options), lines_(buffer) {}

  model::Document read();

 private:
  struct PendingSuppression {
    std::string rule, reason;
    SourceLoc at;
  };

  // ---- locations and errors (content_reader.cpp) --------------------------------------------

  std::size_t offset_of(const char* p) const { return static_cast<std::size_t>(p - buffer_.data()); }

  SourceLoc loc_of(pugi::xml_node n) const;

  SourceLoc loc_of(pugi::xml_attribute a) const { return lines_.locate(offset_of(a.name())); }

  InputError error(std::string code, pugi::xml_node n, std::string message, std::string hint = {}) const {
    return InputError(std::move(code), path_, loc_of(n), std::move(message), std::move(hint));
  }
  InputError error(std::string code, pugi::xml_attribute a, std::string message, std::string hint = {}) const {
    return InputError(std::move(code), path_, loc_of(a), std::move(message), std::move(hint));
  }

  InputError not_well_formed(const pugi::xml_parse_result& result) const;

  static std::string to_string(SourceLoc loc) { return std::to_string(loc.line) + ":" + std::to_string(loc.col); }

  InputError dtd_forbidden(pugi::xml_node n) const;
  InputError unknown_element(pugi::xml_node n) const;
  static std::string element_suggestion(std::string_view name);

  // ---- generic checks: depth, sizes, attribute values (content_checks.cpp) ------------------

  void enter(pugi::xml_node n);
  void leave() { --depth_; }

  struct DepthGuard {
    ContentReader& r;
    DepthGuard(ContentReader& reader, pugi::xml_node n) : r(reader) { r.enter(n); }
    ~DepthGuard() { r.leave(); }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
  };

  void check_attributes(pugi::xml_node n, std::initializer_list<std::string_view> allowed,
                        std::string_view also = {}) const;
  void check_text_size(pugi::xml_node text) const;
  std::optional<Colour> colour_attribute(pugi::xml_node n, const char* name) const;
  std::optional<model::Dir> dir_attribute(pugi::xml_node n) const;
  model::FormatVersion version_attribute(pugi::xml_node root) const;
  std::optional<std::string> anchor_attribute(pugi::xml_node n);

  // Elements and attributes added in format 1.1 call this where they are read, so a 1.0 file that
  // uses one says which version it needs instead of silently meaning something new.
  template <class NodeOrAttribute>
  void require_version_1_1(NodeOrAttribute at, std::string_view feature) const {
    if (doc_.version >= model::FormatVersion::V1_1) return;
    throw error("schema-needs-version", at, std::string(feature) + " needs content format 1.1",
                "add version=\"1.1\" to <handout>");
  }

  std::optional<std::string> string_attribute(pugi::xml_node n, const char* name) const;
  int span_attribute(pugi::xml_node n, const char* name) const;

  model::NodeId next_id() { return ++last_id_; }

  // ---- processing instructions (suppressions) (content_reader.cpp) --------------------------

  void take_processing_instruction(pugi::xml_node pi, std::vector<PendingSuppression>& pending) const;
  void apply_suppressions(std::vector<PendingSuppression>& pending, SourceLoc first);

  // ---- document structure: root and meta (content_reader.cpp) -------------------------------

  void read_root(pugi::xml_node root, std::vector<PendingSuppression>& before_root);
  std::string meta_text(pugi::xml_node n) const;
  static std::string trimmed(const std::string& collapsed);
  void read_meta(pugi::xml_node meta);
  static bool is_iso_date(std::string_view s);

  // ---- blocks, lists, callouts, reply slips (content_blocks.cpp) ----------------------------

  std::vector<Block> read_blocks(pugi::xml_node parent, std::string_view context);
  std::vector<Block> read_flow(pugi::xml_node parent);
  Block read_block(pugi::xml_node n, std::string_view context);
  void check_definition_list(pugi::xml_node n, const Block& b) const;
  Inlines read_address_lines(pugi::xml_node n);
  std::optional<model::CalloutKind> callout_kind_attribute(pugi::xml_node n) const;
  void read_list_numbering(pugi::xml_node n, Block& b) const;
  model::ReplySlip read_reply_slip(pugi::xml_node n);

  // ---- figures and images (content_images.cpp) ----------------------------------------------

  void read_figure(pugi::xml_node n, Block& b);
  model::Image read_image(pugi::xml_node n, std::string_view also = {});
  double read_percent(pugi::xml_attribute w) const;
  void check_image_file(pugi::xml_node n, model::Image& img) const;
  static bool is_svg_name(const fs::path& p);
  void check_svg_file(pugi::xml_node n, model::Image& img, const std::string& real) const;

  // ---- tables (content_tables.cpp) ----------------------------------------------------------

  model::Table read_table(pugi::xml_node n);
  void add_row(model::Table& t, pugi::xml_node r, model::RowGroup group);
  model::TableRow read_row(pugi::xml_node n, model::RowGroup group);

  // ---- inlines and whitespace (content_inlines.cpp) -----------------------------------------

  Inlines read_inline_children(pugi::xml_node parent);
  Inlines read_inline_nodes(const std::vector<pugi::xml_node>& nodes);
  Inline read_inline(pugi::xml_node n);
  static void finish_inlines(Inlines& run);
  static void drop_leading_spaces(Inlines& run, bool& after_space);
  static bool trim_back(Inlines& run, std::size_t end);
  static void drop_trailing_spaces(Inlines& run);
  static void remove_empty_text(Inlines& run);

  std::string_view source_;
  std::string& buffer_;
  const std::string& path_;
  const ContentOptions& options_;
  LineIndex lines_;
  model::Document doc_;
  std::size_t depth_ = 0;
  model::NodeId last_id_ = 0;
  int note_count_ = 0;
  int slip_count_ = 0;
  bool address_lines_ = false;  // reading <address>: source line ends are line breaks
  std::set<std::string> slip_names_;
  bool in_note_ = false;
  std::map<std::string, SourceLoc> anchors_;  // id="…" → the element that has it
  SourceLoc last_element_;
};

}  // namespace handout::parse::detail
