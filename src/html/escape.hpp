// Escaping for the HTML writer: character data, double-quoted attribute values and relative URLs.
#pragma once
#include <string>
#include <string_view>

namespace handout::html {

// Character data: & < > become references. Characters HTML does not allow in a document
// (control characters other than tab and line feed, noncharacters) are dropped, so that no
// content can make the page invalid. `text` must be valid UTF-8 (the parser guarantees it).
void append_text(std::string& out, std::string_view text);

// A value written between double quotes: as append_text, and " becomes &quot;.
void append_attribute(std::string& out, std::string_view value);

// A relative URL path: bytes outside RFC 3986 unreserved characters and '/' are percent-encoded.
void append_url_path(std::string& out, std::string_view path);

// A CSS string literal in double quotes ("Liberation Sans"): quotes, backslashes and characters
// that could end the <style> element are written as CSS escapes.
void append_css_string(std::string& out, std::string_view value);

}  // namespace handout::html
