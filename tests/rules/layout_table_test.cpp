#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("layout-table: a one-row table is reported at the <table>", "[rules][layout-table]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Contact</p>
<table><tr><td>Phone us</td><td>Write to us</td></tr></table>
</body></handout>)");
  auto diags = run_rule("layout-table", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Info);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "table has only one row, so it is probably used for layout");
}

TEST_CASE("layout-table: one column after spans, a single cell, and block-filled cells", "[rules][layout-table]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table><tr><th>Step</th></tr><tr><td>Register</td></tr></table>
<table><tr><td><p>Boxed</p></td></tr></table>
<table>
  <tr><td><p>Left column</p></td><td><ul><li>Right</li></ul></td></tr>
  <tr><td></td><td><img src="a.png" alt="A map"/></td></tr>
</table>
</body></handout>)");
  auto diags = run_rule("layout-table", doc);
  REQUIRE(diags.size() == 3);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "table has only one column, so it is probably used for layout");
  CHECK(diags[1].loc.line == 3);
  CHECK(diags[1].message == "table has a single cell, so it is probably used for layout");
  CHECK(diags[2].loc.line == 4);
  CHECK(diags[2].message ==
        "every cell of the table holds paragraphs, lists or images, so it is probably used for layout");
}

TEST_CASE("layout-table: a data table with short values passes", "[rules][layout-table]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<table>
  <tr><th>Term</th><th>Starts</th></tr>
  <tr><td>Autumn</td><td><p>3 September</p></td></tr>
</table>
<table><tr><th colspan="2">Wide header</th></tr><tr><td>a</td><td>b</td></tr></table>
</body></handout>)");
  CHECK(run_rule("layout-table", doc).empty());
}
