#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("decorative-with-alt: decorative image with alt text", "[rules][decorative-with-alt]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Text.</p>
<img src="a.png" decorative="true" alt="Hospital logo"/>
</body></handout>)");
  auto diags = run_rule("decorative-with-alt", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "img is decorative=\"true\" but has alt=\"Hospital logo\"");
}

TEST_CASE("decorative-with-alt: decorative with empty alt, or content with alt, passes", "[rules][decorative-with-alt]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<img src="a.png" decorative="true" alt=""/>
<img src="b.png" decorative="true"/>
<img src="c.png" alt="Map of the ward"/>
</body></handout>)");
  CHECK(run_rule("decorative-with-alt", doc).empty());
}
