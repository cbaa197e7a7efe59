// <reply-slip> (content format 1.1): fields, their labels and stable names, and the input
// errors a slip can have, each at its file:line:col.
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "parse/content_reader.hpp"
#include "support/test_support.hpp"

using namespace handout;
using handout::test::parse_for_test;

namespace {

Diagnostic error_of(const std::string& xml) {
  try {
    parse::parse_content(xml, "slip.xml", {});
  } catch (const InputError& e) {
    return e.diagnostic();
  }
  FAIL("no InputError");
  return {};
}

}  // namespace

TEST_CASE("parse: a reply slip's fields, in order, named after the slip", "[parse][reply-slip]") {
  const model::Document doc = parse_for_test(R"(<handout lang="en" version="1.1"><meta><title>T</title></meta><body>
<reply-slip id="trip" title="Reply slip">
  <text-field label="  Child's
     name "/>
  <text-field label="Notes" lines="3"/>
  <date-field label="Date"/>
  <checkbox label="I agree."/>
  <choice label="Lunch?"><option> Packed </option><option>School</option></choice>
  <signature label="Signed"/>
  <return-to>
    To the office.
  </return-to>
</reply-slip>
<reply-slip><checkbox label="Yes"/></reply-slip>
</body></handout>)");
  REQUIRE(doc.body.size() == 2);
  REQUIRE(doc.body[0].kind == model::BlockKind::ReplySlip);
  const model::ReplySlip& slip = *doc.body[0].slip;
  CHECK(slip.name == "trip");
  CHECK(slip.title == "Reply slip");
  REQUIRE(slip.fields.size() == 6);
  CHECK(slip.fields[0].kind == model::FieldKind::Text);
  CHECK(slip.fields[0].label == "Child's name");
  CHECK(slip.fields[0].lines == 1);
  CHECK(slip.fields[0].name == "trip.1");
  CHECK(slip.fields[0].loc.line == 3);
  CHECK(slip.fields[1].lines == 3);
  CHECK(slip.fields[2].kind == model::FieldKind::Date);
  CHECK(slip.fields[3].kind == model::FieldKind::Checkbox);
  CHECK(slip.fields[4].kind == model::FieldKind::Choice);
  CHECK(slip.fields[4].options == std::vector<std::string>{"Packed", "School"});
  CHECK(slip.fields[5].kind == model::FieldKind::Signature);
  CHECK(slip.fields[5].name == "trip.6");
  CHECK(slip.return_to == "To the office.");
  CHECK(slip.return_loc.line == 10);
  // A slip without an id is named by its place among the document's slips.
  CHECK(doc.body[1].slip->name == "reply-slip-2");
  CHECK(doc.body[1].slip->fields[0].name == "reply-slip-2.1");
  CHECK_FALSE(doc.body[1].slip->return_to);
}

TEST_CASE("parse: a reply slip in a format 1.0 file names the version it needs", "[parse][reply-slip]") {
  const Diagnostic d = error_of("<handout lang=\"en\"><meta><title>T</title></meta><body>\n  <reply-slip/></body></handout>");
  CHECK(d.file == "slip.xml");
  CHECK(d.code == "schema-needs-version");
  CHECK(d.loc.line == 2);
  CHECK(d.loc.col == 3);
  CHECK(d.message == "<reply-slip> needs content format 1.1");
}

TEST_CASE("parse: reply slip input errors", "[parse][reply-slip]") {
  const std::string head = "<handout lang=\"en\" version=\"1.1\"><meta><title>T</title></meta><body>\n";
  const std::string tail = "</body></handout>";
  Diagnostic d = error_of(head + "<reply-slip><choice label=\"Q\"><option>Only</option></choice></reply-slip>" + tail);
  CHECK(d.code == "schema-invalid-content");
  CHECK(d.loc.line == 2);
  CHECK(d.loc.col == 13);
  CHECK(d.message == "<choice> needs at least two <option>s");
  d = error_of(head + "<reply-slip><return-to>x</return-to><checkbox label=\"A\"/></reply-slip>" + tail);
  CHECK(d.message == "<checkbox> after <return-to>");
  d = error_of(head + "<reply-slip><input label=\"A\"/></reply-slip>" + tail);
  CHECK(d.code == "schema-unknown-element");
  CHECK(d.message == "<input> is not allowed in <reply-slip>");
  d = error_of(head + "<reply-slip id=\"a.b\"><checkbox label=\"A\"/></reply-slip>" + tail);
  CHECK(d.code == "schema-invalid-value");
  CHECK(d.loc.col == 13);
  d = error_of(head + "<reply-slip>Text</reply-slip>" + tail);
  CHECK(d.code == "schema-misplaced-text");
  d = error_of(head + "<reply-slip><checkbox label=\"A\">text</checkbox></reply-slip>" + tail);
  CHECK(d.message == "<checkbox> must be empty");
}

TEST_CASE("parse: two reply slips of one name would share field names", "[parse][reply-slip]") {
  const Diagnostic d = error_of(
      "<handout lang=\"en\" version=\"1.1\"><meta><title>T</title></meta><body>\n"
      "<reply-slip id=\"a\"><checkbox label=\"A\"/></reply-slip>\n"
      "<reply-slip id=\"a\"><checkbox label=\"A\"/></reply-slip></body></handout>");
  CHECK(d.code == "schema-invalid-value");
  CHECK(d.loc.line == 3);
  CHECK(d.loc.col == 13);
  // An id is used once in a file, whatever element has it.
  CHECK(d.message == "id=\"a\" is already the id of the element at line 2, column 1");
  // A slip without an id is named reply-slip-<k>; a later slip may not take that name.
  const Diagnostic implicit = error_of(
      "<handout lang=\"en\" version=\"1.1\"><meta><title>T</title></meta><body>\n"
      "<reply-slip><checkbox label=\"A\"/></reply-slip>\n"
      "<reply-slip id=\"reply-slip-1\"><checkbox label=\"A\"/></reply-slip></body></handout>");
  CHECK(implicit.code == "schema-invalid-value");
  CHECK(implicit.message == "a second reply slip named \"reply-slip-1\"");
}
