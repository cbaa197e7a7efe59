// Unzip-level tests of the DOCX writer: the parts, and the WordprocessingML in them, read back
// with libzip and pugixml. (The read-back by independent tools is in docx_readback_test.cpp.)
#include <pugixml.hpp>

#include <algorithm>
#include <set>

#include "docx/docx_test_support.hpp"
#include "docx/docx_writer.hpp"
#include "support/test_support.hpp"

using namespace handout;
using handout::test::leaflet_template;
using handout::test::handout_template;
using handout::test::read_docx_fixture;
using handout::test::unzip_entries;
using handout::test::unzip_entry;

namespace {

pugi::xml_document parse_xml(const std::string& bytes) {
  pugi::xml_document doc;
  // parse_ws_pcdata keeps runs that hold only a space.
  const pugi::xml_parse_result r = doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  REQUIRE(r);
  return doc;
}

std::string every_element_docx(const style::Template& tmpl, std::int64_t timestamp = 0) {
  const model::Document doc = read_docx_fixture("every-element.xml");
  return docx::write_docx(handout::resolve::resolve_document(doc, tmpl), docx::DocxOptions{timestamp});
}

// The style id of a paragraph ("" for Normal).
std::string style_of(pugi::xml_node p) { return p.child("w:pPr").child("w:pStyle").attribute("w:val").value(); }

// Visible text of a paragraph (w:t only, so field results and note numbers are left out).
std::string text_of(pugi::xml_node p) {
  std::string s;
  for (pugi::xpath_node t : p.select_nodes(".//w:t")) s += t.node().text().get();
  return s;
}

pugi::xml_node paragraph_with_text(const pugi::xml_document& doc, const std::string& text) {
  for (pugi::xpath_node p : doc.select_nodes("//w:p")) {
    if (text_of(p.node()).find(text) != std::string::npos) return p.node();
  }
  return {};
}

}  // namespace

TEST_CASE("docx: package holds the parts in a fixed order", "[docx]") {
  const std::string bytes = every_element_docx(leaflet_template());
  std::vector<std::string> names;
  for (auto& [name, data] : unzip_entries(bytes)) names.push_back(name);
  const std::vector<std::string> expected = {
      "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
      "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
      "word/fontTable.xml", "word/endnotes.xml", "word/_rels/endnotes.xml.rels", "word/footer1.xml",
      "word/media/image1.png", "word/media/image2.png", "word/media/image3.jpeg"};
  CHECK(names == expected);

  const auto types = parse_xml(unzip_entry(bytes, "[Content_Types].xml"));
  CHECK(types.select_node("//Override[@PartName='/word/endnotes.xml']"));
  CHECK(types.select_node("//Default[@Extension='jpeg'][@ContentType='image/jpeg']"));
  CHECK_FALSE(types.select_node("//Override[@PartName='/word/footnotes.xml']"));
}

TEST_CASE("docx: writing the same input twice gives identical bytes", "[docx]") {
  const std::string a = every_element_docx(leaflet_template(), 1700000000);
  const std::string b = every_element_docx(leaflet_template(), 1700000000);
  CHECK(a.size() > 1000);
  CHECK(a == b);
  // A different SOURCE_DATE_EPOCH changes the bytes (zip times and docProps dates).
  CHECK(every_element_docx(leaflet_template(), 1700086400) != a);

  // The DOS time and date of the first local file header (APPNOTE 4.3.7, offsets 10 and 12),
  // in UTC whatever the machine's time zone: 2023-11-14 22:13:20.
  auto le16 = [](const std::string& z, std::size_t at) {
    return static_cast<unsigned>(static_cast<unsigned char>(z[at])) |
           (static_cast<unsigned>(static_cast<unsigned char>(z[at + 1])) << 8);
  };
  CHECK(le16(a, 10) == ((22u << 11) | (13u << 5) | 10u));
  CHECK(le16(a, 12) == (((2023u - 1980u) << 9) | (11u << 5) | 14u));
  // Timestamp 0 → the earliest DOS date, 1980-01-01 00:00.
  const std::string undated = every_element_docx(leaflet_template(), 0);
  CHECK(le16(undated, 10) == 0u);
  CHECK(le16(undated, 12) == ((1u << 5) | 1u));
}

