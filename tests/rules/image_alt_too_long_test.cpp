#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

#include <string>

TEST_CASE("image-alt-too-long: alt over 250 characters", "[rules][image-alt-too-long]") {
  const std::string alt(251, 'a');
  auto doc = parse_for_test("<handout lang=\"en-GB\"><meta><title>T</title></meta><body>\n<img src=\"a.png\" alt=\"" + alt +
                            "\"/>\n<img src=\"b.png\" alt=\"" + std::string(250, 'b') + "\"/>\n</body></handout>");
  auto diags = run_rule("image-alt-too-long", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Info);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "alt text is 251 characters long, more than 250");
}

TEST_CASE("image-alt-too-long: counts characters, not UTF-8 bytes", "[rules][image-alt-too-long]") {
  std::string alt;
  for (int i = 0; i < 200; ++i) alt += "\xC3\xA9";  // 200 x 'é': 400 bytes, 200 characters
  auto doc = parse_for_test("<handout lang=\"en-GB\"><meta><title>T</title></meta><body><img src=\"a.png\" alt=\"" + alt +
                            "\"/></body></handout>");
  CHECK(run_rule("image-alt-too-long", doc).empty());
}
