// The content format (1.0 and 1.1) → model::Document. The bytes are checked (size, UTF-8, no DTD) before pugixml
// parses them in place, so that every element's name pointer is an offset into our own buffer and
// LineIndex can turn it into line:column. The tree is then converted element by element; anything
// outside the vocabulary of docs/content-format.md is an InputError naming file:line:col.
#include "parse/content_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "core/error.hpp"
#include "core/image_probe.hpp"
#include "core/line_index.hpp"
#include "core/suggest.hpp"
#include "core/svg_image.hpp"
#include "core/utf8.hpp"
#include "parse/markup_scan.hpp"

namespace handout::parse {
namespace {

namespace fs = std::filesystem;
using model::Block;
using model::BlockKind;
using model::Inline;
using model::InlineKind;
using model::Inlines;

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return is_xml_space(c); });
}

// HTML's whitespace collapsing for one text node: runs of ASCII whitespace become one space.
// U+00A0 is not whitespace here (blank-spacing reports runs of it).
std::string collapse_whitespace(std::string_view s) {
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

std::optional<int> heading_level(std::string_view name) {
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') return name[1] - '0';
  return std::nullopt;
}

bool is_inline_element(std::string_view name) {
  return name == "em" || name == "strong" || name == "code" || name == "a" || name == "abbr" || name == "span" ||
         name == "br" || name == "note" || name == "sub" || name == "sup";
}

bool is_block_element(std::string_view name) {
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

  model::Document read() {
    pugi::xml_document xml;
    const unsigned flags = pugi::parse_default | pugi::parse_doctype | pugi::parse_pi | pugi::parse_ws_pcdata |
                           pugi::parse_declaration;
    const pugi::xml_parse_result result =
        xml.load_buffer_inplace(buffer_.data(), buffer_.size(), flags, pugi::encoding_utf8);
    if (!result) throw not_well_formed(result);

    doc_.path = path_;
    pugi::xml_node root;
    std::vector<PendingSuppression> pending;
    for (pugi::xml_node n : xml.children()) {
      switch (n.type()) {
        case pugi::node_doctype: throw dtd_forbidden(n);
        case pugi::node_element:
          if (root) throw error("schema-unknown-element", n, "a content file has exactly one root element");
          root = n;
          break;
        case pugi::node_pi: take_processing_instruction(n, pending); break;
        default: break;
      }
    }
    // Checked once the DOCTYPE is known to be absent: inside one, "&name;" may be declared.
    if (auto slip = find_entity_slip(source_))
      throw InputError(std::move(slip->code), path_, lines_.locate(slip->offset), std::move(slip->message),
                       std::move(slip->hint));
    if (!root) throw InputError("schema-missing-required", path_, {1, 1}, "no root element <handout>");
    if (std::string_view(root.name()) != "handout")
      throw error("schema-unknown-element", root, "root element is <" + std::string(root.name()) + ">, expected <handout>",
                  "wrap the content in <handout lang=\"en-GB\">…</handout>");
    read_root(root, pending);
    return std::move(doc_);
  }

 private:
  struct PendingSuppression {
    std::string rule, reason;
    SourceLoc at;
  };

  // ---- locations and errors -------------------------------------------------------------------

  std::size_t offset_of(const char* p) const { return static_cast<std::size_t>(p - buffer_.data()); }

  SourceLoc loc_of(pugi::xml_node n) const {
    if (n.type() == pugi::node_element || n.type() == pugi::node_pi) {
      // The name follows '<' (or "<?") directly; report the position of '<'.
      const std::size_t name = offset_of(n.name());
      return lines_.locate(name - (n.type() == pugi::node_pi ? 2 : 1));
    }
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) return lines_.locate(offset_of(n.value()));
    if (n.type() == pugi::node_doctype) return lines_.locate(offset_of(n.value()) - std::min<std::size_t>(offset_of(n.value()), 10));
    return {};
  }

  SourceLoc loc_of(pugi::xml_attribute a) const { return lines_.locate(offset_of(a.name())); }

  InputError error(std::string code, pugi::xml_node n, std::string message, std::string hint = {}) const {
    return InputError(std::move(code), path_, loc_of(n), std::move(message), std::move(hint));
  }
  InputError error(std::string code, pugi::xml_attribute a, std::string message, std::string hint = {}) const {
    return InputError(std::move(code), path_, loc_of(a), std::move(message), std::move(hint));
  }

  // pugixml reports an unclosed element where it gave up (often the parent's end tag, or the end
  // of the file); an author looks for the element that was left open, so name it and where it began.
  InputError not_well_formed(const pugi::xml_parse_result& result) const {
    const auto at = static_cast<std::size_t>(result.offset);
    const auto open = result.status == pugi::status_end_element_mismatch ? find_unclosed_element(source_, at)
                                                                          : std::nullopt;
    if (open) {
      const SourceLoc opened = lines_.locate(open->open_offset);
      const std::string element = "<" + open->name + "> opened at " + to_string(opened);
      const std::string& end_tag = open->end_tag;
      const SourceLoc end = lines_.locate(open->end_offset);
      if (end_tag.empty() && at + 1 >= source_.size()) {
        return InputError("xml-not-well-formed", path_, opened, "element " + element + " is never closed",
                          "add </" + open->name + "> where it ends");
      }
      if (!end_tag.empty() && open->end_tag_closes_outer) {
        return InputError("xml-not-well-formed", path_, opened,
                          "element " + element + " is never closed (</" + end_tag + "> at " + to_string(end) +
                              " closes an element around it)",
                          "add </" + open->name + "> before </" + end_tag + ">");
      }
      if (!end_tag.empty() && !closest_word(end_tag, {open->name}).empty()) {  // a misspelt end tag
        return InputError("xml-not-well-formed", path_, end, "end tag </" + end_tag + "> does not match " + element,
                          "write </" + open->name + ">, or correct the start tag");
      }
      if (!end_tag.empty()) {
        return InputError("xml-not-well-formed", path_, end,
                          "end tag </" + end_tag + "> closes no open element; the innermost is " + element,
                          "remove </" + end_tag + ">, or add <" + end_tag + "> where it begins");
      }
    }
    return InputError("xml-not-well-formed", path_, lines_.locate(at),
                      std::string("XML is not well-formed: ") + result.description(),
                      "fix the markup at this position; every element must be closed and attributes quoted");
  }

  static std::string to_string(SourceLoc loc) { return std::to_string(loc.line) + ":" + std::to_string(loc.col); }

  InputError dtd_forbidden(pugi::xml_node n) const {
    return error("xml-dtd-forbidden", n, "DOCTYPE declarations are not allowed in content files",
                 "remove the <!DOCTYPE …>; content files use no DTD and no entities (write characters directly)");
  }

  // ---- generic checks -------------------------------------------------------------------------

  void enter(pugi::xml_node n) {
    if (++depth_ > options_.limits.max_depth) {
      throw error("limit-exceeded", n,
                  "elements are nested more than " + std::to_string(options_.limits.max_depth) + " deep",
                  "flatten the structure; real documents need far fewer levels");
    }
    last_element_ = loc_of(n);
  }
  void leave() { --depth_; }

  struct DepthGuard {
    ContentReader& r;
    DepthGuard(ContentReader& reader, pugi::xml_node n) : r(reader) { r.enter(n); }
    ~DepthGuard() { r.leave(); }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
  };

  // Checks that `n` has only attributes from `allowed`, and every value is within the size limit.
  // `also` is one more allowed name (the dir attribute every block takes).
  void check_attributes(pugi::xml_node n, std::initializer_list<std::string_view> allowed,
                        std::string_view also = {}) const {
    for (pugi::xml_attribute a : n.attributes()) {
      const std::string_view name = a.name();
      if (!also.empty() && name == also) continue;
      if (std::strlen(a.value()) > options_.limits.max_attribute_bytes) {
        throw error("limit-exceeded", a,
                    "attribute '" + std::string(name) + "' is longer than " +
                        std::to_string(options_.limits.max_attribute_bytes / 1024) + " KiB");
      }
      if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
        std::string list;
        for (std::string_view s : allowed) list += (list.empty() ? "" : ", ") + std::string(s);
        if (!also.empty()) list += (list.empty() ? "" : ", ") + std::string(also);
        throw error("schema-unknown-attribute", a,
                    "<" + std::string(n.name()) + "> has no attribute '" + std::string(name) + "'",
                    !list.empty() ? "allowed here: " + list : "this element takes no attributes");
      }
    }
  }

  void check_text_size(pugi::xml_node text) const {
    if (std::strlen(text.value()) > options_.limits.max_text_bytes) {
      throw error("limit-exceeded", text,
                  "text node is longer than " + std::to_string(options_.limits.max_text_bytes >> 20) + " MiB");
    }
  }

  std::optional<Colour> colour_attribute(pugi::xml_node n, const char* name) const {
    pugi::xml_attribute a = n.attribute(name);
    if (!a) return std::nullopt;
    auto c = parse_hex_colour(a.value());
    if (!c) {
      throw error("attr-bad-colour", a, std::string(name) + "=\"" + a.value() + "\" is not a #rrggbb colour",
                  "write six hexadecimal digits, e.g. #1a1a1a");
    }
    return c;
  }

  // dir="ltr|rtl|auto" (HTML's values, lower case as XML is case-sensitive).
  std::optional<model::Dir> dir_attribute(pugi::xml_node n) const {
    pugi::xml_attribute a = n.attribute("dir");
    if (!a) return std::nullopt;
    const std::string_view v = a.value();
    if (v == "ltr") return model::Dir::Ltr;
    if (v == "rtl") return model::Dir::Rtl;
    if (v == "auto") return model::Dir::Auto;
    throw error("schema-invalid-value", a, "dir=\"" + std::string(v) + "\" is not ltr, rtl or auto",
                "write dir=\"rtl\" for right-to-left text, dir=\"ltr\" for left-to-right, or dir=\"auto\" "
                "to follow the first letter");
  }

  model::FormatVersion version_attribute(pugi::xml_node root) const {
    pugi::xml_attribute a = root.attribute("version");
    if (!a) return model::FormatVersion::V1_0;
    const std::string_view v = a.value();
    if (v == "1.0") return model::FormatVersion::V1_0;
    if (v == "1.1") return model::FormatVersion::V1_1;
    throw error("schema-invalid-value", a, "version=\"" + std::string(v) + "\" is not a content format version",
                "write version=\"1.1\" (or leave it out for 1.0)");
  }

  // id="…" (1.1) on a block, the target of <a href="#…">. Its shape is HTML's and XML's NCName in
  // ASCII (a letter, then letters, digits, '-', '_', '.'), so the same name works as an HTML id, a
  // PDF destination and a Word bookmark. A second block with the same id would make a link
  // ambiguous, so that is an input error here, not a lint finding.
  std::optional<std::string> anchor_attribute(pugi::xml_node n) {
    pugi::xml_attribute a = n.attribute("id");
    if (!a) return std::nullopt;
    require_version_1_1(a, "the id attribute");
    const std::string v = a.value();
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    bool ok = !v.empty() && letter(v.front());
    for (char c : v) ok = ok && (letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.');
    if (!ok)
      throw error("schema-invalid-value", a, "id=\"" + v + "\" is not a name",
                  "start with a letter and use only letters, digits, '-', '_' and '.', e.g. id=\"opening-times\"");
    // The HTML page names its own parts with these; a block taking one would make two targets.
    if (v == "main" || v == "notes-heading" || v.starts_with("note-") || v.starts_with("callout-") ||
        v.starts_with("section-"))
      throw error("schema-invalid-value", a, "id=\"" + v + "\" is reserved for the HTML page's own parts",
                  "choose another name; main, notes-heading, note-…, callout-… and section-… are taken");
    const SourceLoc here = loc_of(n);
    const auto [it, inserted] = anchors_.emplace(v, here);
    if (!inserted)
      throw error("schema-invalid-value", a,
                  "id=\"" + v + "\" is already the id of the element at line " + std::to_string(it->second.line) +
                      ", column " + std::to_string(it->second.col),
                  "give each element its own id; links name exactly one target");
    return v;
  }

  // Elements and attributes added in format 1.1 call this where they are read, so a 1.0 file that
  // uses one says which version it needs instead of silently meaning something new.
  template <class NodeOrAttribute>
  void require_version_1_1(NodeOrAttribute at, std::string_view feature) const {
    if (doc_.version >= model::FormatVersion::V1_1) return;
    throw error("schema-needs-version", at, std::string(feature) + " needs content format 1.1",
                "add version=\"1.1\" to <handout>");
  }

  std::optional<std::string> string_attribute(pugi::xml_node n, const char* name) const {
    pugi::xml_attribute a = n.attribute(name);
    if (!a) return std::nullopt;
    return std::string(a.value());
  }

  int span_attribute(pugi::xml_node n, const char* name) const {
    pugi::xml_attribute a = n.attribute(name);
    if (!a) return 1;
    std::string_view v = a.value();
    int out = 0;
    auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || ptr != v.data() + v.size() || out < 1 || out > 1000) {
      throw error("schema-invalid-value", a, std::string(name) + "=\"" + std::string(v) + "\" is not a whole number from 1 to 1000");
    }
    return out;
  }

  model::NodeId next_id() { return ++last_id_; }

  // ---- processing instructions (suppressions) ---------------------------------------------------

  // <?handout-ignore rule-id reason="why this finding does not apply"?>
  void take_processing_instruction(pugi::xml_node pi, std::vector<PendingSuppression>& pending) const {
    const std::string_view target = pi.name();
    if (target != "handout-ignore") {
      if (target.substr(0, 8) == "handout-")
        throw error("schema-unknown-element", pi, "unknown processing instruction <?" + std::string(target) + "?>",
                    "the only Handout instruction is <?handout-ignore rule-id reason=\"…\"?>");
      return;  // other applications' instructions are none of our business
    }
    std::string_view v = pi.value();
    const std::size_t start = v.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos)
      throw error("schema-missing-required", pi, "handout-ignore names no rule",
                  "write <?handout-ignore rule-id reason=\"…\"?>");
    v.remove_prefix(start);
    const std::size_t end = v.find_first_of(" \t\r\n");
    PendingSuppression s;
    s.rule = std::string(v.substr(0, end));
    s.at = loc_of(pi);
    std::string_view rest = end == std::string_view::npos ? std::string_view{} : v.substr(end);
    const std::size_t key = rest.find("reason=");
    if (key != std::string_view::npos && key + 7 < rest.size() && (rest[key + 7] == '"' || rest[key + 7] == '\'')) {
      const char quote = rest[key + 7];
      const std::size_t close = rest.find(quote, key + 8);
      if (close != std::string_view::npos) s.reason = std::string(rest.substr(key + 8, close - key - 8));
    }
    if (is_blank(s.reason))
      throw error("schema-missing-required", pi, "handout-ignore " + s.rule + " gives no reason",
                  "say why the finding does not apply: <?handout-ignore " + s.rule + " reason=\"…\"?>");
    pending.push_back(std::move(s));
  }

  // Called once the element following the instructions has been read completely.
  void apply_suppressions(std::vector<PendingSuppression>& pending, SourceLoc first) {
    for (PendingSuppression& p : pending) {
      doc_.suppressions.push_back({std::move(p.rule), std::move(p.reason), p.at, first, last_element_});
    }
    pending.clear();
  }

  // ---- document structure ----------------------------------------------------------------------

  void read_root(pugi::xml_node root, std::vector<PendingSuppression>& before_root) {
    DepthGuard guard(*this, root);
    // xsi:noNamespaceSchemaLocation lets an editor find schema/handout-content.xsd; it and its
    // namespace declaration mean nothing to Handout.
    check_attributes(root, {"lang", "version", "dir", "template", "contents", "xmlns:xsi", "xsi:noNamespaceSchemaLocation"});
    doc_.root_loc = loc_of(root);
    doc_.version = version_attribute(root);
    doc_.dir = dir_attribute(root);
    pugi::xml_attribute lang = root.attribute("lang");
    if (!lang)
      throw error("schema-missing-required", root, "<handout> has no lang attribute",
                  "add the document language as a BCP 47 tag, e.g. <handout lang=\"en-GB\">");
    doc_.lang = lang.value();
    doc_.template_name = string_attribute(root, "template");
    if (pugi::xml_attribute c = root.attribute("contents")) {
      require_version_1_1(c, "the contents attribute");
      const std::string_view v = c.value();
      if (v != "true" && v != "false")
        throw error("schema-invalid-value", c, "contents=\"" + std::string(v) + "\" must be \"true\" or \"false\"");
      doc_.contents = v == "true";
    }

    bool have_meta = false, have_body = false;
    std::vector<PendingSuppression> pending;
    for (pugi::xml_node n : root.children()) {
      if (n.type() == pugi::node_pi) { take_processing_instruction(n, pending); continue; }
      if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
        if (!is_blank(n.value()))
          throw error("schema-misplaced-text", n, "text directly inside <handout>", "put text inside <body> blocks");
        continue;
      }
      if (n.type() != pugi::node_element) continue;
      const std::string_view name = n.name();
      const SourceLoc first = loc_of(n);
      if (name == "meta") {
        if (have_meta) throw error("schema-unknown-element", n, "a second <meta>", "merge the two <meta> elements");
        have_meta = true;
        read_meta(n);
      } else if (name == "body") {
        if (have_body) throw error("schema-unknown-element", n, "a second <body>", "a handout has one <body>");
        have_body = true;
        DepthGuard body_guard(*this, n);
        check_attributes(n, {});
        doc_.body_loc = first;
        doc_.body = read_blocks(n, "body");
      } else {
        throw error("schema-unknown-element", n, "<" + std::string(name) + "> is not allowed in <handout>",
                    "<handout> holds <meta> and <body>");
      }
      apply_suppressions(pending, first);
    }
    if (!have_meta)
      throw error("schema-missing-required", root, "<handout> has no <meta>",
                  "add <meta><title>…</title></meta> before <body>");
    if (!have_body) throw error("schema-missing-required", root, "<handout> has no <body>");
    apply_suppressions(before_root, doc_.root_loc);
    doc_.note_count = note_count_;
  }

  std::string meta_text(pugi::xml_node n) const {
    std::string text;
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        check_text_size(c);
        text += c.value();
      } else if (c.type() == pugi::node_element) {
        throw error("schema-unknown-element", c, "<" + std::string(n.name()) + "> holds plain text only",
                    "remove the <" + std::string(c.name()) + "> markup from the metadata");
      }
    }
    return trimmed(collapse_whitespace(text));
  }

  static std::string trimmed(const std::string& collapsed) {
    const std::size_t b = collapsed.find_first_not_of(' ');
    if (b == std::string::npos) return {};
    return collapsed.substr(b, collapsed.find_last_not_of(' ') - b + 1);
  }

  void read_meta(pugi::xml_node meta) {
    DepthGuard guard(*this, meta);
    check_attributes(meta, {});
    doc_.meta.loc = loc_of(meta);
    bool have_title = false;
    auto single = [&](std::optional<model::MetaText>& field, pugi::xml_node n) {
      if (field) throw error("schema-unknown-element", n, "a second <" + std::string(n.name()) + "> in <meta>");
      field = model::MetaText{meta_text(n), loc_of(n)};
    };
    for (pugi::xml_node n : meta.children()) {
      if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
        if (!is_blank(n.value())) throw error("schema-misplaced-text", n, "text directly inside <meta>");
        continue;
      }
      if (n.type() != pugi::node_element) continue;
      DepthGuard child_guard(*this, n);
      check_attributes(n, {});
      const std::string_view name = n.name();
      if (name == "title") {
        if (have_title) throw error("schema-unknown-element", n, "a second <title> in <meta>");
        have_title = true;
        doc_.meta.title = {meta_text(n), loc_of(n)};
      } else if (name == "subtitle") {
        single(doc_.meta.subtitle, n);
      } else if (name == "author") {
        doc_.meta.authors.push_back({meta_text(n), loc_of(n)});
      } else if (name == "audience") {
        single(doc_.meta.audience, n);
      } else if (name == "date") {
        single(doc_.meta.date, n);
        if (!is_iso_date(doc_.meta.date->text))
          throw error("schema-invalid-value", n, "<date> \"" + doc_.meta.date->text + "\" is not YYYY-MM-DD",
                      "write the date as e.g. 2024-09-01");
      } else if (name == "description") {
        single(doc_.meta.description, n);
      } else if (name == "keywords") {
        single(doc_.meta.keywords, n);
      } else {
        throw error("schema-unknown-element", n, "<" + std::string(name) + "> is not allowed in <meta>",
                    "<meta> holds title, subtitle, author, audience, date, description and keywords");
      }
    }
    if (!have_title)
      throw error("schema-missing-required", meta, "<meta> has no <title>",
                  "add <title>…</title>: it becomes the PDF and DOCX document title");
  }

  static bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
      if (s[i] < '0' || s[i] > '9') return false;
    const int month = (s[5] - '0') * 10 + (s[6] - '0');
    const int day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  // ---- blocks ----------------------------------------------------------------------------------

  // Children of a container that holds blocks only (body, section, callout, quote, list).
  std::vector<Block> read_blocks(pugi::xml_node parent, std::string_view context) {
    std::vector<Block> out;
    std::vector<PendingSuppression> pending;
    for (pugi::xml_node n : parent.children()) {
      switch (n.type()) {
        case pugi::node_pi: take_processing_instruction(n, pending); break;
        case pugi::node_pcdata:
        case pugi::node_cdata:
          check_text_size(n);
          if (!is_blank(n.value()))
            throw error("schema-misplaced-text", n, "text directly inside <" + std::string(context) + ">",
                        "put the text in a <p> (or another block)");
          break;
        case pugi::node_element: {
          const SourceLoc first = loc_of(n);
          out.push_back(read_block(n, context));
          apply_suppressions(pending, first);
          break;
        }
        default: break;
      }
    }
    return out;
  }

  // Content that may be inline text or blocks (li, th, td): runs of inline nodes become Plain blocks.
  std::vector<Block> read_flow(pugi::xml_node parent) {
    std::vector<Block> out;
    std::vector<pugi::xml_node> run;
    std::vector<PendingSuppression> pending;
    auto flush = [&] {
      bool has_content = false;
      for (pugi::xml_node r : run) has_content |= r.type() == pugi::node_element || !is_blank(r.value());
      if (has_content) {
        Block plain;
        plain.kind = BlockKind::Plain;
        plain.id = next_id();
        plain.loc = loc_of(run.front());
        plain.inlines = read_inline_nodes(run);
        finish_inlines(plain.inlines);
        out.push_back(std::move(plain));
      }
      run.clear();
    };
    for (pugi::xml_node n : parent.children()) {
      if (n.type() == pugi::node_pi) { take_processing_instruction(n, pending); continue; }
      if (n.type() == pugi::node_element && is_block_element(n.name())) {
        flush();
        const SourceLoc first = loc_of(n);
        out.push_back(read_block(n, parent.name()));
        apply_suppressions(pending, first);
      } else if (n.type() == pugi::node_element || n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
        run.push_back(n);
      }
    }
    flush();
    return out;
  }

  Block read_block(pugi::xml_node n, std::string_view context) {
    DepthGuard guard(*this, n);
    const std::string_view name = n.name();
    Block b;
    b.id = next_id();
    b.loc = loc_of(n);
    if (name != "img" && name != "pagebreak" && name != "hr") b.dir = dir_attribute(n);
    if (is_block_element(name) && name != "pagebreak" && name != "hr") b.anchor = anchor_attribute(n);
    if (auto level = heading_level(name)) {
      check_attributes(n, {"id"}, "dir");
      b.kind = BlockKind::Heading;
      b.level = *level;
      b.inlines = read_inline_children(n);
    } else if (name == "p") {
      check_attributes(n, {"id"}, "dir");
      b.kind = BlockKind::Paragraph;
      b.inlines = read_inline_children(n);
    } else if (name == "ul" || name == "ol") {
      if (name == "ol") check_attributes(n, {"id", "start", "type"}, "dir");
      else check_attributes(n, {"id"}, "dir");
      b.kind = BlockKind::List;
      b.ordered = name == "ol";
      if (b.ordered) read_list_numbering(n, b);
      b.children = read_blocks(n, name);  // non-li children are kept for the list-structure rule
    } else if (name == "li") {
      check_attributes(n, {"id"}, "dir");
      b.kind = BlockKind::ListItem;
      b.children = read_flow(n);
    } else if (name == "figure") {
      check_attributes(n, {"id"}, "dir");
      read_figure(n, b);
    } else if (name == "img") {
      b.kind = BlockKind::Image;
      b.image = read_image(n, "id");
    } else if (name == "table") {
      check_attributes(n, {"id"}, "dir");
      b.kind = BlockKind::Table;
      b.table = read_table(n);
    } else if (name == "callout") {
      check_attributes(n, {"id", "title", "color", "background", "kind"}, "dir");
      b.kind = BlockKind::Callout;
      b.callout_kind = callout_kind_attribute(n);
      b.title = string_attribute(n, "title");
      b.color = colour_attribute(n, "color");
      b.background = colour_attribute(n, "background");
      b.children = read_blocks(n, name);
    } else if (name == "quote") {
      check_attributes(n, {"id"}, "dir");
      b.kind = BlockKind::Quote;
      b.children = read_blocks(n, name);
    } else if (name == "section") {
      check_attributes(n, {"id"}, "dir");
      b.kind = BlockKind::Section;
      b.children = read_blocks(n, name);
    } else if (name == "pagebreak") {
      check_attributes(n, {});
      b.kind = BlockKind::PageBreak;
      for (pugi::xml_node c : n.children()) {
        if (c.type() == pugi::node_element || !is_blank(c.value()))
          throw error("schema-invalid-content", n, "<pagebreak/> must be empty");
      }
    } else if (name == "reply-slip") {
      require_version_1_1(n, "<reply-slip>");
      check_attributes(n, {"id", "title"}, "dir");
      b.kind = BlockKind::ReplySlip;
      b.slip = read_reply_slip(n);
    } else if (name == "dl") {
      require_version_1_1(n, "<dl>");
      check_attributes(n, {"id"}, "dir");
      b.kind = BlockKind::DefinitionList;
      b.children = read_blocks(n, name);
      check_definition_list(n, b);
    } else if (name == "dt" || name == "dd") {
      require_version_1_1(n, "<" + std::string(name) + ">");
      check_attributes(n, {"id"}, "dir");
      if (context != "dl")
        throw error("schema-misplaced-element", n, "<" + std::string(name) + "> can only stand in <dl>",
                    "put the terms and their definitions in a <dl>");
      b.kind = name == "dt" ? BlockKind::DefinitionTerm : BlockKind::DefinitionDetails;
      if (name == "dt") b.inlines = read_inline_children(n);
      else b.children = read_flow(n);
    } else if (name == "address") {
      require_version_1_1(n, "<address>");
      check_attributes(n, {"id"}, "dir");
      b.kind = BlockKind::Address;
      b.inlines = read_address_lines(n);
    } else if (name == "hr") {
      require_version_1_1(n, "<hr/>");
      check_attributes(n, {});
      b.kind = BlockKind::Rule;
      for (pugi::xml_node c : n.children()) {
        if (c.type() == pugi::node_element || !is_blank(c.value()))
          throw error("schema-invalid-content", n, "<hr/> must be empty");
      }
    } else if (is_inline_element(name)) {
      throw error("schema-misplaced-element", n,
                  "<" + std::string(name) + "> is inline and cannot stand directly in <" + std::string(context) + ">",
                  "put it inside a <p> (or heading, list item, cell)");
    } else {
      throw unknown_element(n);
    }
    return b;
  }

  // <dl> (1.1) holds groups of one <dt> and the <dd>s that define it. A term with no definition
  // would be read out as a dangling label, so that is an input error, as is a <dd> with no term.
  void check_definition_list(pugi::xml_node n, const Block& b) const {
    std::vector<pugi::xml_node> elements;  // one per child block, in order (read_blocks reads each)
    for (pugi::xml_node c : n.children())
      if (c.type() == pugi::node_element) elements.push_back(c);
    if (b.children.empty())
      throw error("schema-invalid-content", n, "<dl> has no terms", "add <dt>term</dt><dd>definition</dd>");
    for (std::size_t k = 0; k < b.children.size(); ++k) {
      const Block& c = b.children[k];
      if (c.kind == BlockKind::DefinitionTerm) {
        if (k + 1 == b.children.size() || b.children[k + 1].kind != BlockKind::DefinitionDetails)
          throw error("schema-invalid-content", elements[k], "<dt> has no <dd> after it",
                         "follow each term with its definition: <dt>term</dt><dd>definition</dd>");
      } else if (c.kind == BlockKind::DefinitionDetails) {
        if (k == 0) throw error("schema-invalid-content", elements[k], "<dd> has no <dt> before it", "put the term it defines first");
      } else {
        throw error("schema-misplaced-element", elements[k], "<dl> holds only <dt> and <dd>",
                       "move this element out of the list, or into a <dd>");
      }
    }
  }

  // <address> (1.1): lines are split by <br/> or by the line ends of the source, so an address
  // written one line per line keeps its lines. Blank lines and breaks at either end are dropped.
  Inlines read_address_lines(pugi::xml_node n) {
    address_lines_ = true;
    Inlines out = read_inline_children(n);
    address_lines_ = false;
    Inlines kept;
    for (Inline& i : out) {
      const bool line_break = i.kind == InlineKind::LineBreak;
      if (line_break && (kept.empty() || kept.back().kind == InlineKind::LineBreak)) continue;
      kept.push_back(std::move(i));
    }
    while (!kept.empty() && kept.back().kind == InlineKind::LineBreak) kept.pop_back();
    return kept;
  }

  // <callout kind="warning"> (1.1): the kind the writers say in words at its start.
  std::optional<model::CalloutKind> callout_kind_attribute(pugi::xml_node n) const {
    pugi::xml_attribute a = n.attribute("kind");
    if (!a) return std::nullopt;
    require_version_1_1(a, "the kind attribute");
    const std::string_view v = a.value();
    if (v == "note") return model::CalloutKind::Note;
    if (v == "tip") return model::CalloutKind::Tip;
    if (v == "warning") return model::CalloutKind::Warning;
    if (v == "important") return model::CalloutKind::Important;
    throw error("schema-invalid-value", a, "kind=\"" + std::string(v) + "\" is not a callout kind",
                "write note, tip, warning or important");
  }

  // <ol start="5" type="lower-alpha"> (1.1): where the numbering starts and how it counts.
  void read_list_numbering(pugi::xml_node n, Block& b) const {
    if (pugi::xml_attribute a = n.attribute("start")) {
      require_version_1_1(a, "the start attribute");
      const std::string_view v = a.value();
      int start = 0;
      auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), start);
      if (ec != std::errc() || ptr != v.data() + v.size() || start < 1 || start > 3999)
        throw error("schema-invalid-value", a, "start=\"" + std::string(v) + "\" is not a whole number from 1 to 3999",
                    "write the first item's number, e.g. start=\"5\" (3999 is the largest Roman numeral)");
      b.list_start = start;
    }
    if (pugi::xml_attribute a = n.attribute("type")) {
      require_version_1_1(a, "the type attribute");
      static constexpr std::pair<std::string_view, model::ListStyle> kStyles[] = {
          {"decimal", model::ListStyle::Decimal},         {"lower-alpha", model::ListStyle::LowerAlpha},
          {"upper-alpha", model::ListStyle::UpperAlpha},  {"lower-roman", model::ListStyle::LowerRoman},
          {"upper-roman", model::ListStyle::UpperRoman}};
      const std::string_view v = a.value();
      const auto it = std::find_if(std::begin(kStyles), std::end(kStyles), [&](const auto& s) { return s.first == v; });
      if (it == std::end(kStyles))
        throw error("schema-invalid-value", a, "type=\"" + std::string(v) + "\" is not a list style",
                    "write decimal, lower-alpha, upper-alpha, lower-roman or upper-roman");
      b.list_style = it->second;
    }
  }

  // <reply-slip id title> holds fields (text-field, date-field, checkbox, choice, signature) and
  // at most one <return-to>; plain text only, as every label is also a field's spoken name.
  model::ReplySlip read_reply_slip(pugi::xml_node n) {
    model::ReplySlip slip;
    ++slip_count_;
    slip.name = string_attribute(n, "id").value_or("reply-slip-" + std::to_string(slip_count_));
    if (slip.name.empty() || slip.name.find_first_of(". \t\n") != std::string::npos)
      throw error("schema-invalid-value", n.attribute("id"), "id=\"" + slip.name + "\" cannot name form fields",
                  "write a name without spaces or dots, e.g. id=\"trip-reply\"");
    // Field names are the slip's name and a number: two slips of one name would share them.
    if (!slip_names_.insert(slip.name).second) {
      const std::string message = "a second reply slip named \"" + slip.name + "\"";
      const std::string hint = "give each <reply-slip> an id of its own";
      if (n.attribute("id")) throw error("schema-invalid-value", n.attribute("id"), message, hint);
      throw error("schema-invalid-value", n, message, hint);
    }
    slip.title = string_attribute(n, "title");
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        if (!is_blank(c.value()))
          throw error("schema-misplaced-text", c, "text directly inside <reply-slip>",
                      "put it in a field's label=\"…\" or in <return-to>");
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      DepthGuard guard(*this, c);
      const std::string_view name = c.name();
      if (name == "return-to") {
        check_attributes(c, {});
        if (slip.return_to) throw error("schema-invalid-content", c, "a second <return-to> in <reply-slip>");
        slip.return_to = meta_text(c);
        slip.return_loc = loc_of(c);
        continue;
      }
      if (slip.return_to)
        throw error("schema-invalid-content", c, "<" + std::string(name) + "> after <return-to>",
                    "put <return-to> last, after the fields");
      model::FormField f;
      f.id = next_id();
      f.loc = loc_of(c);
      if (name == "text-field") {
        check_attributes(c, {"label", "lines"});
        f.kind = model::FieldKind::Text;
        f.lines = std::min(span_attribute(c, "lines"), 20);  // no slip has room for more
      } else if (name == "date-field") {
        check_attributes(c, {"label"});
        f.kind = model::FieldKind::Date;
      } else if (name == "checkbox") {
        check_attributes(c, {"label"});
        f.kind = model::FieldKind::Checkbox;
      } else if (name == "signature") {
        check_attributes(c, {"label"});
        f.kind = model::FieldKind::Signature;
      } else if (name == "choice") {
        check_attributes(c, {"label"});
        f.kind = model::FieldKind::Choice;
        for (pugi::xml_node o : c.children()) {
          if (o.type() == pugi::node_element && std::string_view(o.name()) == "option") {
            check_attributes(o, {});
            f.options.push_back(meta_text(o));
            f.option_locs.push_back(loc_of(o));
          } else if (o.type() == pugi::node_element || !is_blank(o.value())) {
            throw error("schema-invalid-content", o, "<choice> holds <option> elements only",
                        "write each answer as <option>…</option>");
          }
        }
        if (f.options.size() < 2)
          throw error("schema-invalid-content", c, "<choice> needs at least two <option>s",
                      "for a yes-or-no question with one answer, use a <checkbox>");
      } else {
        throw error("schema-unknown-element", c, "<" + std::string(name) + "> is not allowed in <reply-slip>",
                    "a reply slip holds text-field, date-field, checkbox, choice, signature and return-to");
      }
      if (f.kind != model::FieldKind::Choice) {
        for (pugi::xml_node o : c.children())
          if (o.type() == pugi::node_element || !is_blank(o.value()))
            throw error("schema-invalid-content", c, "<" + std::string(name) + "> must be empty",
                        "write the field's text as label=\"…\"");
      }
      f.label = string_attribute(c, "label");
      if (f.label) f.label = trimmed(collapse_whitespace(*f.label));
      f.name = slip.name + "." + std::to_string(slip.fields.size() + 1);
      slip.fields.push_back(std::move(f));
    }
    return slip;
  }

  InputError unknown_element(pugi::xml_node n) const {
    const std::string name = n.name();
    const std::string near = element_suggestion(name);
    const std::string vocabulary =
        "h1-h6, p, ul, ol, li, figure, img, table, callout, quote, section, pagebreak, reply-slip (1.1); inline em, strong, code, a, "
        "abbr, span, br, note";
    return error("schema-unknown-element", n, "<" + name + "> is not an element of the content format",
                 near.empty() ? "see the content format: " + vocabulary
                              : "did you mean <" + near + ">? The content format has " + vocabulary);
  }

  // HTML's names for what the content format calls otherwise; then typos of the vocabulary.
  static std::string element_suggestion(std::string_view name) {
    static constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
        {"b", "strong"},         {"bold", "strong"},   {"i", "em"},           {"italic", "em"},
        {"blockquote", "quote"}, {"q", "quote"},       {"aside", "callout"},  {"div", "section"},
        {"article", "section"},  {"image", "img"},     {"picture", "img"},    {"figcaption", "caption"},
        {"link", "a"},           {"acronym", "abbr"},  {"tt", "code"},        {"kbd", "code"},
        {"footnote", "note"},    {"endnote", "note"},  {"heading", "h2"},     {"para", "p"},
        {"list", "ul"},          {"item", "li"},       {"pre", "code"},       {"samp", "code"},
    };
    for (const auto& [html, ours] : kAliases)
      if (name == html) return std::string(ours);
    static const std::vector<std::string_view> kVocabulary = {
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "figure", "img", "caption",
        "table", "thead", "tbody", "tr", "th", "td", "callout", "quote", "section", "pagebreak", "reply-slip",
        "em", "strong", "code", "a", "abbr", "span", "br", "note"};
    std::string near = closest_word(name, kVocabulary, 3);
    if (near == name) near.clear();  // a table part or caption out of place is not a typo
    return near;
  }

  void read_figure(pugi::xml_node n, Block& b) {
    b.kind = BlockKind::Figure;
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        if (!is_blank(c.value())) throw error("schema-misplaced-text", c, "text directly inside <figure>",
                                              "put it in the <caption>");
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = c.name();
      if (name == "img" && !b.image) {
        DepthGuard guard(*this, c);
        b.image = read_image(c);
      } else if (name == "caption" && !b.caption) {
        DepthGuard guard(*this, c);
        check_attributes(c, {});
        b.caption_loc = loc_of(c);
        b.caption = read_inline_children(c);
      } else {
        throw error("schema-invalid-content", c, "<figure> holds one <img> and at most one <caption>");
      }
    }
    if (!b.image) throw error("schema-missing-required", n, "<figure> has no <img>");
  }

  // `also` is "id" for an <img> standing as a block (a figure's picture is reached by the figure's id).
  model::Image read_image(pugi::xml_node n, std::string_view also = {}) {
    check_attributes(n, {"src", "alt", "decorative", "width"}, also);
    model::Image img;
    img.loc = loc_of(n);
    img.id = next_id();
    pugi::xml_attribute src = n.attribute("src");
    if (!src) throw error("schema-missing-required", n, "<img> has no src", "add src=\"picture.png\" (PNG, JPEG or SVG)");
    img.src = src.value();
    img.alt = string_attribute(n, "alt");
    if (pugi::xml_attribute d = n.attribute("decorative")) {
      const std::string_view v = d.value();
      if (v != "true" && v != "false")
        throw error("schema-invalid-value", d, "decorative=\"" + std::string(v) + "\" must be \"true\" or \"false\"");
      img.decorative = v == "true";
    }
    if (pugi::xml_attribute w = n.attribute("width")) img.width_percent = read_percent(w);
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_element || !is_blank(c.value()))
        throw error("schema-invalid-content", n, "<img/> must be empty", "describe the image in alt=\"…\"");
    }
    if (options_.check_images) check_image_file(n, img);
    return img;
  }

  double read_percent(pugi::xml_attribute w) const {
    std::string_view v = w.value();
    double value = 0;
    if (!v.empty() && v.back() == '%') {
      auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size() - 1, value);
      if (ec == std::errc() && ptr == v.data() + v.size() - 1 && value > 0 && value <= 100) return value;
    }
    throw error("schema-invalid-value", w, "width=\"" + std::string(v) + "\" is not a percentage above 0% and at most 100%",
                "write e.g. width=\"60%\" (of the text column)");
  }

  // Input errors image-not-found, image-outside-content-dir, image-not-an-image (lint-rules.md).
  void check_image_file(pugi::xml_node n, model::Image& img) const {
    const std::string& src = img.src;
    const bool has_scheme = src.find(':') != std::string::npos &&
                            src.find(':') < src.find('/');  // "file:", "http:", "data:", "C:"
    if (src.empty() || src.front() == '/' || src.front() == '\\' || has_scheme) {
      throw error("image-outside-content-dir", n, "image src \"" + src + "\" is not a relative path",
                  "copy the image next to the content file and give a relative path; nothing is fetched from "
                  "the network or read from elsewhere");
    }
    std::error_code ec;
    fs::path base = fs::path(path_).parent_path().empty() ? fs::path(".") : fs::path(path_).parent_path();
    const char* folder_name = "the content folder";
    // A picture not beside the content file may come from the project's shared image folder, with
    // the same confinement: the file, symlinks followed, must lie inside that folder.
    if (!fs::exists(base / fs::path(src), ec) && !options_.shared_images_dir.empty() &&
        fs::exists(fs::path(options_.shared_images_dir) / fs::path(src), ec)) {
      base = options_.shared_images_dir;
      folder_name = "the shared image folder";
    }
    const fs::path root = fs::weakly_canonical(base, ec);
    const fs::path wanted = base / fs::path(src);
    if (!fs::exists(wanted, ec)) {
      throw error("image-not-found", n, "image \"" + src + "\" does not exist",
                  "the path is relative to " + base.string() +
                      (options_.shared_images_dir.empty() ? "" : " or to the shared image folder " + options_.shared_images_dir));
    }
    const fs::path real = fs::canonical(wanted, ec);
    if (ec) throw error("image-not-found", n, "image \"" + src + "\" cannot be resolved: " + ec.message());
    const auto [root_end, real_it] = std::mismatch(root.begin(), root.end(), real.begin(), real.end());
    if (root_end != root.end()) {
      throw error("image-outside-content-dir", n,
                  "image \"" + src + "\" resolves to " + real.string() + ", outside " + folder_name + " " + root.string(),
                  "keep images inside the content file's folder or the shared image folder (symlinks are followed)");
    }
    if (!fs::is_regular_file(real, ec)) throw error("image-not-an-image", n, "image \"" + src + "\" is not a file");
    if (is_svg_name(real)) {
      check_svg_file(n, img, real.string());
      return;
    }
    auto header = probe_image_file(real.string());
    if (!header) {
      throw error("image-not-an-image", n, "\"" + src + "\" is not a PNG or JPEG image that can be read",
                  "export the picture as PNG, JPEG or SVG");
    }
    // 20,000 px a side is far beyond print resolution for a leaflet; larger declared sizes are
    // decompression bombs more often than photographs.
    if (header->width > 20000 || header->height > 20000) {
      throw error("limit-exceeded", n,
                  "image \"" + src + "\" declares " + std::to_string(header->width) + "x" +
                      std::to_string(header->height) + " pixels; the limit is 20000 a side",
                  "scale the image down before adding it");
    }
    img.resolved_path = real.string();
    img.format = header->format == ImageHeader::Format::Png ? model::ImageFormat::Png : model::ImageFormat::Jpeg;
    img.pixel_width = header->width;
    img.pixel_height = header->height;
  }

  static bool is_svg_name(const fs::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return ext == ".svg";
  }

  // An SVG is checked whole here (librsvg parses it), so a broken or unsafe picture stops the run
  // before any output is written; the writers rasterise it at the size they place it.
  void check_svg_file(pugi::xml_node n, model::Image& img, const std::string& real) const {
    try {
      const SvgSize size = check_svg(real);
      img.pixel_width = std::max<std::uint32_t>(1, static_cast<std::uint32_t>(size.width + 0.5));
      img.pixel_height = std::max<std::uint32_t>(1, static_cast<std::uint32_t>(size.height + 0.5));
    } catch (const SvgError& e) {
      const std::string where = e.line ? " (line " + std::to_string(e.line) + " of the SVG)" : std::string();
      throw error("image-svg-invalid", n, "image \"" + img.src + "\": " + e.what() + where,
                  "fix or re-export the SVG: plain shapes and text, no links to other files, at most 4 MiB");
    }
    img.resolved_path = real;
    img.format = model::ImageFormat::Svg;
  }

  model::Table read_table(pugi::xml_node n) {
    model::Table t;
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        if (!is_blank(c.value())) throw error("schema-misplaced-text", c, "text directly inside <table>");
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = c.name();
      if (name == "caption") {
        if (t.caption || !t.rows.empty())
          throw error("schema-invalid-content", c, "a table's <caption> comes first and only once");
        DepthGuard guard(*this, c);
        check_attributes(c, {});
        t.caption_loc = loc_of(c);
        t.caption = read_inline_children(c);
      } else if (name == "thead" || name == "tbody") {
        DepthGuard guard(*this, c);
        check_attributes(c, {});
        const model::RowGroup group = name == "thead" ? model::RowGroup::Head : model::RowGroup::Body;
        for (pugi::xml_node r : c.children()) {
          if (r.type() == pugi::node_element) {
            if (std::string_view(r.name()) != "tr")
              throw error("schema-invalid-content", r, "<" + std::string(name) + "> holds <tr> rows only");
            add_row(t, r, group);
          } else if ((r.type() == pugi::node_pcdata || r.type() == pugi::node_cdata) && !is_blank(r.value())) {
            throw error("schema-misplaced-text", r, "text directly inside <" + std::string(name) + ">");
          }
        }
      } else if (name == "tr") {
        add_row(t, c, model::RowGroup::None);
      } else {
        throw error("schema-invalid-content", c,
                    "<table> holds <caption>, <thead>, <tbody> and <tr>, not <" + std::string(name) + ">");
      }
    }
    return t;
  }

  void add_row(model::Table& t, pugi::xml_node r, model::RowGroup group) {
    // A table this long is a data set, not part of a handout; it would also cost memory and time
    // out of all proportion (a 20,000-row table is some 500 pages).
    if (t.rows.size() == options_.limits.max_table_rows) {
      throw error("limit-exceeded", r,
                  "the table has more than " + std::to_string(options_.limits.max_table_rows) + " rows",
                  "publish the data as a spreadsheet and summarise it here, or split the table");
    }
    t.rows.push_back(read_row(r, group));
  }

  model::TableRow read_row(pugi::xml_node n, model::RowGroup group) {
    DepthGuard guard(*this, n);
    check_attributes(n, {});
    model::TableRow row;
    row.loc = loc_of(n);
    row.id = next_id();
    row.group = group;
    for (pugi::xml_node c : n.children()) {
      if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
        if (!is_blank(c.value())) throw error("schema-misplaced-text", c, "text directly inside <tr>",
                                              "put it in a <td> or <th>");
        continue;
      }
      if (c.type() != pugi::node_element) continue;
      const std::string_view name = c.name();
      if (name != "th" && name != "td")
        throw error("schema-invalid-content", c, "<tr> holds <th> and <td> cells only, not <" + std::string(name) + ">");
      DepthGuard cell_guard(*this, c);
      model::TableCell cell;
      cell.loc = loc_of(c);
      cell.id = next_id();
      cell.header = name == "th";
      check_attributes(c, cell.header ? std::initializer_list<std::string_view>{"scope", "colspan", "rowspan"}
                                      : std::initializer_list<std::string_view>{"colspan", "rowspan"});
      if (pugi::xml_attribute scope = c.attribute("scope")) {
        cell.scope_text = scope.value();
        cell.scope = cell.scope_text == "col"   ? model::CellScope::Col
                     : cell.scope_text == "row" ? model::CellScope::Row
                                                : model::CellScope::Invalid;  // reported by th-scope
      }
      cell.colspan = span_attribute(c, "colspan");
      cell.rowspan = span_attribute(c, "rowspan");
      cell.content = read_flow(c);
      row.cells.push_back(std::move(cell));
    }
    return row;
  }

  // ---- inlines ---------------------------------------------------------------------------------

  Inlines read_inline_children(pugi::xml_node parent) {
    std::vector<pugi::xml_node> nodes;
    for (pugi::xml_node c : parent.children()) nodes.push_back(c);
    Inlines out = read_inline_nodes(nodes);
    finish_inlines(out);
    return out;
  }

  Inlines read_inline_nodes(const std::vector<pugi::xml_node>& nodes) {
    Inlines out;
    for (pugi::xml_node c : nodes) {
      switch (c.type()) {
        case pugi::node_pcdata:
        case pugi::node_cdata: {
          check_text_size(c);
          const std::string_view value = c.value();
          std::size_t from = 0;
          for (;;) {
            // Inside <address> every line end of the source is a line break; elsewhere a space.
            const std::size_t end = address_lines_ ? value.find('\n', from) : std::string_view::npos;
            Inline t;
            t.kind = InlineKind::Text;
            t.loc = loc_of(c);
            t.text = collapse_whitespace(value.substr(from, end == std::string_view::npos ? end : end - from));
            out.push_back(std::move(t));
            if (end == std::string_view::npos) break;
            Inline br;
            br.kind = InlineKind::LineBreak;
            br.loc = loc_of(c);
            out.push_back(std::move(br));
            from = end + 1;
          }
          break;
        }
        case pugi::node_element: out.push_back(read_inline(c)); break;
        case pugi::node_pi:
          throw error("schema-misplaced-element", c, "handout-ignore must stand before a block element",
                      "move it before the paragraph (or other block) it is about");
        default: break;
      }
    }
    return out;
  }

  Inline read_inline(pugi::xml_node n) {
    DepthGuard guard(*this, n);
    const std::string_view name = n.name();
    Inline i;
    i.id = next_id();
    i.loc = loc_of(n);
    std::vector<pugi::xml_node> children;
    for (pugi::xml_node c : n.children()) children.push_back(c);
    if (name == "sub" || name == "sup") {
      require_version_1_1(n, "<" + std::string(name) + ">");
      check_attributes(n, {});
      i.kind = name == "sub" ? InlineKind::Subscript : InlineKind::Superscript;
    } else if (name == "em" || name == "strong" || name == "code") {
      check_attributes(n, {});
      i.kind = name == "em" ? InlineKind::Emphasis : name == "strong" ? InlineKind::Strong : InlineKind::Code;
    } else if (name == "a") {
      check_attributes(n, {"href"});
      i.kind = InlineKind::Link;
      i.href = string_attribute(n, "href");
    } else if (name == "abbr") {
      check_attributes(n, {"title"});
      i.kind = InlineKind::Abbr;
      i.title = string_attribute(n, "title");
    } else if (name == "span") {
      check_attributes(n, {"lang", "dir", "color", "background"});
      i.kind = InlineKind::Span;
      i.lang = string_attribute(n, "lang");
      i.dir = dir_attribute(n);
      i.color = colour_attribute(n, "color");
      i.background = colour_attribute(n, "background");
    } else if (name == "br") {
      check_attributes(n, {});
      i.kind = InlineKind::LineBreak;
      if (!children.empty()) throw error("schema-invalid-content", n, "<br/> must be empty");
      return i;
    } else if (name == "note") {
      check_attributes(n, {});
      if (in_note_) throw error("schema-misplaced-element", n, "a <note> cannot contain another <note>");
      i.kind = InlineKind::Note;
      i.note_number = ++note_count_;
      in_note_ = true;
      i.children = read_inline_nodes(children);
      in_note_ = false;
      finish_inlines(i.children);  // a note's text is its own paragraph
      return i;
    } else if (is_block_element(name)) {
      throw error("schema-misplaced-element", n,
                  "<" + std::string(name) + "> is a block and cannot stand inside <" + std::string(n.parent().name()) + ">",
                  "close the paragraph (or heading) first");
    } else {
      throw unknown_element(n);
    }
    i.children = read_inline_nodes(children);
    return i;
  }

  // Whitespace across element boundaries, as in HTML: a space after a space (or at the start of the
  // run, or after a line break) is dropped; a trailing space before a break or at the end is dropped.
  static void finish_inlines(Inlines& run) {
    bool after_space = true;
    drop_leading_spaces(run, after_space);
    drop_trailing_spaces(run);
    remove_empty_text(run);
  }

  static void drop_leading_spaces(Inlines& run, bool& after_space) {
    for (Inline& i : run) {
      switch (i.kind) {
        case InlineKind::Text:
          if (after_space && !i.text.empty() && i.text.front() == ' ') i.text.erase(0, 1);
          if (!i.text.empty()) after_space = i.text.back() == ' ';
          break;
        case InlineKind::LineBreak: after_space = true; break;
        case InlineKind::Note: break;  // its text is printed elsewhere; finished on its own
        case InlineKind::Emphasis:
        case InlineKind::Strong:
        case InlineKind::Code:
        case InlineKind::Subscript:
        case InlineKind::Superscript:
        case InlineKind::Link:
        case InlineKind::Abbr:
        case InlineKind::Span: drop_leading_spaces(i.children, after_space); break;
      }
    }
  }

  // Trims trailing spaces from run[0, end) backwards; returns true once it meets visible content.
  static bool trim_back(Inlines& run, std::size_t end) {
    for (std::size_t k = end; k-- > 0;) {
      Inline& i = run[k];
      switch (i.kind) {
        case InlineKind::Text:
          while (!i.text.empty() && i.text.back() == ' ') i.text.pop_back();
          if (!i.text.empty()) return true;
          break;
        case InlineKind::LineBreak: return true;
        case InlineKind::Note: break;
        case InlineKind::Emphasis:
        case InlineKind::Strong:
        case InlineKind::Code:
        case InlineKind::Subscript:
        case InlineKind::Superscript:
        case InlineKind::Link:
        case InlineKind::Abbr:
        case InlineKind::Span:
          if (trim_back(i.children, i.children.size())) return true;
          break;
      }
    }
    return false;
  }

  // At the very end of the run, and before each top-level line break.
  static void drop_trailing_spaces(Inlines& run) {
    trim_back(run, run.size());
    for (std::size_t k = 0; k < run.size(); ++k) {
      if (run[k].kind == InlineKind::LineBreak) trim_back(run, k);
    }
  }

  static void remove_empty_text(Inlines& run) {
    std::erase_if(run, [](const Inline& i) { return i.kind == InlineKind::Text && i.text.empty(); });
    for (Inline& i : run) remove_empty_text(i.children);
  }

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

}  // namespace

