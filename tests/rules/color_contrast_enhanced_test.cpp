#include "support/test_support.hpp"

using handout::test::default_template;
using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("color-contrast-enhanced: #767676 passes AA but not AAA 7:1", "[rules][color-contrast-enhanced]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Boundary <span color="#767676">grey</span>.</p>
</body></handout>)");
  auto diags = run_rule("color-contrast-enhanced", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Info);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message ==
        "text #767676 on #ffffff has contrast 4.54:1, below the 7:1 that WCAG 1.4.6 requires for normal text");
  CHECK(diags[0].hint.find("use text colour #") == 0);
}

TEST_CASE("color-contrast-enhanced: #1a1a1a on #fdf2d0 (15.57:1) passes AAA", "[rules][color-contrast-enhanced]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<callout color="#1a1a1a" background="#fdf2d0"><p>Keep <span color="#1a1a1a">calm</span>.</p></callout>
</body></handout>)");
  CHECK(run_rule("color-contrast-enhanced", doc).empty());
}
