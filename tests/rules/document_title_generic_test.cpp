#include <string>

#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

namespace {
std::vector<handout::Diagnostic> lint_title(const std::string& title) {
  auto doc = parse_for_test("<handout lang=\"en-GB\"><meta>\n<title>" + title + "</title></meta><body><p>x</p></body></handout>");
  return run_rule("document-title-generic", doc);
}
}  // namespace

TEST_CASE("document-title-generic: placeholders and file names", "[rules][document-title-generic]") {
  auto diags = lint_title("Untitled");
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "document title \"Untitled\" is a placeholder");
  CHECK(lint_title("Document1").at(0).message == "document title \"Document1\" is a placeholder");
  CHECK(lint_title("New document").size() == 1);
  CHECK(lint_title("Title").size() == 1);
  CHECK(lint_title("fever-leaflet-v3.docx").at(0).message == "document title \"fever-leaflet-v3.docx\" is a file name");
  CHECK(lint_title("Final.PDF").size() == 1);
  CHECK(lint_title("content.xml").size() == 1);
  CHECK(lint_title("Untitled-3").size() == 1);
  CHECK(lint_title("untitled document 12").size() == 1);
  CHECK(lint_title("report.v2.html").size() == 1);
}

TEST_CASE("document-title-generic: a descriptive title passes", "[rules][document-title-generic]") {
  CHECK(lint_title("Fever in children under 5").empty());
  CHECK(lint_title("Untitled feelings: talking to teenagers").empty());
  CHECK(lint_title("Using Node.js at work").empty());
  CHECK(lint_title("Document 1 of 3: admissions").empty());
  CHECK(lint_title("Year 10 options.pdf guide").empty());
  CHECK(lint_title("2024").empty());
}
