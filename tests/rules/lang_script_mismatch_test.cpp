#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("lang-script-mismatch: Arabic letters in an English paragraph are an error", "[rules][lang-script-mismatch]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Say hello.</p>
<p>Welcome: مرحبا بكم and see you soon.</p>
</body></handout>)");
  auto diags = run_rule("lang-script-mismatch", doc);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "Arabic text \"مرحبا بكم\" in en-GB text is not marked with its language");
  CHECK(diags[0].hint.find("lang=\"ar\"") != std::string::npos);
}

TEST_CASE("lang-script-mismatch: a span lang marks the passage, Latin in Urdu is fine", "[rules][lang-script-mismatch]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Welcome: <span lang="ar">مرحبا بكم</span>, <span lang="bn">স্বাগতম</span> and 欢迎 <span lang="zh">欢迎</span>.</p>
</body></handout>)");
  auto diags = run_rule("lang-script-mismatch", doc);
  REQUIRE(diags.size() == 1);  // only the unmarked 欢迎
  CHECK(diags[0].message.find("Han text \"欢迎\"") == 0);
  auto urdu = parse_for_test(R"(<handout lang="ur"><meta><title>T</title></meta><body>
<p>اسکول Oakfield Primary School فون 020 7946 0000 — 12 ستمبر 2025</p>
<table><tr><th>دن</th><td>Monday پیر</td></tr></table>
</body></handout>)");
  CHECK(run_rule("lang-script-mismatch", urdu).empty());
}

TEST_CASE("lang-script-mismatch: Japanese uses kana and Han, Chinese in Urdu is reported in a cell", "[rules][lang-script-mismatch]") {
  auto ja = parse_for_test(R"(<handout lang="ja"><meta><title>T</title></meta><body><p>学校のお知らせ、カタカナ</p></body></handout>)");
  CHECK(run_rule("lang-script-mismatch", ja).empty());
  auto ur = parse_for_test(R"(<handout lang="ur"><meta><title>T</title></meta><body>
<table><tr><th>دن</th>
<td>中文</td></tr></table></body></handout>)");
  auto diags = run_rule("lang-script-mismatch", ur);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].loc.line == 3);
}