TEST_CASE("docx: headings use heading styles with outline levels, first h1 is Heading 1", "[docx]") {
  const std::string bytes = every_element_docx(leaflet_template());
  const auto doc = parse_xml(unzip_entry(bytes, "word/document.xml"));
  const auto styles = parse_xml(unzip_entry(bytes, "word/styles.xml"));

  CHECK(style_of(paragraph_with_text(doc, "Every element")) == "Heading1");
  CHECK(style_of(paragraph_with_text(doc, "Lists")) == "Heading2");
  CHECK(style_of(paragraph_with_text(doc, "Pictures")) == "Heading3");
  CHECK(style_of(paragraph_with_text(doc, "Tables")) == "Heading4");
  CHECK(style_of(paragraph_with_text(doc, "Boxes")) == "Heading5");
  CHECK(style_of(paragraph_with_text(doc, "A small heading")) == "Heading6");
  CHECK(doc.select_nodes("//w:pStyle[@w:val='Title']").empty());
  for (int level = 1; level <= 6; ++level) {
    const std::string id = "Heading" + std::to_string(level);
    const pugi::xml_node s = styles.select_node(("//w:style[@w:styleId='" + id + "']").c_str()).node();
    REQUIRE(s);
    CHECK(std::string(s.child("w:name").attribute("w:val").value()) == "heading " + std::to_string(level));
    CHECK(s.child("w:pPr").child("w:outlineLvl").attribute("w:val").as_int(-1) == level - 1);
  }
  const pugi::xml_node title = styles.select_node("//w:style[@w:styleId='Title']").node();
  CHECK(title.child("w:pPr").child("w:outlineLvl").attribute("w:val").as_int(-1) == 0);
  for (const char* id : {"Normal", "ListParagraph", "Caption", "Quote", "Callout", "Hyperlink", "HandoutTable"}) {
    CHECK(styles.select_node((std::string("//w:style[@w:styleId='") + id + "']").c_str()));
  }
  // The document language is every run's default (WCAG 3.1.1).
  CHECK(std::string(styles.select_node("//w:docDefaults//w:lang").node().attribute("w:val").value()) == "en-GB");
}

TEST_CASE("docx: lists nest by ilvl and each ordered list restarts", "[docx]") {
  const std::string bytes = every_element_docx(leaflet_template());
  const auto doc = parse_xml(unzip_entry(bytes, "word/document.xml"));
  const auto numbering = parse_xml(unzip_entry(bytes, "word/numbering.xml"));

  auto num_of = [&](const char* text) {
    const pugi::xml_node numpr = paragraph_with_text(doc, text).child("w:pPr").child("w:numPr");
    return std::pair{numpr.child("w:numId").attribute("w:val").as_int(), numpr.child("w:ilvl").attribute("w:val").as_int()};
  };
  CHECK(num_of("First bullet") == std::pair{1, 0});
  CHECK(num_of("Nested bullet") == std::pair{1, 1});
  const auto deep = num_of("Deep numbered one");
  CHECK(deep.second == 2);
  const auto steps = num_of("Step one");
  const auto again = num_of("Again step one");
  CHECK(steps.second == 0);
  CHECK(again.second == 0);
  CHECK(num_of("Step three").first == steps.first);
  CHECK(steps.first != again.first);  // a second list, so numbering starts again
  // The second paragraph of an item continues it: indented, no marker.
  const pugi::xml_node second = paragraph_with_text(doc, "Its second paragraph.");
  CHECK_FALSE(second.child("w:pPr").child("w:numPr"));
  CHECK(style_of(second) == "ListParagraph");

  for (int num : {deep.first, steps.first, again.first}) {
    const std::string q = "//w:num[@w:numId='" + std::to_string(num) + "']";
    const pugi::xml_node n = numbering.select_node(q.c_str()).node();
    REQUIRE(n);
    CHECK(n.select_node("w:lvlOverride/w:startOverride[@w:val='1']"));
    const std::string abs = n.child("w:abstractNumId").attribute("w:val").value();
    const pugi::xml_node lvl0 =
        numbering.select_node(("//w:abstractNum[@w:abstractNumId='" + abs + "']/w:lvl[@w:ilvl='0']/w:numFmt").c_str()).node();
    CHECK(std::string(lvl0.attribute("w:val").value()) == "decimal");
  }
  const pugi::xml_node bullets =
      numbering.select_node("//w:abstractNum[@w:abstractNumId=//w:num[@w:numId='1']/w:abstractNumId/@w:val]").node();
  CHECK(std::string(bullets.select_node("w:lvl[@w:ilvl='1']/w:numFmt").node().attribute("w:val").value()) == "bullet");
}

