// Rule 33 `th-has-data-cells` (docs/spec/lint-rules.md): a header cell with no data cells under
// it (column header) or beside it (row header). WCAG 2.2 SC 1.3.1; axe `th-has-data-cells`;
// Matterhorn 15-005 (H) "a header cannot be determined" — a header that heads nothing is usually
// a heading or a layout device dressed as a table header.
#include <cstdint>
#include <vector>

#include "model/query.hpp"
#include "resolve/resolved_document.hpp"
#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"

namespace handout::rules {
namespace {

using CellScope = resolve::HeaderScope;
using PlacedCell = resolve::GridCell;
using TableGrid = resolve::ResolvedTable;

// What covers each slot, and for each slot whether such a cell appears at or below it in its
// column, or at or right of it in its row. Built once per table, so each header is answered in
// time proportional to its span, not to the size of the table.
class HeaderIndex {
 public:
  explicit HeaderIndex(const TableGrid& grid) : grid_(grid), cols_(static_cast<std::size_t>(grid.col_count)) {
    const std::size_t rows = static_cast<std::size_t>(grid.row_count);
    below_.assign(rows * cols_, 0);
    right_.assign(rows * cols_, 0);
    for (std::size_t r = rows; r-- > 0;) {
      for (std::size_t c = cols_; c-- > 0;) {
        const std::uint8_t here = kind_at(r, c);
        below_[r * cols_ + c] = here | (r + 1 < rows ? below_[(r + 1) * cols_ + c] : 0);
        right_[r * cols_ + c] = here | (c + 1 < cols_ ? right_[r * cols_ + c + 1] : 0);
      }
    }
  }

  // A data cell under the header in its columns; for a header in the first column, a row header
  // under it also counts (the top-left cell heading the column of row headers).
  bool has_cells_below(const PlacedCell& th) const {
    const std::size_t below = static_cast<std::size_t>(th.top + th.height);
    if (below >= static_cast<std::size_t>(grid_.row_count)) return false;
    const std::uint8_t want = th.left == 0 ? (kData | kRowHeader) : kData;
    for (int c = th.left; c < th.left + th.width; ++c)
      if (below_[below * cols_ + static_cast<std::size_t>(c)] & want) return true;
    return false;
  }

  // A data cell beside the header in its rows; for a header in the first row, a column header
  // beside it also counts.
  bool has_cells_beside(const PlacedCell& th) const {
    const std::size_t beside = static_cast<std::size_t>(th.left + th.width);
    if (beside >= cols_) return false;
    const std::uint8_t want = th.top == 0 ? (kData | kColHeader) : kData;
    for (int r = th.top; r < th.top + th.height; ++r)
      if (right_[static_cast<std::size_t>(r) * cols_ + beside] & want) return true;
    return false;
  }

 private:
  static constexpr std::uint8_t kData = 1, kRowHeader = 2, kColHeader = 4;

  std::uint8_t kind_at(std::size_t r, std::size_t c) const {
    const PlacedCell* p = grid_.at(static_cast<int>(r), static_cast<int>(c));
    if (!p) return 0;
    if (!p->cell->header) return kData;
    const CellScope s = p->scope;  // settled by the resolve stage
    return s == CellScope::Row ? kRowHeader : s == CellScope::Column ? kColHeader : 0;
  }

  const TableGrid& grid_;
  std::size_t cols_;
  std::vector<std::uint8_t> below_, right_;
};

void check_th_has_data_cells(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::Table || !block.table) return;
    const TableGrid& grid = ctx.resolved.table(block);
    if (grid.too_large) return;  // see TableGrid::kMaxSlots
    const HeaderIndex index(grid);
    for (const PlacedCell& th : grid.cells) {
      if (!th.cell->header) continue;
      const CellScope scope = th.scope;
      std::string where;
      if (scope == CellScope::Column && !index.has_cells_below(th))
        where = "under it";
      else if (scope == CellScope::Row && !index.has_cells_beside(th))
        where = "beside it";
      else if (scope == CellScope::None && !index.has_cells_below(th) && !index.has_cells_beside(th))
        where = "under or beside it";
      if (where.empty()) continue;
      const std::string text = resolve::cell_text(*th.cell);
      const std::string name = text.empty() ? "header cell" : "header \"" + links::excerpt(text, 40) + "\"";
      reporter.report(th.cell->loc, name + " has no data cells " + where,
                      "add the data rows or columns it heads, or, if it is a title, move it out of the "
                      "table as a heading or <caption>");
    }
  });
}

}  // namespace

extern const Rule kThHasDataCells{
    33,
    "th-has-data-cells",
    Severity::Warning,
    "1.3.1",
    "every header cell heads some data cells",
    "Reports a <th> that heads no <td>: a column header (scope col, written or inferred) with no "
    "data cell below it in its columns, a row header (scope row) with none to its right in its "
    "rows, or a header of unknown direction with none in either place. colspan and rowspan are "
    "resolved first. The top-left header may head the column of row headers under it. A header "
    "that labels nothing usually means a table holding only a header row, or a title typed into "
    "the table (WCAG 2.2 SC 1.3.1; axe th-has-data-cells; Matterhorn 15-005). Fix: add the data it "
    "should head, or move a title out of the table into a heading or the <caption>.",
    &check_th_has_data_cells,
};

}  // namespace handout::rules
