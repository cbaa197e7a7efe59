#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("empty-heading: empty, whitespace-only and br-only headings", "[rules][empty-heading]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>Title</h1>
<h2></h2>
<h2>   </h2>
<h3><br/></h3>
<h2><strong> </strong></h2>
</body></handout>)");
  auto diags = run_rule("empty-heading", doc);
  REQUIRE(diags.size() == 4);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "h2 has no text");
  CHECK(diags[2].loc.line == 5);
  CHECK(diags[2].message == "h3 has no text");
  CHECK(diags[3].loc.line == 6);
}

TEST_CASE("empty-heading: a heading with text in markup passes", "[rules][empty-heading]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1><em>Fever</em></h1><h2>A <code>x</code></h2>
</body></handout>)");
  CHECK(run_rule("empty-heading", doc).empty());
}
