#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("link-empty: an <a> with only whitespace or <br/> is an error", "[rules][link-empty]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Before <a href="https://example.org/form">   </a> after.</p>
<p>Before <a href="https://example.org/x"><br/></a> after <a></a>.</p>
</body></handout>)");
  auto diags = run_rule("link-empty", doc);
  REQUIRE(diags.size() == 3);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].loc.col == 11);
  CHECK(diags[0].message == "link to \"https://example.org/form\" has no text");
  CHECK(diags[1].loc.line == 3);
  CHECK(diags[1].message == "link to \"https://example.org/x\" has no text");
  CHECK(diags[2].message == "link has no text");
}

TEST_CASE("link-empty: a link whose only text is in nested markup passes", "[rules][link-empty]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p><a href="https://example.org/form"><strong>Apply</strong></a> and <a href="https://example.org">the <em>form</em></a></p>
</body></handout>)");
  CHECK(run_rule("link-empty", doc).empty());
}

TEST_CASE("link-empty: a link holding only a note has no visible text", "[rules][link-empty]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Text <a href="https://example.org"><note>A note.</note></a>.</p>
</body></handout>)");
  auto diags = run_rule("link-empty", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 2);
}
