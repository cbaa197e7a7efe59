// The content format (1.0 and 1.1) → model::Document. The bytes are checked (size, UTF-8, no DTD) before pugixml
// parses them in place, so that every element's name pointer is an offset into our own buffer and
// LineIndex can turn it into line:column. The tree is then converted element by element; anything
// outside the vocabulary of docs/content-format.md is an InputError naming file:line:col.
#include "parse/content_reader_impl.hpp"

#include <cerrno>
#include <cstdint>
#include <fstream>

#include "core/suggest.hpp"
#include "core/utf8.hpp"
#include "parse/markup_scan.hpp"

namespace handout::parse::detail {

model::Document ContentReader::read() {
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

SourceLoc ContentReader::loc_of(pugi::xml_node n) const {
  if (n.type() == pugi::node_element || n.type() == pugi::node_pi) {
    // The name follows '<' (or "<?") directly; report the position of '<'.
    const std::size_t name = offset_of(n.name());
    return lines_.locate(name - (n.type() == pugi::node_pi ? 2 : 1));
  }
  if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) return lines_.locate(offset_of(n.value()));
  if (n.type() == pugi::node_doctype) return lines_.locate(offset_of(n.value()) - std::min<std::size_t>(offset_of(n.value()), 10));
  return {};
}

// pugixml reports an unclosed element where it gave up (often the parent's end tag, or the end
// of the file); an author looks for the element that was left open, so name it and where it began.
InputError ContentReader::not_well_formed(const pugi::xml_parse_result& result) const {
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

InputError ContentReader::dtd_forbidden(pugi::xml_node n) const {
  return error("xml-dtd-forbidden", n, "DOCTYPE declarations are not allowed in content files",
               "remove the <!DOCTYPE …>; content files use no DTD and no entities (write characters directly)");
}

// <?handout-ignore rule-id reason="why this finding does not apply"?>
void ContentReader::take_processing_instruction(pugi::xml_node pi, std::vector<PendingSuppression>& pending) const {
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
void ContentReader::apply_suppressions(std::vector<PendingSuppression>& pending, SourceLoc first) {
  for (PendingSuppression& p : pending) {
    doc_.suppressions.push_back({std::move(p.rule), std::move(p.reason), p.at, first, last_element_});
  }
  pending.clear();
}

void ContentReader::read_root(pugi::xml_node root, std::vector<PendingSuppression>& before_root) {
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

std::string ContentReader::meta_text(pugi::xml_node n) const {
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

std::string ContentReader::trimmed(const std::string& collapsed) {
  const std::size_t b = collapsed.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  return collapsed.substr(b, collapsed.find_last_not_of(' ') - b + 1);
}

void ContentReader::read_meta(pugi::xml_node meta) {
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

bool ContentReader::is_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (s[i] < '0' || s[i] > '9') return false;
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

InputError ContentReader::unknown_element(pugi::xml_node n) const {
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
std::string ContentReader::element_suggestion(std::string_view name) {
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

}  // namespace handout::parse::detail

namespace handout::parse {

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
  detail::ContentReader reader(bytes, buffer, path, options);
  return reader.read();
}

model::Document read_content_file(const std::string& path, const ContentOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
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
