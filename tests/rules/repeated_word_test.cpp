#include <string>

#include "support/test_support.hpp"

using namespace handout;

namespace {
model::Document doc_with(const std::string& body, const std::string& lang = "en-GB") {
  return test::parse_for_test("<handout lang=\"" + lang + "\"><meta><title>T</title></meta><body>\n" + body +
                              "\n</body></handout>");
}
}  // namespace

TEST_CASE("repeated-word: the same word twice in a row, any case", "[rules][repeated-word]") {
  auto diags = test::run_rule("repeated-word", doc_with("<p>Give The the form to your teacher.</p>"));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == SourceLoc{2, 1});
  CHECK(diags[0].message == "word repeated: \"The the\"");
  CHECK(diags[0].hint == "delete one \"the\"");
}

TEST_CASE("repeated-word: valid doubles, punctuation, numbers and sentence ends are fine", "[rules][repeated-word]") {
  auto doc = doc_with("<p>He had had enough. I know that that is true. No, no. It is done. Done is good. Year 6 6.</p>");
  CHECK(test::run_rule("repeated-word", doc).empty());
}

TEST_CASE("repeated-word: Welsh and Polish documents are skipped", "[rules][repeated-word]") {
  CHECK(test::run_rule("repeated-word", doc_with("<p>Mae ei ei llyfr yma.</p>", "cy")).empty());
  CHECK(test::run_rule("repeated-word", doc_with("<p>To to jest dobre.</p>", "pl")).empty());
}
