// ContentReader's generic checks: element depth, text and attribute sizes, and the values of
// the attributes several elements share (colour, dir, version, id, spans).
#include "parse/content_reader_impl.hpp"

#include <charconv>

namespace handout::parse::detail {

void ContentReader::enter(pugi::xml_node n) {
  if (++depth_ > options_.limits.max_depth) {
    throw error("limit-exceeded", n,
                "elements are nested more than " + std::to_string(options_.limits.max_depth) + " deep",
                "flatten the structure; real documents need far fewer levels");
  }
  last_element_ = loc_of(n);
}

// Checks that `n` has only attributes from `allowed`, and every value is within the size limit.
// `also` is one more allowed name (the dir attribute every block takes).
void ContentReader::check_attributes(pugi::xml_node n, std::initializer_list<std::string_view> allowed,
                                      std::string_view also) const {
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

void ContentReader::check_text_size(pugi::xml_node text) const {
  if (std::strlen(text.value()) > options_.limits.max_text_bytes) {
    throw error("limit-exceeded", text,
                "text node is longer than " + std::to_string(options_.limits.max_text_bytes >> 20) + " MiB");
  }
}

std::optional<Colour> ContentReader::colour_attribute(pugi::xml_node n, const char* name) const {
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
std::optional<model::Dir> ContentReader::dir_attribute(pugi::xml_node n) const {
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

model::FormatVersion ContentReader::version_attribute(pugi::xml_node root) const {
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
std::optional<std::string> ContentReader::anchor_attribute(pugi::xml_node n) {
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

std::optional<std::string> ContentReader::string_attribute(pugi::xml_node n, const char* name) const {
  pugi::xml_attribute a = n.attribute(name);
  if (!a) return std::nullopt;
  return std::string(a.value());
}

int ContentReader::span_attribute(pugi::xml_node n, const char* name) const {
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

}  // namespace handout::parse::detail
