// What content format 1.1 adds, as the reader reads it: id="…" on blocks (needs version 1.1, is a
// name, is used once, keeps clear of the HTML page's own ids), <ol start type>, and the text
// elements sub and sup, dl/dt/dd (a term needs its definition), address (its source lines kept)
// and hr.
#include <catch2/catch.hpp>

#include <string>

#include "core/error.hpp"
#include "model/query.hpp"
#include "parse/content_reader.hpp"
#include "support/test_support.hpp"

using namespace handout;
using handout::test::parse_for_test;

namespace {

Diagnostic input_error(const std::string& xml) {
  try {
    parse::parse_content(xml, "ids.xml", {});
  } catch (const InputError& e) {
    return e.diagnostic();
  }
  FAIL("no input error");
  return {};
}

// A file of format 1.1 (or 1.0) whose body, starting on line 2, is `body`.
std::string v11(const std::string& body) {
  return "<handout lang=\"en\" version=\"1.1\"><meta><title>T</title></meta><body>\n" + body + "</body></handout>";
}
std::string v10(const std::string& body) {
  return "<handout lang=\"en\"><meta><title>T</title></meta><body>\n" + body + "</body></handout>";
}

}  // namespace

TEST_CASE("parse: id on blocks is read in a 1.1 file", "[parse][id]") {
  const model::Document doc = parse_for_test(R"(<handout lang="en" version="1.1"><meta><title>T</title></meta><body>
<h1 id="top">T</h1><section id="s"><p id="p.1">x <a href="#top">up</a></p></section>
<ul id="l"><li id="i">y</li></ul><figure id="f"><img src="x.png" alt="x"/></figure><p>z</p></body></handout>)");
  REQUIRE(doc.body.size() == 5);
  CHECK(doc.body[0].anchor == "top");
  CHECK(doc.body[1].anchor == "s");
  CHECK(doc.body[1].children[0].anchor == "p.1");
  CHECK(doc.body[2].anchor == "l");
  CHECK(doc.body[2].children[0].anchor == "i");
  CHECK(doc.body[3].anchor == "f");
  CHECK_FALSE(doc.body[4].anchor.has_value());
}

TEST_CASE("parse: id in a 1.0 file needs version 1.1", "[parse][id]") {
  const Diagnostic d = input_error(v10("<p id=\"a\">x</p>"));
  CHECK(d.code == "schema-needs-version");
  CHECK(d.loc.line == 2);
  CHECK(d.loc.col == 4);
  CHECK(d.message == "the id attribute needs content format 1.1");
}

TEST_CASE("parse: a second block with the same id names the first", "[parse][id]") {
  const Diagnostic d = input_error(R"(<handout lang="en" version="1.1"><meta><title>T</title></meta><body>
<h1 id="a">T</h1>
<p id="a">x</p></body></handout>)");
  CHECK(d.code == "schema-invalid-value");
  CHECK(d.loc.line == 3);
  CHECK(d.message == "id=\"a\" is already the id of the element at line 2, column 1");
}

TEST_CASE("parse: an id that is not a name, or is the HTML page's own, is refused", "[parse][id]") {
  const auto with_id = [](const std::string& id) { return v11("<p id=\"" + id + "\">x</p>"); };
  for (const char* bad : {"", "1a", "a b", "é", "a#b"}) {
    INFO(bad);
    const Diagnostic d = input_error(with_id(bad));
    CHECK(d.code == "schema-invalid-value");
    CHECK(d.message == "id=\"" + std::string(bad) + "\" is not a name");
  }
  for (const char* taken : {"main", "notes-heading", "note-1", "callout-2-title"}) {
    INFO(taken);
    CHECK(input_error(with_id(taken)).message ==
          "id=\"" + std::string(taken) + "\" is reserved for the HTML page's own parts");
  }
}

TEST_CASE("parse: pagebreak and a figure's img take no id", "[parse][id]") {
  CHECK(input_error(v11(R"(<pagebreak id="x"/>)")).code == "schema-unknown-attribute");
  CHECK(input_error(v11(R"(<figure><img id="x" src="x.png" alt="x"/></figure>)")).code == "schema-unknown-attribute");
}

TEST_CASE("parse: ol start and type (1.1)", "[parse][lists]") {
  const model::Document doc = parse_for_test(R"(<handout lang="en" version="1.1"><meta><title>T</title></meta><body>
<ol start="5" type="upper-roman"><li>x</li></ol><ol><li>y</li></ol></body></handout>)");
  CHECK(doc.body[0].list_start == 5);
  CHECK(doc.body[0].list_style == model::ListStyle::UpperRoman);
  CHECK(doc.body[1].list_start == 1);
  CHECK(doc.body[1].list_style == model::ListStyle::Decimal);
  const auto ol = [](const std::string& attrs) { return v11("<ol " + attrs + "><li>x</li></ol>"); };
  CHECK(input_error(ol("start=\"0\"")).message == "start=\"0\" is not a whole number from 1 to 3999");
  CHECK(input_error(ol("start=\"5x\"")).code == "schema-invalid-value");
  CHECK(input_error(ol("type=\"a\"")).message == "type=\"a\" is not a list style");
  CHECK(input_error(ol("type=\"a\"")).loc.line == 2);
  const Diagnostic old = input_error(v10("<ol start=\"2\"><li>x</li></ol>"));
  CHECK(old.code == "schema-needs-version");
  CHECK(old.message == "the start attribute needs content format 1.1");
  CHECK(input_error(v11("<ul start=\"2\"><li>x</li></ul>")).code == "schema-unknown-attribute");
}

