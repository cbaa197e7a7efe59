#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("reply-slip-return-to: a slip without <return-to> is a warning at the slip", "[rules][reply-slip-return-to]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta><body>
<reply-slip><checkbox label="I agree."/></reply-slip>
<reply-slip><checkbox label="I agree."/><return-to> </return-to></reply-slip>
<reply-slip><checkbox label="I agree."/><return-to>To the office by Friday.</return-to></reply-slip>
</body></handout>)");
  auto diags = run_rule("reply-slip-return-to", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].loc.col == 1);
  CHECK(diags[0].message == "reply slip does not say where to return it");
  CHECK(diags[1].loc.line == 3);
}
