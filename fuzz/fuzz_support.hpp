// Shared by the libFuzzer targets: the default template built in code (the same values as
// handout::test::default_template(), which lives in the test binary and is not linked here), and
// the parse options every target uses.
#pragma once
#include <string>
#include <string_view>

#include "core/colour.hpp"
#include "parse/content_reader.hpp"
#include "style/template.hpp"

namespace handout::fuzz {

// A5/A4-agnostic defaults: 12pt Liberation Sans, bold headings, Liberation Mono for code.
inline style::Template default_template() {
  style::Template t = style::house_defaults();
  t.name = "fuzz";
  t.path = "fuzz-template.toml";
  t.body.font.color = Colour{0x1a, 0x1a, 0x1a};
  t.headings.font.family = t.body.font.family;
  return t;
}

// Image checks read files next to the content file; fuzz input has no folder, and the parser's
// image probing has a target of its own later (next steps in fuzz/README.md).
inline parse::ContentOptions content_options() {
  parse::ContentOptions options;
  options.check_images = false;
  return options;
}

inline std::string_view as_view(const unsigned char* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace handout::fuzz
