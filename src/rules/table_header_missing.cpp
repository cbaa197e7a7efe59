// Rule 31 `table-header-missing` (docs/spec/lint-rules.md): a table with no <th> at all.
// WCAG 2.2 SC 1.3.1 Info and Relationships (technique H51); Word checker "Tables specify column
// header information"; PDF/UA-1 §7.5 (tables need TH cells so that TD cells have headers),
// Matterhorn 15-001/15-002 (H).
#include <algorithm>

#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

void check_table_header_missing(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::Table || !block.table) return;
    std::size_t cells = 0;
    bool header = false;
    for (const model::TableRow& row : block.table->rows) {
      cells += row.cells.size();
      header = header || std::any_of(row.cells.begin(), row.cells.end(),
                                     [](const model::TableCell& c) { return c.header; });
    }
    // A table without any cell has nothing to head; table-empty-cells reports it.
    if (header || cells == 0) return;
    reporter.report(block.loc,
                    "table has no header cells: all " + std::to_string(cells) + " cells are <td>",
                    "make the first row <th scope=\"col\"> cells (in <thead>), and the first cell of "
                    "each row <th scope=\"row\"> if it names the row");
  });
}

}  // namespace

extern const Rule kTableHeaderMissing{
    31, "table-header-missing", Severity::Error, "1.3.1",
    "every table has header cells (<th>)",
    "Reports a <table> in which no cell is a <th>. Without header cells a screen reader cannot "
    "announce which column or row a value belongs to, and the tagged PDF has only TD cells with no "
    "TH to refer to (WCAG 2.2 SC 1.3.1, technique H51; Word's \"Tables specify column header "
    "information\"; PDF/UA-1 §7.5, Matterhorn 15-001/15-002). Fix: write the header row with "
    "<th scope=\"col\"> inside <thead>, and row labels with <th scope=\"row\">. If the table is "
    "only there to arrange content side by side, use paragraphs or a list instead (see "
    "layout-table).",
    &check_table_header_missing,
};

}  // namespace handout::rules
