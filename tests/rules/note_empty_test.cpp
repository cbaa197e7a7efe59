#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("note-empty: a note with only whitespace or <br/> is an error at the <note>", "[rules][note-empty]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>A note follows.<note> </note></p>
<ul><li>Item<note>Real text.</note> and <note><br/></note></li></ul>
</body></handout>)");
  auto diags = run_rule("note-empty", doc);
  REQUIRE(diags.size() == 2);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 2);
  CHECK(diags[0].loc.col == 19);
  CHECK(diags[0].message == "note 1 has no text");
  CHECK(diags[1].loc.line == 3);
  CHECK(diags[1].message == "note 3 has no text");
}

TEST_CASE("note-empty: notes with text, including text only inside a link, pass", "[rules][note-empty]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Claim.<note>Pascuzzo et al. (2015).</note> Another.<note><a href="https://doi.org/10.1/x">Darling (2019)</a></note></p>
<table><caption>Fees<note>Per term.</note></caption><tr><th>A</th></tr><tr><td>1</td></tr></table>
</body></handout>)");
  CHECK(run_rule("note-empty", doc).empty());
}
