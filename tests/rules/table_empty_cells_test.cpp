#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("table-empty-cells: an all-empty row is reported at its <tr>", "[rules][table-empty-cells]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <tr><th>Name</th><th>Role</th></tr>
  <tr><td> </td><td></td></tr>
  <tr><td>Ann</td><td>Lead</td></tr>
</table>
</body></handout>)");
  auto diags = run_rule("table-empty-cells", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Info);
  CHECK(diags[0].loc.line == 4);
  CHECK(diags[0].loc.col == 3);
  CHECK(diags[0].message == "row 2 of the table has only empty cells");
}

TEST_CASE("table-empty-cells: an all-empty column is reported at its first cell, spans resolved",
          "[rules][table-empty-cells]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <tr><th colspan="2">Name</th><th></th><th>Role</th></tr>
  <tr><td>Ann</td><td>Smith</td><td></td><td>Lead</td></tr>
</table>
</body></handout>)");
  auto diags = run_rule("table-empty-cells", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].loc.col == 32);
  CHECK(diags[0].message == "column 3 of the table has only empty cells");
}

TEST_CASE("table-empty-cells: a table with every cell empty is reported once", "[rules][table-empty-cells]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table><tr><td/><td/></tr><tr><td/><td/></tr></table>
</body></handout>)");
  auto diags = run_rule("table-empty-cells", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].loc.col == 1);
  CHECK(diags[0].message == "all 4 cells of the table are empty");
}

TEST_CASE("table-empty-cells: scattered empty cells and a rowspan covering a row pass", "[rules][table-empty-cells]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <tr><th>Name</th><th>Phone</th></tr>
  <tr><td>Ann</td><td></td></tr>
  <tr><td rowspan="2">Bob</td><td>0123</td></tr>
  <tr><td></td></tr>
</table>
</body></handout>)");
  CHECK(run_rule("table-empty-cells", doc).empty());
}
