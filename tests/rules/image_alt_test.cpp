#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("image-alt: missing and empty alt on non-decorative images", "[rules][image-alt]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>Fever</h1>
<figure>
  <img src="thermometer.png"/>
  <caption>A thermometer</caption>
</figure>
<img src="logo.png" alt="  "/>
</body></handout>)");
  auto diags = run_rule("image-alt", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 4);  // the img, not the figure
  CHECK(diags[0].loc.col == 3);
  CHECK(diags[0].message == "img has no alt text and is not marked decorative");
  CHECK(diags[0].hint == "add alt=\"…\" describing the picture, or decorative=\"true\" if it adds nothing");
  CHECK(diags[1].loc.line == 7);
  CHECK(diags[1].message == "img has an empty alt and is not marked decorative");
}

TEST_CASE("image-alt: decorative image needs no alt, described image passes", "[rules][image-alt]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<img src="swirl.png" decorative="true"/>
<img src="nurse.png" alt="Nurse checking a child's temperature"/>
</body></handout>)");
  CHECK(run_rule("image-alt", doc).empty());
}
