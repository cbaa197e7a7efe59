#include <string>

#include "support/test_support.hpp"

using namespace handout;

namespace {
model::Document doc_with(const std::string& body, const std::string& lang = "en-GB") {
  return test::parse_for_test("<handout lang=\"" + lang + "\"><meta><title>T</title></meta><body>\n" + body +
                              "\n</body></handout>");
}
}  // namespace

TEST_CASE("run-in-list: the seed's stray semicolon before a comma series", "[rules][run-in-list]") {
  auto doc = doc_with(
      "<p>Securely attached children and young people are; better able to learn, to make new attachments more "
      "readily (e.g. to their teachers), ready to seek help when experiencing difficulties (academic or social), "
      "more willing to share the attention of adults with their peers.</p>");
  auto diags = test::run_rule("run-in-list", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc == SourceLoc{2, 1});
  CHECK(diags[0].message ==
        "paragraph runs 4 list items together separated by commas after a stray semicolon: \"Securely attached "
        "children and young people are; b\xE2\x80\xA6\"");
}

TEST_CASE("run-in-list: items separated by semicolons after a colon", "[rules][run-in-list]") {
  auto doc = doc_with("<p>Please bring: a coat; a hat; and a packed lunch.</p>");
  auto diags = test::run_rule("run-in-list", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message ==
        "paragraph runs 3 list items together separated by semicolons: \"Please bring: a coat; a hat; and a packed "
        "lunch.\"");
}

TEST_CASE("run-in-list: ordinary prose with one or two semicolons is fine", "[rules][run-in-list]") {
  auto doc = doc_with(
      "<p>I went home; it rained; we stayed in. The day was long; the night was longer.</p>\n"
      "<p>Children learn, play, grow and rest.</p>");
  CHECK(test::run_rule("run-in-list", doc).empty());
}

TEST_CASE("run-in-list: the seed's long comma series without semicolons", "[rules][run-in-list]") {
  auto doc = doc_with(
      "<p>Insecurely attached children and young people can have difficulty focusing attention on learning, depend "
      "on others to regulate their emotions, be emotionally self-contained and detached, have difficulties working "
      "with others in a group, show extreme reactions to others, give up quickly and find it difficult to accept "
      "help or encouragement.</p>");
  auto diags = test::run_rule("run-in-list", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message ==
        "paragraph runs 6 list items together separated by commas: \"Insecurely attached children and young people "
        "can\xE2\x80\xA6\"");
}

TEST_CASE("run-in-list: a multi-clause sentence with many commas is prose", "[rules][run-in-list]") {
  // From the parent leaflet: five comma parts, one opening with "or".
  auto doc = doc_with(
      "<p>In some cases, due to things such as severe depression, domestic violence or substance misuse, the parent "
      "doesn't dance with their baby, or they frighten it with the dance they are doing.</p>\n"
      "<p>We met parents, teachers, carers, doctors, nurses and governors.</p>");
  CHECK(test::run_rule("run-in-list", doc).empty());
}