TEST_CASE("docx: tables mark header rows, header cells and spans", "[docx]") {
  const std::string bytes = every_element_docx(handout_template());
  const auto doc = parse_xml(unzip_entry(bytes, "word/document.xml"));
  const pugi::xml_node tbl = doc.select_node("//w:tbl").node();
  REQUIRE(tbl);
  CHECK(std::string(tbl.select_node("w:tblPr/w:tblStyle").node().attribute("w:val").value()) == "HandoutTable");
  CHECK(std::string(tbl.select_node("w:tblPr/w:tblCaption").node().attribute("w:val").value()) == "Opening times by day");
  // The caption is printed above the table: a description repeating it would be read twice.
  CHECK_FALSE(tbl.select_node("w:tblPr/w:tblDescription").node());
  CHECK(tbl.select_nodes("w:tblGrid/w:gridCol").size() == 3);

  const auto rows = tbl.select_nodes("w:tr");
  REQUIRE(rows.size() == 5);
  CHECK(rows[0].node().select_node("w:trPr/w:tblHeader"));
  for (std::size_t r = 1; r < rows.size(); ++r) CHECK_FALSE(rows[r].node().select_node("w:trPr/w:tblHeader"));
  // Every row covers the 3 grid columns.
  for (const pugi::xpath_node& row : rows) {
    int cols = 0;
    for (pugi::xml_node tc : row.node().children("w:tc")) cols += tc.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int(1);
    CHECK(cols == 3);
  }
  // Header cells (th, in the header row and as row headers) use the Table Heading style.
  CHECK(style_of(paragraph_with_text(doc, "Morning")) == "TableHeading");
  CHECK(style_of(paragraph_with_text(doc, "Monday")) == "TableHeading");
  CHECK(style_of(paragraph_with_text(doc, "9 to 12")) == "TableText");
  // colspan="2" → gridSpan 2; rowspan="2" → vMerge restart, then continue in the next row.
  const pugi::xml_node closed = paragraph_with_text(doc, "Closed all day").parent();
  CHECK(closed.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int() == 2);
  const auto wednesday = rows[3].node().select_nodes("w:tc");
  REQUIRE(wednesday.size() == 3);
  CHECK(std::string(wednesday[1].node().select_node("w:tcPr/w:vMerge").node().attribute("w:val").value()) == "restart");
  const auto thursday = rows[4].node().select_nodes("w:tc");
  REQUIRE(thursday.size() == 3);
  const pugi::xml_node cont = thursday[1].node().select_node("w:tcPr/w:vMerge").node();
  REQUIRE(cont);
  CHECK(std::string(cont.attribute("w:val").value()).empty());
  CHECK(text_of(thursday[2].node()) == "1 to 3");
  // A table without <thead>: its leading row of <th> is the header row. Two tables in a row are
  // kept apart by an empty paragraph (Word would merge them).
  const auto tables = doc.select_nodes("//w:tbl");
  REQUIRE(tables.size() == 2);
  const pugi::xml_node second_tbl = tables[1].node();
  CHECK(second_tbl.select_node("w:tr[1]/w:trPr/w:tblHeader"));
  CHECK_FALSE(second_tbl.select_node("w:tr[2]/w:trPr/w:tblHeader"));
  CHECK_FALSE(second_tbl.select_node("w:tblPr/w:tblCaption"));
  CHECK(std::string(second_tbl.previous_sibling().name()) == "w:p");
  CHECK(text_of(second_tbl.previous_sibling()).empty());
  CHECK(paragraph_with_text(doc, "Second paragraph in a cell.").parent() == paragraph_with_text(doc, "Lead").parent());
  // The caption is printed above the table.
  const pugi::xml_node caption = tbl.previous_sibling("w:p");
  CHECK(style_of(caption) == "Caption");
  CHECK(text_of(caption) == "Opening times by day");
}

