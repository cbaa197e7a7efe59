// DOCX import: small hand-made documents (built from literal parts in docx_fixture.cpp) read into
// the model and written back as content XML; assertions are on that XML.
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "docx_fixture.hpp"
#include "import/content_writer.hpp"
#include "import/docx_reader.hpp"
#include "import/docx_styles.hpp"
#include "parse/content_reader.hpp"

namespace handout::test {
namespace {

std::string para(const std::string& text, const std::string& ppr = {}, const std::string& rpr = {}) {
  return "<w:p><w:pPr>" + ppr + "</w:pPr><w:r><w:rPr>" + rpr + "</w:rPr><w:t xml:space=\"preserve\">" + text +
         "</w:t></w:r></w:p>";
}

import::ImportResult import_fixture(const DocxFixture& f) { return import::import_docx(f.bytes(), "test.docx"); }

std::string imported_xml(const DocxFixture& f) {
  const import::ImportResult r = import_fixture(f);
  import::ContentExtras extras;
  extras.comments = r.comments;
  const std::string xml = import::write_content(r.doc, extras);
  // What the importer writes is valid content format.
  parse::ContentOptions options;
  options.check_images = false;
  CHECK_NOTHROW(parse::parse_content(xml, "imported.xml", options));
  return xml;
}

bool has(const std::string& haystack, const std::string& needle) {
  INFO(haystack);
  return haystack.find(needle) != std::string::npos;
}

const char* kHeadingStyles = R"(
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="berschrift2"><w:name w:val="Überschrift 2 Schule"/><w:basedOn w:val="Heading2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
  <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>
  <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>)";

}  // namespace

TEST_CASE("docx import: headings by style, by based-on style and by outline level", "[import]") {
  DocxFixture f;
  f.styles = kHeadingStyles;
  f.body = para("Leaflet", "<w:pStyle w:val=\"Title\"/>") + para("Welcome", "<w:pStyle w:val=\"Heading1\"/>") +
           para("Localised", "<w:pStyle w:val=\"berschrift2\"/>") + para("By outline", "<w:outlineLvl w:val=\"2\"/>") +
           para("Body text.") + para("Contents", "<w:pStyle w:val=\"TOCHeading\"/>");
  const std::string xml = imported_xml(f);
  CHECK(has(xml, "<p>Contents</p>"));  // outline level 9, "body text", though based on Heading 1
  CHECK(has(xml, "<title>Leaflet</title>"));
  CHECK(has(xml, "<h1>Welcome</h1>"));
  CHECK(has(xml, "<h2>Localised</h2>"));
  CHECK(has(xml, "<h3>By outline</h3>"));
  CHECK(has(xml, "<p>Body text.</p>"));
}

TEST_CASE("docx import: a short bold paragraph that looks like a heading stays a paragraph", "[import]") {
  DocxFixture f;
  f.body = para("Looks like a heading", {}, "<w:b/><w:sz w:val=\"32\"/>") + para("Text.");
  const std::string xml = imported_xml(f);
  CHECK(has(xml, "<p><strong>Looks like a heading</strong></p>"));
  CHECK_FALSE(has(xml, "<h1>"));
}

TEST_CASE("docx import: numbering becomes nested ul and ol", "[import]") {
  DocxFixture f;
  f.numbering = R"(
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>
      <w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)";
  auto item = [](const std::string& text, int ilvl) {
    return para(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"1\"/></w:numPr>");
  };
  f.body = item("Apples", 0) + item("Pears", 0) + item("Step one", 1) + item("Step two", 1) + item("Plums", 0) +
           para("After.");
  const std::string xml = imported_xml(f);
  CHECK(has(xml, "<ul>\n      <li>Apples</li>\n      <li>Pears\n        <ol>\n          <li>Step one</li>\n"
                 "          <li>Step two</li>\n        </ol>\n      </li>\n      <li>Plums</li>\n    </ul>\n"
                 "    <p>After.</p>"));
}

