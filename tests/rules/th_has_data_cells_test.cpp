#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("th-has-data-cells: a header row with nothing under it is reported per header", "[rules][th-has-data-cells]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <thead><tr><th>Name</th><th>Role</th></tr></thead>
</table>
</body></handout>)");
  auto diags = run_rule("th-has-data-cells", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].loc.col == 14);
  CHECK(diags[0].message == "header \"Name\" has no data cells under it");
  CHECK(diags[1].message == "header \"Role\" has no data cells under it");
}

TEST_CASE("th-has-data-cells: a column header over a column of other headers, and a lone row header",
          "[rules][th-has-data-cells]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <tr><th>Item</th><th>Cost</th><th>Notes</th></tr>
  <tr><td>Trip</td><td>£5</td><th>n/a</th></tr>
  <tr><td>Lunch</td><td>£2</td><th scope="row">Total</th></tr>
</table>
</body></handout>)");
  auto diags = run_rule("th-has-data-cells", doc);
  REQUIRE(diags.size() == 3);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "header \"Notes\" has no data cells under it");
  CHECK(diags[1].loc.line == 4);
  CHECK(diags[1].message == "header \"n/a\" has no data cells under or beside it");
  CHECK(diags[2].loc.line == 5);
  CHECK(diags[2].message == "header \"Total\" has no data cells beside it");
}

TEST_CASE("th-has-data-cells: column, row and corner headers with data pass", "[rules][th-has-data-cells]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <thead><tr><th>Day</th><th colspan="2">Session</th></tr></thead>
  <tbody>
    <tr><th>Mon</th><td>AM</td><td>PM</td></tr>
    <tr><th>Tue</th><td colspan="2">All day</td></tr>
  </tbody>
</table>
<table>
  <tr><th></th><th>Morning</th></tr>
  <tr><th>Mon</th><td>Maths</td></tr>
</table>
</body></handout>)");
  CHECK(run_rule("th-has-data-cells", doc).empty());
}
