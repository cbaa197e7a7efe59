#include "support/test_support.hpp"

using handout::test::default_template;
using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("callout-boundary-contrast: pale callout on white with no border", "[rules][callout-boundary-contrast]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Text.</p>
<callout background="#eeeeee"><p>Pale.</p></callout>
<callout background="#595959" color="#ffffff"><p>Dark.</p></callout>
</body></handout>)");
  auto diags = run_rule("callout-boundary-contrast", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Info);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message ==
        "callout background #eeeeee on page #ffffff has contrast 1.16:1, below 3:1, and the template draws no border");
}

TEST_CASE("callout-boundary-contrast: template default fill reported once at the template", "[rules][callout-boundary-contrast]") {
  auto tmpl = default_template();
  tmpl.path = "t/template.toml";
  tmpl.callout.border.reset();
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<callout><p>A.</p></callout><callout><p>B.</p></callout>
</body></handout>)");
  auto diags = run_rule("callout-boundary-contrast", doc, tmpl);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].file == "t/template.toml");
  CHECK(diags[0].message.find("template callout background #fdf2d0 on page #ffffff") == 0);
}

TEST_CASE("callout-boundary-contrast: a template border makes any fill fine", "[rules][callout-boundary-contrast]") {
  auto tmpl = default_template();
  tmpl.callout.border = handout::Colour{0x33, 0x33, 0x33};
  tmpl.callout.border_width_pt = 1;
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<callout background="#eeeeee"><p>Pale.</p></callout><callout><p>B.</p></callout>
</body></handout>)");
  CHECK(run_rule("callout-boundary-contrast", doc, tmpl).empty());
}