TEST_CASE("docx import: header rows, gridSpan and vMerge become thead, colspan and rowspan", "[import]") {
  DocxFixture f;
  f.styles = kHeadingStyles;
  auto cell = [](const std::string& text, const std::string& tcpr = {}) {
    return "<w:tc><w:tcPr>" + tcpr + "</w:tcPr>" + para(text) + "</w:tc>";
  };
  f.body = para("Table 1: opening times", "<w:pStyle w:val=\"Caption\"/>") +
           "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>" + cell("Day") + cell("Hours", "<w:gridSpan w:val=\"2\"/>") +
           "</w:tr><w:tr>" + cell("Monday") + cell("9", "<w:vMerge w:val=\"restart\"/>") + cell("5") +
           "</w:tr><w:tr>" + cell("Tuesday") + cell("", "<w:vMerge/>") + cell("4") + "</w:tr></w:tbl>";
  const std::string xml = imported_xml(f);
  CHECK(has(xml, "<caption>Table 1: opening times</caption>"));
  CHECK(has(xml, "<thead>\n        <tr>\n          <th>Day</th>\n          <th colspan=\"2\">Hours</th>"));
  CHECK(has(xml, "<td rowspan=\"2\">9</td>"));
  CHECK(has(xml, "<td>Tuesday</td>\n          <td>4</td>"));
}

TEST_CASE("docx import: pictures keep alt text, decorative marks, and missing alt stays missing", "[import]") {
  auto drawing = [](const std::string& docpr) {
    return "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"2865120\" cy=\"100\"/>" + docpr +
           "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
           "<pic:blipFill><a:blip r:embed=\"rImg\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>"
           "</wp:inline></w:drawing></w:r></w:p>";
  };
  DocxFixture f;
  f.rels = {{"rImg", "image", "media/pic.png", false}};
  f.parts = {{"word/media/pic.png", tiny_png()}};
  f.body = drawing(R"(<wp:docPr id="1" name="A" descr="A red dot"/>)") +
           drawing(R"(<wp:docPr id="2" name="B"><a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">)"
                   R"(<adec:decorative val="1"/></a:ext></a:extLst></wp:docPr>)") +
           drawing(R"(<wp:docPr id="3" name="C"/>)");
  const import::ImportResult r = import_fixture(f);
  REQUIRE(r.images.size() == 1);  // one picture used three times is stored once
  CHECK(r.images[0].bytes == tiny_png());
  const std::string xml = import::write_content(r.doc);
  CHECK(has(xml, R"(<img src="media/image1.png" alt="A red dot" width="50%"/>)"));
  CHECK(has(xml, R"(<img src="media/image1.png" decorative="true" width="50%"/>)"));
  CHECK(has(xml, R"(<img src="media/image1.png" width="50%"/>)"));
}

