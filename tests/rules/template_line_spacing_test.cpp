#include "support/test_support.hpp"

using handout::test::default_template;
using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("template-line-spacing: body line spacing below 1.5 is a warning at its setting",
          "[rules][template-line-spacing]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body><p>Text.</p></body></handout>)");
  auto tmpl = default_template();
  tmpl.body.line_spacing = 1.15;
  tmpl.body.line_spacing_loc = handout::SourceLoc{12, 1};
  auto diags = run_rule("template-line-spacing", doc, tmpl);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].file == "test-template.toml");
  CHECK(diags[0].loc.line == 12);
  CHECK(diags[0].message == "body line spacing is 1.15, below 1.5");
}

TEST_CASE("template-line-spacing: 1.5 and above pass", "[rules][template-line-spacing]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body><p>Text.</p></body></handout>)");
  auto tmpl = default_template();
  CHECK(run_rule("template-line-spacing", doc, tmpl).empty());
  tmpl.body.line_spacing = 2;
  CHECK(run_rule("template-line-spacing", doc, tmpl).empty());
}
