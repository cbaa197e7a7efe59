#include <string>

#include "rules/language_subtags.hpp"
#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

using handout::rules::lang::tag_problem;

namespace {
handout::model::Document with_lang(const std::string& lang) {
  return parse_for_test("<handout lang=\"" + lang + "\"><meta><title>T</title></meta><body><p>x</p></body></handout>");
}
}  // namespace

TEST_CASE("document-lang: english is well formed but not a registered subtag", "[rules][document-lang]") {
  auto diags = run_rule("document-lang", with_lang("english"));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 1);
  CHECK(diags[0].loc.col == 1);
  CHECK(diags[0].message == "root lang=\"english\" is not a valid language tag: \"english\" is not a registered language subtag");
}

TEST_CASE("document-lang: registered tags pass", "[rules][document-lang]") {
  for (const char* tag : {"en-GB", "cy", "pl", "en", "zh-Hant-TW", "es-419", "x-klingon", "qaa", "gsw", "EN-gb", "de-CH-1996"}) {
    INFO(tag);
    CHECK(run_rule("document-lang", with_lang(tag)).empty());
  }
}

TEST_CASE("document-lang: unregistered or malformed subtags fail", "[rules][document-lang]") {
  CHECK(*tag_problem("xx") == "\"xx\" is not a registered language subtag");
  // ISO 3166-1 codes the United Kingdom GB; UK is only "exceptionally reserved", not a region subtag.
  // Said without calling the region "uk", which reads as the language code for Ukrainian.
  CHECK(*tag_problem("en-UK") == "\"UK\" is not a region subtag: the United Kingdom is region GB (\"en-GB\")");
  CHECK(*tag_problem("en-uk") == "\"UK\" is not a region subtag: the United Kingdom is region GB (\"en-GB\")");
  CHECK(*tag_problem("zh-Abcd") == "\"abcd\" is not a registered script subtag");
  CHECK(*tag_problem("en_GB") == "\"en_GB\" is not well-formed BCP 47 syntax");
  CHECK(*tag_problem("en--GB") == "\"en--GB\" is not well-formed BCP 47 syntax");
  CHECK(*tag_problem("en-GB-x") == "\"en-GB-x\" is not well-formed BCP 47 syntax");
  CHECK(*tag_problem("e") == "\"e\" is not well-formed BCP 47 syntax");
  CHECK(tag_problem("engl"));
  CHECK(tag_problem(""));
  CHECK_FALSE(tag_problem("en-GB-x-nhs"));
  CHECK_FALSE(tag_problem("sr-Latn-RS"));
}

TEST_CASE("document-lang: a three-letter code of a language with a two-letter code is not registered",
          "[rules][document-lang]") {
  // RFC 5646 2.2.1: only the ISO 639-1 code is in the registry for such languages.
  auto diags = run_rule("document-lang", with_lang("eng-GB"));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message ==
        "root lang=\"eng-GB\" is not a valid language tag: \"eng\" is not a registered language subtag "
        "(BCP 47 uses the ISO 639-1 code \"en\")");
  CHECK(*tag_problem("fre") == "\"fre\" is not a registered language subtag (BCP 47 uses the ISO 639-1 code \"fr\")");
  CHECK(*tag_problem("cym") == "\"cym\" is not a registered language subtag (BCP 47 uses the ISO 639-1 code \"cy\")");
  // Languages with no ISO 639-1 code keep their three-letter code, as do extended language subtags.
  CHECK_FALSE(tag_problem("gsw-CH"));
  CHECK_FALSE(tag_problem("zh-yue-HK"));
}

TEST_CASE("document-lang: private-use regions and languages pass", "[rules][document-lang]") {
  for (const char* tag : {"en-QM", "en-XA", "de-ZZ", "qtz-GB", "en-Qaaa", "x-handout"}) {
    INFO(tag);
    CHECK_FALSE(tag_problem(tag));
  }
}
