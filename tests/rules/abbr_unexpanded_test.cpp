#include <string>

#include "support/test_support.hpp"

using namespace handout;

namespace {
model::Document doc_with(const std::string& body) {
  return test::parse_for_test("<handout lang=\"en-GB\"><meta><title>T</title><audience>parents</audience></meta><body>\n" +
                              body + "\n</body></handout>");
}
}  // namespace

TEST_CASE("abbr-unexpanded: an abbreviation explained nowhere is reported once, at its first use",
          "[rules][abbr-unexpanded]") {
  auto doc = doc_with("<p>Talk to your teacher.</p>\n<p>Ask the SENCO. The SENCO can help.</p>\n<p>SENCO again.</p>");
  auto diags = test::run_rule("abbr-unexpanded", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].loc.col == 1);
  CHECK(diags[0].message == "\"SENCO\" is not explained anywhere in the document");
  CHECK(diags[0].hint.find("(SENCO)") != std::string::npos);
}

TEST_CASE("abbr-unexpanded: expansion by abbr title or by \"words (ABBR)\" counts anywhere",
          "[rules][abbr-unexpanded]") {
  auto titled = doc_with(
      "<p>Ask the SENCO.</p>\n<p>The <abbr title=\"Special Educational Needs Co-ordinator\">SENCO</abbr> helps.</p>");
  CHECK(test::run_rule("abbr-unexpanded", titled).empty());
  // The seed leaflet's case.
  auto seed = doc_with(
      "<p>Referral to <abbr title=\"Child and Adolescent Mental Health Services\">CAMHS</abbr> is open.</p>");
  CHECK(test::run_rule("abbr-unexpanded", seed).empty());
  auto bracketed = doc_with("<p>Child and Adolescent Mental Health Services (CAMHS) help. CAMHS is free.</p>");
  CHECK(test::run_rule("abbr-unexpanded", bracketed).empty());
}

TEST_CASE("abbr-unexpanded: well-known abbreviations, code, plurals and shouted text are not reported",
          "[rules][abbr-unexpanded]") {
  auto doc = doc_with(
      "<p>See your GP or the NHS on TV. Type <code>HTTP</code>. Print on A4. All GPs agree.</p>\n"
      "<p>PLEASE SEND THE DBS FORM BACK.</p>");
  CHECK(test::run_rule("abbr-unexpanded", doc).empty());
  // The shouted run is all-caps-text's finding instead.
  CHECK(test::run_rule("all-caps-text", doc).size() == 1);
}

TEST_CASE("abbr-unexpanded: applies in any language", "[rules][abbr-unexpanded]") {
  auto doc = test::parse_for_test(
      "<handout lang=\"cy\"><meta><title>T</title></meta><body>\n<p>Siaradwch â'r CCAUC.</p>\n</body></handout>");
  auto diags = test::run_rule("abbr-unexpanded", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message == "\"CCAUC\" is not explained anywhere in the document");
}
