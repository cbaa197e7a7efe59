// Rule 34 `table-empty-cells` (docs/spec/lint-rules.md): a whole row or column of empty cells,
// i.e. spacing done with table cells. WCAG 2.2 SC 1.3.1: a screen reader announces every empty
// cell ("blank"), and the rows/columns counts it reports no longer match the data; Word checker
// flags blank cells used for formatting.
#include <vector>

#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "resolve/resolved_document.hpp"

namespace handout::rules {
namespace {

void check_table_empty_cells(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::Table || !block.table) return;
    const resolve::ResolvedTable& grid = ctx.resolved.table(block);
    if (grid.too_large) return;  // see resolve::ResolvedTable::kMaxSlots
    if (grid.cells.empty()) {
      reporter.report(block.loc, "table has no cells", "remove the empty table, or fill in its rows");
      return;
    }
    std::vector<bool> empty;
    std::size_t empty_count = 0;
    for (const resolve::GridCell& p : grid.cells) {
      empty.push_back(resolve::is_empty_cell(*p.cell));
      empty_count += empty.back() ? 1 : 0;
    }
    if (empty_count == grid.cells.size()) {
      reporter.report(block.loc, "all " + std::to_string(empty_count) + " cells of the table are empty",
                      "remove the table; use the template's spacing, not empty cells");
      return;
    }
    auto slot_empty = [&](int r, int c) {
      const resolve::GridCell* p = grid.at(r, c);
      return !p || empty[static_cast<std::size_t>(p - grid.cells.data())];
    };
    for (int r = 0; r < grid.row_count; ++r) {
      bool all_empty = true, any_cell = false;
      for (int c = 0; c < grid.col_count; ++c) {
        all_empty = all_empty && slot_empty(r, c);
        any_cell = any_cell || grid.at(r, c) != nullptr;
      }
      if (!all_empty) continue;
      reporter.report(block.table->rows[static_cast<std::size_t>(r)].loc,
                      "row " + std::to_string(r + 1) + " of the table has " + (any_cell ? "only empty cells" : "no cells"),
                      "delete the row; space between rows comes from the template, not from empty cells");
    }
    for (int c = 0; c < grid.col_count; ++c) {
      const resolve::GridCell* first = nullptr;
      bool all_empty = true;
      for (int r = 0; r < grid.row_count && all_empty; ++r) {
        all_empty = slot_empty(r, c);
        if (!first) first = grid.at(r, c);
      }
      if (!all_empty || !first) continue;
      // A column has no start tag of its own: the finding points at its first cell.
      reporter.report(first->cell->loc, "column " + std::to_string(c + 1) + " of the table has only empty cells",
                      "delete the column (this cell and the ones below it); do not use empty cells for spacing");
    }
  });
}

}  // namespace

extern const Rule kTableEmptyCells{
    34, "table-empty-cells", Severity::Info, "1.3.1",
    "no row or column made only of empty cells",
    "Reports a table row in which every cell is empty, and a column in which every cell is empty "
    "(reported at the column's first cell), after colspan and rowspan are resolved. A cell is empty "
    "when it holds no text (spaces and no-break spaces do not count) and no image. A table whose "
    "cells are all empty, or that has no cells, is reported once. Empty rows and columns are "
    "usually spacing: a screen reader still announces each one as blank, and the row and column "
    "counts no longer match the data (WCAG 2.2 SC 1.3.1; the Word checker's blank cells used for "
    "formatting). Fix: delete the empty row or column; spacing comes from the template.",
    &check_table_empty_cells,
};

}  // namespace handout::rules
