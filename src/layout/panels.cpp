// Columns of the flow: on a template with [layout] panels, each page's width is split into equal
// panels with the page's side margins inside each, and the text fills them in reading order: left
// to right, page by page; or, for a roll-folded tri-fold, the way the folded sheet is read
// (templates/README.md, "Tri-fold leaflets"). Without panels every page is one column.
#include "layout/engine.hpp"

namespace handout::layout::detail {
namespace {

// A roll fold: the outside side (page 1) is [inside flap | back | front cover], the inside side
// (page 2) [1 | 2 | 3]. The reader meets the front cover first and opens the sheet onto the three
// inside panels, read as one spread; the inside flap and the back, read last, close the leaflet
// (contacts, where to find out more), so the flow ends there.
struct Slot {
  int side, panel;
};
constexpr Slot kRollFoldOrder[] = {{0, 2}, {1, 0}, {1, 1}, {1, 2}, {0, 0}, {0, 1}};
constexpr int kRollFoldSlots = static_cast<int>(std::size(kRollFoldOrder));

}  // namespace

void Engine::open_column() {
  const int panels = std::max(1, t_.layout.panels);
  const int next = column_index() + 1;
  int page = next / panels, panel = next % panels;
  if (t_.layout.fold == style::Fold::Roll && panels == 3) {
    const Slot slot = kRollFoldOrder[next % kRollFoldSlots];
    page = 2 * (next / kRollFoldSlots) + slot.side;
    panel = slot.panel;
  }
  while (static_cast<int>(out_.pages.size()) <= page) out_.pages.emplace_back();
  const double panel_width = out_.width / panels;
  Column c;
  c.page = page;
  c.left = panel_width * panel + t_.page.margin_left_mm * kPointsPerMm;
  c.right = panel_width * (panel + 1) - t_.page.margin_right_mm * kPointsPerMm;
  c.first_item = out_.pages[static_cast<std::size_t>(page)].items.size();
  columns_.push_back(c);
  out_.columns.push_back({page, c.left, c.right});
  page_ = page;
  left_ = c.left;
  right_ = c.right;
}

bool Engine::first_column_on_page() const {
  for (int c = 0; c < column_index(); ++c) {
    if (columns_[static_cast<std::size_t>(c)].page == page_) return false;
  }
  return true;
}

}  // namespace handout::layout::detail
