#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("tick-box-sensory: tick boxes named only by colour or place, and empty answers, are errors",
          "[rules][tick-box-sensory]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta><body>
<reply-slip>
  <checkbox label="Tick the green box"/>
  <checkbox label="left"/>
  <choice label="Lunch?"><option>Top box</option><option> </option></choice>
</reply-slip>
</body></handout>)");
  auto diags = run_rule("tick-box-sensory", doc);
  REQUIRE(diags.size() == 4);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].message == "tick box \"Tick the green box\" is named only by colour or position");
  CHECK(diags[1].loc.line == 4);
  CHECK(diags[1].message == "tick box \"left\" is named only by colour or position");
  CHECK(diags[2].loc.line == 5);
  CHECK(diags[2].loc.col == 26);
  CHECK(diags[2].message == "answer \"Top box\" is named only by colour or position");
  CHECK(diags[3].message == "answer has no text saying what ticking it means");
}

TEST_CASE("tick-box-sensory: labels that say what ticking means pass, even with a colour word in them",
          "[rules][tick-box-sensory]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta><body>
<reply-slip>
  <checkbox label="I give permission for my child to go on the trip."/>
  <checkbox label="My child will wear the red team shirt."/>
  <checkbox/>
  <choice label="Which group?"><option>Yes</option><option>Green group (Mr Shah)</option></choice>
</reply-slip>
</body></handout>)");
  // The checkbox without a label is form-field-label's finding, not this rule's.
  CHECK(run_rule("tick-box-sensory", doc).empty());
}
