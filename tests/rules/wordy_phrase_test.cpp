#include <set>
#include <string>
#include <utility>

#include "support/test_support.hpp"

using namespace handout;

namespace {
model::Document doc_with(const std::string& body, const std::string& lang = "en-GB") {
  return test::parse_for_test("<handout lang=\"" + lang + "\"><meta><title>T</title></meta><body>\n" + body +
                              "\n</body></handout>");
}
}  // namespace

TEST_CASE("wordy-phrase: wordy phrases get a replacement, fillers are to be cut", "[rules][wordy-phrase]") {
  auto diags = test::run_rule("wordy-phrase", doc_with("<p>In order to help, a number of parents came. It is very good.</p>"));
  REQUIRE(diags.size() == 3);
  std::set<std::pair<std::string, std::string>> found;
  for (const auto& d : diags) {
    CHECK(d.loc == SourceLoc{2, 1});
    found.emplace(d.message, d.hint);
  }
  CHECK(found == std::set<std::pair<std::string, std::string>>{
                     {"wordy phrase \"In order to\"", "write \"to\" instead"},
                     {"wordy phrase \"a number of\"", "write \"some\" instead"},
                     {"\"very\" adds nothing", "cut it, or say exactly what you mean"}});
}

TEST_CASE("wordy-phrase: the longer phrase wins", "[rules][wordy-phrase]") {
  auto diags = test::run_rule("wordy-phrase", doc_with("<p>A large number of parents came.</p>"));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message == "wordy phrase \"A large number of\"");
  CHECK(diags[0].hint == "write \"many\" instead");
}

TEST_CASE("wordy-phrase: plain words and other languages are fine", "[rules][wordy-phrase]") {
  CHECK(test::run_rule("wordy-phrase", doc_with("<p>Put the books in order. We need to order two.</p>")).empty());
  CHECK(test::run_rule("wordy-phrase", doc_with("<p>In order to help, very good.</p>", "cy")).empty());
  CHECK(test::run_rule("wordy-phrase", doc_with("<p>In order to help, very good.</p>", "pl")).empty());
}
