// w:tbl into a table: tblHeader rows as the head, gridSpan and vMerge as colspan and rowspan.
#include "import/docx_reader_state.hpp"

#include <algorithm>

namespace handout::import::docx {

Block Reader::table(pugi::xml_node tbl) {
  Block b;
  b.kind = BlockKind::Table;
  b.id = next_id();
  b.loc = {paragraph_number_ + 1, 1};
  model::Table t;
  // Grid column → the cell (row, index) whose vMerge restart is still open there.
  std::map<int, std::pair<std::size_t, std::size_t>> open_merges;
  bool in_head = true;
  bool any_head = false;
  for (pugi::xml_node tr : tbl.children("w:tr")) {
    if (t.rows.size() >= kMaxTableRows) {
      pkg_.fail("limit-exceeded", part_, "a table near paragraph " + std::to_string(paragraph_number_) +
                                             " has more than " + std::to_string(kMaxTableRows) + " rows");
    }
    model::TableRow row;
    row.id = next_id();
    row.loc = {paragraph_number_ + 1, 1};
    const bool header = on(tr.child("w:trPr").child("w:tblHeader"));
    in_head = in_head && header;
    any_head = any_head || in_head;
    row.group = in_head ? model::RowGroup::Head : model::RowGroup::None;
    int col = tr.child("w:trPr").child("w:gridBefore").attribute("w:val").as_int(0);
    for (pugi::xml_node tc : tr.children("w:tc")) {
      const pugi::xml_node tcpr = tc.child("w:tcPr");
      const int span = std::clamp(tcpr.child("w:gridSpan").attribute("w:val").as_int(1), 1, 1000);
      const pugi::xml_node vmerge = tcpr.child("w:vMerge");
      const std::string vm = vmerge.attribute("w:val").value();
      if (vmerge && vm != "restart") {
        // A continuation: the cell above grows by one row; this one holds nothing.
        if (auto it = open_merges.find(col); it != open_merges.end()) {
          ++t.rows[it->second.first].cells[it->second.second].rowspan;
          (void)blocks(tc);  // counted as paragraphs so numbers stay those of Word
          col += span;
          continue;
        }
      } else {
        open_merges.erase(col);
      }
      model::TableCell cell;
      cell.id = next_id();
      cell.loc = {paragraph_number_ + 1, 1};
      cell.colspan = span;
      std::vector<Block> content = blocks(tc);
      bool heading_style = !content.empty();
      for (const Block& c : content) heading_style = heading_style && roles_[c.id] == StyleRole::TableHeading;
      cell.header = in_head || heading_style;
      if (content.size() == 1 && content.front().kind == BlockKind::Paragraph) {
        content.front().kind = BlockKind::Plain;
      }
      cell.content = std::move(content);
      if (vm == "restart") open_merges[col] = {t.rows.size(), row.cells.size()};
      row.cells.push_back(std::move(cell));
      col += span;
    }
    t.rows.push_back(std::move(row));
  }
  if (any_head) {
    for (model::TableRow& r : t.rows) {
      if (r.group == model::RowGroup::None) r.group = model::RowGroup::Body;
    }
  }
  b.table = std::move(t);
  return b;
}

}  // namespace handout::import::docx
