#include <catch2/catch.hpp>

#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("dir-contradicts-lang: dir=ltr on Urdu text is a warning", "[rules][dir-contradicts-lang]") {
  auto doc = parse_for_test(R"(<handout lang="ur"><meta><title>T</title></meta><body>
<p>سلام</p>
<p dir="ltr">والدین کے لیے خط</p>
<p>نہیں <span lang="en" dir="rtl">Hello there</span></p>
</body></handout>)");
  auto diags = run_rule("dir-contradicts-lang", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Warning);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "dir=\"ltr\" on ur text, which is written right to left");
  CHECK(diags[1].loc.line == 4);
  CHECK(diags[1].message == "dir=\"rtl\" on en text, which is written left to right");
}

TEST_CASE("dir-contradicts-lang: dir on a passage in another script, auto, and agreeing dir pass",
          "[rules][dir-contradicts-lang]") {
  auto doc = parse_for_test(R"(<handout lang="ur" dir="rtl"><meta><title>T</title></meta><body>
<p dir="ltr">Year 7 timetable</p>
<p dir="auto">سلام</p>
<p dir="rtl">سلام</p>
</body></handout>)");
  CHECK(run_rule("dir-contradicts-lang", doc).empty());
}
