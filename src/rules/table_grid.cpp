#include "rules/table_grid.hpp"

#include <algorithm>

#include "model/query.hpp"
#include "rules/link_text.hpp"

namespace handout::rules::tables {
namespace {

using model::Block;
using model::BlockKind;

bool has_content(const Block& block) {
  if (block.kind == BlockKind::Image || block.kind == BlockKind::Figure) return true;
  bool found = false;
  // A note reference prints a number, so a cell holding only a note is not empty.
  model::for_each_inline_run(block, [&](const model::Inlines& run) {
    found = found || !links::is_blank(model::plain_text_with_notes(run));
  });
  if (found) return true;
  for (const Block& child : block.children)
    if (has_content(child)) return true;
  if (block.table) {
    for (const model::TableRow& row : block.table->rows)
      for (const model::TableCell& cell : row.cells)
        if (!is_empty_cell(cell)) return true;
  }
  return false;
}

}  // namespace

TableGrid build_table_grid(const model::Table& table) {
  TableGrid grid;
  const int row_count = static_cast<int>(table.rows.size());
  grid.row_count = row_count;

  // HTML "processing row groups": a rowspan ends with its row group (<thead>, <tbody>, or the
  // run of rows written directly in <table>).
  std::vector<int> group_end(table.rows.size());
  for (int r = row_count - 1; r >= 0; --r) {
    const bool last = r == row_count - 1 || table.rows[r + 1].group != table.rows[r].group;
    group_end[r] = last ? r + 1 : group_end[r + 1];
  }

  std::vector<std::vector<int>> lines;
  std::vector<int> carry_rows, carry_cell;  // per column: rows still covered from above, by which cell
  std::size_t width = 0;
  for (int r = 0; r < row_count; ++r) {
    const model::TableRow& row = table.rows[r];
    if (r > 0 && row.group != table.rows[r - 1].group) std::fill(carry_rows.begin(), carry_rows.end(), 0);
    std::vector<int> line(width, -1);
    for (std::size_t c = 0; c < width; ++c) {
      if (carry_rows[c] > 0) {
        line[c] = carry_cell[c];
        --carry_rows[c];
      }
    }
    std::size_t col = 0;
    for (const model::TableCell& cell : row.cells) {
      while (col < line.size() && line[col] != -1) ++col;
      const int index = static_cast<int>(grid.cells.size());
      const std::size_t span = static_cast<std::size_t>(std::max(cell.colspan, 1));
      const int height = std::clamp(cell.rowspan, 1, group_end[r] - r);
      if (col + span > width) {
        width = col + span;
        if (static_cast<long>(width) * row_count > TableGrid::kMaxSlots) {
          grid.too_large = true;
          grid.cells.clear();
          return grid;
        }
        carry_rows.resize(width, 0);
        carry_cell.resize(width, -1);
      }
      line.resize(width, -1);
      for (std::size_t c = col; c < col + span; ++c) {
        // Overlapping cells are a table model error in HTML; the earlier cell keeps the slot.
        if (line[c] != -1) continue;
        line[c] = index;
        carry_rows[c] = height - 1;
        carry_cell[c] = index;
      }
      grid.cells.push_back(PlacedCell{&cell, &row, r, static_cast<int>(col), height, static_cast<int>(span)});
      col += span;
    }
    lines.push_back(std::move(line));
  }

  grid.col_count = static_cast<int>(width);
  grid.slots.assign(static_cast<std::size_t>(row_count) * width, -1);
  for (std::size_t r = 0; r < lines.size(); ++r)
    std::copy(lines[r].begin(), lines[r].end(), grid.slots.begin() + static_cast<std::ptrdiff_t>(r * width));
  grid.row_has_data.assign(static_cast<std::size_t>(row_count), false);
  for (std::size_t k = 0; k < grid.slots.size(); ++k) {
    const int index = grid.slots[k];
    if (index >= 0 && !grid.cells[static_cast<std::size_t>(index)].cell->header) grid.row_has_data[k / width] = true;
  }
  return grid;
}

bool is_empty_cell(const model::TableCell& cell) {
  return std::none_of(cell.content.begin(), cell.content.end(), has_content);
}

std::string cell_text(const model::TableCell& cell) {
  std::string text;
  for (const Block& block : cell.content) text += model::plain_text(block) + " ";
  return links::normalise_space(text);
}

model::CellScope effective_scope(const TableGrid& grid, const PlacedCell& placed) {
  const model::CellScope written = placed.cell->scope;
  if (written == model::CellScope::Col || written == model::CellScope::Row) return written;
  if (placed.row->group == model::RowGroup::Head || placed.top == 0) return model::CellScope::Col;
  if (placed.left == 0 && grid.row_has_data[static_cast<std::size_t>(placed.top)]) return model::CellScope::Row;
  return model::CellScope::None;
}

}  // namespace handout::rules::tables
