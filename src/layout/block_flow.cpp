// Block flow: headings, paragraphs, lists, figures, quotes and callouts down the text column.
#include <algorithm>
#include <memory>

#include "core/error.hpp"
#include "core/svg_image.hpp"
#include "layout/engine.hpp"
#include "model/query.hpp"
#include "resolve/list_numbering.hpp"

namespace handout::layout::detail {

namespace {

// A one-item list of `kind` around a list item found outside its list.
Block wrapped_in(BlockKind kind, const Block& item) {
  Block list;
  list.kind = kind;
  list.children.push_back(item);
  return list;
}

}  // namespace

void Engine::lay_blocks(const std::vector<Block>& blocks, int parent, double indent) {
  for (std::size_t i = 0; i < blocks.size(); ++i)
    lay_block(blocks[i], parent, indent, i + 1 < blocks.size() ? &blocks[i + 1] : nullptr);
}

void Engine::lay_block(const Block& b, int parent, double indent, const Block* next) {
  // The block's resolved direction holds while it is laid out, and the enclosing one after it.
  struct RestoreDirection {
    bool& rtl;
    const bool saved;
    ~RestoreDirection() { rtl = saved; }
  } restore{rtl_, rtl_};
  rtl_ = r_.style_of(b).direction == resolve::Direction::Rtl;
  const int first_node = static_cast<int>(out_.structure.size());
  switch (b.kind) {
    case BlockKind::Heading:
      lay_heading(b, parent, indent, next != nullptr, r_.style_of(b).foreground);
      if (&b == r_.title_heading && !r_.generated.subtitle.empty()) lay_subtitle(parent, indent);
      if (&b == r_.title_heading && !r_.generated.byline.empty()) lay_byline(parent, indent);
      if (&b == r_.title_heading && r_.contents) lay_contents(parent, indent);
      break;
    case BlockKind::Paragraph: {
      const int node = add_node(Role::P, parent);
      // A lead-in ending in a colon ("If the fire alarm sounds:") stays with the list it introduces.
      const std::string text = model::plain_text(b.inlines);
      const std::size_t end = text.find_last_not_of(" \n");
      const bool lead_in = next && next->kind == BlockKind::List && end != std::string::npos && text[end] == ':';
      lay_inlines(b.inlines, node, indent, Face::Regular, body_, r_.style_of(b).foreground, paragraph_space(), 0,
                  lead_in ? 2 * body_line_ : 0);
      break;
    }
    case BlockKind::Plain:
      // Inline content of a list item or cell: its text belongs to the enclosing LBody/TD.
      lay_inlines(b.inlines,
                  out_.structure[static_cast<std::size_t>(parent)].role == Role::LBody ||
                          out_.structure[static_cast<std::size_t>(parent)].role == Role::TD ||
                          out_.structure[static_cast<std::size_t>(parent)].role == Role::TH
                      ? parent
                      : add_node(Role::P, parent),
                  indent, Face::Regular, body_, r_.style_of(b).foreground, paragraph_space() / 2);
      break;
    case BlockKind::List: lay_list(b, parent, indent); break;
    case BlockKind::ListItem:
      // An <li> outside a list (lint reports it): lay it out as a one-item list.
      lay_list(wrapped_in(BlockKind::List, b), parent, indent);
      break;
    case BlockKind::Figure:
    case BlockKind::Image: lay_figure(b, parent, indent); break;
    case BlockKind::Table: lay_table(b, parent, indent); break;
    case BlockKind::Callout: lay_callout(b, parent, indent); break;
    case BlockKind::Quote: lay_quote(b, parent, indent); break;
    case BlockKind::Section: lay_blocks(b.children, add_node(Role::Sect, parent), indent); break;
    case BlockKind::PageBreak:
      if (!page_is_empty()) new_page();
      break;
    case BlockKind::ReplySlip: lay_reply_slip(b, parent, indent); break;
    case BlockKind::DefinitionList: lay_definition_list(b, parent, indent); break;
    case BlockKind::DefinitionTerm:
    case BlockKind::DefinitionDetails:
      // The reader allows these only inside a <dl>; laid out alone they still read in order.
      lay_definition_list(wrapped_in(BlockKind::DefinitionList, b), parent, indent);
      break;
    case BlockKind::Address:
      lay_inlines(b.inlines, add_node(Role::P, parent), indent, Face::Regular, body_, r_.style_of(b).foreground,
                  paragraph_space(), 0, 0, true);
      break;
    case BlockKind::Rule: lay_rule(indent); break;
  }
  if (b.anchor) anchor_nodes_[*b.anchor] = {first_node, static_cast<int>(out_.structure.size())};
}

void Engine::lay_heading(const Block& b, int parent, double indent, bool keep_with_next, Colour colour) {
  const double size = heading_size(b.level);
  cursor_ -= page_is_empty() ? 0 : heading_space_before();
  // Keep the heading with at least two lines of what follows.
  need(size * 1.3 + heading_space_after() + (keep_with_next ? 2 * body_line_ : 0));
  const int node = add_node(heading_role(b.level), parent);
  heading_level_ = std::clamp(b.level, 1, 6);
  if (const resolve::ContentsEntry* entry = r_.contents_entry(b)) {
    const auto k = static_cast<std::size_t>(entry - r_.contents->entries.data());
    if (contents_outline_.size() <= k) contents_outline_.resize(k + 1, static_cast<std::size_t>(-1));
    contents_outline_[k] = out_.outline.size();
  }
  PlacedHeading placed{column_index(), items().size(), 0, out_.outline.size(), 0, 0, cursor_, 0};
  if (heading_is_trailing(last_heading_)) {  // straight under another heading: they move together
    placed.first_item = last_heading_.first_item;
    placed.outline_first = last_heading_.outline_first;
    placed.top = last_heading_.top;
  }
  out_.outline.push_back({b.level, model::plain_text(b.inlines), page_index(), cursor_});
  const Face face = t_.headings.font.bold ? Face::Bold : Face::Regular;
  std::vector<Span> spans;
  collect(b.inlines, InlineStyle{face, size, colour, false, node, -1, {}}, spans);
  for (const Line& line : break_lines(spans, right_ - left_ - indent)) place_line(line, spans, left_ + indent, size * 1.3);
  cursor_ -= heading_space_after();
  placed.end_item = items().size();
  placed.outline_end = out_.outline.size();
  placed.links = out_.links.size();
  placed.bottom = cursor_;
  // A heading wrapped onto a second page is not carried again.
  if (placed.column == column_index()) last_heading_ = placed;
}

void Engine::lay_subtitle(int parent, double indent) {
  model::Inline text;
  text.kind = InlineKind::Text;
  text.text = r_.generated.subtitle;
  // Pulled up to the title it belongs to, in the heading colour, a step above body size.
  cursor_ += heading_space_after() / 2;
  lay_inlines({text}, add_node(Role::P, parent), indent, Face::Regular, body_ * 1.25, palette_.heading,
              heading_space_before());
}

// The marker column is as wide as the list's widest marker plus a gap, and never narrower than
// the house minimum, so "10." never wraps and bullet and number text start at the same indent.
double Engine::marker_column(const Block& list) {
  const auto count = static_cast<int>(
      std::count_if(list.children.begin(), list.children.end(), [](const Block& b) { return b.kind == BlockKind::ListItem; }));
  // Digits have one width in the template fonts, so the last number is as wide as any with as many
  // digits; the first nine cover bullets and short lists. Every list is at least as wide as "9.",
  // so bullet and number text start at the same indent.
  double widest = measure(Face::Regular, body_, "9.");
  auto consider = [&](int n) {
    widest = std::max(widest, measure(Face::Regular, body_, resolve::list_marker(list, list_depth_, n)));
  };
  // Letters and Roman numerals differ in width ("viii." against "ix."): every marker is measured.
  const bool digits = !list.ordered || list.list_style == model::ListStyle::Decimal;
  for (int n = 1; n <= (digits ? std::min(count, 9) : count); ++n) consider(n);
  if (count > 9) consider(count);
  return std::max(scaled(6 * kPointsPerMm), widest + body_ * 0.6);
}

void Engine::lay_list(const Block& list, int parent, double indent) {
  const int l = add_node(Role::L, parent);
  ++list_depth_;
  out_.structure[static_cast<std::size_t>(l)].list_numbering = resolve::list_numbering(list, list_depth_);
  const double marker_width = marker_column(list);
  int number = 0;
  for (const Block& item : list.children) {
    if (item.kind != BlockKind::ListItem) {
      lay_block(item, l, indent + marker_width, nullptr);
      continue;
    }
    ++number;
    const int li = add_node(Role::LI, l);
    const int lbl = add_node(Role::Lbl, li);
    const int body = add_node(Role::LBody, li);
    need(2 * body_line_);
    // The marker shares the first line's baseline: draw it at the current cursor.
    const std::string marker = resolve::list_marker(list, list_depth_, number);
    std::vector<Span> spans{{marker, Face::Regular, body_, r_.style_of(item).foreground, false, lbl, -1, 0, {}}};
    const double saved = cursor_;
    const int page = page_index();
    const std::size_t first = items().size(), first_link = out_.links.size();
    place_line(break_lines(spans, marker_width).front(), spans, left_ + indent, body_line_);
    const std::size_t end = items().size(), end_link = out_.links.size();
    cursor_ = saved;
    lay_blocks(item.children, body, indent + marker_width);
    align_label(page, first, end, first_link, end_link);
  }
  --list_depth_;
  cursor_ -= paragraph_space() / 2;
}

void Engine::lay_definition_list(const Block& list, int parent, double indent) {
  // Tagged PDF Best Practice Guide (PDF Association, 2019) §4.2 lists: a definition list is an L
  // whose LIs hold the term as Lbl and the definition as LBody; /ListNumbering /None says the
  // labels are words, not counted markers.
  const int l = add_node(Role::L, parent);
  out_.structure[static_cast<std::size_t>(l)].list_numbering = "None";
  const double hang = scaled(6 * kPointsPerMm);
  int li = -1;
  for (const Block& item : list.children) {
    if (item.kind == BlockKind::DefinitionTerm || li < 0) li = add_node(Role::LI, l);
    if (item.kind == BlockKind::DefinitionTerm) {
      // The term, bold on its own line, stays with the first lines of its definition.
      lay_inlines(item.inlines, add_node(Role::Lbl, li), indent, Face::Bold, body_, r_.style_of(item).foreground,
                  scaled(1), 0, 2 * body_line_);
    } else {
      const int body = add_node(Role::LBody, li);
      lay_blocks(item.children, body, indent + hang);
    }
  }
  cursor_ -= paragraph_space() / 2;
}

void Engine::lay_rule(double indent) {
  const double thickness = scaled(0.75);
  const double gap = paragraph_space();
  need(gap + thickness + 2 * body_line_);
  if (page_is_empty()) return;  // at the head of a page the page break already separates
  Item line;
  line.kind = ItemKind::Fill;
  line.artifact = ArtifactKind::Layout;  // PDF/UA-1 §7.1: decoration is an artifact
  line.rect = {mirror(left_ + indent, right_ - left_ - indent), cursor_ - gap / 2 - thickness, right_ - left_ - indent,
               thickness};
  line.color = palette_.rule;
  items().push_back(line);
  cursor_ -= gap / 2 + thickness + gap;
}

void Engine::lay_figure(const Block& b, int parent, double indent) {
  const model::Image& img = *b.image;
  const double column = right_ - left_ - indent;
  double w = column * img.width_percent.value_or(100) / 100;
  const double aspect = img.pixel_width ? static_cast<double>(img.pixel_height) / img.pixel_width : 0.75;
  double h = w * aspect;
  const double max_h = (top_ - bottom_) * 0.8;
  if (h > max_h) {
    h = max_h;
    w = h / aspect;
  }
  need(h + (b.caption ? 2 * body_line_ : 0));
  Item it;
  it.kind = ItemKind::Image;
  it.rect = {mirror(left_ + indent, w), cursor_ - h, w, h};
  ImageSource& source = it.image.emplace(ImageSource{img.resolved_path, img.format, nullptr});
  if (img.format == model::ImageFormat::Svg) {
    // Print resolution at the placed width: 300 dpi, as the PDF will be printed.
    try {
      source.bytes = std::make_shared<const std::string>(rasterise_svg(img.resolved_path, print_pixels(w / kPointsPerMm), t_.page.background));
    } catch (const SvgError& e) {
      throw InputError("image-svg-invalid", doc_.path, img.loc, "image \"" + img.src + "\": " + e.what());
    }
    source.format = model::ImageFormat::Png;
  }
  int figure = -1;
  if (img.decorative) {
    it.artifact = ArtifactKind::Layout;  // PDF/UA-1 §7.3: decorative images are artifacts
  } else {
    figure = add_node(Role::Figure, parent);
    StructNode& n = out_.structure[static_cast<std::size_t>(figure)];
    n.alt = img.alt.value_or("");
    n.bbox_page = page_index();
    n.bbox = it.rect;
    it.node = figure;
  }
  if (!source.path.empty()) items().push_back(std::move(it));
  cursor_ -= h + scaled(4);
  if (b.caption) {
    // The caption is the Figure's sibling, not its child: a Figure's /Alt replaces everything
    // inside it, so a reader honouring the /Alt would never reach a caption nested there
    // (ISO 32000-1 §14.9.3; Typst tags figure captions the same way).
    const int caption = add_node(Role::Caption, parent);
    lay_inlines(*b.caption, caption, indent, t_.text.italic_captions ? Face::Italic : Face::Regular, secondary_size(),
                r_.style_of(b).foreground,
                paragraph_space());
  } else {
    cursor_ -= paragraph_space();
  }
}

void Engine::lay_quote(const Block& b, int parent, double indent) {
  const double bar_width = scaled(2.25);  // the DOCX border's 18 eighths of a point, scaled alike
  const int node = add_node(Role::BlockQuote, parent);
  const int first_column = column_index();
  const double top = cursor_;
  lay_blocks(b.children, node, indent + scaled(8 * kPointsPerMm));
  // One bar in every column (page or panel) the quotation touches.
  for (int c = first_column; c <= column_index(); ++c) {
    const Column& col = columns_[static_cast<std::size_t>(c)];
    const double bar_top = c == first_column ? top : top_;
    // The last block's space after belongs below the quotation, not beside it.
    const double bar_bottom = c == column_index() ? cursor_ + paragraph_space() : bottom_;
    if (bar_top - bar_bottom <= 0) continue;
    Item bar;
    bar.kind = ItemKind::Fill;
    bar.artifact = ArtifactKind::Layout;
    const double x = col.left + indent + scaled(3 * kPointsPerMm);
    bar.rect = {rtl_ ? col.left + col.right - x - bar_width : x, bar_bottom, bar_width, bar_top - bar_bottom};
    bar.color = palette_.quote_bar;
    out_.pages[static_cast<std::size_t>(col.page)].items.push_back(bar);
  }
}

void Engine::lay_callout(const Block& b, int parent, double indent) {
  const int node = add_node(Role::Sect, parent);
  const double pad = t_.callout.padding_pt;
  const Colour background = r_.style_of(b).background;
  const Colour text = r_.style_of(b).foreground;
  need(2 * body_line_ + 2 * pad);
  const int first_column = column_index();
  const std::size_t first_item = items().size();
  const double top = cursor_;
  cursor_ -= pad;
  if (const std::optional<std::string> title = r_.callout_title(b)) {
    model::Inline t;
    t.kind = InlineKind::Text;
    t.text = *title;
    // The title heads the callout's Sect as the heading the resolve stage settled for every
    // output (one below the heading above it). PDF 1.7 has no label element a screen reader
    // offers for a Sect: /T is not read.
    lay_inlines({t}, add_node(heading_role(r_.callout_title_level(b)), node), indent + pad, Face::Bold, body_,
                text, scaled(2), pad);
  }
  for (const Block& c : b.children) {
    if (c.kind == BlockKind::Paragraph) {
      lay_inlines(c.inlines, add_node(Role::P, node), indent + pad, Face::Regular, body_, text,
                  &c == &b.children.back() ? 0 : paragraph_space(), pad);
    } else {
      lay_block(c, node, indent + pad, nullptr);
    }
  }
  cursor_ -= pad;
  // Backgrounds are artifacts painted under the text, one box per column (page or panel) the
  // callout touches. Last column first: a box slipped in under an earlier column of the same page
  // would move where the later column's items start.
  for (int c = column_index(); c >= first_column; --c) {
    const Column& col = columns_[static_cast<std::size_t>(c)];
    const double box_top = c == first_column ? top : top_;
    const double box_bottom = c == column_index() ? cursor_ : bottom_;
    Item fill;
    fill.kind = ItemKind::Fill;
    fill.artifact = ArtifactKind::Background;
    const double w = col.right - col.left - indent;
    fill.rect = {rtl_ ? col.right - indent - w : col.left + indent, box_bottom, w, box_top - box_bottom};
    fill.color = background;
    auto& page_items = out_.pages[static_cast<std::size_t>(col.page)].items;
    // Under the callout's own text: on a later column that shares a page, after what the page held.
    const std::size_t under = c == first_column ? first_item : col.first_item;
    const auto at = page_items.begin() + static_cast<std::ptrdiff_t>(under);
    if (palette_.callout_border && palette_.callout_border_width_pt > 0) {
      Item stroke = fill;
      stroke.kind = ItemKind::Stroke;
      stroke.color = *palette_.callout_border;
      stroke.line_width = palette_.callout_border_width_pt;
      page_items.insert(at, std::move(stroke));
    }
    page_items.insert(page_items.begin() + static_cast<std::ptrdiff_t>(under), std::move(fill));
  }
  cursor_ -= paragraph_space();
}

}  // namespace handout::layout::detail
