// ContentReader: inline elements, and HTML's whitespace handling (collapsing, and trimming at
// the edges of a block).
#include "parse/content_reader_impl.hpp"

namespace handout::parse::detail {

Inlines ContentReader::read_inline_children(pugi::xml_node parent) {
  std::vector<pugi::xml_node> nodes;
  for (pugi::xml_node c : parent.children()) nodes.push_back(c);
  Inlines out = read_inline_nodes(nodes);
  finish_inlines(out);
  return out;
}

Inlines ContentReader::read_inline_nodes(const std::vector<pugi::xml_node>& nodes) {
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

Inline ContentReader::read_inline(pugi::xml_node n) {
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
void ContentReader::finish_inlines(Inlines& run) {
  bool after_space = true;
  drop_leading_spaces(run, after_space);
  drop_trailing_spaces(run);
  remove_empty_text(run);
}

void ContentReader::drop_leading_spaces(Inlines& run, bool& after_space) {
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
bool ContentReader::trim_back(Inlines& run, std::size_t end) {
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
void ContentReader::drop_trailing_spaces(Inlines& run) {
  trim_back(run, run.size());
  for (std::size_t k = 0; k < run.size(); ++k) {
    if (run[k].kind == InlineKind::LineBreak) trim_back(run, k);
  }
}

void ContentReader::remove_empty_text(Inlines& run) {
  std::erase_if(run, [](const Inline& i) { return i.kind == InlineKind::Text && i.text.empty(); });
  for (Inline& i : run) remove_empty_text(i.children);
}

}  // namespace handout::parse::detail
