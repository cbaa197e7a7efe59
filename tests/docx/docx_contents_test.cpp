// What print adds to a DOCX, read back from the parts written: the table of contents (a TOC field
// whose result is already the entries, each a hyperlink to a bookmark around its heading), the
// byline under the title, and the first page's running header left without the title the PDF
// leaves off page 1 (w:titlePg).
#include <pugixml.hpp>

#include "docx/docx_test_support.hpp"
#include "docx/docx_writer.hpp"
#include "resolve/resolved_document.hpp"
#include "support/test_support.hpp"

using namespace handout;

namespace {

const char* const kLeaflet = R"(<handout lang="en-GB" version="1.1" contents="true"><meta><title>Starting school</title>
<author>Ann Example</author><date>2024-09-01</date><audience>parents</audience></meta>
<body><h1>Starting school</h1><h2>Before the first day</h2><p>Text.</p><h3>Uniform</h3><p>Text.</p>
<h2>Who to ask</h2><p>Ask the office.</p></body></handout>)";

std::unique_ptr<pugi::xml_document> part_of(const std::string& zip, const std::string& name) {
  auto xml = std::make_unique<pugi::xml_document>();
  const std::string bytes = test::unzip_entry(zip, name);
  REQUIRE(!bytes.empty());
  REQUIRE(xml->load_buffer(bytes.data(), bytes.size()));
  return xml;
}

std::string build(const model::Document& doc, const style::Template& tmpl) {
  return docx::write_docx(resolve::resolve_document(doc, tmpl), docx::DocxOptions{0});
}

}  // namespace

TEST_CASE("docx contents: a TOC field pre-filled with hyperlinks to bookmarked headings", "[docx][contents]") {
  const model::Document doc = test::parse_for_test(kLeaflet);
  style::Template tmpl = test::handout_template();
  tmpl.contents.levels = 3;
  const std::string zip = build(doc, tmpl);
  const auto body = part_of(zip, "word/document.xml");
  // The heading, in the document's language, straight after the title and byline.
  const pugi::xpath_node_set paras = body->select_nodes("//w:body/w:p");
  REQUIRE(paras.size() > 4);
  CHECK(std::string(paras[0].node().select_node(".//w:pStyle").node().attribute("w:val").value()) == "Heading1");
  CHECK(pugi::xpath_query("string(.)").evaluate_string(paras[1].node()) == "Ann Example · 2024-09-01");
  CHECK(pugi::xpath_query("string(.)").evaluate_string(paras[2].node()) == "Contents");
  // The field: begin (dirty, so Word adds page numbers), the TOC instruction, separate, end.
  const pugi::xml_node begin = body->select_node("//w:fldChar[@w:fldCharType='begin']").node();
  REQUIRE(begin);
  CHECK(std::string(begin.attribute("w:dirty").value()) == "true");
  CHECK(pugi::xpath_query("string(//w:instrText)").evaluate_string(*body) == " TOC \\o \"2-3\" \\h \\z \\u ");
  CHECK(body->select_nodes("//w:fldChar[@w:fldCharType='end']").size() == 1);
  // The body starts on a new page after the contents, as in the PDF.
  const pugi::xml_node end_paragraph = body->select_node("//w:p[.//w:fldChar[@w:fldCharType='end']]").node();
  CHECK(end_paragraph.next_sibling("w:p").select_node("w:r/w:br[@w:type='page']"));
  // Each entry a hyperlink to a bookmark that encloses its heading's text.
  const pugi::xpath_node_set links = body->select_nodes("//w:hyperlink[@w:anchor]");
  REQUIRE(links.size() == 3);
  const char* const texts[] = {"Before the first day", "Uniform", "Who to ask"};
  const char* const styles[] = {"Heading2", "Heading3", "Heading2"};
  for (std::size_t k = 0; k < 3; ++k) {
    const pugi::xml_node link = links[k].node();
    CHECK(pugi::xpath_query("string(.)").evaluate_string(link) == texts[k]);
    const std::string anchor = link.attribute("w:anchor").value();
    const pugi::xml_node start =
        body->select_node(("//w:bookmarkStart[@w:name='" + anchor + "']").c_str()).node();
    REQUIRE(start);
    const pugi::xml_node heading = start.parent();
    CHECK(std::string(heading.select_node("w:pPr/w:pStyle").node().attribute("w:val").value()) == styles[k]);
    CHECK(pugi::xpath_query("string(.)").evaluate_string(heading) == texts[k]);
    CHECK(heading.select_node(("w:bookmarkEnd[@w:id='" + std::string(start.attribute("w:id").value()) + "']").c_str()));
  }
  // Each entry paragraph in Word's contents style of its level.
  CHECK(body->select_nodes("//w:p[w:pPr/w:pStyle/@w:val='TOC2']").size() == 2);
  CHECK(body->select_nodes("//w:p[w:pPr/w:pStyle/@w:val='TOC3']").size() == 1);
}

TEST_CASE("docx contents: none without the attribute or the template asking", "[docx][contents]") {
  std::string text = kLeaflet;
  text.replace(text.find(" contents=\"true\""), 16, "");
  const std::string zip = build(test::parse_for_test(text), test::handout_template());
  const auto body = part_of(zip, "word/document.xml");
  CHECK(body->select_nodes("//w:fldChar").empty());
  CHECK(body->select_nodes("//w:bookmarkStart").empty());
}

TEST_CASE("docx header: page 1 leaves off a header that only repeats the title, as the PDF does (w:titlePg)",
          "[docx][contents]") {
  // The handout template prints {title} in the header; the title heading is the meta title.
  const model::Document doc = test::parse_for_test(kLeaflet);
  style::Template tmpl = test::handout_template();
  tmpl.header.left = "{title}";
  tmpl.header.right = "Staff";
  const std::string zip = build(doc, tmpl);
  const auto body = part_of(zip, "word/document.xml");
  CHECK(body->select_node("//w:sectPr/w:titlePg"));
  const std::string first_id =
      body->select_node("//w:sectPr/w:headerReference[@w:type='first']").node().attribute("r:id").value();
  const std::string default_id =
      body->select_node("//w:sectPr/w:headerReference[@w:type='default']").node().attribute("r:id").value();
  REQUIRE(!first_id.empty());
  CHECK(first_id != default_id);
  // The footer is the same on page 1.
  CHECK(body->select_node("//w:sectPr/w:footerReference[@w:type='first']").node().attribute("r:id").value() ==
        std::string(body->select_node("//w:sectPr/w:footerReference[@w:type='default']").node().attribute("r:id").value()));
  const auto rels = part_of(zip, "word/_rels/document.xml.rels");
  const std::string first_part =
      rels->select_node(("//*[@Id='" + first_id + "']").c_str()).node().attribute("Target").value();
  const auto first = part_of(zip, "word/" + first_part);
  const auto other = part_of(zip, "word/header1.xml");
  CHECK(pugi::xpath_query("string(.)").evaluate_string(*first) == "Staff");  // a tab before it
  CHECK(pugi::xpath_query("string(.)").evaluate_string(*other) == "Starting schoolStaff");

  // A header that does not repeat the title is the same on every page: no titlePg.
  tmpl.header.left = "Staff handout";
  const auto plain = part_of(build(doc, tmpl), "word/document.xml");
  CHECK(!plain->select_node("//w:sectPr/w:titlePg"));
  CHECK(!plain->select_node("//w:sectPr/w:headerReference[@w:type='first']"));
}