TEST_CASE("docx import: links, notes, language, colours, bold and italic", "[import]") {
  DocxFixture f;
  f.rels = {{"rLink", "hyperlink", "https://example.org/a?b=1&c=2", true}};
  f.footnotes = R"(<w:footnote w:id="0" w:type="separator"><w:p/></w:footnote>
    <w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See the policy.</w:t></w:r></w:p></w:footnote>)";
  f.body = R"(<w:p><w:hyperlink r:id="rLink"><w:r><w:t>the guide</w:t></w:r></w:hyperlink>)"
           R"(<w:r><w:t xml:space="preserve"> and </w:t></w:r><w:hyperlink w:anchor="intro"><w:r><w:t>the intro</w:t></w:r></w:hyperlink>)"
           R"(<w:r><w:footnoteReference w:id="5"/></w:r>)"
           R"(<w:r><w:rPr><w:lang w:val="fr-FR"/></w:rPr><w:t xml:space="preserve"> bonjour</w:t></w:r>)"
           R"(<w:r><w:rPr><w:b/><w:i/></w:rPr><w:t xml:space="preserve"> both</w:t></w:r>)"
           R"(<w:r><w:rPr><w:color w:val="1B5E20"/><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve"> marked</w:t></w:r></w:p>)";
  f.core = "<dc:language>en-GB</dc:language><dc:title>Links</dc:title>";
  const std::string xml = imported_xml(f);
  // A link within the document is content format 1.1 (here its bookmark is missing: lint's
  // link-target-missing reports it).
  CHECK(has(xml, "<handout lang=\"en-GB\" version=\"1.1\">"));
  CHECK(has(xml, R"(<a href="https://example.org/a?b=1&amp;c=2">the guide</a> and <a href="#intro">the intro</a>)"));
  CHECK(has(xml, "<note>See the policy.</note>"));
  CHECK(has(xml, R"(<span lang="fr-FR"> bonjour</span>)"));
  CHECK(has(xml, "<em><strong> both</strong></em>"));
  CHECK(has(xml, R"(<span color="#1b5e20" background="#ffff00"> marked</span>)"));
}

TEST_CASE("docx import: a bookmark a link leads to becomes the id of its paragraph, heading or list item", "[import]") {
  DocxFixture f;
  f.styles = kHeadingStyles;
  f.body = R"(<w:p><w:hyperlink w:anchor="Opening"><w:r><w:t>opening times</w:t></w:r></w:hyperlink>)"
           R"(<w:r><w:t xml:space="preserve"> and </w:t></w:r><w:hyperlink w:anchor="Contact"><w:r><w:t>contact</w:t></w:r></w:hyperlink></w:p>)"
           R"(<w:bookmarkStart w:id="1" w:name="Opening"/><w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>)"
           R"(<w:r><w:t>Opening times</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>)"
           R"(<w:p><w:bookmarkStart w:id="2" w:name="Contact"/><w:r><w:t>Call the office.</w:t></w:r><w:bookmarkEnd w:id="2"/></w:p>)"
           R"(<w:p><w:bookmarkStart w:id="3" w:name="Unlinked"/><w:r><w:t>No link leads here.</w:t></w:r></w:p>)";
  f.core = "<dc:language>en-GB</dc:language><dc:title>Bookmarks</dc:title>";
  const std::string xml = imported_xml(f);
  CHECK(has(xml, "<handout lang=\"en-GB\" version=\"1.1\">"));
  CHECK(has(xml, R"(<a href="#Opening">opening times</a> and <a href="#Contact">contact</a>)"));
  CHECK(has(xml, R"(<h2 id="Opening">Opening times</h2>)"));
  CHECK(has(xml, R"(<p id="Contact">Call the office.</p>)"));
  CHECK(has(xml, "<p>No link leads here.</p>"));
}

TEST_CASE("docx import: a document without 1.1 features stays format 1.0", "[import]") {
  DocxFixture f;
  f.body = R"(<w:p><w:bookmarkStart w:id="1" w:name="Unlinked"/><w:r><w:t>Text.</w:t></w:r></w:p>)";
  f.core = "<dc:language>en-GB</dc:language><dc:title>Plain</dc:title>";
  CHECK(has(imported_xml(f), "<handout lang=\"en-GB\">"));
}

TEST_CASE("docx import: comments stay as XML comments, tracked changes are accepted", "[import]") {
  DocxFixture f;
  f.comments = R"(<w:comment w:id="7" w:author="Reviewer"><w:p><w:r><w:t>Check -- this date</w:t></w:r></w:p></w:comment>)";
  f.body = R"(<w:p><w:commentRangeStart w:id="7"/><w:r><w:t xml:space="preserve">Meet on </w:t></w:r>)"
           R"(<w:del w:id="1" w:author="A"><w:r><w:delText>Monday</w:delText></w:r></w:del>)"
           R"(<w:ins w:id="2" w:author="A"><w:r><w:t>Tuesday</w:t></w:r></w:ins><w:commentRangeEnd w:id="7"/></w:p>)";
  const import::ImportResult r = import_fixture(f);
  import::ContentExtras extras;
  extras.comments = r.comments;
  const std::string xml = import::write_content(r.doc, extras);
  CHECK(has(xml, "<!-- comment: Reviewer: Check - - this date -->\n    <p>Meet on Tuesday</p>"));
  REQUIRE(r.dropped.size() == 1);
  CHECK(r.dropped[0] == "1 tracked deletion(s) dropped (changes accepted)");
  REQUIRE(r.inferred.size() >= 1);
}

TEST_CASE("docx import: text boxes, SmartArt, fields and equations are dropped with a warning naming the paragraph",
          "[import]") {
  DocxFixture f;
  f.body = para("First.") +
           R"(<w:p><w:r><w:t>Second</w:t></w:r><w:r><w:drawing><wp:anchor><wp:docPr id="1" name="x"/><a:graphic>)"
           R"(<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:graphic></wp:anchor></w:drawing></w:r></w:p>)"
           R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>)"
           R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)";
  // A table of contents over two paragraphs, its entries linking to Word's bookmarks.
  f.body += R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \o "1-3" \h </w:instrText></w:r>)"
            R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:hyperlink w:anchor="_Toc1"><w:r><w:t>Welcome</w:t></w:r>)"
            R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 </w:instrText></w:r>)"
            R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>)"
            R"(</w:hyperlink></w:p><w:p><w:hyperlink w:anchor="_Toc2"><w:r><w:t>Contact</w:t></w:r></w:hyperlink>)"
            R"(<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)" +
            para("After the contents.");
  const import::ImportResult r = import_fixture(f);
  const std::string xml = import::write_content(r.doc);
  CHECK_FALSE(has(xml, "_Toc"));
  CHECK_FALSE(has(xml, "Contact"));
  CHECK(has(xml, "<p>After the contents.</p>"));
  REQUIRE(r.warnings.size() == 3);
  CHECK(r.warnings[2].loc.line == 4);
  CHECK(r.warnings[2].message == "a table of contents (TOC field) dropped: the content format has no place for it");
  CHECK(r.warnings[0].loc.line == 2);
  CHECK(r.warnings[0].message == "a SmartArt diagram dropped: the content format has no place for it");
  CHECK(r.warnings[1].loc.line == 3);
  CHECK(r.warnings[1].message == "a PAGE field (its current text is kept) dropped: the content format has no place for it");
}

}  // namespace handout::test

