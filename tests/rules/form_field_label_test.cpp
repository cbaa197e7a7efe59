#include "support/test_support.hpp"

using handout::test::parse_for_test;
using handout::test::run_rule;

TEST_CASE("form-field-label: a field with no label, or a blank one, is an error at the field", "[rules][form-field-label]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta><body>
<reply-slip>
  <text-field/>
  <checkbox label="  "/>
  <choice><option>Yes</option><option>No</option></choice>
  <signature label="Signed"/>
</reply-slip>
</body></handout>)");
  auto diags = run_rule("form-field-label", doc);
  REQUIRE(diags.size() == 3);
  CHECK(diags[0].severity == handout::Severity::Error);
  CHECK(diags[0].loc.line == 3);
  CHECK(diags[0].loc.col == 3);
  CHECK(diags[0].message == "<text-field> has no label");
  CHECK(diags[1].loc.line == 4);
  CHECK(diags[1].message == "<checkbox> has no label");
  CHECK(diags[2].loc.line == 5);
  CHECK(diags[2].message == "<choice> has no label");
  CHECK(diags[2].hint.find("question") != std::string::npos);
}

TEST_CASE("form-field-label: labelled fields pass", "[rules][form-field-label]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta><body>
<reply-slip><text-field label="Name"/><date-field label="Date"/><checkbox label="I agree."/>
<choice label="Lunch?"><option>Yes</option><option>No</option></choice><signature label="Signed"/></reply-slip>
</body></handout>)");
  CHECK(run_rule("form-field-label", doc).empty());
}
