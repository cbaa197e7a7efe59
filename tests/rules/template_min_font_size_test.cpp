#include "support/test_support.hpp"

using handout::test::default_template;
using handout::test::parse_for_test;
using handout::test::run_rule;

namespace {
handout::model::Document any_document() {
  return parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body><p>Text.</p></body></handout>)");
}
}  // namespace

TEST_CASE("template-min-font-size: body text below 12pt is an error at the size setting",
          "[rules][template-min-font-size]") {
  auto tmpl = default_template();
  tmpl.body.font.size_pt = 10.5;
  tmpl.body.size_loc = handout::SourceLoc{14, 7};
  auto diags = run_rule("template-min-font-size", any_document(), tmpl);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].file == "test-template.toml");
  CHECK(diags[0].loc == handout::SourceLoc{14, 7});
  CHECK(diags[0].message == "body text is 10.5pt, below the 12pt minimum");
}

TEST_CASE("template-min-font-size: body below the template's [text] min_size_pt is a warning, whatever its name",
          "[rules][template-min-font-size]") {
  auto tmpl = default_template();
  tmpl.name = "my-copy-of-the-leaflet";
  tmpl.text.min_size_pt = 14;
  tmpl.body.font.size_pt = 12;
  tmpl.body.size_loc = handout::SourceLoc{3, 1};
  auto diags = run_rule("template-min-font-size", any_document(), tmpl);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "body text is 12pt, below the 14pt this template holds its text to ([text] min_size_pt)");
  CHECK(diags[0].hint.find("size_pt = 14 or more") != std::string::npos);

  tmpl.body.font.size_pt = 11;
  diags = run_rule("template-min-font-size", any_document(), tmpl);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Error);
}

TEST_CASE("template-min-font-size: an inherited size is reported in the parent template's file",
          "[rules][template-min-font-size]") {
  auto tmpl = default_template();
  tmpl.text.min_size_pt = 18;
  tmpl.body.font.size_pt = 16;
  tmpl.body.size_file = "parent/template.toml";
  tmpl.body.size_loc = handout::SourceLoc{7, 1};
  auto diags = run_rule("template-min-font-size", any_document(), tmpl);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].file == "parent/template.toml");
  CHECK(diags[0].loc.line == 7);
}

TEST_CASE("template-min-font-size: 12pt passes by default, and so does a body at min_size_pt",
          "[rules][template-min-font-size]") {
  auto tmpl = default_template();
  CHECK(run_rule("template-min-font-size", any_document(), tmpl).empty());
  tmpl.text.min_size_pt = 14;
  tmpl.body.font.size_pt = 14;
  CHECK(run_rule("template-min-font-size", any_document(), tmpl).empty());
  // The name alone no longer holds a template to 14pt: the property does.
  tmpl.name = "parent-leaflet";
  tmpl.text.min_size_pt = 12;
  tmpl.body.font.size_pt = 12;
  CHECK(run_rule("template-min-font-size", any_document(), tmpl).empty());
}
