// The table of contents as a navigation landmark: <nav aria-labelledby> naming it by its visible
// heading (WAI-ARIA APG landmark regions: label a navigation region when the page has more than
// one), and the entries as nested lists of links, so a screen reader announces their levels.
#include <algorithm>

#include "html/escape.hpp"
#include "html/parts.hpp"

namespace handout::html {

void write_contents(HtmlContext& ctx) {
  const resolve::ResolvedContents& contents = *ctx.resolved.contents;
  std::string& out = ctx.out;
  const char* heading = ctx.resolved.title_heading ? "h2" : "h1";
  out += "<nav class=\"contents\" aria-labelledby=\"contents-heading\">\n<";
  out += heading;
  out += " id=\"contents-heading\"";
  out += english_marker(ctx.resolved);
  out += '>';
  append_text(out, contents.heading);
  out += "</";
  out += heading;
  out += ">\n";
  int top = 6;
  for (const resolve::ContentsEntry& e : contents.entries) top = std::min(top, e.level);
  // Lists open and close with the levels: a deeper entry nests inside the item above it.
  int depth = 0;
  for (const resolve::ContentsEntry& e : contents.entries) {
    const int level = std::max(1, e.level - top + 1);
    if (level > depth) {
      for (; depth < level; ++depth) out += depth == 0 ? "<ol>\n" : "\n<ol>\n";
    } else {
      out += "</li>\n";
      for (; depth > level; --depth) out += "</ol></li>\n";
    }
    out += "<li><a href=\"#";
    append_attribute(out, e.id);
    out += "\">";
    append_text(out, e.text);
    out += "</a>";
  }
  out += "</li>\n";
  for (; depth > 1; --depth) out += "</ol></li>\n";
  out += "</ol>\n</nav>\n";
}

}  // namespace handout::html
