#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("single-h1: every h1 after the first is a warning", "[rules][single-h1]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>One</h1>
<h1>Two</h1>
<h2>Sub</h2>
<h1>Three</h1>
</body></handout>)");
  auto diags = run_rule("single-h1", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "another h1; the first is on line 2");
  CHECK(diags[1].loc.line == 5);
}

TEST_CASE("single-h1: one h1 passes", "[rules][single-h1]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>One</h1><h2>A</h2><h2>B</h2>
</body></handout>)");
  CHECK(run_rule("single-h1", doc).empty());
}
