#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("link-target-missing: a link to an id no block has is an error", "[rules][link-target-missing]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta><body>
<h1 id="top">T</h1>
<p>See <a href="#times">the times</a> and <a href="#top">the top</a>.</p>
</body></handout>)");
  auto diags = run_rule("link-target-missing", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].loc.col == 8);
  CHECK(diags[0].message == "link to \"#times\" names no id in this document");
  CHECK(diags[0].hint == "add id=\"times\" to the block it should lead to, or correct the href");
}

TEST_CASE("link-target-missing: links to ids that exist, and other links, pass", "[rules][link-target-missing]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta><body>
<h1>T</h1><section><ul><li id="deep">x</li></ul></section>
<p><a href="#deep">the item</a>, <a href="https://example.org">the site</a>, <a href="#">nothing</a></p>
</body></handout>)");
  CHECK(run_rule("link-target-missing", doc).empty());
}

TEST_CASE("link-href-invalid: #name is a link within a 1.1 document", "[rules][link-href-invalid]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta><body>
<h1 id="top">T</h1><p><a href="#top">the top</a> <a href="#">nowhere</a></p></body></handout>)");
  auto diags = run_rule("link-href-invalid", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].message == "link href \"#\" goes nowhere");
}
