// What print adds under the title: the byline and the table of contents, whose entries (settled
// in resolve) link to their headings and show the page each starts on.
#include <cmath>

#include "layout/engine.hpp"

namespace handout::layout::detail {

void Engine::lay_byline(int parent, double indent) {
  model::Inline text;
  text.kind = InlineKind::Text;
  text.text = r_.generated.byline;
  // Pulled up to the title block it belongs to, like the subtitle, at body size.
  cursor_ += heading_space_after() / 2;
  lay_inlines({text}, add_node(Role::P, parent), indent, Face::Regular, body_, palette_.text, heading_space_before());
}

void Engine::lay_contents(int parent, double indent) {
  const resolve::ResolvedContents& contents = *r_.contents;
  model::Block heading;
  heading.kind = BlockKind::Heading;
  // Under the title it is a section of it (H2); opening a document with no title, it is the H1.
  heading.level = r_.title_heading ? 2 : 1;
  model::Inline text;
  text.kind = InlineKind::Text;
  text.text = contents.heading;
  heading.inlines.push_back(text);
  lay_heading(heading, parent, indent, true, palette_.heading);

  const int toc = add_node(Role::TOC, parent);
  int top_level = 6;
  for (const resolve::ContentsEntry& e : contents.entries) top_level = std::min(top_level, e.level);
  // The numbers get a column of their own, as wide as "9999", so an entry wraps the same whether
  // its number is known yet or not (layout_document lays out twice) and numbers align right.
  const double number_column = measure(Face::Regular, body_, "9999");
  const double gap = body_ * 0.8;
  const double dot = measure(Face::Regular, body_, ". ");
  for (std::size_t k = 0; k < contents.entries.size(); ++k) {
    const resolve::ContentsEntry& e = contents.entries[k];
    const int toci = add_node(Role::TOCI, toc);
    const int reference = add_node(Role::Reference, toci);
    const int link_node = add_node(Role::Link, reference);
    const int link = static_cast<int>(pending_links_.size());
    pending_links_.push_back({"", 0, 0, link_node, e.text, static_cast<int>(k), {}});
    const double entry_indent = indent + scaled(6 * kPointsPerMm) * (e.level - top_level);
    const Face face = e.level == top_level ? Face::Bold : Face::Regular;
    const Colour colour = palette_.text;
    std::vector<Span> spans{{e.text, face, body_, colour, false, link_node, link, 0, {}}};
    const std::vector<Line> lines = break_lines(spans, right_ - left_ - entry_indent - number_column - gap);
    need(static_cast<double>(std::min<std::size_t>(lines.size(), 2)) * body_line_);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) place_line(lines[i], spans, left_ + entry_indent, body_line_);
    if (lines.empty()) continue;
    const Line& last = lines.back();
    const double line_top = cursor_;
    place_line(last, spans, left_ + entry_indent, body_line_);
    const double below = cursor_;
    const std::string number =
        k < contents_pages_.size() && contents_pages_[k] > 0 ? std::to_string(contents_pages_[k]) : "";
    if (!number.empty()) {
      std::vector<Span> number_spans{{number, Face::Regular, body_, colour, false, link_node, link, 0, {}}};
      const std::vector<Line> number_line = break_lines(number_spans, number_column);
      cursor_ = line_top;
      if (!number_line.empty())
        // place_line mirrors the position in a right-to-left block: the number goes to the left.
        place_line(number_line.front(), number_spans, right_ - number_line.front().width, body_line_);
      // Dot leaders lead the eye from the entry to its number; decoration, so an artifact.
      const double from = left_ + entry_indent + last.width + gap / 2;
      const double to = right_ - (number_line.empty() ? 0 : number_line.front().width) - gap / 2;
      const int dots = dot > 0 ? static_cast<int>(std::floor((to - from) / dot)) : 0;
      if (dots > 1 && !rtl_) {
        std::string leader;
        for (int d = 0; d < dots; ++d) leader += ". ";
        Item it;
        it.kind = ItemKind::Text;
        it.artifact = ArtifactKind::Layout;
        it.face = Face::Regular;
        it.size = body_;
        it.color = colour;
        it.x = to - dots * dot;
        it.y = line_top - (body_line_ - last.size) / 2 - last.size * fm_.ascent(Face::Regular) * 0.95;
        add_text_items(items(), items().size(), it, leader, fm_.shape(Face::Regular, leader, doc_.lang));
      }
      cursor_ = below;
    }
  }
  cursor_ -= paragraph_space();
  if (t_.contents.new_page && !page_is_empty()) new_page();
}

}  // namespace handout::layout::detail
