#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("document-title: whitespace-only title is an error at the title element", "[rules][document-title]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta>
  <title>   </title></meta><body><p>x</p></body></handout>)");
  auto diags = run_rule("document-title", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message.find("document title is ") == 0);
}

TEST_CASE("document-title: empty title element", "[rules][document-title]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title/></meta><body><p>x</p></body></handout>)");
  auto diags = run_rule("document-title", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 1);
}

TEST_CASE("document-title: a real title passes", "[rules][document-title]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>Fever in children</title></meta><body><p>x</p></body></handout>)");
  CHECK(run_rule("document-title", doc).empty());
}