TEST_CASE("parse: callout kind (1.1)", "[parse][callout]") {
  const model::Document doc = parse_for_test(R"(<handout lang="en" version="1.1"><meta><title>T</title></meta><body>
<callout kind="warning"><p>x</p></callout><callout><p>y</p></callout></body></handout>)");
  CHECK(doc.body[0].callout_kind == model::CalloutKind::Warning);
  CHECK_FALSE(doc.body[1].callout_kind.has_value());
  const Diagnostic bad = input_error(v11("<callout kind=\"danger\"><p>x</p></callout>"));
  CHECK(bad.code == "schema-invalid-value");
  CHECK(bad.message == "kind=\"danger\" is not a callout kind");
  CHECK(input_error(v10("<callout kind=\"tip\"><p>x</p></callout>")).message ==
        "the kind attribute needs content format 1.1");
}

TEST_CASE("parse 1.1: sub and sup are inlines whose text stays in the words", "[parse][format-1-1]") {
  const model::Document doc = parse_for_test(v11("<p>CO<sub>2</sub> on the 1<sup>st</sup></p>"));
  const model::Inlines& run = doc.body.at(0).inlines;
  REQUIRE(run.size() == 4);
  CHECK(run[1].kind == model::InlineKind::Subscript);
  CHECK(run[3].kind == model::InlineKind::Superscript);
  CHECK(model::plain_text(run) == "CO2 on the 1st");
}

TEST_CASE("parse 1.1: each element needs version 1.1", "[parse][format-1-1]") {
  for (const char* body : {"<p>CO<sub>2</sub></p>", "<p>1<sup>st</sup></p>", "<dl><dt>a</dt><dd>b</dd></dl>",
                           "<address>a</address>", "<hr/>"}) {
    INFO(body);
    const Diagnostic d =
        input_error(std::string("<handout lang=\"en\"><meta><title>T</title></meta><body>\n") + body + "</body></handout>");
    CHECK(d.code == "schema-needs-version");
    CHECK(d.loc.line == 2);
  }
}

TEST_CASE("parse 1.1: a definition list holds terms each followed by definitions", "[parse][format-1-1]") {
  const model::Document doc = parse_for_test(v11("<dl><dt>Sensor</dt><dd>A box.</dd><dd><p>Ten.</p></dd></dl>"));
  const model::Block& dl = doc.body.at(0);
  CHECK(dl.kind == model::BlockKind::DefinitionList);
  REQUIRE(dl.children.size() == 3);
  CHECK(dl.children[0].kind == model::BlockKind::DefinitionTerm);
  CHECK(model::plain_text(dl.children[0].inlines) == "Sensor");
  CHECK(dl.children[1].kind == model::BlockKind::DefinitionDetails);
  CHECK(dl.children[1].children.at(0).kind == model::BlockKind::Plain);
  CHECK(dl.children[2].children.at(0).kind == model::BlockKind::Paragraph);
}

TEST_CASE("parse 1.1: a dt without a dd is an error at the dt", "[parse][format-1-1]") {
  const Diagnostic d = input_error(v11("<dl><dt>a</dt><dd>b</dd>\n  <dt>c</dt></dl>"));
  CHECK(d.code == "schema-invalid-content");
  CHECK(d.message == "<dt> has no <dd> after it");
  CHECK(d.loc.line == 3);
  CHECK(d.loc.col == 3);
  const Diagnostic first = input_error(v11("<dl><dd>b</dd></dl>"));
  CHECK(first.message == "<dd> has no <dt> before it");
  const Diagnostic outside = input_error(v11("<dt>a</dt>"));
  CHECK(outside.code == "schema-misplaced-element");
  const Diagnostic stray = input_error(v11("<dl><dt>a</dt><p>b</p></dl>"));
  CHECK(stray.message == "<dt> has no <dd> after it");
}

TEST_CASE("parse 1.1: an address keeps its source lines and its br", "[parse][format-1-1]") {
  const model::Document doc = parse_for_test(v11("<address>\n  Mrs J. Patel\n\n  Head teacher<br/>\n  Hill Road\n</address>"));
  const model::Block& a = doc.body.at(0);
  CHECK(a.kind == model::BlockKind::Address);
  CHECK(model::plain_text(a.inlines) == "Mrs J. Patel\nHead teacher\nHill Road");
}

TEST_CASE("parse 1.1: hr is empty", "[parse][format-1-1]") {
  const model::Document doc = parse_for_test(v11("<p>a</p><hr/><p>b</p>"));
  CHECK(doc.body.at(1).kind == model::BlockKind::Rule);
  const Diagnostic d = input_error(v11("<hr>x</hr>"));
  CHECK(d.code == "schema-invalid-content");
}
