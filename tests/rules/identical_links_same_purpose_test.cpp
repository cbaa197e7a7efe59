#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("identical-links-same-purpose: same text, different href reports the second link",
          "[rules][identical-links-same-purpose]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>See <a href="https://example.org/a">the policy</a>.</p>
<p>Also <a href="https://example.org/a/">The  Policy</a>.</p>
<p>And <a href="https://example.org/b">the policy</a>, <a href="https://example.org/c">THE POLICY</a>.</p>
</body></handout>)");
  auto diags = run_rule("identical-links-same-purpose", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Info);
  CHECK(diags[0].loc.line == 4);
  CHECK(diags[0].loc.col == 8);
  CHECK(diags[0].message ==
        "link text \"the policy\" goes to \"https://example.org/b\", but the same text on line 2 goes to "
        "\"https://example.org/a\"");
  CHECK(diags[1].loc.line == 4);
  CHECK(diags[1].message ==
        "link text \"THE POLICY\" goes to \"https://example.org/c\", but the same text on line 2 goes to "
        "\"https://example.org/a\"");
}

TEST_CASE("identical-links-same-purpose: different texts, or the same address, pass",
          "[rules][identical-links-same-purpose]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p><a href="https://example.org/a">uniform policy</a> <a href="https://example.org/b">behaviour policy</a></p>
<p><a href="https://example.org/a">uniform policy</a> <a href="https://EXAMPLE.org/a/">Uniform policy</a></p>
</body></handout>)");
  CHECK(run_rule("identical-links-same-purpose", doc).empty());
}
