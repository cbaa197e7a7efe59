#include <string>

#include "support/test_support.hpp"

using namespace handout;

using test::doc_with;

TEST_CASE("long-italic-run: em over more than 10 words", "[rules][long-italic-run]") {
  auto doc = doc_with("<p><em>one two three four five six seven <em>eight</em> nine ten eleven</em> end.</p>");
  auto diags = test::run_rule("long-italic-run", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == SourceLoc{2, 4});
  CHECK(diags[0].message ==
        "italic text runs for 11 words (more than 10): \"one two three four five six seven eight\xE2\x80\xA6\"");
}

TEST_CASE("long-italic-run: ten words of emphasis are fine", "[rules][long-italic-run]") {
  auto doc = doc_with("<p><em>one two three four five six seven eight nine ten</em> and more words after it.</p>");
  CHECK(test::run_rule("long-italic-run", doc).empty());
}
