// Tables: columns from the resolved grid, rows planned before drawing, header rows repeated on
// every page a table continues on (as pagination artifacts, PDF/UA-1 §7.3).
#include <algorithm>
#include <numeric>
#include <set>
#include <utility>

#include "layout/engine.hpp"
#include "model/query.hpp"
#include "resolve/table_columns.hpp"

namespace handout::layout::detail {

void Engine::lay_table(const Block& b, int parent, double indent) {
  const model::Table& table = *b.table;
  const int node = add_node(Role::Table, parent);
  // The caption is laid once the rows are planned, so it can be kept with the header rows and
  // the first body row; its element comes first in the table all the same.
  const int caption = table.caption ? add_node(Role::Caption, node) : -1;
  // Each cell's first column, from the resolved grid.
  const resolve::ResolvedTable& grid = r_.table(b);
  std::vector<std::vector<int>> starts(table.rows.size());
  int columns = grid.col_count;
  if (grid.too_large) {  // a hostile table: cells side by side, spans across rows ignored
    columns = 0;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      int c = 0;
      for (const model::TableCell& cell : table.rows[r].cells)
        starts[r].push_back(std::exchange(c, c + std::max(cell.colspan, 1)));
      columns = std::max(columns, c);
    }
  } else {
    for (std::size_t r = 0; r < table.rows.size(); ++r)
      for (const int k : grid.cells_of_row[r]) starts[r].push_back(grid.cells[static_cast<std::size_t>(k)].left);
  }
  if (columns == 0) return;
  const double width = right_ - left_ - indent;
  const double pad = resolve::table_cell_padding_pt(t_);
  const double size = resolve::table_text_size_pt(t_);
  const std::vector<double> col_w = resolve::table_column_widths(
      table, starts, columns, width, t_, [&](bool bold, std::string_view text) { return measure(bold ? Face::Bold : Face::Regular, size, text); });
  std::vector<double> col_x(static_cast<std::size_t>(columns) + 1, left_ + indent);
  for (int c = 0; c < columns; ++c)
    col_x[static_cast<std::size_t>(c) + 1] = col_x[static_cast<std::size_t>(c)] + col_w[static_cast<std::size_t>(c)];

  const double lh = size * t_.body.line_spacing;
  int head_group = -1, body_group = -1;
  // The rows that head the table repeat on every page it continues on.
  std::vector<std::size_t> header_rows(static_cast<std::size_t>(grid.header_rows));
  std::iota(header_rows.begin(), header_rows.end(), std::size_t{0});
  // Plan every row first: a cell spanning rows needs the heights of all the rows it covers.
  std::vector<std::vector<CellPlan>> rows(table.rows.size());
  std::vector<double> row_h(table.rows.size(), lh + 2 * pad);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const model::TableRow& row = table.rows[r];
    int group_parent = node;
    if (row.group == model::RowGroup::Head) {
      if (head_group < 0) head_group = add_node(Role::THead, node);
      group_parent = head_group;
    } else if (row.group == model::RowGroup::Body) {
      if (body_group < 0) body_group = add_node(Role::TBody, node);
      group_parent = body_group;
    }
    const int tr = add_node(Role::TR, group_parent);
    for (std::size_t k = 0; k < row.cells.size(); ++k) {
      const model::TableCell& cell = row.cells[k];
      CellPlan plan;
      plan.cell = &cell;
      plan.column = starts[r][k];
      plan.colspan = std::min(cell.colspan, columns - plan.column);
      plan.rowspan = static_cast<int>(
          std::min<std::size_t>(static_cast<std::size_t>(std::max(cell.rowspan, 1)), table.rows.size() - r));
      plan.node = add_node(cell.header ? Role::TH : Role::TD, tr);
      StructNode& cell_node = out_.structure[static_cast<std::size_t>(plan.node)];
      cell_node.row_span = plan.rowspan;
      cell_node.col_span = plan.colspan;
      if (cell.header && !grid.too_large)
        cell_node.scope = grid.cells[static_cast<std::size_t>(grid.cells_of_row[r][k])].scope;
      const double cw = col_x[static_cast<std::size_t>(plan.column + plan.colspan)] -
                        col_x[static_cast<std::size_t>(plan.column)] - 2 * pad;
      for (const Block& content : cell.content) {
        // Each paragraph of a cell is broken in its own direction (the table's, unless it has one).
        const bool table_rtl = rtl_;
        rtl_ = r_.style_of(content).direction == resolve::Direction::Rtl;
        std::vector<Span> spans;
        collect(content.inlines,
                InlineStyle{cell.header ? Face::Bold : Face::Regular,
                            size,
                            r_.style_of(content).foreground,
                            false,
                            content.kind == BlockKind::Plain ? plan.node : add_node(Role::P, plan.node),
                            -1,
                            {}},
                spans);
        auto lines = break_lines(spans, cw);
        rtl_ = table_rtl;
        plan.height += static_cast<double>(lines.size()) * lh + taller_by(lines, lh);
        plan.paragraphs.emplace_back(std::move(spans), std::move(lines));
      }
      if (plan.rowspan == 1) row_h[r] = std::max(row_h[r], plan.height + 2 * pad);
      rows[r].push_back(std::move(plan));
    }
  }
  // A spanning cell taller than the rows it covers makes the last of them taller.
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (const CellPlan& plan : rows[r]) {
      if (plan.rowspan == 1) continue;
      const std::size_t last = r + static_cast<std::size_t>(plan.rowspan) - 1;
      double have = 0;
      for (std::size_t k = r; k <= last; ++k) have += row_h[k];
      row_h[last] += std::max(0.0, plan.height + 2 * pad - have);
    }
  // The caption, the header rows and the first body row start on one page: never a caption or a
  // header alone at the foot of a page.
  double opening = 0;
  for (std::size_t k = 0; k < std::min(rows.size(), header_rows.size() + 1); ++k) opening += row_h[k];
  if (caption >= 0) {
    lay_inlines(*table.caption, caption, indent, Face::Bold, body_, r_.style_of(b).foreground, scaled(4), 0, opening);
  } else {
    need(opening);
  }
  // Rows joined by a spanning cell stay on one page; elsewhere a page may break between rows.
  std::vector<std::pair<std::size_t, std::size_t>> blocks;  // [first row, end row)
  std::vector<double> block_h;
  for (std::size_t r = 0; r < rows.size();) {
    std::size_t end = r + 1;
    for (std::size_t k = r; k < end; ++k)
      for (const CellPlan& plan : rows[k]) end = std::max(end, k + static_cast<std::size_t>(plan.rowspan));
    blocks.emplace_back(r, end);
    block_h.push_back(std::accumulate(row_h.begin() + static_cast<std::ptrdiff_t>(r),
                                      row_h.begin() + static_cast<std::ptrdiff_t>(end), 0.0));
    r = end;
  }
  const std::set<std::size_t> breaks = table_page_breaks(blocks, block_h, header_rows.size(),
                                                         std::accumulate(row_h.begin(), row_h.begin() + static_cast<std::ptrdiff_t>(header_rows.size()), 0.0));
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const auto [r, end] = blocks[k];
    if ((breaks.count(k) != 0 || cursor_ - block_h[k] < bottom_) && !page_is_empty()) {
      new_page();
      // Repeat the header rows on the new page whole (every line, cell rules and shade), as
      // pagination artifacts (PDF/UA-1 §7.3): the tagged header cells are the first ones.
      if (r >= header_rows.size())
        for (std::size_t h : header_rows)
          draw_row(rows[h], col_x, std::span<const double>(row_h).subspan(h, header_rows.size() - h), pad, lh, true);
    }
    for (std::size_t row = r; row < end; ++row)
      draw_row(rows[row], col_x, std::span<const double>(row_h).subspan(row, end - row), pad, lh);
  }
  cursor_ -= paragraph_space();
}

