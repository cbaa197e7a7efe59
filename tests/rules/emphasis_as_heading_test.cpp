#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("emphasis-as-heading: bold-only and short unpunctuated paragraphs before body text", "[rules][emphasis-as-heading]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>Fever</h1>
<p><strong>When to call 111</strong></p>
<p>Call if your child is floppy or will not drink.</p>
<p>Looking after your child</p>
<ul><li>Give fluids</li></ul>
</body></handout>)");
  auto diags = run_rule("emphasis-as-heading", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message ==
        "p holds only bold or italic text (\"When to call 111\") and is followed by body text: it looks like a heading");
  CHECK(diags[0].hint.find("<h2>When to call 111</h2>") != std::string::npos);
  CHECK(diags[1].loc.line == 5);
  CHECK(diags[1].message ==
        "short p has no end punctuation (\"Looking after your child\") and is followed by body text: it looks like a heading");
}

TEST_CASE("emphasis-as-heading: lead-ins, sentences, list items and address lines pass", "[rules][emphasis-as-heading]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>Fever</h1>
<p>Call us if:</p>
<ul><li>Short item</li><li>Another one</li></ul>
<p><strong>Do not give aspirin.</strong></p>
<p>It can harm children.</p>
<p>This is a long paragraph with many words that goes on and has no final stop</p>
<p>Body text follows here.</p>
<p>Ward 7</p>
<p>Royal Hospital</p>
<p>Leeds LS1 3EX</p>
</body></handout>)");
  CHECK(run_rule("emphasis-as-heading", doc).empty());
}

TEST_CASE("emphasis-as-heading: the last line of an address or sign-off before body text passes",
          "[rules][emphasis-as-heading]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>Letter</h1>
<p>Ward 7</p>
<p>Royal Hospital</p>
<p>Leeds LS1 3EX</p>
<p>Thank you for your letter about the visit.</p>
<p>Yours sincerely,</p>
<p>Mrs J Patel</p>
<p>We will write again soon.</p>
<p>Kind regards</p>
<p>Mr A Khan</p>
<p>Head of Year 7</p>
<p>Please keep this letter.</p>
<p>Opening times</p>
<p>We are open every weekday.</p>
</body></handout>)");
  const auto diags = run_rule("emphasis-as-heading", doc);
  REQUIRE(diags.size() == 1);  // only the real heading-like line
  CHECK(diags[0].loc.line == 14);
}

TEST_CASE("emphasis-as-heading: the short bold lines of an address are not headings", "[rules][emphasis-as-heading]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta><body>
<h1>Trip</h1>
<p>Thank you for reading this letter about the trip.</p>
<address><strong>Mrs J. Patel</strong></address>
<p>Body text follows here and runs on for a while.</p>
<p><strong>Mrs J. Patel</strong></p>
<p>Body text follows here and runs on for a while.</p>
</body></handout>)");
  const auto diags = run_rule("emphasis-as-heading", doc);
  // Only the paragraph (line 6) looks like a heading; the address with the same text does not.
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 6);
}
