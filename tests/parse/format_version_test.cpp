// The root's version attribute: absent means 1.0, 1.0 and 1.1 are read, anything else names the
// attribute's file:line:col.
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "parse/content_reader.hpp"
#include "support/test_support.hpp"

using namespace handout;
using handout::test::parse_for_test;

TEST_CASE("parse: a file without version is format 1.0", "[parse][version]") {
  const model::Document doc =
      parse_for_test(R"(<handout lang="en"><meta><title>T</title></meta><body><p>x</p></body></handout>)");
  CHECK(doc.version == model::FormatVersion::V1_0);
}

TEST_CASE("parse: version 1.0 and 1.1 are read", "[parse][version]") {
  CHECK(parse_for_test(R"(<handout lang="en" version="1.0"><meta><title>T</title></meta><body/></handout>)").version ==
        model::FormatVersion::V1_0);
  CHECK(parse_for_test(R"(<handout lang="en" version="1.1"><meta><title>T</title></meta><body/></handout>)").version ==
        model::FormatVersion::V1_1);
}

TEST_CASE("parse: an unknown version is an input error at the attribute", "[parse][version]") {
  const std::string xml = "<handout lang=\"en\"\n  version=\"2\"><meta><title>T</title></meta><body/></handout>";
  try {
    parse::parse_content(xml, "v.xml", {});
    FAIL("no error");
  } catch (const InputError& e) {
    const Diagnostic& d = e.diagnostic();
    CHECK(d.file == "v.xml");
    CHECK(d.code == "schema-invalid-value");
    CHECK(d.loc.line == 2);
    CHECK(d.loc.col == 3);
    CHECK(d.message == "version=\"2\" is not a content format version");
  }
}