std::set<std::size_t> Engine::table_page_breaks(const std::vector<std::pair<std::size_t, std::size_t>>& blocks,
                                                const std::vector<double>& block_h, std::size_t header_rows,
                                                double header_h) const {
  // Where the rows would fall from the cursor down, each new page starting under the repeated
  // header rows.
  std::vector<std::size_t> starts;  // the first block of each page after the first
  double y = cursor_;
  bool empty = page_is_empty();
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (y - block_h[b] < bottom_ && !empty) {
      starts.push_back(b);
      y = top_ - (blocks[b].first >= header_rows ? header_h : 0);
    }
    y -= block_h[b];
    empty = false;
  }
  // Balance: when the last page would carry a single body row, move one row over from the page
  // before, as long as that page keeps at least one body row under its header and the two rows
  // fit under the repeated header.
  if (!starts.empty() && starts.back() + 1 == blocks.size()) {
    const std::size_t last = starts.back();
    const std::size_t previous = starts.size() > 1 ? starts[starts.size() - 2] : 0;
    std::size_t body_blocks = 0;
    for (std::size_t b = previous; b < last; ++b) body_blocks += blocks[b].first >= header_rows ? 1 : 0;
    if (body_blocks >= 2 && blocks[last - 1].first >= header_rows &&
        header_h + block_h[last - 1] + block_h[last] <= top_ - bottom_)
      starts.back() = last - 1;
  }
  return {starts.begin(), starts.end()};
}

void Engine::draw_row(std::vector<CellPlan>& plans, const std::vector<double>& col_x, std::span<const double> heights,
                      double pad, double lh, bool repeated) {
  const double top = cursor_;
  const std::size_t first_item = items().size();
  for (CellPlan& plan : plans) {
    const double x0 = col_x[static_cast<std::size_t>(plan.column)];
    const double x1 = col_x[static_cast<std::size_t>(plan.column + plan.colspan)];
    double row_h = 0;
    for (std::size_t k = 0; k < static_cast<std::size_t>(plan.rowspan) && k < heights.size(); ++k) row_h += heights[k];
    if (plan.cell->header) {
      Item shade;
      shade.kind = ItemKind::Fill;
      shade.artifact = ArtifactKind::Background;
      shade.rect = {mirror(x0, x1 - x0), top - row_h, x1 - x0, row_h};
      shade.color = palette_.table_header_fill;
      items().push_back(shade);
    }
    Item border;
    border.kind = ItemKind::Stroke;
    border.artifact = ArtifactKind::Layout;
    border.rect = {mirror(x0, x1 - x0), top - row_h, x1 - x0, row_h};
    border.color = palette_.rule;
    border.line_width = scaled(0.5);
    items().push_back(border);
    cursor_ = top - pad;
    for (auto& [spans, lines] : plan.paragraphs)
      for (const Line& line : lines) place_line(line, spans, x0 + pad, lh);
  }
  if (repeated) {
    for (std::size_t i = first_item; i < items().size(); ++i) {
      items()[i].artifact = ArtifactKind::Pagination;
      items()[i].node = -1;
    }
  }
  cursor_ = top - heights.front();
}

}  // namespace handout::layout::detail
