#include <string>

#include "support/test_support.hpp"

using namespace handout;

namespace {
model::Document doc_with(const std::string& body, const std::string& audience, const std::string& lang = "en-GB") {
  return test::parse_for_test("<handout lang=\"" + lang + "\"><meta><title>T</title>" + audience +
                              "</meta><body>\n" + body + "\n</body></handout>");
}

// "Children play play … ." with n words.
std::string sentence(int n) {
  std::string s = "Children";
  for (int i = 1; i < n; ++i) s += " play";
  return s + ".";
}
}  // namespace

TEST_CASE("sentence-length: over 25 words for parents", "[rules][sentence-length]") {
  auto doc = doc_with("<p>Short one. " + sentence(26) + " Short again.</p>", "<audience>parents</audience>");
  auto diags = test::run_rule("sentence-length", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == SourceLoc{2, 1});
  CHECK(diags[0].message == "sentence has 26 words; the target for parents is 25");
}

TEST_CASE("sentence-length: staff allow 30 words, other audiences get the default 25", "[rules][sentence-length]") {
  CHECK(test::run_rule("sentence-length", doc_with("<p>" + sentence(30) + "</p>", "<audience>staff</audience>")).empty());
  auto staff = test::run_rule("sentence-length", doc_with("<p>" + sentence(31) + "</p>", "<audience>staff</audience>"));
  REQUIRE(staff.size() == 1);
  CHECK(staff[0].message == "sentence has 31 words; the target for staff is 30");
  auto none = test::run_rule("sentence-length", doc_with("<p>" + sentence(26) + "</p>", ""));
  REQUIRE(none.size() == 1);
  CHECK(none[0].message == "sentence has 26 words; the default target is 25");
}

TEST_CASE("sentence-length: 25 words, headings and e.g. abbreviations are fine", "[rules][sentence-length]") {
  auto doc = doc_with("<h1>" + sentence(40) + "</h1>\n<p>" + sentence(25) +
                          " Bring e.g. a coat, a hat and a scarf to school on Monday when it is cold outside.</p>",
                      "<audience>parents</audience>");
  CHECK(test::run_rule("sentence-length", doc).empty());
}

TEST_CASE("sentence-length: Welsh and Polish text is not measured", "[rules][sentence-length]") {
  CHECK(test::run_rule("sentence-length", doc_with("<p>" + sentence(40) + "</p>", "", "cy")).empty());
  CHECK(test::run_rule("sentence-length", doc_with("<p>" + sentence(40) + "</p>", "", "pl")).empty());
  CHECK(test::run_rule("sentence-length",
                       doc_with("<p><span lang=\"cy\">" + sentence(40) + "</span></p>", "<audience>parents</audience>"))
            .empty());
}
