// Content format 1.1 elements in the DOCX, read back from word/document.xml with pugixml and
// validated by tests/tools/docx_check.py (ECMA-376 schemas plus Word's own rules).
#include <catch2/catch.hpp>

#include <pugixml.hpp>
#include <set>
#include <string>
#include <vector>

#include "docx/docx_test_support.hpp"
#include "docx/parts.hpp"
#include "parse/content_reader.hpp"
#include "resolve/resolved_document.hpp"
#include "support/process.hpp"
#include "support/test_support.hpp"

using namespace handout;

namespace {

// The fixture with every 1.1 element, written with the A4 handout template.
std::string fixture_docx() {
  const model::Document doc =
      parse::read_content_file(std::string(HANDOUT_SOURCE_DIR) + "/tests/fixtures/elements/format-1-1.xml");
  return docx::write_docx(resolve::resolve_document(doc, test::handout_template()), docx::DocxOptions{1700000000});
}

std::string all_text(const pugi::xml_node& node) {
  std::string out;
  for (const pugi::xpath_node& t : node.select_nodes(".//w:t/text()")) out += t.node().value();
  return out;
}

}  // namespace

TEST_CASE("docx 1.1: a block's id is a bookmark, a link to it a w:hyperlink w:anchor", "[docx][format-1-1]") {
  const std::string bytes = fixture_docx();
  pugi::xml_document xml;
  REQUIRE(xml.load_string(test::unzip_entry(bytes, "word/document.xml").c_str()));
  // The bookmark opens the heading's paragraph, after its properties.
  const pugi::xpath_node start = xml.select_node("//w:bookmarkStart[@w:name='opening-times']");
  REQUIRE(start);
  const pugi::xml_node para = start.node().parent();
  CHECK(std::string(para.name()) == "w:p");
  CHECK(std::string(para.select_node("w:pPr/w:pStyle").node().attribute("w:val").value()) == "Heading2");
  CHECK(all_text(para) == "Opening times");
  CHECK(xml.select_node(("//w:bookmarkEnd[@w:id='" + std::string(start.node().attribute("w:id").value()) + "']").c_str()));
  // A section's id marks its first paragraph too: the same paragraph as the heading's.
  CHECK(xml.select_node("//w:bookmarkStart[@w:name='times']").node().parent() == para);
  // The link: an anchor, no relationship (nothing external to open).
  const pugi::xpath_node link = xml.select_node("//w:hyperlink[@w:anchor='opening-times']");
  REQUIRE(link);
  CHECK(all_text(link.node()) == "the opening times");
  CHECK_FALSE(link.node().attribute("r:id"));
  CHECK(xml.select_nodes("//w:hyperlink[@w:anchor]").size() == 3);
  // Bookmark ids are unique in the part.
  const pugi::xpath_node_set starts = xml.select_nodes("//w:bookmarkStart");
  std::set<std::string> ids;
  for (const pugi::xpath_node& s : starts) ids.insert(s.node().attribute("w:id").value());
  CHECK(ids.size() == starts.size());

  test::TempDir dir;
  test::write_file(dir.file("f.docx"), bytes);
  const test::ProcessResult r = test::run_process({"/usr/bin/python3", test::docx_validate_path(), dir.file("f.docx")});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
}

TEST_CASE("docx 1.1: an id longer than Word's 40 characters is cut and stays unique", "[docx][format-1-1]") {
  const std::string a(45, 'a');
  CHECK(docx::bookmark_name("short-id") == "short-id");
  CHECK(docx::bookmark_name(a).size() == 40);
  CHECK(docx::bookmark_name(a) != docx::bookmark_name(a + "b"));
  CHECK(docx::bookmark_name(a).substr(0, 31) == a.substr(0, 31));
}

