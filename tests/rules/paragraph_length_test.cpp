#include <string>

#include "support/test_support.hpp"

using namespace handout;

namespace {
model::Document doc_with(const std::string& body, const std::string& lang = "en-GB") {
  return test::parse_for_test("<handout lang=\"" + lang + "\"><meta><title>T</title></meta><body>\n" + body +
                              "\n</body></handout>");
}
std::string sentences(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? " " : "") + std::string("We go.");
  return s;
}
}  // namespace

TEST_CASE("paragraph-length: more than 5 sentences", "[rules][paragraph-length]") {
  auto diags = test::run_rule("paragraph-length", doc_with("<p>" + sentences(6) + "</p>"));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == SourceLoc{2, 1});
  CHECK(diags[0].message == "paragraph has 6 sentences and 12 words; aim for at most 5 sentences or 120 words");
}

TEST_CASE("paragraph-length: more than 120 words in one sentence", "[rules][paragraph-length]") {
  std::string words = "Children";
  for (int i = 1; i < 121; ++i) words += " play";
  auto diags = test::run_rule("paragraph-length", doc_with("<p>" + words + ".</p>"));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message == "paragraph has 1 sentence and 121 words; aim for at most 5 sentences or 120 words");
}

TEST_CASE("paragraph-length: 5 sentences, list items and other languages are fine", "[rules][paragraph-length]") {
  CHECK(test::run_rule("paragraph-length", doc_with("<p>" + sentences(5) + "</p>")).empty());
  CHECK(test::run_rule("paragraph-length", doc_with("<ul><li>" + sentences(8) + "</li></ul>")).empty());
  CHECK(test::run_rule("paragraph-length", doc_with("<p>" + sentences(8) + "</p>", "cy")).empty());
  CHECK(test::run_rule("paragraph-length", doc_with("<p>" + sentences(8) + "</p>", "pl")).empty());
}
