#include "support/test_support.hpp"

using handout::test::default_template;
using handout::test::parse_for_test;
using handout::test::run_rule;

namespace {
std::vector<handout::Diagnostic> run_with_family(const std::string& family) {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body><p>Text.</p></body></handout>)");
  auto tmpl = default_template();
  tmpl.body.font.family = family;
  tmpl.body.font.loc = handout::SourceLoc{5, 1};
  return run_rule("template-serif-body-font", doc, tmpl);
}
}  // namespace

TEST_CASE("template-serif-body-font: a serif body font is reported at the family setting",
          "[rules][template-serif-body-font]") {
  auto diags = run_with_family("Times New Roman");
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Info);
  CHECK(diags[0].file == "test-template.toml");
  CHECK(diags[0].loc.line == 5);
  CHECK(diags[0].message == "body font \"Times New Roman\" is a serif face");
  CHECK(run_with_family("liberation serif").size() == 1);
  CHECK(run_with_family("Source Serif 4").size() == 1);
  CHECK(run_with_family("Georgia").size() == 1);
}

TEST_CASE("template-serif-body-font: script and display faces are decorative", "[rules][template-serif-body-font]") {
  auto diags = run_with_family("Brush Script MT");
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message == "body font \"Brush Script MT\" is a decorative face");
  CHECK(run_with_family("Papyrus").size() == 1);
  CHECK(run_with_family("Lucida Handwriting").size() == 1);
}

TEST_CASE("template-serif-body-font: sans serif faces pass, Comic Sans included (BDA recommends it)",
          "[rules][template-serif-body-font]") {
  CHECK(run_with_family("Liberation Sans").empty());
  CHECK(run_with_family("DejaVu Sans").empty());
  CHECK(run_with_family("Noto Sans").empty());
  CHECK(run_with_family("PT Sans Serif").empty());  // "Sans" wins over "Serif"
  CHECK(run_with_family("Verdana").empty());
  CHECK(run_with_family("Comic Sans MS").empty());
}
