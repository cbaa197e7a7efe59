// Footnotes (template [notes] placement = "footnotes"): room kept at the foot of the page as
// lines with references are placed; PDF/UA-1 §7.9 Note elements inside the referencing paragraph.
#include <algorithm>
#include <utility>

#include "layout/engine.hpp"
#include "model/query.hpp"

namespace handout::layout::detail {

std::vector<int> Engine::new_note_references(const Line& line, const std::vector<Span>& spans) {
  std::vector<int> numbers;
  if (!footnotes()) return numbers;
  for (const Piece& p : line.pieces) {
    const int link = spans[static_cast<std::size_t>(p.span)].link;
    if (link < 0) continue;
    const int n = pending_links_[static_cast<std::size_t>(link)].note;
    if (n > 0 && !footnote_reserved_.count(n) && std::find(numbers.begin(), numbers.end(), n) == numbers.end())
      numbers.push_back(n);
  }
  return numbers;
}

Footnote& Engine::footnote(int number) {
  auto it = footnotes_.find(number);
  if (it != footnotes_.end()) return it->second;
  const NoteRecord& rec =
      *std::find_if(notes_.begin(), notes_.end(), [&](const NoteRecord& r) { return r.number == number; });
  Footnote f;
  f.note_node = add_note_node(number, out_.structure[static_cast<std::size_t>(rec.reference_node)].parent);
  const int text_node = add_node(Role::P, f.note_node);
  collect(*rec.content, InlineStyle{Face::Regular, note_size(), palette_.text, false, text_node, -1, {}}, f.spans);
  const bool block_rtl = std::exchange(rtl_, document_rtl());
  f.lines = break_lines(f.spans, right_ - left_ - note_indent());
  rtl_ = block_rtl;
  f.height = static_cast<double>(std::max<std::size_t>(f.lines.size(), 1)) * note_line() + note_line() * 0.25 +
             taller_by(f.lines, note_line());
  return footnotes_.emplace(number, std::move(f)).first->second;
}

int Engine::add_note_node(int number, int parent) {
  const int note = add_node(Role::Note, parent);
  out_.structure[static_cast<std::size_t>(note)].id = "note-" + std::to_string(number);
  return note;
}

void Engine::reserve_footnote(int number) {
  if (page_footnotes_.empty()) bottom_ += footnote_separator_height();
  bottom_ += footnote(number).height;
  page_footnotes_.push_back(number);
  footnote_reserved_.insert(number);
}

void Engine::reserve_footnotes_for(const Line& line, const std::vector<Span>& spans, double line_height) {
  for (int number : new_note_references(line, spans)) {
    const double extra = footnote(number).height + (page_footnotes_.empty() ? footnote_separator_height() : 0);
    if (cursor_ - line_height >= bottom_ + extra - 1e-6) {
      reserve_footnote(number);
    } else {
      footnote_reserved_.insert(number);
      carried_footnotes_.push_back(number);
    }
  }
}

void Engine::place_footnotes() {
  if (page_footnotes_.empty()) return;
  const double saved = cursor_;
  const bool block_rtl = std::exchange(rtl_, document_rtl());  // the page may end inside any block
  const double base = t_.page.margin_bottom_mm * kPointsPerMm;
  cursor_ = bottom_;
  Item rule;
  rule.kind = ItemKind::Fill;
  rule.artifact = ArtifactKind::Layout;
  rule.rect = {mirror(left_, (right_ - left_) / 3), cursor_ - footnote_separator_height() / 2, (right_ - left_) / 3, scaled(0.5)};
  rule.color = palette_.rule;
  items().push_back(rule);
  cursor_ -= footnote_separator_height();
  for (int number : page_footnotes_) {
    Footnote& f = footnote(number);
    note_targets_[number] = {page_index(), cursor_};
    place_note_label(number, f.note_node, note_size(), note_line());
    for (const Line& line : f.lines) place_line(line, f.spans, left_ + note_indent(), note_line());
    if (f.lines.empty()) cursor_ -= note_line();
    cursor_ -= note_line() * 0.25;
  }
  page_footnotes_.clear();
  bottom_ = base;
  cursor_ = saved;
  rtl_ = block_rtl;
}

void Engine::place_note_label(int number, int note_node, double size, double line_height) {
  const int label = add_node(Role::Lbl, note_node);
  const int link_node = add_node(Role::Link, label);
  const int link = static_cast<int>(pending_links_.size());
  pending_links_.push_back({"", 0, number, link_node, r_.generated.words.back_label(number), -1, {}});
  std::vector<Span> spans{
      {std::to_string(number) + ".", Face::Bold, size, palette_.link, false, link_node, link, 0, {}}};
  // Right-aligned in the number column, so "9." and "10." align on the point.
  const std::vector<Line> lines = break_lines(spans, note_indent() * 2);
  const double gap = size * 0.4;
  const double saved = cursor_;
  place_line(lines.front(), spans, left_ + std::max(0.0, note_indent() - gap - lines.front().width), line_height);
  cursor_ = saved;
}

}  // namespace handout::layout::detail
