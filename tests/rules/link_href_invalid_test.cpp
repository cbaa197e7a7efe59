#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("link-href-invalid: a missing href is an error at the <a>", "[rules][link-href-invalid]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>A link with no address <a>here and there</a> in the text.</p>
</body></handout>)");
  auto diags = run_rule("link-href-invalid", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].loc.col == 27);
  CHECK(diags[0].message == "link has no href");
}

TEST_CASE("link-href-invalid: empty, #, other schemes and malformed addresses", "[rules][link-href-invalid]") {
  auto doc = parse_for_test(R"xml(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p><a href="">a</a></p>
<p><a href="#">b</a></p>
<p><a href="ftp://files.example.org/x">c</a></p>
<p><a href="http://">d</a></p>
<p><a href="mailto:">e</a></p>
<p><a href="www.example.org">f</a></p>
<p><a href="javascript:alert(1)">g</a></p>
<p><a href="tel:">h</a></p>
<p><a href="https://exa mple.org">i</a></p>
<p><a href="#top">j</a></p>
<p><a href="mailto:office">k</a></p>
<p><a href="office@example.org">l</a> <a href="/uniform">m</a></p>
</body></handout>)xml");
  auto diags = run_rule("link-href-invalid", doc);
  REQUIRE(diags.size() == 13);
  CHECK(diags[0].message == "link href is empty");
  CHECK(diags[1].message == "link href \"#\" goes nowhere");
  CHECK(diags[2].message == "link href \"ftp://files.example.org/x\" uses the scheme \"ftp\"");
  CHECK(diags[3].message == "link href \"http://\" has no host name");
  CHECK(diags[4].message == "link href \"mailto:\" has no e-mail address");
  CHECK(diags[4].hint == "write the complete address, e.g. mailto:office@example.org");
  CHECK(diags[5].message == "link href \"www.example.org\" has no scheme");
  CHECK(diags[5].hint == "write href=\"https://www.example.org\"");
  CHECK(diags[6].message == "link href \"javascript:alert(1)\" uses the scheme \"javascript\"");
  CHECK(diags[7].message == "link href \"tel:\" has no telephone number");
  CHECK(diags[8].message == "link href \"https://exa mple.org\" contains a space");
  CHECK(diags[9].message == "link href \"#top\" points into the document");
  CHECK(diags[10].message == "link href \"mailto:office\" is not an e-mail address");
  CHECK(diags[10].loc.line == 12);
  CHECK(diags[11].hint == "write href=\"mailto:office@example.org\"");
  CHECK(diags[12].message == "link href \"/uniform\" has no scheme");
  CHECK(diags[12].hint == "write the full address, starting with https://");
}

TEST_CASE("link-href-invalid: http, https, mailto and tel addresses pass", "[rules][link-href-invalid]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p><a href="https://example.org">a</a> <a href="HTTP://example.org:8080/a?b#c">b</a>
<a href="mailto:office@example.org?subject=Hello">c</a> <a href="tel:+44 1234 567890">d</a>
<a href="https://user@[2001:db8::1]/x">e</a> <a href="https://bücher.example/">f</a></p>
</body></handout>)");
  CHECK(run_rule("link-href-invalid", doc).empty());
}
