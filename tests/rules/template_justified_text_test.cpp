#include "support/test_support.hpp"

using handout::test::default_template;
using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("template-justified-text: justified body text is a warning at the align setting",
          "[rules][template-justified-text]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body><p>Text.</p></body></handout>)");
  auto tmpl = default_template();
  tmpl.body.align = handout::style::TextAlign::Justify;
  tmpl.body.align_loc = handout::SourceLoc{9, 1};
  auto diags = run_rule("template-justified-text", doc, tmpl);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].file == "test-template.toml");
  CHECK(diags[0].loc == handout::SourceLoc{9, 1});
  CHECK(diags[0].message == "body text is justified");
}

TEST_CASE("template-justified-text: left-aligned body text passes", "[rules][template-justified-text]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body><p>Text.</p></body></handout>)");
  CHECK(run_rule("template-justified-text", doc, default_template()).empty());
}
