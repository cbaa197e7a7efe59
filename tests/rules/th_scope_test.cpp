#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("th-scope: an invalid scope value is reported at the <th>", "[rules][th-scope]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <tr><th scope="column">Day</th><th>Time</th></tr>
  <tr><td>Mon</td><td>9am</td></tr>
</table>
</body></handout>)");
  auto diags = run_rule("th-scope", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].loc.col == 7);
  CHECK(diags[0].message == "<th> \"Day\" has scope=\"column\", which is not col or row");
}

TEST_CASE("th-scope: a th that is neither in the first row nor a row label is reported", "[rules][th-scope]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <tr><td>Mon</td><td>9am</td></tr>
  <tr><td>Tue</td><th>Closed</th></tr>
  <tr><th>Wed</th><th>Closed</th></tr>
</table>
</body></handout>)");
  auto diags = run_rule("th-scope", doc);
  // Row 4's first th has no td beside it, so it cannot be inferred as a row header either.
  REQUIRE(diags.size() == 3);
  CHECK(diags[0].loc.line == 4);
  CHECK(diags[0].loc.col == 19);
  CHECK(diags[0].message ==
        "<th> \"Closed\" in row 2 has no scope, and it is neither in the header row nor a row label beside data cells");
  CHECK(diags[1].loc.line == 5);
  CHECK(diags[1].loc.col == 7);
  CHECK(diags[2].loc.col == 19);
}

TEST_CASE("th-scope: written scopes and inferable headers pass", "[rules][th-scope]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <thead><tr><th>Day</th><th>Time</th></tr><tr><th>(a)</th><th>(b)</th></tr></thead>
  <tbody>
    <tr><th>Mon</th><td>9am</td></tr>
    <tr><td>Tue</td><th scope="row">Closed</th></tr>
    <tr><td colspan="2">All day</td></tr>
  </tbody>
</table>
<table><tr><td>Spans</td><td>x</td></tr><tr><th rowspan="1" colspan="1">Row</th><td>y</td></tr></table>
</body></handout>)");
  CHECK(run_rule("th-scope", doc).empty());
}
