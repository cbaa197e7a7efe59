#include <string>

#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("link-text-generic: \"click here\" is an error at the <a>", "[rules][link-text-generic]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Read the guidance
  <a href="https://example.org/guide">Click  Here</a> before you start.</p>
</body></handout>)");
  auto diags = run_rule("link-text-generic", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "link-text-generic");
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].loc.col == 3);
  CHECK(diags[0].message == "link text \"Click Here\" does not say where the link goes");
  CHECK_FALSE(diags[0].hint.empty());
}

TEST_CASE("link-text-generic: every phrase of the English list, with trailing punctuation", "[rules][link-text-generic]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p><a href="https://a.org">here</a> <a href="https://a.org">link</a> <a href="https://a.org">More</a></p>
<p><a href="https://a.org">Read more…</a> <a href="https://a.org">this</a> <a href="https://a.org">this link</a></p>
<p><a href="https://a.org">click.</a></p>
</body></handout>)");
  auto diags = run_rule("link-text-generic", doc);
  REQUIRE(diags.size() == 7);
  CHECK(diags[3].message == "link text \"Read more…\" does not say where the link goes");
  CHECK(diags[6].loc.line == 4);
}

TEST_CASE("link-text-generic: descriptive text and phrases that merely contain a generic word pass",
          "[rules][link-text-generic]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>See the <a href="https://example.org/uniform">school uniform policy</a>.</p>
<p><a href="https://example.org/more">more about attachment</a> and <a href="https://a.org">apply for a place</a></p>
<p><a href="https://a.org">This term's dates</a> and <a href="https://a.org">clicker training for dogs</a></p>
</body></handout>)");
  CHECK(run_rule("link-text-generic", doc).empty());
}

TEST_CASE("link-text-generic: text that starts with a vague phrase or is made only of vague words",
          "[rules][link-text-generic]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p><a href="https://a.org">Click here to read the uniform policy</a></p>
<p><a href="https://a.org">click here for more information</a></p>
<p><a href="https://a.org">Find out more.</a></p>
<p><a href="https://a.org">Read more about fever</a></p>
<p><span lang="cy"><a href="https://example.org/cy">Cliciwch yma i wneud cais</a></span></p>
</body></handout>)");
  auto diags = run_rule("link-text-generic", doc);
  REQUIRE(diags.size() == 5);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "link text \"Click here to read the uniform policy\" starts with \"Click here\"");
  CHECK(diags[0].hint.find("drop \"Click here\"") != std::string::npos);
  CHECK(diags[1].message == "link text \"click here for more information\" does not say where the link goes");
  CHECK(diags[2].message == "link text \"Find out more.\" does not say where the link goes");
  CHECK(diags[3].message == "link text \"Read more about fever\" starts with \"Read more\"");
  CHECK(diags[4].message == "link text \"Cliciwch yma i wneud cais\" starts with \"Cliciwch yma\"");
}

TEST_CASE("link-text-generic: the list follows the link's language", "[rules][link-text-generic]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p><span lang="cy">Am fwy, <a href="https://example.org/cy">cliciwch yma</a>.</span></p>
<p><span lang="pl">Szczegóły: <a href="https://example.org/pl">Czytaj WIĘCEJ</a></span></p>
<p><span lang="de"><a href="https://example.org/de">here</a></span></p>
</body></handout>)");
  auto diags = run_rule("link-text-generic", doc);
  // German has no list yet, so its link is not judged by the English one.
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].message == "link text \"cliciwch yma\" does not say where the link goes");
  CHECK(diags[1].loc.line == 3);
  CHECK(diags[1].message == "link text \"Czytaj WIĘCEJ\" does not say where the link goes");
}

TEST_CASE("link-text-generic: a Welsh document uses the Welsh list, not the English one", "[rules][link-text-generic]") {
  auto doc = parse_for_test(R"(<handout lang="cy"><meta><title>T</title></meta><body>
<p><a href="https://example.org/a">yma</a> <a href="https://example.org/b">this</a></p>
</body></handout>)");
  auto diags = run_rule("link-text-generic", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message == "link text \"yma\" does not say where the link goes");
}

TEST_CASE("link-text-generic: links inside notes and captions are checked", "[rules][link-text-generic]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Attachment matters.<note>See <a href="https://doi.org/10.1/x">here</a>.</note></p>
<table><caption>Dates, <a href="https://example.org">link</a></caption><tr><th>A</th></tr><tr><td>1</td></tr></table>
</body></handout>)");
  auto diags = run_rule("link-text-generic", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[1].loc.line == 3);
}