TEST_CASE("docx: images carry alt text, or the decorative flag, and their own relationship", "[docx]") {
  const std::string bytes = every_element_docx(leaflet_template());
  const auto doc = parse_xml(unzip_entry(bytes, "word/document.xml"));
  const auto rels = parse_xml(unzip_entry(bytes, "word/_rels/document.xml.rels"));
  const auto pics = doc.select_nodes("//wp:inline");
  REQUIRE(pics.size() == 3);
  std::set<int> ids;
  for (const pugi::xpath_node& p : pics) ids.insert(p.node().child("wp:docPr").attribute("id").as_int());
  CHECK(ids.size() == 3);

  const pugi::xml_node chart = pics[0].node();
  CHECK(std::string(chart.child("wp:docPr").attribute("descr").value()) == "A yellow circle on a blue square");
  CHECK_FALSE(chart.select_node("wp:docPr/a:extLst"));
  // width="50%" of the A5 text column (148 - 2 × 15 mm = 118 mm = 4248000 EMU).
  CHECK(std::abs(chart.child("wp:extent").attribute("cx").as_llong() - 2124000) < 1000);
  const long long cx = chart.child("wp:extent").attribute("cx").as_llong();
  CHECK(chart.child("wp:extent").attribute("cy").as_llong() == (cx * 160 + 120) / 240);  // keeps its 3:2 ratio
  // The figure's caption follows in the Caption style.
  CHECK(style_of(paragraph_with_text(doc, "Figure 1: the circle chart")) == "Caption");

  const pugi::xml_node divider = pics[1].node();
  CHECK_FALSE(divider.child("wp:docPr").attribute("descr"));
  const pugi::xml_node flag = divider.select_node("wp:docPr/a:extLst/a:ext/adec:decorative").node();
  REQUIRE(flag);
  CHECK(std::string(flag.attribute("val").value()) == "1");
  CHECK(std::string(flag.attribute("xmlns:adec").value()) == "http://schemas.microsoft.com/office/drawing/2017/decorative");
  CHECK(std::string(flag.parent().attribute("uri").value()) == "{C183D7F6-B498-43B3-948B-1728B52AA6E4}");

  const pugi::xml_node photo = pics[2].node();
  const std::string embed = photo.select_node(".//a:blip").node().attribute("r:embed").value();
  const pugi::xml_node rel = rels.select_node(("//Relationship[@Id='" + embed + "']").c_str()).node();
  CHECK(std::string(rel.attribute("Target").value()) == "media/image3.jpeg");
  CHECK(std::string(rel.attribute("Type").value()) == "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image");
}

TEST_CASE("docx: links are w:hyperlink with external relationships", "[docx]") {
  const std::string bytes = every_element_docx(leaflet_template());
  const auto doc = parse_xml(unzip_entry(bytes, "word/document.xml"));
  const auto rels = parse_xml(unzip_entry(bytes, "word/_rels/document.xml.rels"));
  std::vector<std::string> targets;
  for (const pugi::xpath_node& h : doc.select_nodes("//w:hyperlink")) {
    const std::string id = h.node().attribute("r:id").value();
    const pugi::xml_node rel = rels.select_node(("//Relationship[@Id='" + id + "']").c_str()).node();
    REQUIRE(rel);
    CHECK(std::string(rel.attribute("TargetMode").value()) == "External");
    targets.push_back(rel.attribute("Target").value());
    CHECK(std::string(h.node().select_node(".//w:rStyle").node().attribute("w:val").value()) == "Hyperlink");
  }
  CHECK(targets == std::vector<std::string>{"https://example.org/guide", "mailto:office@example.org", "tel:+441234567890"});
  // The link inside a note belongs to the notes part's own relationships.
  const auto notes_rels = parse_xml(unzip_entry(bytes, "word/_rels/endnotes.xml.rels"));
  CHECK(notes_rels.select_node("//Relationship[@Target='https://example.org/notes'][@TargetMode='External']"));
}

