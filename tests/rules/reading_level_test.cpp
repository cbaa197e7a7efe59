#include <string>

#include "rules/text_analysis.hpp"
#include "support/test_support.hpp"

using namespace handout;
using namespace handout::rules;

namespace {
model::Document doc_with(const std::string& body, const std::string& audience, const std::string& lang = "en-GB") {
  return test::parse_for_test("<handout lang=\"" + lang + "\"><meta><title>T</title>" + audience +
                              "</meta><body>\n" + body + "\n</body></handout>");
}

// 31 words of long, abstract vocabulary: far above grade 10.
const std::string kHard =
    "Institutional accountability frameworks necessitate comprehensive documentation of organisational "
    "safeguarding responsibilities, particularly regarding communication between educational professionals and "
    "external agencies. Consequently, administrative procedures require considerable interpretation. Governors "
    "should evaluate institutional effectiveness regularly.";
// Short sentences of short words: well below grade 6.
const std::string kEasy =
    "We play games with the children every day. They like to run and jump in the park. We read a book at home "
    "time. They can help to tidy up the room. Then we all go home.";

std::string figures(const std::string& passage) {
  const text::TextStats s = text::measure(passage);
  return "Flesch-Kincaid grade " + text::format_one_decimal(text::flesch_kincaid_grade(s)) + " (reading ease " +
         text::format_one_decimal(text::flesch_reading_ease(s)) + ")";
}
}  // namespace

TEST_CASE("reading-level: a hard section is reported at its heading with both figures and the target",
          "[rules][reading-level]") {
  auto doc = doc_with("<h1>Guide</h1>\n<p>" + kEasy + "</p>\n<p>" + kEasy + "</p>\n<p>" + kEasy +
                          "</p>\n<h2>Why attachment matters</h2>\n<p>" + kHard + "</p>\n<h2>Play</h2>\n<p>" + kEasy +
                          "</p>",
                      "<audience>staff</audience>");
  // The hard passage: 31 words in 3 sentences; grade well over 10 and reading ease under 50.
  const text::TextStats hard = text::measure(kHard);
  REQUIRE(hard.words == 31);
  REQUIRE(hard.sentences == 3);
  REQUIRE(text::flesch_kincaid_grade(hard) > 10);
  REQUIRE(text::flesch_reading_ease(hard) < 50);
  auto diags = test::run_rule("reading-level", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == SourceLoc{6, 1});
  CHECK(diags[0].message == "section 'Why attachment matters' reads at " + figures(kHard) +
                                "; the target for staff is grade 10 or lower and reading ease 50 or higher");
}

TEST_CASE("reading-level: the whole document is reported at body, once, when it is all one section",
          "[rules][reading-level]") {
  auto doc = doc_with("<h1>Why attachment matters</h1>\n<p>" + kHard + "</p>", "<audience>parents</audience>");
  auto diags = test::run_rule("reading-level", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == doc.body_loc);
  CHECK(diags[0].message == "document reads at " + figures(kHard) +
                                "; the target for parents is grade 6 or lower and reading ease 70 or higher");
}

TEST_CASE("reading-level: easy text, short text and other languages are not reported", "[rules][reading-level]") {
  CHECK(test::run_rule("reading-level", doc_with("<h1>Play</h1>\n<p>" + kEasy + "</p>", "<audience>parents</audience>"))
            .empty());
  // Under 30 words: too little text to score.
  CHECK(test::run_rule("reading-level",
                       doc_with("<p>Institutional accountability frameworks necessitate documentation.</p>",
                                "<audience>parents</audience>"))
            .empty());
  CHECK(test::run_rule("reading-level", doc_with("<p>" + kHard + "</p>", "", "pl")).empty());
  CHECK(test::run_rule("reading-level", doc_with("<p>" + kHard + "</p>", "", "cy")).empty());
}
