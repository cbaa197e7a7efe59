// Block layout: a cursor runs down the text column of the current page; each block asks for
// the room it needs and starts a new page when it does not fit. Paragraphs are broken into lines
// first and then placed with orphan/widow control. Every piece of content is attached to the
// structure element it belongs to, in source order, so the structure tree is the reading order
// (PDF/UA-1 §7.1, Matterhorn 09-001). This file holds the engine's run, its pages and structure;
// engine.hpp lists the files that hold the rest.
#include "layout/layout_engine.hpp"

#include <linebreak.h>

#include <algorithm>
#include <mutex>

#include "layout/engine.hpp"

namespace handout::layout {
namespace detail {

Engine::Engine(const resolve::ResolvedDocument& resolved, FontMetrics& fm, double spacing,
               std::vector<int> contents_pages)
    : r_(resolved), doc_(resolved.doc), t_(resolved.tmpl), palette_(resolved.palette), fm_(fm), spacing_(spacing),
      contents_pages_(std::move(contents_pages)) {
  static std::once_flag once;
  std::call_once(once, [] { init_linebreak(); });
  out_.width = t_.page.width_mm * kPointsPerMm;
  out_.height = t_.page.height_mm * kPointsPerMm;
  left_ = sheet_left_ = t_.page.margin_left_mm * kPointsPerMm;
  right_ = sheet_right_ = out_.width - t_.page.margin_right_mm * kPointsPerMm;
  top_ = sheet_top_ = out_.height - t_.page.margin_top_mm * kPointsPerMm;
  bottom_ = t_.page.margin_bottom_mm * kPointsPerMm;
  body_ = t_.body.font.size_pt;
  body_line_ = body_ * t_.body.line_spacing;
}

PagedDocument Engine::run() {
  StructNode root;
  root.role = Role::Document;
  out_.structure.push_back(std::move(root));
  new_page();
  // Notes and running text outside any block follow the document's direction.
  rtl_ = document_rtl();
  // Without a title heading to follow, the contents open the document.
  if (r_.contents && !r_.title_heading) lay_contents(0, 0);
  lay_blocks(doc_.body, 0, 0);
  place_footnotes();
  if (!carried_footnotes_.empty()) {  // the last line's notes did not fit under it: one more page
    new_page();
    place_footnotes();
  }
  if (t_.notes == style::NotePlacement::Endnotes) lay_endnotes();
  resolve_links();
  draw_running_text();
  for (std::size_t outline : contents_outline_)
    headings_pages_.push_back(outline < out_.outline.size() ? out_.outline[outline].page + 1 : 0);
  return std::move(out_);
}

void Engine::new_page() {
  std::vector<Item> heading = take_trailing_heading();
  place_footnotes();
  for (int n : carried_footnotes_) reserve_footnote(n);
  carried_footnotes_.clear();
  const double previous_left = left_;
  open_column();
  top_ = sheet_top_;
  place_letterhead();
  cursor_ = top_;
  if (heading.empty()) return;
  // A heading never ends a page (or a panel): it starts the new one, above what it heads.
  const double shift = top_ - last_heading_.top, across = left_ - previous_left;
  for (Item& it : heading) {
    it.x += across;
    it.rect.x += across;
    it.y += shift;
    it.rect.y += shift;
    items().push_back(std::move(it));
  }
  for (std::size_t i = last_heading_.outline_first; i < out_.outline.size(); ++i) {
    out_.outline[i].page = page_index();
    out_.outline[i].y += shift;
  }
  cursor_ = last_heading_.bottom + shift;
  last_heading_ = PlacedHeading{};
}

bool Engine::heading_is_trailing(const PlacedHeading& h) const {
  // Nothing painted and no link area or outline entry added after it (spacing may have been), in
  // this column.
  return h.column >= 0 && h.column == column_index() &&
         h.end_item == out_.pages[static_cast<std::size_t>(page_)].items.size() && h.links == out_.links.size() &&
         h.outline_end == out_.outline.size();
}

std::vector<Item> Engine::take_trailing_heading() {
  // Headings that open the page already would only leave it empty.
  if (!heading_is_trailing(last_heading_) || last_heading_.top >= top_ - 0.01) {
    last_heading_ = PlacedHeading{};
    return {};
  }
  auto& page_items = items();
  std::vector<Item> out(page_items.begin() + static_cast<std::ptrdiff_t>(last_heading_.first_item), page_items.end());
  page_items.resize(last_heading_.first_item);
  return out;
}

void Engine::need(double height) {
  if (cursor_ - height < bottom_ && !page_is_empty()) new_page();
}

int Engine::add_node(Role role, int parent) {
  const int id = static_cast<int>(out_.structure.size());
  StructNode n;
  n.role = role;
  n.parent = parent;
  out_.structure.push_back(std::move(n));
  out_.structure[static_cast<std::size_t>(parent)].children.push_back(id);
  return id;
}

}  // namespace detail

const char* role_name(Role r) {
  static const char* const kNames[] = {"Document", "Sect",  "H1",        "H2",         "H3",  "H4",    "H5",
                                       "H6",       "P",     "L",         "LI",         "Lbl", "LBody", "Figure",
                                       "Caption",  "Table", "THead",     "TBody",      "TR",  "TH",    "TD",
                                       "Link",     "Note",  "Reference", "BlockQuote", "Span",
                                       "TOC",      "TOCI",     "Form"};
  return kNames[static_cast<int>(r)];
}

namespace {

// How much of the text column the tagged content of the last page takes, from its top down.
double last_page_used(const PagedDocument& paged, double top, double bottom) {
  double lowest = top;
  for (const Item& it : paged.pages.back().items) {
    if (it.node < 0 || it.artifact != ArtifactKind::None) continue;
    lowest = std::min(lowest, it.kind == ItemKind::Text ? it.y - it.size * 0.3 : it.rect.y);
  }
  return (top - lowest) / (top - bottom);
}

}  // namespace

namespace {

// One layout at `spacing`. With a table of contents the pages of its headings are known only once
// the document is laid out, so it is laid out twice: the entries break into lines regardless of
// their numbers (a fixed column is kept for them), so the second run pages exactly as the first.
PagedDocument run_engine(const resolve::ResolvedDocument& resolved, FontMetrics& metrics, double spacing) {
  detail::Engine first(resolved, metrics, spacing);
  PagedDocument paged = first.run();
  if (!resolved.contents) return paged;
  return detail::Engine(resolved, metrics, spacing, first.headings_pages()).run();
}

}  // namespace

PagedDocument layout_document(const resolve::ResolvedDocument& resolved, FontMetrics& metrics) {
  PagedDocument paged = run_engine(resolved, metrics, 1);
  // A last page holding only a few lines (the last note, the end of a paragraph) is avoided by
  // tightening the space between blocks, step by step down to kMinSpacing of the template's
  // (docs/typesetting.md); line spacing, type sizes and margins never change. The tightest
  // spacing that is needed, and no tighter, is kept; if none saves the page, nothing changes.
  constexpr double kNearlyEmpty = 0.25, kMinSpacing = 0.5;
  const style::Template& t = resolved.tmpl;
  const double top = (t.page.height_mm - t.page.margin_top_mm) * detail::kPointsPerMm;
  const double bottom = t.page.margin_bottom_mm * detail::kPointsPerMm;
  if (paged.pages.size() < 2 || last_page_used(paged, top, bottom) >= kNearlyEmpty) return paged;
  for (double spacing = 0.9; spacing >= kMinSpacing - 1e-9; spacing -= 0.1) {
    PagedDocument tighter = run_engine(resolved, metrics, spacing);
    if (tighter.pages.size() < paged.pages.size()) return tighter;
  }
  return paged;
}

}  // namespace handout::layout
