#include <string>

#include "support/test_support.hpp"

using namespace handout;

using test::doc_with;

TEST_CASE("all-caps-text: four words in capitals", "[rules][all-caps-text]") {
  auto doc = doc_with("<p>Please READ THIS NOTE CAREFULLY before you sign.</p>");
  auto diags = test::run_rule("all-caps-text", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == SourceLoc{2, 1});
  CHECK(diags[0].message == "4 words in block capitals: \"READ THIS NOTE CAREFULLY\"");
}

TEST_CASE("all-caps-text: more than 25 capital letters in fewer words", "[rules][all-caps-text]") {
  auto doc = doc_with("<ul><li>The word SUPERCALIFRAGILISTICEXPIALIDOCIOUS is long.</li></ul>");
  auto diags = test::run_rule("all-caps-text", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == SourceLoc{2, 5});  // the <li>
  CHECK(diags[0].message == "34 letters in block capitals: \"SUPERCALIFRAGILISTICEXPIALIDOCIOUS\"");
}

TEST_CASE("all-caps-text: abbreviations, code and short capitals are fine", "[rules][all-caps-text]") {
  auto doc = doc_with(
      "<p>Ask the <abbr title=\"a\">NHS</abbr> <abbr title=\"b\">GP</abbr> or type <code>SET THE CLOCK NOW</code>. "
      "It is OK at 10 AM.</p>");
  CHECK(test::run_rule("all-caps-text", doc).empty());
}