namespace handout::test {

TEST_CASE("docx import: a comment with a reference alone is kept, and one with a range and a reference is kept once",
          "[import]") {
  DocxFixture f;
  f.comments = R"(<w:comment w:id="1" w:author="Ann"><w:p><w:r><w:t>Point comment</w:t></w:r></w:p></w:comment>)"
               R"(<w:comment w:id="2" w:author="Bo"><w:p><w:r><w:t>Range comment</w:t></w:r></w:p></w:comment>)";
  // LibreOffice writes a comment on a point as a commentReference run only; Word writes the range
  // and then the reference.
  f.body = R"(<w:p><w:r><w:commentReference w:id="1"/></w:r><w:r><w:t>First.</w:t></w:r></w:p>)"
           R"(<w:p><w:commentRangeStart w:id="2"/><w:r><w:t>Second.</w:t></w:r><w:commentRangeEnd w:id="2"/>)"
           R"(<w:r><w:commentReference w:id="2"/></w:r></w:p>)";
  const import::ImportResult r = import_fixture(f);
  import::ContentExtras extras;
  extras.comments = r.comments;
  const std::string xml = import::write_content(r.doc, extras);
  CHECK(has(xml, "<!-- comment: Ann: Point comment -->\n    <p>First.</p>\n"
                 "    <!-- comment: Bo: Range comment -->\n    <p>Second.</p>"));
  CHECK(xml.find("Range comment") == xml.rfind("Range comment"));
}

TEST_CASE("docx import: Word's List Bullet 2 and List Number 2 styles nest under the item above", "[import]") {
  DocxFixture f;
  // As in Word's Normal template: each style is its own one-level list, only indented further.
  f.styles = R"(
    <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="ListBullet2"><w:name w:val="List Bullet 2"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="ListNumber2"><w:name w:val="List Number 2"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>)";
  f.numbering = R"(
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>)";
  auto styled = [](const std::string& text, const std::string& style) {
    return para(text, "<w:pStyle w:val=\"" + style + "\"/>");
  };
  f.body = styled("Towel", "ListBullet") + styled("a spare one", "ListBullet2") + styled("Form", "ListBullet") +
           styled("sign it", "ListNumber2") + styled("send it", "ListNumber2");
  const std::string xml = imported_xml(f);
  CHECK(has(xml, "<ul>\n      <li>Towel\n        <ul>\n          <li>a spare one</li>\n        </ul>\n      </li>\n"
                 "      <li>Form\n        <ol>\n          <li>sign it</li>\n          <li>send it</li>\n"
                 "        </ol>\n      </li>\n    </ul>"));
}

}  // namespace handout::test

namespace handout::test {

TEST_CASE("docx import: table styles are cut before the styles part is parsed, and the styles around them still count",
          "[import]") {
  std::string xml = R"(<w:styles><w:style w:type="paragraph" w:styleId="A"/>)"
                    R"(<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/><w:tblPr/></w:style>)"
                    R"(<w:style w:type="paragraph" w:styleId="B"/>)"
                    R"(<w:style w:type="table" w:styleId="Light"><w:tblStylePr w:type="firstRow"/></w:style></w:styles>)";
  import::drop_table_styles(xml);
  CHECK(xml == R"(<w:styles><w:style w:type="paragraph" w:styleId="A"/><w:style w:type="paragraph" w:styleId="B"/></w:styles>)");
  std::string self_closing = R"(<w:styles><w:style w:type="table" w:styleId="T"/><w:style w:styleId="C"></w:style></w:styles>)";
  const std::string unchanged = self_closing;
  import::drop_table_styles(self_closing);
  CHECK(self_closing == unchanged);  // left whole rather than cut into the next style

  DocxFixture f;
  f.styles = std::string(R"(<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>)") +
             kHeadingStyles + R"(<w:style w:type="table" w:styleId="Light"><w:name w:val="Light"/></w:style>)";
  f.body = para("Welcome", "<w:pStyle w:val=\"berschrift2\"/>") + para("Text.");
  CHECK(has(imported_xml(f), "<h2>Welcome</h2>\n    <p>Text.</p>"));
}

}  // namespace handout::test
