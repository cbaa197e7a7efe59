#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("image-alt-meaningless: file names, extensions and placeholder words", "[rules][image-alt-meaningless]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<img src="a.png" alt="IMG_2041"/>
<img src="b.png" alt="DSC0001"/>
<img src="c.png" alt="hands.jpg"/>
<img src="d.png" alt="Photo"/>
<img src="images/rash-check.png" alt="rash-check"/>
</body></handout>)");
  auto diags = run_rule("image-alt-meaningless", doc);
  REQUIRE(diags.size() == 5);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "alt=\"IMG_2041\" is a camera file name");
  CHECK(diags[1].message == "alt=\"DSC0001\" is a camera file name");
  CHECK(diags[2].message == "alt=\"hands.jpg\" ends in an image file extension");
  CHECK(diags[3].message == "alt=\"Photo\" is only a placeholder word");
  CHECK(diags[4].loc.line == 6);
  CHECK(diags[4].message == "alt=\"rash-check\" is the image's file name");
}

TEST_CASE("image-alt-meaningless: a real description passes", "[rules][image-alt-meaningless]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<img src="IMG_2041.jpg" alt="Glass pressed against a rash that does not fade"/>
<img src="x.png" alt="Photo of 2 nurses"/>
</body></handout>)");
  CHECK(run_rule("image-alt-meaningless", doc).empty());
}
