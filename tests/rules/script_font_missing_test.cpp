#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using handout::test::default_template;
using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("script-font-missing: Thai with no [fonts] family is a warning at its span", "[rules][script-font-missing]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Hello in Thai: <span lang="th">สวัสดี</span>, again <span lang="th">สวัสดี</span>.</p>
</body></handout>)");
  auto diags = run_rule("script-font-missing", doc);
  REQUIRE(diags.size() == 1);  // once per language
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "the template names no font for Thai text (lang=\"th\")");
  CHECK(diags[0].hint == "add a family under [fonts] in the template, e.g. thai = \"Noto Sans Thai\"");
}

TEST_CASE("script-font-missing: the house Noto defaults cover the leaflet languages, a template may add one",
          "[rules][script-font-missing]") {
  for (const char* lang : {"ur", "ar", "bn", "pa", "zh", "ti", "so", "ro", "cy", "pl"}) {
    INFO(lang);
    auto doc = parse_for_test(std::string("<handout lang=\"") + lang +
                              "\"><meta><title>T</title></meta><body><p>x</p></body></handout>");
    CHECK(run_rule("script-font-missing", doc).empty());
  }
  auto thai = parse_for_test(R"(<handout lang="th"><meta><title>T</title></meta><body><p>x</p></body></handout>)");
  CHECK(run_rule("script-font-missing", thai).size() == 1);
  handout::style::Template tmpl = default_template();
  tmpl.script_fonts.push_back({"thai", "Noto Sans Thai", {}});
  CHECK(run_rule("script-font-missing", thai, tmpl).empty());
}
