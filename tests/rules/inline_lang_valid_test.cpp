#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("inline-lang-valid: span lang english fails at the span", "[rules][inline-lang-valid]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Say <span lang="english">hello</span> and <span lang="welsh">bore da</span>.</p>
</body></handout>)");
  auto diags = run_rule("inline-lang-valid", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].loc.col == 8);
  CHECK(diags[0].message == "span lang=\"english\" is not a valid language tag: \"english\" is not a registered language subtag");
  CHECK(diags[1].message.find("span lang=\"welsh\"") == 0);
}

TEST_CASE("inline-lang-valid: registered span languages pass, also in headings and list items", "[rules][inline-lang-valid]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>Help <span lang="cy">Cymorth</span></h1>
<ul><li><span lang="pl">Pomoc</span> and <span lang="zh-Hant-TW">幫助</span></li></ul>
<p><span lang="es-419">Ayuda</span></p>
</body></handout>)");
  CHECK(run_rule("inline-lang-valid", doc).empty());
}
