#include "support/test_support.hpp"

using handout::test::default_template;
using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("color-only-meaning: coloured span without bold or italic in running text", "[rules][color-only-meaning]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Doses in <span color="#c00000">red</span> are for adults.</p>
<ul><li>Give <span color="#006400">green</span> ones</li></ul>
</body></handout>)");
  auto diags = run_rule("color-only-meaning", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Info);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].loc.col == 13);
  CHECK(diags[0].message == "span colours text #c00000 with no bold or italic: colour may be the only cue");
  CHECK(diags[1].loc.line == 3);
}

TEST_CASE("color-only-meaning: colour with strong or em, headings, and background-only spans pass", "[rules][color-only-meaning]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1><span color="#c00000">Red heading</span></h1>
<p><strong><span color="#c00000">Warning</span></strong> and <span color="#c00000"><em>this</em></span>.</p>
<p><span background="#ffff00">highlight</span> and <span lang="cy">Croeso</span>.</p>
</body></handout>)");
  CHECK(run_rule("color-only-meaning", doc).empty());
}