model::Document parse_content(std::string_view bytes, const std::string& path, const ContentOptions& options) {
  if (bytes.empty())
    throw InputError("xml-encoding", path, {}, "file is empty (0 bytes)",
                     "a content file starts with <handout lang=\"…\">");
  if (bytes.size() > options.limits.max_file_bytes) {
    throw InputError("limit-exceeded", path, {},
                     "file is " + std::to_string(bytes.size() >> 20) + " MiB; the limit is " +
                         std::to_string(options.limits.max_file_bytes >> 20) + " MiB",
                     "split the document into several handouts");
  }
  if (auto bad = find_invalid_utf8(bytes)) {
    const SourceLoc at = LineIndex(bytes.substr(0, *bad)).locate(*bad);
    throw InputError("xml-encoding", path, at, "invalid UTF-8 at byte offset " + std::to_string(*bad),
                     "save the file as UTF-8");
  }
  if (bytes.find('\0') != std::string_view::npos) {
    const std::size_t at = bytes.find('\0');
    throw InputError("xml-encoding", path, LineIndex(bytes).locate(at),
                     "NUL byte at offset " + std::to_string(at) + " (XML 1.0 cannot carry it)", "save the file as UTF-8 text");
  }
  std::string buffer(bytes);
  ContentReader reader(bytes, buffer, path, options);
  return reader.read();
}

model::Document read_content_file(const std::string& path, const ContentOptions& options) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw InputError("file-not-readable", path, {}, "is a folder, not a content file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError("file-not-readable", path, {}, "cannot open file: " + std::string(std::strerror(errno)));
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0) throw InputError("file-not-readable", path, {}, "cannot read file");
  if (static_cast<std::uint64_t>(size) > options.limits.max_file_bytes) {
    throw InputError("limit-exceeded", path, {},
                     "file is " + std::to_string(size >> 20) + " MiB; the limit is " +
                         std::to_string(options.limits.max_file_bytes >> 20) + " MiB",
                     "split the document into several handouts");
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), size);
  if (in.gcount() != size) throw InputError("file-not-readable", path, {}, "read error");
  return parse_content(bytes, path, options);
}

}  // namespace handout::parse