TEST_CASE("docx: notes become endnotes or footnotes as the template says", "[docx]") {
  SECTION("leaflet: endnotes, introduced by a Notes heading") {
    const std::string bytes = every_element_docx(leaflet_template());
    const auto doc = parse_xml(unzip_entry(bytes, "word/document.xml"));
    const auto notes = parse_xml(unzip_entry(bytes, "word/endnotes.xml"));
    CHECK(doc.select_nodes("//w:endnoteReference").size() == 2);
    CHECK(doc.select_nodes("//w:footnoteReference").empty());
    CHECK(std::string(notes.select_node("//w:endnote[@w:id='1']").node().select_node(".//w:hyperlink") ? "link" : "") == "link");
    CHECK(text_of(notes.select_node("//w:endnote[@w:id='2']").node()) == " Shared with permission.");
    CHECK(notes.select_node("//w:endnote[@w:id='-1'][@w:type='separator']"));
    const auto body = doc.select_nodes("/w:document/w:body/w:p");
    const pugi::xml_node last = body[body.size() - 1].node();
    CHECK(style_of(last) == "Heading2");
    CHECK(text_of(last) == "Notes");
    const auto settings = parse_xml(unzip_entry(bytes, "word/settings.xml"));
    CHECK(settings.select_node("//w:endnotePr/w:numFmt[@w:val='decimal']"));
  }
  SECTION("handout: footnotes, no extra heading") {
    const std::string bytes = every_element_docx(handout_template());
    const auto doc = parse_xml(unzip_entry(bytes, "word/document.xml"));
    const auto notes = parse_xml(unzip_entry(bytes, "word/footnotes.xml"));
    CHECK(unzip_entry(bytes, "word/endnotes.xml").empty());
    CHECK(doc.select_nodes("//w:footnoteReference").size() == 2);
    CHECK(text_of(notes.select_node("//w:footnote[@w:id='1']").node()) == " The first note, with a link to more notes.");
    CHECK_FALSE(paragraph_with_text(doc, "Notes"));
  }
}

TEST_CASE("docx: span lang becomes w:lang on its runs, colours are kept", "[docx]") {
  const std::string bytes = every_element_docx(leaflet_template());
  const auto doc = parse_xml(unzip_entry(bytes, "word/document.xml"));
  const pugi::xml_node bonjour = doc.select_node("//w:r[w:t='bonjour']").node();
  REQUIRE(bonjour);
  CHECK(std::string(bonjour.select_node("w:rPr/w:lang").node().attribute("w:val").value()) == "fr-FR");
  const pugi::xml_node green = doc.select_node("//w:r[w:t='green']").node();
  CHECK(std::string(green.select_node("w:rPr/w:color").node().attribute("w:val").value()) == "1B5E20");
  // Its white background is the page's own, so the resolve stage does not paint it (as PDF and HTML).
  CHECK_FALSE(green.select_node("w:rPr/w:shd"));
  // The callout's background replaces the template's on each of its paragraphs.
  const pugi::xml_node callout = paragraph_with_text(doc, "to the meeting");
  CHECK(style_of(callout) == "Callout");
  CHECK(std::string(callout.select_node("w:pPr/w:shd").node().attribute("w:fill").value()) == "E3F2FD");
  const pugi::xml_node title = paragraph_with_text(doc, "Remember");
  CHECK(style_of(title) == "CalloutTitle");
  // The title is a heading one level below the h5 above it, as in the PDF and the HTML: outline
  // level 5 is level 6 in Word's navigation pane.
  CHECK(std::string(title.select_node("w:pPr/w:outlineLvl").node().attribute("w:val").value()) == "5");
  CHECK(style_of(paragraph_with_text(doc, "A quotation from a parent")) == "Quote");
}

TEST_CASE("docx: abbreviations are expanded at first use only when the template says so", "[docx]") {
  const std::string expanded = every_element_docx(leaflet_template());
  const auto doc = parse_xml(unzip_entry(expanded, "word/document.xml"));
  CHECK(text_of(paragraph_with_text(doc, "can help")) ==
        "The special educational needs coordinator (SENCO) can help. Ask the SENCO again later.");
  CHECK(text_of(paragraph_with_text(doc, "Bring your")) == "Bring your personal education plan (PEP) to the meeting.");

  const auto plain = parse_xml(unzip_entry(every_element_docx(handout_template()), "word/document.xml"));
  CHECK(text_of(paragraph_with_text(plain, "can help")) == "The SENCO can help. Ask the SENCO again later.");
}

TEST_CASE("docx: page size and margins come from the template", "[docx]") {
  const auto a5 = parse_xml(unzip_entry(every_element_docx(leaflet_template()), "word/document.xml"));
  const pugi::xml_node sz5 = a5.select_node("/w:document/w:body/w:sectPr/w:pgSz").node();
  CHECK(sz5.attribute("w:w").as_int() == 8391);
  CHECK(sz5.attribute("w:h").as_int() == 11906);
  CHECK(a5.select_node("/w:document/w:body/w:sectPr/w:pgMar").node().attribute("w:left").as_int() == 850);  // 15 mm

  const auto a4 = parse_xml(unzip_entry(every_element_docx(handout_template()), "word/document.xml"));
  const pugi::xml_node sz4 = a4.select_node("/w:document/w:body/w:sectPr/w:pgSz").node();
  CHECK(sz4.attribute("w:w").as_int() == 11906);
  CHECK(sz4.attribute("w:h").as_int() == 16838);
}

