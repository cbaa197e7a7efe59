// Rule 36 `layout-table` (docs/spec/lint-rules.md): a table that is probably layout, not data:
// one row, one column, or every cell holding blocks. WCAG 2.2 SC 1.3.1 (and failure F49 under
// SC 1.3.2: a layout table must still read in order); older axe `layout-table`; Matterhorn
// 15-004 (H); Word checker "Tables have a simple structure".
#include <algorithm>

#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "resolve/resolved_document.hpp"

namespace handout::rules {
namespace {

using model::Block;
using model::BlockKind;

// A cell holding a block of its own (paragraph, list, image, …), not just inline text.
bool holds_block(const model::TableCell& cell) {
  return std::any_of(cell.content.begin(), cell.content.end(),
                     [](const Block& b) { return b.kind != BlockKind::Plain; });
}

void check_layout_table(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const Block& block, model::BlockPath) {
    if (block.kind != BlockKind::Table || !block.table) return;
    const resolve::ResolvedTable& grid = ctx.resolved.table(block);
    if (grid.too_large || grid.cells.empty()) return;  // too large is plainly data; no cells: table-empty-cells
    const std::string hint =
        "if it only places content side by side, write it as headings, paragraphs or a list; "
        "if it is data, add the rows or columns and header cells it needs";
    if (grid.row_count == 1 && grid.col_count == 1) {
      reporter.report(block.loc, "table has a single cell, so it is probably used for layout", hint);
      return;
    }
    if (grid.row_count == 1) {
      reporter.report(block.loc, "table has only one row, so it is probably used for layout", hint);
      return;
    }
    if (grid.col_count == 1) {
      reporter.report(block.loc, "table has only one column, so it is probably used for layout", hint);
      return;
    }
    // Empty cells neither hold a block nor break the pattern; at least one cell must hold one.
    bool any_block = false, all_blocks = true;
    for (const resolve::GridCell& p : grid.cells) {
      if (resolve::is_empty_cell(*p.cell)) continue;
      const bool has = holds_block(*p.cell);
      any_block = any_block || has;
      all_blocks = all_blocks && has;
    }
    if (any_block && all_blocks)
      reporter.report(block.loc,
                      "every cell of the table holds paragraphs, lists or images, so it is probably used for layout",
                      hint);
  });
}

}  // namespace

extern const Rule kLayoutTable{
    36, "layout-table", Severity::Info, "1.3.1",
    "tables hold data, not page layout",
    "Reports a <table> that looks like layout rather than data: it has one row, or one column "
    "(colspan and rowspan resolved), or every non-empty cell holds a block (a paragraph, list, "
    "image, …) rather than a short value. A screen reader announces a table with its size and "
    "reads it cell by cell, which breaks the flow of text that was only placed side by side; in "
    "the tagged PDF it becomes a Table structure that does not describe data (WCAG 2.2 SC 1.3.1; "
    "the older axe layout-table; Matterhorn 15-004; Word's \"Tables have a simple structure\"). "
    "Fix: write the content as headings, paragraphs and lists; the template lays it out. If it "
    "really is data, give it the header cells and rows it needs.",
    &check_layout_table,
};

}  // namespace handout::rules
