#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("first-heading-h1: first heading h2 is reported", "[rules][first-heading-h1]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Intro.</p>
<h2>Start</h2>
<h1>Later</h1>
</body></handout>)");
  auto diags = run_rule("first-heading-h1", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "first heading is h2, not h1");
}

TEST_CASE("first-heading-h1: headings but no h1 at all", "[rules][first-heading-h1]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h2>Start</h2><h3>Sub</h3>
</body></handout>)");
  auto diags = run_rule("first-heading-h1", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "first heading is h2, not h1, and the body has no h1");
}

TEST_CASE("first-heading-h1: starting with h1, or having no headings, passes", "[rules][first-heading-h1]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Intro.</p><h1>Start</h1><h2>Sub</h2>
</body></handout>)");
  CHECK(run_rule("first-heading-h1", doc).empty());
  auto none = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body><p>Only text.</p></body></handout>)");
  CHECK(run_rule("first-heading-h1", none).empty());
}
