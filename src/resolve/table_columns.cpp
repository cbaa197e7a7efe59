#include "resolve/table_columns.hpp"

#include <algorithm>
#include <string>

#include "resolve/resolved_document.hpp"

namespace handout::resolve {

std::vector<double> table_column_widths(const model::Table& table, const std::vector<std::vector<int>>& starts,
                                        int columns, double width, const style::Template& t,
                                        const MeasureText& measure) {
  const auto n = static_cast<std::size_t>(columns);
  const double pad = table_cell_padding_pt(t);
  const double narrowest = 20 * t.layout_scale();
  // Each column's widest unbreakable word and its natural one-line width.
  std::vector<double> min_w(n, narrowest), nat_w(n, narrowest);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    for (std::size_t k = 0; k < table.rows[r].cells.size(); ++k) {
      const model::TableCell& cell = table.rows[r].cells[k];
      if (cell.colspan != 1) continue;
      const std::string text = cell_text(cell);
      double longest = 0;
      std::size_t s = 0;
      while (s < text.size()) {
        std::size_t e = text.find(' ', s);
        if (e == std::string::npos) e = text.size();
        longest = std::max(longest, measure(cell.header, std::string_view(text).substr(s, e - s)));
        s = e + 1;
      }
      const auto col = static_cast<std::size_t>(starts[r][k]);
      // A word longer than an equal share of the table (an e-mail address, a URL) is broken inside
      // its cell rather than allowed to squeeze every other column below its own longest word.
      longest = std::min(longest, width / columns - 2 * pad);
      min_w[col] = std::max(min_w[col], longest + 2 * pad);
      nat_w[col] = std::max(nat_w[col], measure(cell.header, text) + 2 * pad);
    }
  }
  std::vector<double> col_w(n);
  double sum_min = 0, sum_nat = 0;
  for (std::size_t c = 0; c < n; ++c) sum_min += min_w[c], sum_nat += nat_w[c];
  for (std::size_t c = 0; c < n; ++c) {
    if (sum_nat <= width)
      col_w[c] = nat_w[c] * width / sum_nat;
    else if (sum_min <= width)
      col_w[c] = min_w[c] + (width - sum_min) * (nat_w[c] - min_w[c]) / std::max(1e-6, sum_nat - sum_min);
    else
      col_w[c] = width * min_w[c] / sum_min;  // too wide even at one word a line: shrink
  }
  return col_w;
}

}  // namespace handout::resolve
