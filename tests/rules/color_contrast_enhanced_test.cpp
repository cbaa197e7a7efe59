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

TEST_CASE("color-contrast-enhanced: text that fails AA is color-contrast's error only, reported once",
          "[rules][color-contrast-enhanced]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Pale <span color="#aaaaaa">grey</span> and <span color="#767676">mid grey</span>.</p>
</body></handout>)");
  const auto errors = run_rule("color-contrast", doc);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message.find("#aaaaaa") != std::string::npos);
  const auto infos = run_rule("color-contrast-enhanced", doc);
  REQUIRE(infos.size() == 1);  // only the AA-passing #767676
  CHECK(infos[0].message.find("#767676") != std::string::npos);
  // With color-contrast turned off nothing would say it, so the info finding does.
  auto config = handout::rules::LintConfig::defaults();
  config.rules["color-contrast"].enabled = false;
  CHECK(run_rule("color-contrast-enhanced", doc, default_template(), config).size() == 2);
}
