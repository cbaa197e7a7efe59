// The DOCX follows the template's print promises as the PDF does: paddings, indents and rule
// widths grow with the type size; captions are upright when the template says so; the running
// header and footer keep 10 mm from the paper's edge. Read back from the written parts.
#include <pugixml.hpp>

#include "docx/docx_test_support.hpp"
#include "docx/docx_writer.hpp"
#include "support/test_support.hpp"

using namespace handout;

namespace {

// The named part of the DOCX of the every-element fixture under `tmpl`, parsed.
std::unique_ptr<pugi::xml_document> part_under(const style::Template& tmpl, const std::string& part) {
  const model::Document doc = test::read_docx_fixture("every-element.xml");
  const std::string zip = docx::write_docx(resolve::resolve_document(doc, tmpl), docx::DocxOptions{0});
  auto xml = std::make_unique<pugi::xml_document>();
  const std::string bytes = test::unzip_entry(zip, part);
  REQUIRE(xml->load_buffer(bytes.data(), bytes.size()));
  return xml;
}

long attr_of(const pugi::xml_document& doc, const char* xpath, const char* attribute) {
  const pugi::xml_node node = doc.select_node(xpath).node();
  REQUIRE(node);
  return node.attribute(attribute).as_int();
}

}  // namespace

TEST_CASE("docx: list indents, the quote's indent and bar, and table rules grow with the body size",
          "[docx][template]") {
  style::Template standard = test::leaflet_template();
  style::Template large = standard;
  large.body.font.size_pt = 18;  // 1.5 x the 12pt the lengths are designed at

  const auto numbering12 = part_under(standard, "word/numbering.xml");
  const auto numbering18 = part_under(large, "word/numbering.xml");
  const char* level0 = "//w:abstractNum/w:lvl[@w:ilvl='0']/w:pPr/w:ind";
  CHECK(attr_of(*numbering12, level0, "w:left") == 400);
  CHECK(attr_of(*numbering18, level0, "w:left") == 600);
  CHECK(attr_of(*numbering18, level0, "w:hanging") == 480);

  const auto styles12 = part_under(standard, "word/styles.xml");
  const auto styles18 = part_under(large, "word/styles.xml");
  const char* quote_ind = "//w:style[@w:styleId='Quote']/w:pPr/w:ind";
  const char* quote_bar = "//w:style[@w:styleId='Quote']/w:pPr/w:pBdr/w:left";
  const char* table_rule = "//w:style[@w:styleId='HandoutTable']/w:tblPr/w:tblBorders/w:top";
  CHECK(attr_of(*styles12, quote_ind, "w:left") == 567);
  CHECK(attr_of(*styles18, quote_ind, "w:left") == 851);
  CHECK(attr_of(*styles12, quote_bar, "w:sz") == 18);
  CHECK(attr_of(*styles18, quote_bar, "w:sz") == 27);
  CHECK(attr_of(*styles18, table_rule, "w:sz") == 6);
}

TEST_CASE("docx: captions are upright when the template says italic_captions = false", "[docx][template]") {
  style::Template t = test::leaflet_template();
  const char* italic = "//w:style[@w:styleId='Caption']/w:rPr/w:i";
  CHECK(part_under(t, "word/styles.xml")->select_node(italic));
  t.text.italic_captions = false;
  CHECK_FALSE(part_under(t, "word/styles.xml")->select_node(italic));
}

TEST_CASE("docx: the header and footer keep at least 10 mm from the paper's edge", "[docx][template]") {
  style::Template t = test::leaflet_template();
  t.page.margin_top_mm = 12;  // halfway in would be 6 mm
  t.page.margin_bottom_mm = 30;
  const auto doc = part_under(t, "word/document.xml");
  const char* margins = "/w:document/w:body/w:sectPr/w:pgMar";
  CHECK(attr_of(*doc, margins, "w:header") == 567);  // 10 mm
  CHECK(attr_of(*doc, margins, "w:footer") == 850);  // 15 mm, halfway into the 30 mm margin
}
