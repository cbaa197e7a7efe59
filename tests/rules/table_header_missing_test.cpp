#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("table-header-missing: a table of only td cells is an error at the <table>", "[rules][table-header-missing]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Staff:</p>
  <table><tr><td>Name</td><td>Role</td></tr><tr><td>Ann</td><td>Lead</td></tr></table>
</body></handout>)");
  auto diags = run_rule("table-header-missing", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].loc.col == 3);
  CHECK(diags[0].message == "table has no header cells: all 4 cells are <td>");
}

TEST_CASE("table-header-missing: one th anywhere is enough", "[rules][table-header-missing]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table><tr><td>Name</td><td>Role</td></tr><tr><th>Ann</th><td>Lead</td></tr></table>
<table><thead><tr><th>Name</th></tr></thead><tbody><tr><td>Ann</td></tr></tbody></table>
</body></handout>)");
  CHECK(run_rule("table-header-missing", doc).empty());
}