TEST_CASE("docx: header and footer carry the title and PAGE / NUMPAGES fields", "[docx]") {
  const std::string bytes = every_element_docx(handout_template());
  const auto doc = parse_xml(unzip_entry(bytes, "word/document.xml"));
  const auto rels = parse_xml(unzip_entry(bytes, "word/_rels/document.xml.rels"));
  for (const char* kind : {"header", "footer"}) {
    const std::string ref = std::string("//w:sectPr/w:") + kind + "Reference[@w:type='default']";
    const std::string id = doc.select_node(ref.c_str()).node().attribute("r:id").value();
    const std::string target =
        rels.select_node(("//Relationship[@Id='" + id + "']").c_str()).node().attribute("Target").value();
    CHECK(target == std::string(kind) + "1.xml");
  }
  const auto header = parse_xml(unzip_entry(bytes, "word/header1.xml"));
  CHECK(text_of(header.select_node("//w:p").node()) == "Every element of a handout");
  const auto footer = parse_xml(unzip_entry(bytes, "word/footer1.xml"));
  std::vector<std::string> instructions;
  for (const pugi::xpath_node& i : footer.select_nodes("//w:instrText")) instructions.push_back(i.node().text().get());
  CHECK(instructions == std::vector<std::string>{" PAGE ", " NUMPAGES "});
  CHECK(footer.select_nodes("//w:fldChar[@w:fldCharType='begin']").size() == 2);
  CHECK(footer.select_nodes("//w:fldChar[@w:fldCharType='end']").size() == 2);
}

TEST_CASE("docx: core properties carry the metadata", "[docx]") {
  const std::string bytes = every_element_docx(leaflet_template(), 1700000000);
  const auto core = parse_xml(unzip_entry(bytes, "docProps/core.xml"));
  const pugi::xml_node root = core.child("cp:coreProperties");
  CHECK(std::string(root.child_value("dc:title")) == "Every element of a handout");
  CHECK(std::string(root.child_value("dc:subject")) == "A fixture for the DOCX writer");
  CHECK(std::string(root.child_value("dc:creator")) == "Ann Example; Ben Example");
  CHECK(std::string(root.child_value("cp:keywords")) == "fixture, docx, accessibility");
  CHECK(std::string(root.child_value("dc:description")) == "Covers each block and inline element once or more.");
  CHECK(std::string(root.child_value("dc:language")) == "en-GB");
  CHECK(std::string(root.child_value("dcterms:created")) == "2023-11-14T22:13:20Z");
  // Without a timestamp no date is claimed.
  const auto undated = parse_xml(unzip_entry(every_element_docx(leaflet_template(), 0), "docProps/core.xml"));
  CHECK_FALSE(undated.child("cp:coreProperties").child("dcterms:created"));
}

TEST_CASE("docx: link targets are written as URIs, one relationship per target", "[docx]") {
  const model::Document doc = test::parse_for_test(
      "<handout lang=\"en-GB\"><meta><title>T</title></meta><body><h1>Links</h1>"
      "<p><a href=\"https://example.org/caf\xC3\xA9 menu?a=1&amp;b=2\">Menu</a> and "
      "<a href=\"https://example.org/caf\xC3\xA9 menu?a=1&amp;b=2\">the menu again</a>.</p></body></handout>");
  const std::string bytes = docx::write_docx(handout::resolve::resolve_document(doc, test::default_template()), docx::DocxOptions{});
  const auto rels = parse_xml(unzip_entry(bytes, "word/_rels/document.xml.rels"));
  const auto links = rels.select_nodes("//Relationship[@TargetMode='External']");
  REQUIRE(links.size() == 1);
  CHECK(std::string(links[0].node().attribute("Target").value()) == "https://example.org/caf%C3%A9%20menu?a=1&b=2");
  const auto body = parse_xml(unzip_entry(bytes, "word/document.xml"));
  CHECK(body.select_nodes("//w:hyperlink").size() == 2);
}
