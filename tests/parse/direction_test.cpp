// The dir attribute: read on the root, on blocks and on spans; a bad value names file:line:col.
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "parse/content_reader.hpp"
#include "support/test_support.hpp"

using namespace handout;
using handout::test::parse_for_test;

TEST_CASE("parse: dir is read on the root, on blocks and on spans", "[parse][dir]") {
  const model::Document doc = parse_for_test(R"(<handout lang="ur" dir="rtl"><meta><title>T</title></meta><body>
<p dir="auto">x <span lang="en" dir="ltr">y</span></p><ul dir="ltr"><li dir="rtl">z</li></ul><p>w</p>
<table dir="rtl"><tr><td>a</td></tr></table></body></handout>)");
  CHECK(doc.dir == model::Dir::Rtl);
  REQUIRE(doc.body.size() == 4);
  CHECK(doc.body[0].dir == model::Dir::Auto);
  CHECK(doc.body[0].inlines[1].dir == model::Dir::Ltr);
  CHECK(doc.body[1].dir == model::Dir::Ltr);
  CHECK(doc.body[1].children[0].dir == model::Dir::Rtl);
  CHECK_FALSE(doc.body[2].dir.has_value());
  CHECK(doc.body[3].dir == model::Dir::Rtl);
}

TEST_CASE("parse: a dir other than ltr, rtl or auto is an input error at the attribute", "[parse][dir]") {
  const std::string xml = "<handout lang=\"ar\"><meta><title>T</title></meta><body>\n  <p dir=\"right\">x</p></body></handout>";
  try {
    parse::parse_content(xml, "bad.xml", {});
    FAIL("no error");
  } catch (const InputError& e) {
    const Diagnostic& d = e.diagnostic();
    CHECK(d.file == "bad.xml");
    CHECK(d.code == "schema-invalid-value");
    CHECK(d.loc.line == 2);
    CHECK(d.loc.col == 6);
    CHECK(d.message == "dir=\"right\" is not ltr, rtl or auto");
  }
  // pagebreak and img take no dir.
  CHECK_THROWS_AS(parse_for_test(R"(<handout lang="en"><meta><title>T</title></meta><body><pagebreak dir="ltr"/></body></handout>)"),
                  InputError);
}
