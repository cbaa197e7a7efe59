// A table's cells placed on a grid with colspan and rowspan resolved (the HTML "forming a table"
// algorithm, simplified): rules 32-36 ask about rows and columns, not about source order. Also
// what counts as an empty cell, and the header scope rule 32 (th-scope) allows to be inferred.
#pragma once
#include <string>
#include <vector>

#include "model/document.hpp"

namespace handout::rules::tables {

struct PlacedCell {
  const model::TableCell* cell = nullptr;
  const model::TableRow* row = nullptr;  // the <tr> it is written in
  int top = 0, left = 0;                 // grid origin, 0-based
  int height = 1, width = 1;             // rowspan/colspan, clipped to the row group
};

struct TableGrid {
  int row_count = 0;  // one grid row per <tr>
  int col_count = 0;
  // More than kMaxSlots slots (rows × columns): the grid is not built and the rules that need it
  // skip the table. A handout table is far below this; it bounds time and memory on hostile input.
  bool too_large = false;
  std::vector<PlacedCell> cells;  // source order
  std::vector<int> slots;         // row-major, index into cells, -1 where no cell reaches
  std::vector<bool> row_has_data; // per grid row: some <td> covers a slot in it

  static constexpr long kMaxSlots = 1L << 20;

  // The cell covering (row, col), or nullptr for a hole (a short row).
  const PlacedCell* at(int row, int col) const {
    const int k = slots[static_cast<std::size_t>(row) * static_cast<std::size_t>(col_count) + static_cast<std::size_t>(col)];
    return k < 0 ? nullptr : &cells[static_cast<std::size_t>(k)];
  }
};

TableGrid build_table_grid(const model::Table& table);

// No text (whitespace and no-break spaces do not count) and no image.
bool is_empty_cell(const model::TableCell& cell);

// The visible text of a cell, whitespace normalised (for messages).
std::string cell_text(const model::TableCell& cell);

// The scope a header cell has: as written (col/row), else inferred as rule 32 allows: in <thead>
// or the first row → Col; in the first column with a <td> in the same row → Row. None when it can
// be neither (an invalid scope value is treated as absent). Only meaningful for <th>.
model::CellScope effective_scope(const TableGrid& grid, const PlacedCell& placed);

}  // namespace handout::rules::tables
