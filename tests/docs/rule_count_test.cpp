// The README, the man page and the rule spec state how many lint rules there are, in prose
// ("checks them against 53 accessibility rules"). Each such number must be the rule table's
// count, so adding or removing a rule without updating them fails here.
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include "rules/rule.hpp"
#include "support/process.hpp"

namespace {

// Every "<N> rules", "<N> accessibility rules" and "(<N> rows)" in `text`, across line breaks.
std::vector<std::size_t> stated_counts(const std::string& text) {
  static const std::regex kCount(R"(\b(\d+)\s+(?:accessibility\s+)?rules\b|\((\d+) rows\))");
  std::vector<std::size_t> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kCount); it != std::sregex_iterator(); ++it)
    out.push_back(std::stoul((*it)[1].matched ? (*it)[1].str() : (*it)[2].str()));
  return out;
}

}  // namespace

TEST_CASE("docs: every stated number of rules is the rule table's count", "[docs]") {
  const std::size_t count = handout::rules::all_rules().size();
  // How many statements each file makes, so that rewording one out of the pattern is noticed too.
  const std::vector<std::pair<std::string, std::size_t>> files{
      {"README.md", 3}, {"man/handout.1", 1}, {"docs/spec/lint-rules.md", 1}};
  for (const auto& [file, statements] : files) {
    INFO(file);
    const std::string text = handout::test::read_file(std::string(HANDOUT_SOURCE_DIR) + "/" + file);
    const std::vector<std::size_t> counts = stated_counts(text);
    CHECK(counts.size() == statements);
    for (std::size_t n : counts) CHECK(n == count);
  }
}

TEST_CASE("docs: the pattern finds numbers of rules where prose states them", "[docs]") {
  CHECK(stated_counts("checks them against 53\naccessibility rules, and") == std::vector<std::size_t>{53});
  CHECK(stated_counts("| lists the 7 rules: id |  ### Coverage summary (9 rows)") == std::vector<std::size_t>{7, 9});
  CHECK(stated_counts("the template lint rules 50-53, rule 12") == std::vector<std::size_t>{});
}
