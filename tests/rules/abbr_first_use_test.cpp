#include <string>

#include "support/test_support.hpp"

using namespace handout;

namespace {
model::Document doc_with(const std::string& body) {
  return test::parse_for_test("<handout lang=\"en-GB\"><meta><title>T</title><audience>parents</audience></meta><body>\n" +
                              body + "\n</body></handout>");
}
}  // namespace

TEST_CASE("abbr-first-use: expanded only after its first use", "[rules][abbr-first-use]") {
  auto doc = doc_with("<p>Ask CAMHS first.</p>\n<p>Child and Adolescent Mental Health Services (CAMHS) can help.</p>");
  auto diags = test::run_rule("abbr-first-use", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "\"CAMHS\" is first used here but only explained later, on line 3");
}

TEST_CASE("abbr-first-use: the hint carries the expansion from a later abbr title", "[rules][abbr-first-use]") {
  auto doc = doc_with(
      "<h1>About the SENCO</h1>\n<p>The <abbr title=\"Special Educational Needs Co-ordinator\">SENCO</abbr> helps.</p>");
  auto diags = test::run_rule("abbr-first-use", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "\"SENCO\" is first used here but only explained later, on line 3");
  CHECK(diags[0].hint ==
        "explain it at this first use: \"Special Educational Needs Co-ordinator (SENCO)\", or <abbr "
        "title=\"Special Educational Needs Co-ordinator\">SENCO</abbr>");
}

TEST_CASE("abbr-first-use: expansion at first use, or no expansion at all, is not reported",
          "[rules][abbr-first-use]") {
  auto titled_first = doc_with(
      "<p>The <abbr title=\"Special Educational Needs Co-ordinator\">SENCO</abbr> helps.</p>\n<p>Ask the SENCO.</p>");
  CHECK(test::run_rule("abbr-first-use", titled_first).empty());
  auto bracket_first = doc_with("<p>Education, Health and Care Plan (EHCP).</p>\n<p>Your EHCP says so.</p>");
  CHECK(test::run_rule("abbr-first-use", bracket_first).empty());
  auto never = doc_with("<p>Ask the SENCO.</p>");
  CHECK(test::run_rule("abbr-first-use", never).empty());
}

TEST_CASE("abbr-first-use: the expansion further on in the same line is still too late", "[rules][abbr-first-use]") {
  auto doc = doc_with("<p>CAMHS, or Child and Adolescent Mental Health Services (CAMHS), can help.</p>");
  auto diags = test::run_rule("abbr-first-use", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message == "\"CAMHS\" is first used here but only explained further on in the same line");
}
