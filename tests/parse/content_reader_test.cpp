// Content format v1 reader: the model it builds, the locations it records, and every input error
// of docs/spec/lint-rules.md ("Input errors") with its code and line.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/error.hpp"
#include "model/query.hpp"
#include "parse/content_reader.hpp"
#include "support/test_support.hpp"

using namespace handout;
using handout::test::parse_for_test;

namespace {

// The code, line and column of the InputError that parsing `xml` throws.
Diagnostic parse_error(std::string_view xml, parse::ContentOptions options = {}) {
  options.check_images = false;
  try {
    parse::parse_content(xml, "bad.xml", options);
  } catch (const InputError& e) {
    return e.diagnostic();
  }
  FAIL("no InputError for: " << xml.substr(0, 200));
  return {};
}

constexpr std::string_view kHead = R"(<handout lang="en-GB"><meta><title>T</title></meta><body>)";

std::string doc_with(std::string_view body) { return std::string(kHead) + std::string(body) + "</body></handout>"; }

// An input error's code, position, message and hint, word for word.
void check_input_error(const Diagnostic& d, std::string_view code, SourceLoc loc, std::string_view message,
                       std::string_view hint) {
  CHECK(d.code == code);
  CHECK(d.loc == loc);
  CHECK(d.message == message);
  CHECK(d.hint == hint);
}

}  // namespace

TEST_CASE("parse: a small document becomes blocks with locations", "[parse]") {
  auto doc = parse_for_test(R"(<handout lang="en-GB" template="parent-leaflet">
  <meta>
    <title> Attachment   difficulties </title>
    <author>A. Author</author><author>B. Author</author>
    <audience>parents</audience>
    <date>2024-09-01</date>
  </meta>
  <body>
    <h1>Heading</h1>
    <p>Some <em>emphasised</em> text
       over two lines.</p>
    <ul><li>One</li><li>Two <ul><li>Nested</li></ul></li></ul>
  </body>
</handout>)");
  CHECK(doc.lang == "en-GB");
  CHECK(doc.template_name == "parent-leaflet");
  CHECK(doc.meta.title.text == "Attachment difficulties");
  CHECK(doc.meta.title.loc == SourceLoc{3, 5});
  CHECK(doc.meta.authors.size() == 2);
  CHECK(doc.meta.audience->text == "parents");
  REQUIRE(doc.body.size() == 3);
  CHECK(doc.body[0].kind == model::BlockKind::Heading);
  CHECK(doc.body[0].level == 1);
  CHECK(doc.body[0].loc == SourceLoc{9, 5});
  CHECK(model::plain_text(doc.body[1].inlines) == "Some emphasised text over two lines.");
  CHECK(doc.body[1].inlines[1].kind == model::InlineKind::Emphasis);
  CHECK(doc.body[1].inlines[1].loc == SourceLoc{10, 13});
  const model::Block& list = doc.body[2];
  REQUIRE(list.children.size() == 2);
  const model::Block& second = list.children[1];
  REQUIRE(second.children.size() == 2);
  CHECK(second.children[0].kind == model::BlockKind::Plain);
  CHECK(model::plain_text(second.children[0].inlines) == "Two");
  CHECK(second.children[1].kind == model::BlockKind::List);
}

TEST_CASE("parse: whitespace collapses across inline boundaries as in HTML", "[parse]") {
  auto doc = parse_for_test(doc_with("<p>  a <em> b </em> c<br/>  d  </p><p>x\u00a0\u00a0y</p>"));
  CHECK(model::plain_text(doc.body[0].inlines) == "a b c\nd");
  CHECK(model::plain_text(doc.body[1].inlines) == "x\u00a0\u00a0y");  // no-break spaces are kept
}

TEST_CASE("parse: columns count characters, not bytes", "[parse]") {
  auto doc = parse_for_test(doc_with("\n<p>ąż <em>x</em></p>"));
  CHECK(doc.body[0].inlines[1].loc == SourceLoc{2, 7});
}

