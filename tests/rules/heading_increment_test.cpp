#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("heading-increment: h1 then h3 skips a level", "[rules][heading-increment]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>Fever</h1>
<h3>When to call</h3>
<h2>Medicines</h2>
<h4>Doses</h4>
</body></handout>)");
  auto diags = run_rule("heading-increment", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].loc.col == 1);
  CHECK(diags[0].message == "heading skips from level 1 to 3");
  CHECK(diags[0].hint.find("<h2>") != std::string::npos);
  CHECK(diags[1].loc.line == 5);
  CHECK(diags[1].message == "heading skips from level 2 to 4");
}

TEST_CASE("heading-increment: one level down at a time and any jump back up pass", "[rules][heading-increment]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h2>E</h2><h3>F</h3><h1>G</h1><h2>H</h2>
</body></handout>)");
  CHECK(run_rule("heading-increment", doc).empty());
}
