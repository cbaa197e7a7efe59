#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("duplicate-heading: same text under the same parent", "[rules][duplicate-heading]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>Medicines</h1>
<h2>Side effects</h2>
<p>Some.</p>
<h2>Side  Effects</h2>
</body></handout>)");
  auto diags = run_rule("duplicate-heading", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Info);
  CHECK(diags[0].loc.line == 5);
  CHECK(diags[0].message == "h2 \"Side Effects\" repeats the heading on line 3 under the same parent heading");
}

TEST_CASE("duplicate-heading: same text under different parents passes", "[rules][duplicate-heading]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>Medicines</h1>
<h2>Paracetamol</h2><h3>Side effects</h3>
<h2>Ibuprofen</h2><h3>Side effects</h3>
</body></handout>)");
  CHECK(run_rule("duplicate-heading", doc).empty());
}