TEST_CASE("parse: notes are numbered in document order and keep their markup", "[parse]") {
  auto doc = parse_for_test(doc_with(R"(<p>One<note>First <a href="https://doi.org/10.1/x">doi</a></note>.</p><p>Two<note>Second</note></p>)"));
  CHECK(doc.note_count == 2);
  const model::Inline& first = doc.body[0].inlines[1];
  CHECK(first.kind == model::InlineKind::Note);
  CHECK(first.note_number == 1);
  CHECK(model::plain_text_with_notes(first.children) == "First doi");
  CHECK(doc.body[1].inlines[1].note_number == 2);
}

TEST_CASE("parse: tables keep row groups, header cells, scope and spans", "[parse]") {
  auto doc = parse_for_test(doc_with(R"(<table><caption>Cap</caption><thead><tr><th scope="col">A</th><th scope="bogus">B</th></tr></thead>
<tbody><tr><td colspan="2">x</td></tr></tbody><tr><td rowspan="3"><p>block</p></td></tr></table>)"));
  const model::Table& t = *doc.body[0].table;
  CHECK(model::plain_text(*t.caption) == "Cap");
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0].group == model::RowGroup::Head);
  CHECK(t.rows[0].cells[0].header);
  CHECK(t.rows[0].cells[0].scope == model::CellScope::Col);
  CHECK(t.rows[0].cells[1].scope == model::CellScope::Invalid);
  CHECK(t.rows[0].cells[1].scope_text == "bogus");
  CHECK(t.rows[1].cells[0].colspan == 2);
  CHECK(t.rows[2].group == model::RowGroup::None);
  CHECK(t.rows[2].cells[0].rowspan == 3);
  CHECK(t.rows[2].cells[0].content[0].kind == model::BlockKind::Paragraph);
}

TEST_CASE("parse: figures, callouts, spans and images keep their attributes", "[parse]") {
  auto doc = parse_for_test(doc_with(R"(<figure><img src="a.png" alt="A cat" width="60%"/><caption>Cap</caption></figure>
<callout title="Remember" color="#1a1a1a" background="#fdf2d0"><p>Hi <span lang="cy" color="#000000">Shwmae</span></p></callout>
<img src="b.png" decorative="true"/>)"));
  const model::Block& fig = doc.body[0];
  CHECK(fig.image->alt == "A cat");
  CHECK(fig.image->width_percent == 60.0);
  CHECK(fig.caption_loc.line == 1);
  const model::Block& callout = doc.body[1];
  CHECK(callout.title == "Remember");
  CHECK(callout.background == Colour{0xfd, 0xf2, 0xd0});
  const model::Inline& span = callout.children[0].inlines[1];
  CHECK(span.lang == "cy");
  CHECK(span.color == kBlack);
  CHECK(doc.body[2].image->decorative);
  CHECK_FALSE(doc.body[2].image->alt.has_value());
}

TEST_CASE("parse: lenient list shapes reach the model for the list-structure rule", "[parse]") {
  auto doc = parse_for_test(doc_with("<ul><p>not an item</p></ul><li>stray</li><ol></ol>"));
  CHECK(doc.body[0].children[0].kind == model::BlockKind::Paragraph);
  CHECK(doc.body[1].kind == model::BlockKind::ListItem);
  CHECK(doc.body[2].children.empty());
}

TEST_CASE("parse: handout-ignore covers the next element and everything inside it", "[parse]") {
  auto doc = parse_for_test(doc_with(R"(
<?handout-ignore run-in-list reason="a quotation from the source"?>
<quote>
  <p>a; b; c</p>
</quote>
<p>after</p>)"));
  REQUIRE(doc.suppressions.size() == 1);
  const model::Suppression& s = doc.suppressions[0];
  CHECK(s.rule == "run-in-list");
  CHECK(s.reason == "a quotation from the source");
  CHECK(s.at == SourceLoc{2, 1});
  CHECK(s.first == SourceLoc{3, 1});
  CHECK(s.last == SourceLoc{4, 3});
}

TEST_CASE("parse: input errors carry their code and position", "[parse][input-errors]") {
  struct Case {
    std::string xml;
    std::string code;
    std::uint32_t line;
  };
  const std::vector<Case> cases = {
      {"<handout lang='en'><meta><title>T</title></meta><body><p>x</body></handout>", "xml-not-well-formed", 1},
      {"<?xml version='1.0'?>\n<!DOCTYPE handout [<!ENTITY a 'b'>]>\n<handout/>", "xml-dtd-forbidden", 2},
      {"<handout><meta><title>T</title></meta><body/></handout>", "schema-missing-required", 1},
      {"<handout lang='en'><body/></handout>", "schema-missing-required", 1},
      {"<handout lang='en'><meta></meta><body/></handout>", "schema-missing-required", 1},
      {doc_with("\n<blink>x</blink>"), "schema-unknown-element", 2},
      {doc_with("\n<p style='x'>x</p>"), "schema-unknown-attribute", 2},
      {doc_with("loose text"), "schema-misplaced-text", 1},
      {doc_with("\n\n<p><span color='#ggg'>x</span></p>"), "attr-bad-colour", 3},
      {doc_with("<callout background='red'><p>x</p></callout>"), "attr-bad-colour", 1},
      {doc_with("<figure><caption>no image</caption></figure>"), "schema-missing-required", 1},
      {doc_with("<img alt='x'/>"), "schema-missing-required", 1},
      {doc_with("<em>inline at block level</em>"), "schema-misplaced-element", 1},
      {doc_with("<p><p>nested</p></p>"), "schema-misplaced-element", 1},
      {doc_with("<p>a<note>b<note>c</note></note></p>"), "schema-misplaced-element", 1},
      {doc_with("<img src='a.png' alt='x' width='150%'/>"), "schema-invalid-value", 1},
      {doc_with("<table><tr><td colspan='0'>x</td></tr></table>"), "schema-invalid-value", 1},
      {doc_with("<?handout-ignore run-in-list?><p>x</p>"), "schema-missing-required", 1},
      {"<handout lang='en'><meta><title>T</title><date>1 May</date></meta><body/></handout>", "schema-invalid-value", 1},
  };
  for (const Case& c : cases) {
    INFO(c.xml);
    const Diagnostic d = parse_error(c.xml);
    CHECK(d.code == c.code);
    CHECK(d.loc.line == c.line);
    CHECK(d.file == "bad.xml");
    CHECK_FALSE(d.message.empty());
  }
}

TEST_CASE("parse: encoding and size problems are reported before parsing", "[parse][input-errors]") {
  CHECK(parse_error("").code == "xml-encoding");
  const Diagnostic utf8 = parse_error("<handout lang='en'>\n<meta>\xff</meta></handout>");
  CHECK(utf8.code == "xml-encoding");
  CHECK(utf8.loc.line == 2);
  CHECK(utf8.message == "invalid UTF-8 at byte offset 26");
  CHECK(parse_error(std::string("<handout lang='en'>\0</handout>", 30)).code == "xml-encoding");
  parse::ContentOptions small;
  small.limits.max_file_bytes = 10;
  CHECK(parse_error(doc_with("<p>x</p>"), small).code == "limit-exceeded");
}

TEST_CASE("parse: hostile input is refused quickly and without expansion", "[parse][input-errors]") {
  SECTION("billion laughs") {
    std::string xml = "<?xml version='1.0'?>\n<!DOCTYPE lolz [\n<!ENTITY lol 'lol'>\n";
    for (int i = 1; i < 10; ++i)
      xml += "<!ENTITY lol" + std::to_string(i) + " '&lol" + std::to_string(i - 1) + ";&lol" + std::to_string(i - 1) + ";'>\n";
    xml += "]>\n<handout lang='en'>&lol9;</handout>";
    CHECK(parse_error(xml).code == "xml-dtd-forbidden");
  }
  SECTION("100,000 nested elements") {
    std::string xml = std::string(kHead);
    for (int i = 0; i < 100000; ++i) xml += "<section>";
    for (int i = 0; i < 100000; ++i) xml += "</section>";
    xml += "</body></handout>";
    const Diagnostic d = parse_error(xml);
    CHECK(d.code == "limit-exceeded");
    CHECK(d.message == "elements are nested more than 100 deep");
  }
  SECTION("a 10 MB attribute") {
    const std::string xml = doc_with("<p><a href='" + std::string(10u << 20, 'a') + "'>x</a></p>");
    CHECK(parse_error(xml).code == "limit-exceeded");
  }
  SECTION("a 2 MB text node") {
    CHECK(parse_error(doc_with("<p>" + std::string(2u << 20, 'a') + "</p>")).code == "limit-exceeded");
  }
}

TEST_CASE("parse: image files are checked for existence, confinement and format", "[parse][input-errors]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "handout-parse-images";
  fs::remove_all(dir);
  fs::create_directories(dir / "content");
  std::ofstream(dir / "content" / "fake.png") << "not a png";
  std::ofstream(dir / "secret.png") << "outside";
  const std::string png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10\0\0\0\x08\x08\x02\0\0\0\0\0\0\0", 33);
  const std::string iend("\0\0\0\0IEND\xae\x42\x60\x82", 12);
  std::ofstream(dir / "content" / "ok.png", std::ios::binary) << png << iend;
  std::ofstream(dir / "content" / "truncated.png", std::ios::binary) << png;  // no IEND: cut short
  // A JPEG whose frame header is fine but whose data stops before the EOI marker.
  const std::string jpeg("\xff\xd8\xff\xc0\x00\x11\x08\x00\x10\x00\x10\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 21);
  std::ofstream(dir / "content" / "truncated.jpg", std::ios::binary) << jpeg << std::string(200, '\x55');
  std::ofstream(dir / "content" / "ok.jpg", std::ios::binary) << jpeg << std::string(200, '\x55') << "\xff\xd9";
  // A PNG that declares 100,000 x 100,000 pixels (a decompression bomb).
  std::string huge = png;
  huge[16] = '\x00', huge[17] = '\x01', huge[18] = '\x86', huge[19] = '\xa0';
  huge[20] = '\x00', huge[21] = '\x01', huge[22] = '\x86', huge[23] = '\xa0';
  std::ofstream(dir / "content" / "huge.png", std::ios::binary) << huge << iend;
  fs::create_symlink(dir / "secret.png", dir / "content" / "link.png");

  auto error_for = [&](const std::string& src) -> std::string {
    try {
      parse::parse_content(doc_with("<img src='" + src + "' alt='x'/>"), (dir / "content" / "doc.xml").string());
    } catch (const InputError& e) {
      return e.diagnostic().code;
    }
    return "ok";
  };
  CHECK(error_for("ok.png") == "ok");
  CHECK(error_for("missing.png") == "image-not-found");
  CHECK(error_for("fake.png") == "image-not-an-image");
  CHECK(error_for("truncated.png") == "image-not-an-image");
  CHECK(error_for("truncated.jpg") == "image-not-an-image");
  CHECK(error_for("ok.jpg") == "ok");
  CHECK(error_for("huge.png") == "limit-exceeded");
  CHECK(error_for("../secret.png") == "image-outside-content-dir");
  CHECK(error_for("link.png") == "image-outside-content-dir");
  CHECK(error_for((dir / "secret.png").string()) == "image-outside-content-dir");
  CHECK(error_for("http://example.com/a.png") == "image-outside-content-dir");
  CHECK(error_for("file:ok.png") == "image-outside-content-dir");

  auto doc = parse::parse_content(doc_with("<img src='ok.png' alt='x'/>"), (dir / "content" / "doc.xml").string());
  CHECK(doc.body[0].image->pixel_width == 16);
  CHECK(doc.body[0].image->pixel_height == 8);
  CHECK(doc.body[0].image->format == model::ImageFormat::Png);
  fs::remove_all(dir);
}

TEST_CASE("parse: an HTML entity is refused with the character to write instead", "[parse][input-errors]") {
  check_input_error(parse_error(doc_with("\n<p>It costs &pound;5.</p>")), "xml-undefined-entity", SourceLoc{2, 13},
                    "&pound; is an HTML entity that XML does not define", "write £ itself, or &#163;");

  // Invisible characters are offered as references only.
  check_input_error(parse_error(doc_with("\n<p>10&nbsp;km</p>")), "xml-undefined-entity", SourceLoc{2, 6},
                    "&nbsp; is an HTML entity that XML does not define", "write &#160; (a no-break space)");

  // In attribute values too, and beyond Latin-1.
  CHECK(parse_error(doc_with("<p><abbr title='caf&eacute;'>x</abbr></p>")).hint == "write é itself, or &#233;");
  CHECK(parse_error(doc_with("<p>wait&hellip;</p>")).hint == "write … itself, or &#8230;");
  CHECK(parse_error(doc_with("<p>a &mdash; b</p>")).hint == "write — itself, or &#8212;");
  CHECK(parse_error(doc_with("<p>&ldquo;q&rdquo;</p>")).hint == "write “ itself, or &#8220;");
  CHECK(parse_error(doc_with("<p>&euro;5</p>")).hint == "write € itself, or &#8364;");
  CHECK(parse_error(doc_with("<p>&copy; 2024</p>")).hint == "write © itself, or &#169;");
  CHECK(parse_error(doc_with("<p>&yuml;</p>")).hint == "write ÿ itself, or &#255;");
  CHECK(parse_error(doc_with("<p>2&times;3</p>")).hint == "write × itself, or &#215;");
}

TEST_CASE("parse: an entity name nobody defines, and a bare ampersand, are clear errors", "[parse][input-errors]") {
  check_input_error(parse_error(doc_with("\n<p>&madeup;</p>")), "xml-undefined-entity", SourceLoc{2, 4},
                    "&madeup; is not an entity XML defines",
                    "XML defines only &amp; &lt; &gt; &quot; &apos;; write the character itself, or a numeric "
                    "reference such as &#163;");
  check_input_error(parse_error(doc_with("\n<p>Tom & Jerry</p>")), "xml-not-well-formed", SourceLoc{2, 8},
                    "a bare & is not allowed in XML", "write &amp; for an ampersand");
}

TEST_CASE("parse: XML's own entities and numeric references stay valid, comments and CDATA are not looked into",
          "[parse]") {
  auto doc = parse_for_test(doc_with("<p>&amp; &lt; &gt; &quot; &apos; &#163; &#x2014;</p>"
                                     "<!-- &pound; & --><p><![CDATA[&pound; & x]]></p>"));
  CHECK(model::plain_text(doc.body[0].inlines) == "& < > \" ' £ —");
  CHECK(model::plain_text(doc.body[1].inlines) == "&pound; & x");
}

TEST_CASE("parse: an unknown element suggests the element meant", "[parse][input-errors]") {
  const std::string vocabulary =
      "h1-h6, p, ul, ol, li, figure, img, table, callout, quote, section, pagebreak, reply-slip (1.1); inline em, strong, code, a, "
      "abbr, span, br, note";
  check_input_error(parse_error(doc_with("\n<p>Some <b>bold</b></p>")), "schema-unknown-element", SourceLoc{2, 9},
                    "<b> is not an element of the content format",
                    "did you mean <strong>? The content format has " + vocabulary);

  auto hint_for = [](std::string_view xml) { return parse_error(doc_with(xml)).hint; };
  CHECK(hint_for("<p><i>x</i></p>").starts_with("did you mean <em>?"));
  CHECK(hint_for("<p><bold>x</bold></p>").starts_with("did you mean <strong>?"));
  CHECK(hint_for("<p><italic>x</italic></p>").starts_with("did you mean <em>?"));
  CHECK(hint_for("<blockquote><p>x</p></blockquote>").starts_with("did you mean <quote>?"));
  CHECK(hint_for("<calout><p>x</p></calout>").starts_with("did you mean <callout>?"));
  CHECK(hint_for("<ull><li>x</li></ull>").starts_with("did you mean <ul>?"));
  CHECK(hint_for("<lo><li>x</li></lo>").starts_with("did you mean <ol>?"));
  CHECK(hint_for("<secton><p>x</p></secton>").starts_with("did you mean <section>?"));
  CHECK(hint_for("<p><strnog>x</strnog></p>").starts_with("did you mean <strong>?"));
  // Nothing close: the vocabulary alone. A table part out of place is not called a typo of itself.
  CHECK(hint_for("<marquee>x</marquee>") == "see the content format: " + vocabulary);
  CHECK(hint_for("<tr><td>x</td></tr>") == "see the content format: " + vocabulary);
}

TEST_CASE("parse: an unclosed element is reported where it was opened", "[parse][input-errors]") {
  // The parent's end tag comes first.
  check_input_error(parse_error(doc_with("\n  <section>\n<p>x</p>\n")), "xml-not-well-formed", SourceLoc{2, 3},
                    "element <section> opened at 2:3 is never closed (</body> at 4:1 closes an element around it)",
                    "add </section> before </body>");
  // The file ends first.
  check_input_error(parse_error("<handout lang='en'><meta><title>T</title></meta><body>\n<p>Some <strong>text"),
                    "xml-not-well-formed", SourceLoc{2, 9}, "element <strong> opened at 2:9 is never closed",
                    "add </strong> where it ends");
  // Tags in comments, CDATA and attribute values are not tags.
  check_input_error(
      parse_error(doc_with("\n<quote><!-- <em> --><p><abbr title='a > b'>x</abbr><![CDATA[<i>]]></p>\n")),
      "xml-not-well-formed", SourceLoc{2, 1},
      "element <quote> opened at 2:1 is never closed (</body> at 3:1 closes an element around it)",
      "add </quote> before </body>");
  // A misspelt end tag is reported where it stands.
  check_input_error(parse_error(doc_with("\n<p>x <em>y</me></p>")), "xml-not-well-formed", SourceLoc{2, 11},
                    "end tag </me> does not match <em> opened at 2:6", "write </em>, or correct the start tag");
  // One that is no misspelling closes nothing.
  check_input_error(parse_error(doc_with("\n<p>x</section></p>")), "xml-not-well-formed", SourceLoc{2, 5},
                    "end tag </section> closes no open element; the innermost is <p> opened at 2:1",
                    "remove </section>, or add <section> where it begins");
}

TEST_CASE("parse: the schema location attributes editors use are accepted on <handout>", "[parse]") {
  auto doc = parse_for_test(
      R"(<handout lang="en-GB" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" )"
      R"(xsi:noNamespaceSchemaLocation="../schema/handout-content.xsd"><meta><title>T</title></meta><body/></handout>)");
  CHECK(doc.lang == "en-GB");
  // "1" is not a content format version ("1.0" and "1.1" are).
  CHECK(parse_error(R"(<handout lang="en" version="1"><meta><title>T</title></meta><body/></handout>)").code ==
        "schema-invalid-value");
}
