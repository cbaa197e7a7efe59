// The table grid (the HTML "forming a table" algorithm, simplified), its header rows and the
// scope of every header cell.
#include <algorithm>

#include "core/whitespace.hpp"
#include "model/query.hpp"
#include "resolve/resolved_document.hpp"

namespace handout::resolve {
namespace {

using model::Block;
using model::BlockKind;

bool has_content(const Block& block) {
  if (block.kind == BlockKind::Image || block.kind == BlockKind::Figure) return true;
  bool found = false;
  // A note reference prints a number, so a cell holding only a note is not empty.
  model::for_each_inline_run(
      block, [&](const model::Inlines& run) { found = found || !is_blank(model::plain_text_with_notes(run)); });
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

// As written (col/row), else inferred as rule th-scope allows: in <thead> or the first row → Column;
// in the first column of a row with data cells → Row; None when it can be neither (an invalid
// scope value counts as absent).
HeaderScope header_scope(const ResolvedTable& grid, const GridCell& placed) {
  switch (placed.cell->scope) {
    case model::CellScope::Col: return HeaderScope::Column;
    case model::CellScope::Row: return HeaderScope::Row;
    case model::CellScope::None:
    case model::CellScope::Invalid: break;
  }
  if (placed.row->group == model::RowGroup::Head || placed.top == 0) return HeaderScope::Column;
  if (placed.left == 0 && grid.row_has_data[static_cast<std::size_t>(placed.top)]) return HeaderScope::Row;
  return HeaderScope::None;
}

// The rows that head the table and repeat on every page: the <thead> rows when there are any
// (HTML's table head), else the leading rows holding only <th> cells (what Word marks as repeated
// header rows, w:tblHeader). A table made only of header rows has no rows to head: 0.
int count_header_rows(const model::Table& table) {
  const auto& rows = table.rows;
  const auto head = std::count_if(rows.begin(), rows.end(),
                                  [](const model::TableRow& r) { return r.group == model::RowGroup::Head; });
  if (head > 0) {
    int leading = 0;
    while (leading < static_cast<int>(rows.size()) &&
           rows[static_cast<std::size_t>(leading)].group == model::RowGroup::Head)
      ++leading;
    return leading < static_cast<int>(rows.size()) ? leading : 0;
  }
  auto all_header = [](const model::TableRow& r) {
    return !r.cells.empty() &&
           std::all_of(r.cells.begin(), r.cells.end(), [](const model::TableCell& c) { return c.header; });
  };
  int leading = 0;
  while (leading < static_cast<int>(rows.size()) && all_header(rows[static_cast<std::size_t>(leading)])) ++leading;
  return leading < static_cast<int>(rows.size()) ? leading : 0;
}

}  // namespace

ResolvedTable resolve_table(const model::Table& table) {
  ResolvedTable grid;
  const int row_count = static_cast<int>(table.rows.size());
  grid.row_count = row_count;
  grid.cells_of_row.resize(table.rows.size());

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
        if (static_cast<long>(width) * row_count > ResolvedTable::kMaxSlots) {
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
      grid.cells_of_row[static_cast<std::size_t>(r)].push_back(index);
      grid.cells.push_back(
          GridCell{&cell, &row, r, static_cast<int>(col), height, static_cast<int>(span), HeaderScope::None});
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
  for (GridCell& placed : grid.cells)
    if (placed.cell->header) placed.scope = header_scope(grid, placed);
  grid.header_rows = count_header_rows(table);
  return grid;
}

bool is_empty_cell(const model::TableCell& cell) {
  return std::none_of(cell.content.begin(), cell.content.end(), has_content);
}

namespace {

// Whether normalise_space(text) is `text` less its last character: it starts with no space, ends
// with one, and holds no other whitespace than single ASCII spaces.
bool simply_spaced(std::string_view text) {
  if (text.empty() || text.front() == ' ' || text.back() != ' ') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return false;
    if (c == ' ' && i > 0 && text[i - 1] == ' ') return false;
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') return false;  // U+00A0
  }
  return true;
}

}  // namespace

std::string cell_text(const model::TableCell& cell) {
  std::string text;
  for (const Block& block : cell.content) {
    text += model::plain_text(block);
    text += ' ';
  }
  // Most cells are words with single spaces between them: only the last space goes. Sizing the
  // columns asks for every cell's text, and normalising it char by char cost more than the rest.
  if (simply_spaced(text)) {
    text.pop_back();
    return text;
  }
  return normalise_space(text);
}

}  // namespace handout::resolve
