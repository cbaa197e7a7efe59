#include "resolve/resolved_document.hpp"

#include "support/test_support.hpp"

using handout::test::parse_for_test;
namespace tables = handout::resolve;
using Scope = handout::resolve::HeaderScope;

namespace {
const handout::model::Table& first_table(const handout::model::Document& doc) {
  for (const auto& b : doc.body)
    if (b.table) return *b.table;
  throw std::logic_error("no table");
}
}  // namespace

TEST_CASE("table grid: colspan and rowspan move later cells to the right columns", "[resolve][table-grid]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <tr><th rowspan="2">A</th><th colspan="2">B</th></tr>
  <tr><td>c</td><td>d</td></tr>
  <tr><td>e</td><td>f</td><td>g</td><td>h</td></tr>
</table>
</body></handout>)");
  const tables::ResolvedTable grid = tables::resolve_table(first_table(doc));
  REQUIRE_FALSE(grid.too_large);
  CHECK(grid.row_count == 3);
  CHECK(grid.col_count == 4);
  CHECK(tables::cell_text(*grid.at(1, 0)->cell) == "A");  // covered by the rowspan
  CHECK(tables::cell_text(*grid.at(1, 1)->cell) == "c");
  CHECK(tables::cell_text(*grid.at(0, 2)->cell) == "B");
  CHECK(grid.at(0, 3) == nullptr);  // a short row leaves a hole
  CHECK(grid.at(2, 3) != nullptr);
}

TEST_CASE("table grid: a rowspan stops at the end of its row group", "[resolve][table-grid]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <thead><tr><th rowspan="3">A</th><th>B</th></tr></thead>
  <tbody><tr><td>c</td><td>d</td></tr></tbody>
</table>
</body></handout>)");
  const tables::ResolvedTable grid = tables::resolve_table(first_table(doc));
  CHECK(grid.cells[0].height == 1);
  CHECK(tables::cell_text(*grid.at(1, 0)->cell) == "c");
}

TEST_CASE("table grid: header scope is inferred from thead, first row and first column", "[resolve][table-grid]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <tr><th>Day</th><th>Time</th></tr>
  <tr><th>Monday</th><td>9am</td></tr>
  <tr><td>x</td><th>Odd</th></tr>
</table>
</body></handout>)");
  const tables::ResolvedTable grid = tables::resolve_table(first_table(doc));
  using handout::model::CellScope;
  CHECK(grid.cells[0].scope == Scope::Column);
  CHECK(grid.cells[2].scope == Scope::Row);
  CHECK(grid.cells[5].scope == Scope::None);
}

TEST_CASE("table grid: cells with only spaces are empty, cells with an image are not", "[resolve][table-grid]") {
  auto doc = parse_for_test(
      "<handout lang=\"en-GB\"><meta><title>T</title></meta><body>"
      "<table><tr><td> \xC2\xA0 </td><td><img src=\"a.png\" alt=\"Logo\"/></td><td><p/></td></tr></table>"
      "</body></handout>");
  const tables::ResolvedTable grid = tables::resolve_table(first_table(doc));
  CHECK(tables::is_empty_cell(*grid.cells[0].cell));
  CHECK_FALSE(tables::is_empty_cell(*grid.cells[1].cell));
  CHECK(tables::is_empty_cell(*grid.cells[2].cell));
}

TEST_CASE("table grid: a cell's text collapses whitespace and joins its paragraphs with one space", "[resolve][table-grid]") {
  using handout::model::Block;
  using handout::model::Inline;
  auto cell_of = [](const std::vector<std::string>& paragraphs) {
    handout::model::TableCell cell;
    for (const std::string& text : paragraphs) {
      Block b;
      Inline in;
      in.text = text;
      b.inlines.push_back(in);
      cell.content.push_back(std::move(b));
    }
    return cell;
  };
  CHECK(tables::cell_text(cell_of({"Week 1"})) == "Week 1");
  CHECK(tables::cell_text(cell_of({"Two", "paragraphs"})) == "Two paragraphs");
  CHECK(tables::cell_text(cell_of({"  padded\tand\nwrapped  "})) == "padded and wrapped");
  CHECK(tables::cell_text(cell_of({"a  b", ""})) == "a b");
  CHECK(tables::cell_text(cell_of({"", "after an empty one"})) == "after an empty one");
  CHECK(tables::cell_text(cell_of({"no\u00A0break"})) == "no break");
  CHECK(tables::cell_text(cell_of({"caf\u00E9 \u00A0au lait"})) == "caf\u00E9 au lait");
  CHECK(tables::cell_text(cell_of({})).empty());
}
