#include <set>
#include <string>

#include "support/test_support.hpp"

using namespace handout;

TEST_CASE("abbr-title-empty: missing, blank and self-repeating titles", "[rules][abbr-title-empty]") {
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p><abbr>SENCO</abbr> and <abbr title=" ">EHCP</abbr></p>
<p>At <abbr title="ks2">KS2</abbr>.</p>
</body></handout>)");
  auto diags = test::run_rule("abbr-title-empty", doc);
  REQUIRE(diags.size() == 3);
  CHECK(diags[0].loc == SourceLoc{2, 4});
  CHECK(diags[0].message == "<abbr>SENCO</abbr> has no title");
  CHECK(diags[1].loc == SourceLoc{2, 27});
  CHECK(diags[1].message == "<abbr>EHCP</abbr> has an empty title");
  CHECK(diags[2].loc == SourceLoc{3, 7});
  CHECK(diags[2].message == "<abbr>KS2</abbr> has title \"ks2\", which repeats the abbreviation");
}

TEST_CASE("abbr-title-empty: an abbr with its words in full is fine", "[rules][abbr-title-empty]") {
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Ask the <abbr title="Special Educational Needs Co-ordinator">SENCO</abbr>.</p>
</body></handout>)");
  CHECK(test::run_rule("abbr-title-empty", doc).empty());
}
