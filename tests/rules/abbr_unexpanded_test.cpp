#include <string>
#include <vector>

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

TEST_CASE("abbr-unexpanded: UK postcodes and capitals for emphasis are not abbreviations", "[rules][abbr-unexpanded]") {
  auto doc = doc_with(
      "<p>Write to 1 High Street, Aberdeen AB1 2CD or London SW1A 1AA. Also M1 1AE and EC1A 1BB.</p>\n"
      "<p>Please DO NOT park here. You MUST sign.</p>");
  CHECK(test::run_rule("abbr-unexpanded", doc).empty());
  const auto caps = test::run_rule("all-caps-text", doc);
  REQUIRE(caps.size() == 2);
  CHECK(caps[0].message == "text in capitals for emphasis: \"DO NOT\"");
  CHECK(caps[1].message == "text in capitals for emphasis: \"MUST\"");
  // Half a postcode shape on its own is still an abbreviation.
  const auto lone = test::run_rule("abbr-unexpanded", doc_with("<p>The SW1A team.</p>"));
  REQUIRE(lone.size() == 1);
  CHECK(lone[0].message == "\"SW1A\" is not explained anywhere in the document");
}

TEST_CASE("abbr-unexpanded: mixed-case abbreviations are recognised, names are not", "[rules][abbr-unexpanded]") {
  auto doc = doc_with("<p>Ask the SENCo. The DfE agrees. Mr McCoy and Ms DeVos run Ofsted checks at 5 MHz. "
                      "She has a PhD and a BSc.</p>");
  const auto diags = test::run_rule("abbr-unexpanded", doc);
  std::vector<std::string> messages;
  for (const auto& d : diags) messages.push_back(d.message);
  CHECK(messages == std::vector<std::string>{"\"SENCo\" is not explained anywhere in the document",
                                             "\"DfE\" is not explained anywhere in the document",
                                             "\"BSc\" is not explained anywhere in the document"});
  auto expanded = doc_with("<p>The Special Educational Needs Co-ordinator (SENCo) helps. Ask the SENCo.</p>");
  CHECK(test::run_rule("abbr-unexpanded", expanded).empty());
}
