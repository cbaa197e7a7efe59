#include <string>

#include "support/test_support.hpp"

using namespace handout;

TEST_CASE("blank-spacing: empty p, repeated br, no-break space runs, repeated pagebreak", "[rules][blank-spacing]") {
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Text</p>
<p/>
<p>A<br/><br/> <br/>B</p>
<p>Name:&#160;&#160; &#160;Ann</p>
<pagebreak/>
<pagebreak/>
<p>&#160;</p>
</body></handout>)");
  auto diags = test::run_rule("blank-spacing", doc);
  REQUIRE(diags.size() == 5);
  CHECK(diags[0].loc == SourceLoc{3, 1});
  CHECK(diags[0].message == "empty paragraph used as spacing");
  CHECK(diags[1].loc == SourceLoc{4, 5});
  CHECK(diags[1].message == "3 line breaks in a row");
  CHECK(diags[2].loc == SourceLoc{5, 1});
  CHECK(diags[2].message == "3 no-break spaces in a row");
  CHECK(diags[3].loc == SourceLoc{6, 1});
  CHECK(diags[3].message == "2 page breaks in a row");
  CHECK(diags[4].loc == SourceLoc{8, 1});
  CHECK(diags[4].message == "empty paragraph used as spacing");
}

TEST_CASE("blank-spacing: single breaks and one no-break space are fine", "[rules][blank-spacing]") {
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>One<br/>Two</p>
<pagebreak/>
<p>10&#160;km away</p>
<pagebreak/>
</body></handout>)");
  CHECK(test::run_rule("blank-spacing", doc).empty());
}
