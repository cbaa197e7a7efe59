// What the resolve stage settles for content format 1.1: list markers for <ol start type>, as CSS
// counts them, and the words that say a callout's kind.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "resolve/list_numbering.hpp"
#include "resolve/resolved_document.hpp"
#include "support/test_support.hpp"

using namespace handout;

TEST_CASE("resolve: list numbers in each style", "[resolve][lists]") {
  using model::ListStyle;
  CHECK(resolve::list_number(ListStyle::Decimal, 5) == "5");
  CHECK(resolve::list_number(ListStyle::LowerAlpha, 1) == "a");
  CHECK(resolve::list_number(ListStyle::LowerAlpha, 26) == "z");
  CHECK(resolve::list_number(ListStyle::LowerAlpha, 27) == "aa");
  CHECK(resolve::list_number(ListStyle::UpperAlpha, 28) == "AB");
  CHECK(resolve::list_number(ListStyle::LowerRoman, 4) == "iv");
  CHECK(resolve::list_number(ListStyle::LowerRoman, 1994) == "mcmxciv");
  CHECK(resolve::list_number(ListStyle::UpperRoman, 3999) == "MMMCMXCIX");
  CHECK(resolve::list_number(ListStyle::UpperRoman, 4000) == "4000");  // CSS's range ends at 3999
}

TEST_CASE("resolve: a list's markers follow its start and type", "[resolve][lists]") {
  const model::Document doc = test::parse_for_test(R"(<handout lang="en" version="1.1"><meta><title>T</title></meta>
<body><ol start="5" type="lower-alpha"><li>x</li></ol><ol><li>y</li></ol><ul><li>z</li></ul></body></handout>)");
  CHECK(resolve::list_marker(doc.body[0], 1, 1) == "e.");
  CHECK(resolve::list_marker(doc.body[0], 1, 2) == "f.");
  CHECK(std::string(resolve::list_numbering(doc.body[0], 1)) == "LowerAlpha");
  CHECK(resolve::list_marker(doc.body[1], 1, 3) == "3.");
  CHECK(std::string(resolve::list_numbering(doc.body[1], 1)) == "Decimal");
  CHECK(resolve::list_marker(doc.body[2], 1, 1) == "\u2022");
  CHECK(std::string(resolve::list_numbering(doc.body[2], 1)) == "Disc");
}

TEST_CASE("resolve: a callout's kind is said in words before its title, in the document's language",
          "[resolve][callout]") {
  const auto titles = [](const std::string& lang) {
    const model::Document doc = test::parse_for_test("<handout lang=\"" + lang +
                                                     R"(" version="1.1"><meta><title>T</title></meta><body>
<callout kind="warning" title="Fire doors"><p>x</p></callout><callout kind="tip"><p>y</p></callout>
<callout title="Plain"><p>z</p></callout><callout><p>w</p></callout></body></handout>)");
    const resolve::ResolvedDocument r = resolve::resolve_document(doc, test::default_template());
    std::vector<std::string> out;
    for (const model::Block& b : doc.body) out.push_back(r.callout_title(b).value_or("(none)"));
    return out;
  };
  CHECK(titles("en-GB") == std::vector<std::string>{"Warning: Fire doors", "Tip", "Plain", "(none)"});
  CHECK(titles("cy") == std::vector<std::string>{"Rhybudd: Fire doors", "Awgrym", "Plain", "(none)"});
  CHECK(titles("xx") == std::vector<std::string>{"Warning: Fire doors", "Tip", "Plain", "(none)"});
}
