#include "rules/rule.hpp"
#include "support/test_support.hpp"

using handout::test::default_template;
using handout::test::parse_for_test;
using handout::test::run_rule;

using handout::rules::LintConfig;

TEST_CASE("contrast-fix-suggestion: is part of color-contrast and can be switched off", "[rules][contrast-fix-suggestion]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p><span color="#999999">grey</span></p>
</body></handout>)");
  LintConfig config;
  auto with = run_rule("color-contrast", doc, default_template(), config);
  REQUIRE(with.size() == 1);
  CHECK(with[0].hint.find("#767676 (4.54:1)") != std::string::npos);

  config.rules["contrast-fix-suggestion"].enabled = false;
  auto without = run_rule("color-contrast", doc, default_template(), config);
  REQUIRE(without.size() == 1);
  CHECK(without[0].message == with[0].message);
  CHECK(without[0].hint.find("#767676") == std::string::npos);
  CHECK(without[0].hint == "darken the text or lighten the background until the ratio is at least 4.5:1");
}

TEST_CASE("contrast-fix-suggestion: registered without a check of its own", "[rules][contrast-fix-suggestion]") {
  const auto* rule = handout::rules::find_rule("contrast-fix-suggestion");
  REQUIRE(rule != nullptr);
  CHECK(rule->number == 15);
  CHECK(rule->check == nullptr);
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body><p><span color="#999999">grey</span></p></body></handout>)");
  CHECK(run_rule("contrast-fix-suggestion", doc).empty());
}

TEST_CASE("contrast-fix-suggestion: a new background never breaks other text drawn on it",
          "[rules][contrast-fix-suggestion]") {
  // The callout's own white text passes on the green (5.13:1); its #333333 span fails (2.46:1).
  // Any green light enough for #333333 drops the white text below 4.5:1, so only a text colour
  // is suggested.
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<callout background="#2e7d32" color="#ffffff"><p>Read <span color="#333333">this</span>.</p></callout>
</body></handout>)");
  const auto diags = run_rule("color-contrast", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message.find("text #333333 on #2e7d32") != std::string::npos);
  CHECK(diags[0].hint.find("use text colour #") == 0);
  CHECK(diags[0].hint.find("background") == std::string::npos);
}
