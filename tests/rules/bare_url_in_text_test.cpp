#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("bare-url-in-text: an e-mail address in a paragraph is reported at the <p>", "[rules][bare-url-in-text]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
  <p>Write to office@example.org for a copy.</p>
</body></handout>)");
  auto diags = run_rule("bare-url-in-text", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].loc.col == 3);
  CHECK(diags[0].message == "e-mail address \"office@example.org\" is written out, not as a link");
  CHECK(diags[0].hint.find("mailto:office@example.org") != std::string::npos);
}

TEST_CASE("bare-url-in-text: a DOI URL inside a note is reported at the <note>", "[rules][bare-url-in-text]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>It is a risk factor for adult mental ill health.<note>Pascuzzo, K., Moss, E., &amp; Cyr, C. (2015).
SAGE Open, 5(3). https://doi.org/10.1177/2158244015604695</note></p>
</body></handout>)");
  auto diags = run_rule("bare-url-in-text", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].loc.col == 52);
  CHECK(diags[0].message == "URL \"https://doi.org/10.1177/2158244015604695\" is written out, not as a link");
}

TEST_CASE("bare-url-in-text: list items, cells, captions and www. addresses", "[rules][bare-url-in-text]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<ul>
  <li>See www.nhs.uk.</li>
</ul>
<table><caption>From (http://example.org/data)</caption>
  <tr><th>Site</th></tr>
  <tr><td>Visit <strong>https://example.org/a?b=c</strong>, today</td></tr>
</table>
<figure><img src="a.png" alt="A chart"/><caption>Source: https://example.org/chart</caption></figure>
</body></handout>)");
  auto diags = run_rule("bare-url-in-text", doc);
  REQUIRE(diags.size() == 4);
  CHECK(diags[0].loc.line == 3);  // the <li>
  CHECK(diags[0].loc.col == 3);
  CHECK(diags[0].message == "URL \"www.nhs.uk\" is written out, not as a link");
  CHECK(diags[0].hint.find("href=\"https://www.nhs.uk\"") != std::string::npos);
  CHECK(diags[1].loc.line == 5);  // the table <caption>
  CHECK(diags[1].message == "URL \"http://example.org/data\" is written out, not as a link");
  CHECK(diags[2].loc.line == 7);  // the <td>
  CHECK(diags[2].loc.col == 7);
  CHECK(diags[2].message == "URL \"https://example.org/a?b=c\" is written out, not as a link");
  CHECK(diags[3].loc.line == 9);  // the figure <caption>
}

TEST_CASE("bare-url-in-text: addresses inside <a> or <code>, and look-alikes, pass", "[rules][bare-url-in-text]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Visit <a href="https://example.org">https://example.org</a> or mail <a href="mailto:a@b.org">a@b.org</a>.</p>
<p>Type <code>https://localhost:8080/</code> in the box.</p>
<p>Follow @school on social media; the www. prefix; http:// alone; 3 @ 5 pence; name@host.</p>
</body></handout>)");
  CHECK(run_rule("bare-url-in-text", doc).empty());
}

TEST_CASE("bare-url-in-text: trailing punctuation is not part of the URL, balanced brackets are",
          "[rules][bare-url-in-text]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>See https://en.wikipedia.org/wiki/Attachment_(psychology). Or [https://example.org/x]!</p>
</body></handout>)");
  auto diags = run_rule("bare-url-in-text", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].message == "URL \"https://en.wikipedia.org/wiki/Attachment_(psychology)\" is written out, not as a link");
  CHECK(diags[1].message == "URL \"https://example.org/x\" is written out, not as a link");
}
