#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("image-alt-redundant: repeats the caption, the next paragraph, or starts with image of", "[rules][image-alt-redundant]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<figure>
  <img src="a.png" alt="The glass test"/>
  <caption>The glass test.</caption>
</figure>
<img src="b.png" alt="Picture of a thermometer"/>
<img src="c.png" alt="Wash your hands"/>
<p>Wash your hands!</p>
</body></handout>)");
  auto diags = run_rule("image-alt-redundant", doc);
  REQUIRE(diags.size() == 3);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "alt=\"The glass test\" repeats the figure caption");
  CHECK(diags[1].loc.line == 6);
  CHECK(diags[1].message == "alt=\"Picture of a thermometer\" starts with \"picture of\"");
  CHECK(diags[2].loc.line == 7);
  CHECK(diags[2].message == "alt=\"Wash your hands\" repeats the text of the paragraph on line 8");
}

TEST_CASE("image-alt-redundant: alt that adds to the caption passes", "[rules][image-alt-redundant]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<figure>
  <img src="a.png" alt="A glass pressed on red spots that stay visible through it"/>
  <caption>The glass test</caption>
</figure>
<p>Press a glass against the rash.</p>
</body></handout>)");
  CHECK(run_rule("image-alt-redundant", doc).empty());
}
