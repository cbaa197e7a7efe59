#include <string>

#include "support/test_support.hpp"

using namespace handout;

using test::doc_with;

TEST_CASE("manual-list-markers: typed bullets on br-separated lines", "[rules][manual-list-markers]") {
  auto doc = doc_with("<p>\xE2\x80\xA2 Bring a coat<br/>\xE2\x80\xA2 Bring lunch</p>");
  auto diags = test::run_rule("manual-list-markers", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == SourceLoc{2, 1});
  CHECK(diags[0].message == "2 lines of this paragraph start with typed list markers (first \"\xE2\x80\xA2\")");
}

TEST_CASE("manual-list-markers: typed numbers and letters start a paragraph", "[rules][manual-list-markers]") {
  auto doc = doc_with("<p>1. Fill in the form.</p>\n<p>a) Sign it.</p>\n<p>- Post it.</p>");
  auto diags = test::run_rule("manual-list-markers", doc);
  REQUIRE(diags.size() == 3);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "paragraph starts with a typed list marker \"1.\"");
  CHECK(diags[1].message == "paragraph starts with a typed list marker \"a)\"");
  CHECK(diags[2].message == "paragraph starts with a typed list marker \"-\"");
}

TEST_CASE("manual-list-markers: real lists, negative numbers, years and decimals are fine",
          "[rules][manual-list-markers]") {
  auto doc = doc_with(
      "<ul><li>Bring a coat</li></ul>\n<p>-5 degrees is cold.</p>\n<p>2019. A good year.</p>\n<p>2.5 miles away.</p>");
  CHECK(test::run_rule("manual-list-markers", doc).empty());
}
