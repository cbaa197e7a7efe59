// Rule 32 `th-scope` (docs/spec/lint-rules.md): a header cell whose scope is neither written nor
// inferable, or whose scope value is invalid. WCAG 2.2 SC 1.3.1 (technique H63); axe
// `scope-attr-valid`; PDF/UA-1 §7.5, Matterhorn 15-003 "TH without Scope" — the PDF writer
// needs a Scope for every TH, so one that cannot be inferred must be written.
#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"
#include "resolve/resolved_document.hpp"

namespace handout::rules {
namespace {

std::string describe(const model::TableCell& cell) {
  const std::string text = resolve::cell_text(cell);
  return text.empty() ? "<th>" : "<th> \"" + links::excerpt(text, 40) + "\"";
}

void check_th_scope(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::Table || !block.table) return;
    const resolve::ResolvedTable& grid = ctx.resolved.table(block);
    if (grid.too_large) {
      // Without the grid only the written value can be judged.
      for (const model::TableRow& row : block.table->rows)
        for (const model::TableCell& cell : row.cells)
          if (cell.header && cell.scope == model::CellScope::Invalid)
            reporter.report(cell.loc, describe(cell) + " has scope=\"" + cell.scope_text + "\", which is not col or row",
                            "write scope=\"col\" for a column header or scope=\"row\" for a row header");
      return;
    }
    for (const resolve::GridCell& placed : grid.cells) {
      const model::TableCell& cell = *placed.cell;
      if (!cell.header) continue;
      if (cell.scope == model::CellScope::Invalid) {
        reporter.report(cell.loc, describe(cell) + " has scope=\"" + cell.scope_text + "\", which is not col or row",
                        "write scope=\"col\" for a column header or scope=\"row\" for a row header");
      } else if (placed.scope == resolve::HeaderScope::None) {
        reporter.report(cell.loc,
                        describe(cell) + " in row " + std::to_string(placed.top + 1) +
                            " has no scope, and it is neither in the header row nor a row label beside data cells",
                        "add scope=\"col\" if it heads the cells below it, or scope=\"row\" if it heads the "
                        "cells to its right");
      }
    }
  });
}

}  // namespace

extern const Rule kThScope{
    32, "th-scope", Severity::Warning, "1.3.1",
    "header cells have a scope that is written or can be inferred",
    "Reports a <th> whose scope attribute is not \"col\" or \"row\", and a <th> without scope whose "
    "direction cannot be inferred. It is inferred as col for a <th> in <thead> or in the first row, "
    "and as row for a <th> in the first column of a row that also has <td> cells (colspan and "
    "rowspan are resolved first). Every TH in the tagged PDF needs a Scope so that assistive "
    "technology knows which cells it labels (WCAG 2.2 SC 1.3.1, technique H63; axe "
    "scope-attr-valid; PDF/UA-1 §7.5, Matterhorn 15-003). Fix: add scope=\"col\" to a header of the "
    "cells below it and scope=\"row\" to a header of the cells to its right.",
    &check_th_scope,
};

}  // namespace handout::rules
