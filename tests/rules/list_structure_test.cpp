#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("list-structure: an empty list and a non-li child are errors", "[rules][list-structure]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<ul></ul>
<ol>
  <li>One</li>
  <p>Two</p>
</ol>
</body></handout>)");
  auto diags = run_rule("list-structure", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "<ul> has no <li> items");
  CHECK(diags[1].loc.line == 5);
  CHECK(diags[1].loc.col == 3);
  CHECK(diags[1].message == "<p> stands directly in <ol>, not in an <li>");
}

TEST_CASE("list-structure: an li outside a list is an error", "[rules][list-structure]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Intro</p>
<li>Stray item</li>
<callout><li>In a callout</li></callout>
</body></handout>)");
  auto diags = run_rule("list-structure", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "<li> stands outside a <ul> or <ol>");
  CHECK(diags[1].loc.line == 4);
  CHECK(diags[1].loc.col == 10);
}

TEST_CASE("list-structure: a list of only non-li children reports the list and each child", "[rules][list-structure]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<ul><p>A</p><p>B</p></ul>
</body></handout>)");
  auto diags = run_rule("list-structure", doc);
  REQUIRE(diags.size() == 3);
  CHECK(diags[0].message == "<ul> has no <li> items");
  CHECK(diags[1].message == "<p> stands directly in <ul>, not in an <li>");
  CHECK(diags[1].loc.col == 5);
  CHECK(diags[2].loc.col == 13);
}

TEST_CASE("list-structure: nested lists with block content pass", "[rules][list-structure]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<ul>
  <li>One</li>
  <li><p>Two</p><ol><li>Two a</li><li>Two b</li></ol></li>
</ul>
</body></handout>)");
  CHECK(run_rule("list-structure", doc).empty());
}
