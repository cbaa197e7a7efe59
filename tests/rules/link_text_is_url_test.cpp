#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("link-text-is-url: text equal to the href is a warning at the <a>", "[rules][link-text-is-url]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Our website is
   <a href="https://example.org">https://example.org</a> and it has more.</p>
</body></handout>)");
  auto diags = run_rule("link-text-is-url", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].loc.col == 4);
  CHECK(diags[0].message == "link text \"https://example.org\" is the link's own address");
}

TEST_CASE("link-text-is-url: scheme, www., trailing slash and case are ignored", "[rules][link-text-is-url]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p><a href="https://www.Example.org/">example.org</a></p>
<p><a href="http://example.org/a/">www.example.org/a</a></p>
</body></handout>)");
  auto diags = run_rule("link-text-is-url", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[1].message == "link text \"www.example.org/a\" is the link's own address");
}

TEST_CASE("link-text-is-url: words naming the destination pass", "[rules][link-text-is-url]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p><a href="https://example.org/terms">term dates</a> and <a href="mailto:office@example.org">the school office</a></p>
<p><a>no href</a> <a href="">empty</a></p>
</body></handout>)");
  CHECK(run_rule("link-text-is-url", doc).empty());
}

TEST_CASE("link-text-is-url: an email address or phone number written out is what paper needs",
          "[rules][link-text-is-url]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Email <a href="mailto:office@example.org">office@example.org</a> or
<a href="MAILTO:Office@Example.org">Office@Example.org</a> or call <a href="tel:01632960000">01632960000</a>.</p>
<p><a href="https://office.example.org">office.example.org</a></p>
</body></handout>)");
  auto diags = run_rule("link-text-is-url", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 4);
}
