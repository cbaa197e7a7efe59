// DOCX in every language: right-to-left paragraphs, runs, tables and sections; the template's
// font for the script in the slot Word draws it from; the language in the matching w:lang slot.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "docx/docx_test_support.hpp"
#include "docx/docx_writer.hpp"
#include "resolve/resolved_document.hpp"
#include "support/test_support.hpp"

using namespace handout;

namespace {

struct Parts {
  pugi::xml_document document, styles;
};

Parts write(const std::string& xml) {
  const model::Document doc = test::parse_for_test(xml);
  const std::string bytes =
      docx::write_docx(resolve::resolve_document(doc, test::default_template()), docx::DocxOptions{});
  Parts parts;
  REQUIRE(parts.document.load_string(test::unzip_entry(bytes, "word/document.xml").c_str()));
  REQUIRE(parts.styles.load_string(test::unzip_entry(bytes, "word/styles.xml").c_str()));
  return parts;
}

std::size_t count(const pugi::xml_node& root, const char* xpath) { return root.select_nodes(xpath).size(); }
std::string attr(const pugi::xml_node& root, const char* xpath, const char* name) {
  return root.select_node(xpath).node().attribute(name).value();
}

}  // namespace

TEST_CASE("docx: an Urdu document is right to left in paragraphs, runs, tables and the section", "[docx][dir]") {
  const Parts p = write(R"(<handout lang="ur"><meta><title>خط</title></meta><body>
<h1>خط</h1><p>فون کریں <span lang="en">Oakfield School</span> 020</p><p dir="ltr">Year 7</p>
<table><tr><th scope="col">دن</th></tr><tr><td>پیر</td></tr></table></body></handout>)");
  const pugi::xml_node body = p.document.child("w:document").child("w:body");
  // Every paragraph but the dir="ltr" one (and the empty one after the table).
  CHECK(count(body, "w:p[w:pPr/w:bidi]") == 2);
  CHECK(count(body, "w:p[w:pPr/w:bidi][.//w:t='Year 7']") == 0);
  CHECK(count(body, "w:tbl/w:tblPr/w:bidiVisual") == 1);
  CHECK(count(body, "w:tbl//w:p[w:pPr/w:bidi]") == 2);
  CHECK(count(body, "w:sectPr/w:bidi") == 1);
  // Runs: right to left but the English name and the ltr paragraph.
  CHECK(count(body, ".//w:r[w:rPr/w:rtl][w:t='خط']") == 1);
  const pugi::xml_node english = body.select_node(".//w:r[w:t='Oakfield School']").node();
  CHECK_FALSE(english.child("w:rPr").child("w:rtl"));
  CHECK(std::string(english.child("w:rPr").child("w:lang").attribute("w:val").value()) == "en");
  CHECK(count(body, ".//w:r[w:rPr/w:rtl][w:t='Year 7']") == 0);
  // Urdu in the Complex Script slot: the Nastaliq font and w:lang w:bidi.
  const pugi::xml_node defaults = p.styles.select_node("//w:docDefaults/w:rPrDefault/w:rPr").node();
  CHECK(std::string(defaults.child("w:rFonts").attribute("w:cs").value()) == "Noto Nastaliq Urdu");
  CHECK(std::string(defaults.child("w:rFonts").attribute("w:ascii").value()) == "Liberation Sans");
  CHECK(std::string(defaults.child("w:lang").attribute("w:bidi").value()) == "ur");
}

TEST_CASE("docx: Chinese in the East Asian slot, Bengali spans in the Complex Script slot", "[docx][dir]") {
  const Parts zh = write(R"(<handout lang="zh-Hans"><meta><title>信</title></meta><body><p>你好</p></body></handout>)");
  CHECK(attr(zh.styles, "//w:docDefaults//w:rFonts", "w:eastAsia") == "Noto Sans CJK SC");
  CHECK(attr(zh.styles, "//w:docDefaults//w:lang", "w:eastAsia") == "zh-Hans");
  CHECK(count(zh.document, "//w:bidi") == 0);
  CHECK(count(zh.document, "//w:rtl") == 0);

  const Parts en = write(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>Hello <span lang="bn">নমস্কার</span></p></body></handout>)");
  const pugi::xml_node run = en.document.select_node("//w:r[w:t='নমস্কার']").node();
  CHECK(std::string(run.child("w:rPr").child("w:rFonts").attribute("w:cs").value()) == "Noto Sans Bengali");
  CHECK(std::string(run.child("w:rPr").child("w:lang").attribute("w:bidi").value()) == "bn");
  CHECK_FALSE(run.child("w:rPr").child("w:rtl"));
  CHECK(attr(en.styles, "//w:docDefaults//w:rFonts", "w:cs") == "Liberation Sans");
}

TEST_CASE("docx: the notes heading in the document's language, or English marked as English", "[docx][words]") {
  const Parts pl = write(R"(<handout lang="pl"><meta><title>T</title></meta><body><p>x<note>y</note></p></body></handout>)");
  CHECK(count(pl.document, "//w:p[w:pPr/w:pStyle/@w:val='Heading2'][.//w:t='Przypisy']") == 1);
  const Parts fa = write(R"(<handout lang="fa"><meta><title>T</title></meta><body><p>سلام<note>ب</note></p></body></handout>)");
  const pugi::xml_node heading = fa.document.select_node("//w:p[w:pPr/w:pStyle/@w:val='Heading2']").node();
  CHECK(std::string(heading.select_node(".//w:t").node().text().get()) == "Notes");
  CHECK(std::string(heading.select_node(".//w:rPr/w:lang").node().attribute("w:val").value()) == "en");
  CHECK(heading.child("w:pPr").child("w:bidi"));
}