TEST_CASE("docx 1.1: ol start and type are the list's w:start and w:numFmt", "[docx][format-1-1]") {
  const std::string bytes = fixture_docx();
  pugi::xml_document numbering;
  REQUIRE(numbering.load_string(test::unzip_entry(bytes, "word/numbering.xml").c_str()));
  pugi::xml_document xml;
  REQUIRE(xml.load_string(test::unzip_entry(bytes, "word/document.xml").c_str()));
  // The paragraph "a photo of yourself" is numbered by a w:num whose override starts at 5 in letters.
  const auto num_of = [&](const char* text) {
    for (const pugi::xpath_node& p : xml.select_nodes("//w:p"))
      if (all_text(p.node()) == text) return std::string(p.node().select_node(".//w:numId").node().attribute("w:val").value());
    return std::string();
  };
  const auto check_list = [&](const char* text, const char* start, const char* fmt) {
    INFO(text);
    const std::string num = num_of(text);
    REQUIRE_FALSE(num.empty());
    const pugi::xml_node over = numbering.select_node(("//w:num[@w:numId='" + num + "']/w:lvlOverride").c_str()).node();
    REQUIRE(over);
    CHECK(std::string(over.child("w:startOverride").attribute("w:val").value()) == start);
    CHECK(std::string(over.select_node("w:lvl/w:start").node().attribute("w:val").value()) == start);
    CHECK(std::string(over.select_node("w:lvl/w:numFmt").node().attribute("w:val").value()) == fmt);
  };
  check_list("a photo of yourself", "5", "lowerLetter");
  check_list("Sign it.", "3", "upperRoman");
}

TEST_CASE("docx 1.1: a callout's kind opens its title paragraph", "[docx][format-1-1]") {
  pugi::xml_document xml;
  REQUIRE(xml.load_string(test::unzip_entry(fixture_docx(), "word/document.xml").c_str()));
  std::vector<std::string> titles;
  for (const pugi::xpath_node& p : xml.select_nodes("//w:p[w:pPr/w:pStyle/@w:val='CalloutTitle']"))
    titles.push_back(all_text(p.node()));
  CHECK(titles == std::vector<std::string>{"Warning: Fire doors", "Tip"});
}

namespace {

pugi::xml_node paragraph_with(const pugi::xml_document& xml, const std::string& text) {
  for (const pugi::xpath_node& p : xml.select_nodes("//w:body/w:p"))
    if (all_text(p.node()) == text) return p.node();
  return {};
}

std::string text_elements_document() {
  const model::Document doc =
      parse::read_content_file(std::string(HANDOUT_SOURCE_DIR) + "/tests/fixtures/elements/text-elements.xml");
  return test::unzip_entry(
      docx::write_docx(resolve::resolve_document(doc, test::handout_template()), docx::DocxOptions{1700000000}),
      "word/document.xml");
}

}  // namespace

TEST_CASE("docx 1.1: sub and sup are runs with w:vertAlign", "[docx][format-1-1]") {
  pugi::xml_document xml;
  REQUIRE(xml.load_string(text_elements_document().c_str()));
  const pugi::xpath_node_set sub = xml.select_nodes("//w:r[w:rPr/w:vertAlign/@w:val='subscript']");
  REQUIRE(sub.size() == 1);
  CHECK(all_text(sub.first().node()) == "2");
  std::vector<std::string> sup;
  for (const pugi::xpath_node& r : xml.select_nodes("//w:r[w:rPr/w:vertAlign/@w:val='superscript']"))
    sup.push_back(all_text(r.node()));
  CHECK(sup == std::vector<std::string>{"rd", "st"});
}

TEST_CASE("docx 1.1: a term is a bold paragraph kept with its indented definition", "[docx][format-1-1]") {
  pugi::xml_document xml;
  REQUIRE(xml.load_string(text_elements_document().c_str()));
  const pugi::xml_node term = paragraph_with(xml, "Sensor");
  REQUIRE(term);
  CHECK(term.select_node("w:pPr/w:keepNext"));
  CHECK(term.select_node("w:r/w:rPr/w:b"));
  const pugi::xml_node definition = paragraph_with(xml, "A small box that measures the air and shows a number.");
  REQUIRE(definition);
  CHECK(std::string(definition.select_node("w:pPr/w:ind").node().attribute("w:left").value()) == "340");
  CHECK_FALSE(definition.select_node("w:pPr/w:keepNext"));
}

TEST_CASE("docx 1.1: an address keeps its lines together, hr is a bottom border", "[docx][format-1-1]") {
  pugi::xml_document xml;
  REQUIRE(xml.load_string(text_elements_document().c_str()));
  const pugi::xml_node address = paragraph_with(xml, "Science departmentHill Road Primary SchoolHill RoadLeeds LS6 2AB");
  REQUIRE(address);
  CHECK(address.select_node("w:pPr/w:keepLines"));
  CHECK(address.select_nodes("w:r/w:br").size() == 3);
  const pugi::xpath_node_set rules = xml.select_nodes("//w:body/w:p[w:pPr/w:pBdr/w:bottom]");
  REQUIRE(rules.size() == 1);
  CHECK(all_text(rules.first().node()).empty());
  CHECK(std::string(rules.first().node().select_node("w:pPr/w:pBdr/w:bottom").node().attribute("w:val").value()) == "single");
}
