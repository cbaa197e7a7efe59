// Reply slips on paper: a dashed cut line with scissors above the slip (both artifacts), the
// slip's title, then each field as its label (tagged text) beside lines to write on or a tick
// box (artifacts), with a widget over the same place that the PDF writer makes a fillable form
// field, tagged as a Form element right after its label (PDF/UA-1 §7.18.4).
#include <algorithm>

#include "layout/engine.hpp"
#include "model/query.hpp"

namespace handout::layout::detail {
namespace {

model::Inlines text_inlines(const std::string& text) {
  model::Inline t;
  t.kind = InlineKind::Text;
  t.text = text;
  return {t};
}

}  // namespace

void Engine::add_rule(Rect r, Colour colour, double width, double dash) {
  Item it;
  it.kind = ItemKind::Stroke;
  it.artifact = ArtifactKind::Layout;
  it.rect = r;
  it.color = colour;
  it.line_width = width;
  it.dash = dash;
  items().push_back(std::move(it));
}

void Engine::lay_reply_slip(const Block& b, int parent, double indent) {
  const model::ReplySlip& slip = *b.slip;
  const Colour colour = r_.style_of(b).foreground;
  const double width = right_ - left_ - indent;
  // The cut line, the title and the first field stay together.
  need(2 * paragraph_space() + 5 * body_line_);
  if (!page_is_empty()) cursor_ -= 2 * paragraph_space();
  const double x = mirror(left_ + indent, width);
  add_rule({x, cursor_, width, 0}, colour, scaled(0.75), scaled(4));
  // Scissors on the line where the body font has the glyph; without it the dashes say it alone.
  if (fm_.covers(Face::Regular, U'\u2702')) {
    const std::vector<Glyph>& scissors = fm_.shape(Face::Regular, "\u2702");
    Item it;
    it.kind = ItemKind::Text;
    it.artifact = ArtifactKind::Layout;
    it.size = body_ * 1.3;
    it.color = colour;
    it.x = rtl_ ? x + width - scaled(8) - it.size : x + scaled(8);
    it.y = cursor_ - it.size * 0.3;
    // Paper behind the glyph, so the dashes stop either side of it.
    Item paper;
    paper.kind = ItemKind::Fill;
    paper.artifact = ArtifactKind::Layout;
    paper.rect = {it.x - scaled(2), cursor_ - scaled(2), it.size + scaled(4), scaled(4)};
    paper.color = palette_.page;
    items().push_back(paper);
    add_text_items(items(), items().size(), it, "\u2702", scissors);
  }
  cursor_ -= body_line_;
  const int node = add_node(Role::Sect, parent);
  // The title is a bold P, as the HTML legend and the DOCX paragraph are not headings either: a
  // slip is part of the letter it ends, not a section of its outline.
  lay_inlines(text_inlines(slip.title.value_or("Reply slip")), add_node(Role::P, node), indent, Face::Bold, body_, colour,
              paragraph_space());
  for (const model::FormField& f : slip.fields) lay_slip_field(f, node, indent, colour);
  if (slip.return_to)
    lay_inlines(text_inlines(*slip.return_to), add_node(Role::P, node), indent, Face::Bold, body_, colour, paragraph_space());
  cursor_ -= paragraph_space();
}

void Engine::lay_slip_field(const model::FormField& f, int parent, double indent, Colour colour) {
  const double width = right_ - left_ - indent;
  const double lh = body_ * t_.body.line_spacing;
  const double rule = scaled(0.75);
  const double box = body_ * 0.95;
  const double gap = body_ * 0.6;
  const double space = paragraph_space() * 0.75;
  const std::string label = f.label.value_or("");
  // A tick box at the start of a line, its text after it; `option` >0 makes it a radio button.
  auto tick_box = [&](const std::string& text, WidgetKind kind, const std::string& tooltip, int option,
                      const std::string& alt) {
    need(std::max(lh, box) + space);
    const double top = cursor_;
    const int form = add_node(Role::Form, parent);
    out_.structure[static_cast<std::size_t>(form)].alt = alt;
    const Rect r{mirror(left_ + indent, box), top - (lh + box) / 2, box, box};
    add_rule(r, colour, rule);
    out_.widgets.push_back({kind, page_index(), r, form, f.name, tooltip, text, option, false, body_});
    lay_inlines(text_inlines(text), add_node(Role::P, parent), indent + box + gap, Face::Regular, body_, colour, space);
  };
  switch (f.kind) {
    case model::FieldKind::Text:
    case model::FieldKind::Date:
    case model::FieldKind::Signature: {
      // Label in the first two fifths of the column, the lines to write on in the rest.
      const int lines = f.kind == model::FieldKind::Text ? std::max(1, f.lines) : 1;
      const double label_w = width * 0.4;
      need(lh * lines + space);
      const int column = column_index();
      double top = cursor_;
      lay_inlines(text_inlines(label), add_node(Role::P, parent), indent, Face::Regular, body_, colour, 0,
                  width - label_w);
      const double label_bottom = cursor_;
      if (column_index() != column) top = top_;  // the label ran onto a new page: the field follows it
      const int form = add_node(Role::Form, parent);
      const double baseline_drop = (lh - body_) / 2 + body_ * fm_.ascent(Face::Regular) * 0.95 + body_ * 0.2;
      const double fx = left_ + indent + label_w + gap, fw = width - label_w - gap;
      for (int i = 0; i < lines; ++i) add_rule({mirror(fx, fw), top - baseline_drop - lh * i, fw, 0}, colour, rule);
      const double bottom = top - baseline_drop - lh * (lines - 1);
      const Rect r{mirror(fx, fw), bottom, fw, top - bottom};
      out_.widgets.push_back({WidgetKind::Text, page_index(), r, form, f.name, label, {}, 0, lines > 1, body_});
      cursor_ = std::min(label_bottom, bottom - body_ * 0.3) - space;
      return;
    }
    case model::FieldKind::Checkbox: tick_box(label, WidgetKind::Checkbox, label, 0, {}); return;
    case model::FieldKind::Choice:
      // The question, then one radio button per answer: tabbing and the tags read them in order.
      lay_inlines(text_inlines(label), add_node(Role::P, parent), indent, Face::Regular, body_, colour, space / 2, 0,
                  2 * lh);
      for (std::size_t i = 0; i < f.options.size(); ++i)
        // The radio field's /TU is the question; each button's Form element names its answer.
        tick_box(f.options[i], WidgetKind::Radio, label, static_cast<int>(i + 1), model::choice_answer_name(f, i));
      return;
  }
}

}  // namespace handout::layout::detail
