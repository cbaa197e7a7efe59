// A table's column widths sized to its content, the one computation the PDF layout and the DOCX
// writer share so that a table has the same columns in both. In: the table, each cell's first
// column, the width available and a way to measure text; out: one width per column.
#pragma once
#include <functional>
#include <string_view>
#include <vector>

#include "model/document.hpp"
#include "style/template.hpp"

namespace handout::resolve {

// The width of `text` in points, set in the table's text size: bold for header cells.
using MeasureText = std::function<double(bool bold, std::string_view text)>;

// Table text is set at the template's secondary size (captions, table text and notes).
inline double table_text_size_pt(const style::Template& t) { return t.secondary_size_pt(); }
// Padding inside a cell, each side, in points: 4pt at the 12pt design size, growing with the type.
inline double table_cell_padding_pt(const style::Template& t) { return 4 * t.layout_scale(); }

// Each column as wide as its widest one-line cell where the table fits, else at least its widest
// word with the rest shared by how much more each column would like; a table too wide even at one
// word a line shrinks every column alike. Cells spanning columns do not count. `starts[r][k]` is
// the first column of cell k of row r. Widths sum to `width`.
std::vector<double> table_column_widths(const model::Table& table, const std::vector<std::vector<int>>& starts,
                                        int columns, double width, const style::Template& t,
                                        const MeasureText& measure);

}  // namespace handout::resolve
