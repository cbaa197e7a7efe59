// Lexical scans of a content file's raw bytes, for the slips pugixml lets through or reports only
// where it noticed them: entity references XML does not define (HTML's &pound;, a bare "&"), and
// the element a wrong end tag, or the end of the file, leaves open.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace handout::parse {

// An "&" in text or an attribute value that does not start one of XML's five entities or a
// numeric character reference.
struct EntitySlip {
  std::size_t offset = 0;  // of the "&"
  std::string code;        // input-error code
  std::string message, hint;
};
std::optional<EntitySlip> find_entity_slip(std::string_view xml);

// What a tag scan up to `stop` (the offset where the parser gave up) finds open.
struct UnclosedElement {
  std::string name;              // the innermost element still open
  std::size_t open_offset = 0;   // of its "<"
  std::string end_tag;           // the end tag that did not match it; empty when the file ended
  std::size_t end_offset = 0;    // of that end tag's "<"
  bool end_tag_closes_outer = false;  // the end tag names an element further out
};
std::optional<UnclosedElement> find_unclosed_element(std::string_view xml, std::size_t stop);

}  // namespace handout::parse
