#include <string>

#include "support/test_support.hpp"

using namespace handout;

namespace {
model::Document doc_with(const std::string& audience, const std::string& lang = "en-GB") {
  return test::parse_for_test("<handout lang=\"" + lang + "\">\n<meta>\n<title>T</title>\n" + audience +
                              "\n</meta><body><p>Hello.</p></body></handout>");
}
}  // namespace

TEST_CASE("audience-reading-target: no audience says the default applies", "[rules][audience-reading-target]") {
  auto diags = test::run_rule("audience-reading-target", doc_with(""));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == SourceLoc{2, 1});
  CHECK(diags[0].message ==
        "no <audience> in <meta>: reading level is checked against the default target (grade 8 or lower, reading "
        "ease 60 or higher, sentences of 25 words or fewer)");
  CHECK(diags[0].hint.find("parents, staff") != std::string::npos);
}

TEST_CASE("audience-reading-target: an unknown audience is reported at <audience>", "[rules][audience-reading-target]") {
  auto diags = test::run_rule("audience-reading-target", doc_with("<audience>pupils</audience>"));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == SourceLoc{4, 1});
  CHECK(diags[0].message ==
        "audience \"pupils\" has no reading target; the default applies (grade 8 or lower, reading ease 60 or "
        "higher, sentences of 25 words or fewer)");
}

TEST_CASE("audience-reading-target: parents and staff, and non-English documents, are silent",
          "[rules][audience-reading-target]") {
  CHECK(test::run_rule("audience-reading-target", doc_with("<audience>parents</audience>")).empty());
  CHECK(test::run_rule("audience-reading-target", doc_with("<audience>staff</audience>")).empty());
  CHECK(test::run_rule("audience-reading-target", doc_with("", "cy")).empty());
  CHECK(test::run_rule("audience-reading-target", doc_with("", "pl")).empty());
}
