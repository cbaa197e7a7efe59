#include <set>
#include <string>

#include "support/test_support.hpp"

using namespace handout;

namespace {
model::Document doc_with(const std::string& body, const std::string& lang = "en-GB") {
  return test::parse_for_test("<handout lang=\"" + lang + "\"><meta><title>T</title></meta><body>\n" + body +
                              "\n</body></handout>");
}
}  // namespace

TEST_CASE("passive-voice: be + participle, with an optional adverb, once per sentence", "[rules][passive-voice]") {
  auto doc = doc_with("<p>The letter was written by the head. Forms are usually sent home. It was made and was sent.</p>");
  auto diags = test::run_rule("passive-voice", doc);
  REQUIRE(diags.size() == 3);
  std::multiset<std::string> messages;
  for (const auto& d : diags) {
    CHECK(d.loc == SourceLoc{2, 1});
    messages.insert(d.message);
  }
  CHECK(messages == std::multiset<std::string>{"passive voice: \"was written\"", "passive voice: \"are usually sent\"",
                                               "passive voice: \"was made\""});
}

TEST_CASE("passive-voice: active sentences and adjectives that are not participles are fine",
          "[rules][passive-voice]") {
  auto doc = doc_with("<p>We wrote the letter. She is happy. The need is great. Speed is key.</p>");
  CHECK(test::run_rule("passive-voice", doc).empty());
}

TEST_CASE("passive-voice: Welsh and Polish documents are skipped", "[rules][passive-voice]") {
  CHECK(test::run_rule("passive-voice", doc_with("<p>The letter was written.</p>", "cy")).empty());
  CHECK(test::run_rule("passive-voice", doc_with("<p>The letter was written.</p>", "pl")).empty());
}
