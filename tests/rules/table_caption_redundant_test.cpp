#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("table-caption-redundant: a caption repeating the heading before it is reported at the <caption>",
          "[rules][table-caption-redundant]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h2>Term  dates</h2>
<table>
  <caption>term dates:</caption>
  <tr><th>Term</th><th>Starts</th></tr><tr><td>Autumn</td><td>3 Sep</td></tr>
</table>
</body></handout>)");
  auto diags = run_rule("table-caption-redundant", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Info);
  CHECK(diags[0].loc.line == 4);
  CHECK(diags[0].loc.col == 3);
  CHECK(diags[0].message == "table caption \"term dates:\" repeats the heading on line 2");
}

TEST_CASE("table-caption-redundant: a section opening between heading and table does not separate them",
          "[rules][table-caption-redundant]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h2>Clubs</h2>
<section><table><caption>Clubs</caption><tr><th>Club</th></tr><tr><td>Chess</td></tr></table></section>
</body></handout>)");
  auto diags = run_rule("table-caption-redundant", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].loc.col == 17);
}

TEST_CASE("table-caption-redundant: a caption that adds words, or text between heading and table, passes",
          "[rules][table-caption-redundant]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h2>Term dates</h2>
<table><caption>Term dates for 2026 to 2027</caption><tr><th>Term</th></tr><tr><td>Autumn</td></tr></table>
<h2>Clubs</h2>
<p>These run after school.</p>
<table><caption>Clubs</caption><tr><th>Club</th></tr><tr><td>Chess</td></tr></table>
</body></handout>)");
  CHECK(run_rule("table-caption-redundant", doc).empty());
}
