// The HTML writer, read back: each page is parsed as XML (the writer uses HTML5's XML-compatible
// spelling) and checked for the structure the conventions in docs/html-output.md promise.
#include <catch2/catch.hpp>

#include <filesystem>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "html/html_writer.hpp"
#include "parse/content_reader.hpp"
#include "parse/template_reader.hpp"
#include "resolve/resolved_document.hpp"
#include "support/process.hpp"
#include "support/test_support.hpp"

using namespace handout;

namespace {

struct Page {
  model::Document doc;
  html::HtmlOutput output;
  pugi::xml_document xml;
};

// Parses `body` in the usual test frame, writes it with `tmpl` and parses the page back.
std::unique_ptr<Page> page_of(const model::Document& source, const style::Template& tmpl) {
  auto page = std::make_unique<Page>();
  page->doc = source;
  const resolve::ResolvedDocument resolved = resolve::resolve_document(page->doc, tmpl);
  page->output = html::write_html(resolved, html::HtmlOptions{"doc_files"});
  const pugi::xml_parse_result parsed = page->xml.load_string(page->output.html.c_str());
  INFO(page->output.html);
  REQUIRE(parsed);
  return page;
}

std::unique_ptr<Page> page_with(const std::string& body, const style::Template& tmpl = test::default_template()) {
  return page_of(test::doc_with(body), tmpl);
}

pugi::xml_node one(const pugi::xml_node& root, const char* xpath) {
  const pugi::xpath_node_set nodes = root.select_nodes(xpath);
  INFO(xpath);
  REQUIRE(nodes.size() == 1);
  return nodes.first().node();
}

std::size_t count(const pugi::xml_node& root, const char* xpath) { return root.select_nodes(xpath).size(); }

std::string text_of(const pugi::xml_node& node) { return node.text().get() ? std::string(node.child_value()) : ""; }

// All the text under a node, as a reader hears it.
std::string all_text(const pugi::xml_node& node) {
  std::string out;
  for (const pugi::xpath_node& t : node.select_nodes(".//text()")) out += t.node().value();
  return out;
}

}  // namespace

TEST_CASE("html: the page has its language, metadata, one stylesheet, a skip link and landmarks", "[html]") {
  const model::Document doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>Sleep &amp; you</title>
<author>Ann Lee</author><author>Bo Chan</author><description>About "sleep".</description>
<keywords>sleep, rest</keywords></meta><body><h1>Sleep</h1><p>Rest.</p></body></handout>)");
  style::Template tmpl = test::default_template();
  tmpl.header.left = "{title}";
  tmpl.footer.centre = "Page {page} of {pages}";
  const auto page = page_of(doc, tmpl);
  CHECK(page->output.html.rfind("<!DOCTYPE html>\n", 0) == 0);
  const pugi::xml_node html = one(page->xml, "/html");
  CHECK(std::string(html.attribute("lang").value()) == "en-GB");
  CHECK(std::string(html.attribute("dir").value()) == "ltr");
  CHECK(std::string(one(html, "head/meta[@charset]").attribute("charset").value()) == "utf-8");
  CHECK(std::string(one(html, "head/meta[@name='viewport']").attribute("content").value()) ==
        "width=device-width, initial-scale=1");
  CHECK(text_of(one(html, "head/title")) == "Sleep & you");
  CHECK(std::string(one(html, "head/meta[@name='author']").attribute("content").value()) == "Ann Lee, Bo Chan");
  CHECK(std::string(one(html, "head/meta[@name='description']").attribute("content").value()) == "About \"sleep\".");
  CHECK(std::string(one(html, "head/meta[@name='keywords']").attribute("content").value()) == "sleep, rest");
  CHECK(count(html, "head/style") == 1);

  // The skip link is the body's first element and leads to <main>.
  const pugi::xml_node skip = html.child("body").first_child();
  CHECK(std::string(skip.name()) == "a");
  CHECK(std::string(skip.attribute("class").value()) == "skip-link");
  CHECK(std::string(skip.attribute("href").value()) == "#main");
  CHECK(count(html, "body/main[@id='main']") == 1);
  // Running header as text; a footer that only counts pages has nothing to say without pages.
  CHECK(all_text(one(html, "body/header")) == "Sleep & you");
  CHECK(count(html, "body/footer") == 0);
  CHECK(count(html, "body/main/h1") == 1);
}

TEST_CASE("html: headings keep their levels and text", "[html]") {
  const auto page = page_with("<h1>Top</h1><h2>Second</h2><p>x</p><h3>Third <em>level</em></h3><p>y</p>");
  const pugi::xml_node main = one(page->xml, "//main");
  CHECK(text_of(one(main, "h1")) == "Top");
  CHECK(text_of(one(main, "h2")) == "Second");
  CHECK(all_text(one(main, "h3")) == "Third level");
  CHECK(count(main, "h3/em") == 1);
}

TEST_CASE("html: table head rows and header scopes come from the resolve stage", "[html]") {
  SECTION("leading rows of th only form the thead") {
    const auto page = page_with(R"(<h1>T</h1><table><caption>Times</caption>
<tr><th>Day</th><th>Open</th></tr><tr><th>Monday</th><td>9</td></tr><tr><th>Tuesday</th><td>10</td></tr></table>)");
    const pugi::xml_node table = one(page->xml, "//table");
    CHECK(text_of(one(table, "caption")) == "Times");
    CHECK(count(table, "thead/tr") == 1);
    CHECK(count(table, "tbody/tr") == 2);
    CHECK(count(table, "thead/tr/th[@scope='col']") == 2);
    CHECK(count(table, "tbody/tr/th[@scope='row']") == 2);
    CHECK(count(table, "tbody/tr/td") == 2);
  }
  SECTION("an explicit thead with two rows, a colspan, and a rowspan kept inside its group") {
    const auto page = page_with(R"(<h1>T</h1><table><thead><tr><th colspan="2">Both</th></tr>
<tr><th>A</th><th>B</th></tr></thead><tbody><tr><td rowspan="2">1</td><td>2</td></tr><tr><td>3</td></tr></tbody></table>)");
    const pugi::xml_node table = one(page->xml, "//table");
    CHECK(count(table, "thead/tr") == 2);
    CHECK(std::string(one(table, "thead/tr[1]/th").attribute("colspan").value()) == "2");
    CHECK(std::string(one(table, "tbody/tr[1]/td[@rowspan]").attribute("rowspan").value()) == "2");
  }
  SECTION("a rowspan in a leading th-only row stops at the end of the thead") {
    const auto page = page_with(R"(<h1>T</h1><table><tr><th rowspan="3">Side</th><th>Top</th></tr>
<tr><td>1</td></tr><tr><td>2</td></tr></table>)");
    const pugi::xml_node table = one(page->xml, "//table");
    CHECK(count(table, "thead/tr") == 1);
    CHECK(one(table, "thead/tr/th[1]").attribute("rowspan").empty());
  }
}

TEST_CASE("html: an abbreviation's expansion is printed once, at first use, and given to AT everywhere", "[html]") {
  style::Template tmpl = test::default_template();
  tmpl.expand_abbreviations = true;
  const auto page = page_with(R"(<h1>T</h1><p>Ask <abbr>GP</abbr> staff.</p>
<p>Your <abbr title="general practitioner">GP</abbr> can help, or another <abbr>GP</abbr>.</p>)", tmpl);
  const pugi::xml_node main = one(page->xml, "//main");
  CHECK(all_text(one(main, "p[1]")) == "Ask general practitioner (GP) staff.");
  CHECK(all_text(one(main, "p[2]")) == "Your GP can help, or another GP.");
  CHECK(count(main, "p/abbr[@title='general practitioner']") == 3);
  // Where the template does not print expansions, the text stays as written.
  const auto plain = page_with(R"(<h1>T</h1><p><abbr title="general practitioner">GP</abbr></p>)");
  CHECK(all_text(one(plain->xml, "//main/p")) == "GP");
}

TEST_CASE("html: notes link to their text and back, with DPUB roles and the resolved ids", "[html]") {
  for (const style::NotePlacement placement : {style::NotePlacement::Endnotes, style::NotePlacement::Footnotes}) {
    style::Template tmpl = test::default_template();
    tmpl.notes = placement;
    tmpl.notes_heading = "Sources";
    const auto page = page_with(R"(<h1>T</h1><p>One<note>First note.</note> and two<note>Second <em>note</em>.</note></p>)", tmpl);
    const pugi::xml_node main = one(page->xml, "//main");
    for (int n = 1; n <= 2; ++n) {
      const std::string num = std::to_string(n);
      const pugi::xml_node ref = one(main, ("p/sup/a[@id='note-ref-" + num + "']").c_str());
      CHECK(std::string(ref.attribute("href").value()) == "#note-" + num);
      CHECK(std::string(ref.attribute("role").value()) == "doc-noteref");
      CHECK(text_of(ref) == num);
      const pugi::xml_node item = one(main, ("section/ol/li[@id='note-" + num + "']").c_str());
      const pugi::xml_node back = one(item, "a[@role='doc-backlink']");
      CHECK(std::string(back.attribute("href").value()) == "#note-ref-" + num);
      CHECK(std::string(back.attribute("aria-label").value()) == "Back to the reference to note " + num);
    }
    const pugi::xml_node notes = one(main, "section[@class='notes']");
    CHECK(std::string(notes.attribute("role").value()) == "doc-endnotes");
    CHECK(std::string(notes.attribute("aria-labelledby").value()) == "notes-heading");
    CHECK(text_of(one(notes, "h2[@id='notes-heading']")) == "Sources");
    CHECK(all_text(one(notes, "ol/li[2]")).rfind("Second note.", 0) == 0);
    // The notes end <main>.
    CHECK(std::string(main.last_child().name()) == "section");
  }
}

TEST_CASE("html: spans carry lang and dir only where the language changes, and the colours set", "[html]") {
  const auto page = page_with(R"(<h1>T</h1><p>Hello <span lang="ar">مرحبا</span>, <span lang="fr">bonjour</span>,
<span lang="en-GB">same</span>, <span color="#8b0000">red</span>, <span background="#ffff00">marked</span>.</p>)");
  const pugi::xml_node p = one(page->xml, "//main/p");
  const pugi::xml_node ar = one(p, "span[@lang='ar']");
  CHECK(std::string(ar.attribute("dir").value()) == "rtl");
  CHECK(std::string(one(p, "span[@lang='fr']").attribute("dir").value()) == "ltr");
  // Same language as the page: no span at all.
  CHECK(count(p, "span[@lang='en-GB']") == 0);
  CHECK(all_text(p).find("same") != std::string::npos);
  CHECK(std::string(one(p, "span[.='red']").attribute("style").value()) == "color:#8b0000");
  CHECK(std::string(one(p, "span[.='marked']").attribute("style").value()) == "background-color:#ffff00");
  CHECK(one(p, "span[.='red']").attribute("lang").empty());
}

TEST_CASE("html: a right-to-left document says so on the root, Handout's own English words say theirs", "[html]") {
  const auto page = page_of(test::parse_for_test(R"(<handout lang="he"><meta><title>שלום</title></meta>
<body><h1>שלום</h1><p>א<note>ב</note></p></body></handout>)"), test::default_template());
  CHECK(std::string(one(page->xml, "/html").attribute("dir").value()) == "rtl");
  CHECK(std::string(one(page->xml, "//a[@class='skip-link']").attribute("lang").value()) == "en");
  CHECK(std::string(one(page->xml, "//a[@role='doc-backlink']").attribute("lang").value()) == "en");
  // In an English page they need no lang of their own.
  const auto english = page_with("<h1>T</h1>");
  CHECK(one(english->xml, "//a[@class='skip-link']").attribute("lang").empty());
}

TEST_CASE("html: Handout's words in the page's language, dir where the direction changes", "[html][dir]") {
  const auto page = page_of(test::parse_for_test(R"(<handout lang="ur"><meta><title>خط</title></meta>
<body><h1>خط</h1><p>الف<note>ب</note></p><p dir="ltr">Year 7</p><ul><li>ج</li></ul>
<p>د <span dir="ltr">abc</span></p></body></handout>)"), test::default_template());
  const pugi::xml_node skip = one(page->xml, "//a[@class='skip-link']");
  CHECK(skip.attribute("lang").empty());
  CHECK(std::string(skip.text().get()) == "مرکزی مواد پر جائیں");
  const pugi::xml_node heading = one(page->xml, "//h2[@id='notes-heading']");
  CHECK(std::string(heading.text().get()) == "حواشی");
  CHECK(heading.attribute("lang").empty());
  CHECK(std::string(one(page->xml, "//a[@role='doc-backlink']").attribute("aria-label").value()) ==
        "حاشیہ 1 کے حوالے پر واپس جائیں");
  // dir only where it changes: the ltr paragraph and span, not the Urdu blocks.
  CHECK(std::string(one(page->xml, "//p[.='Year 7']").attribute("dir").value()) == "ltr");
  CHECK(std::string(one(page->xml, "//span[.='abc']").attribute("dir").value()) == "ltr");
  CHECK(count(page->xml, "//main//*[@dir='rtl']") == 0);
  // The Urdu font after the body font, for Urdu text only, headings too; Nastaliq's wider leading.
  const std::string& html = page->output.html;
  CHECK(html.find(":where(:lang(ur)){font-family:\"Liberation Sans\",\"Noto Nastaliq Urdu\",sans-serif;line-height:2.2}") !=
        std::string::npos);
  CHECK(html.find(":is(h1,h2,h3,h4,h5,h6):where(:lang(ur)){font-family:\"Liberation Sans\",\"Noto Nastaliq Urdu\",sans-serif;"
                  "line-height:1.8}") != std::string::npos);
  // The rules come after the headings' own, which they must override.
  CHECK(html.find(":is(h1,h2,h3,h4,h5,h6):where") > html.find("h1,h2,h3,h4,h5,h6{"));
}

TEST_CASE("html: blocks become their HTML elements", "[html]") {
  const auto page = page_with(R"(<h1>T</h1><ul><li>one</li><li><p>two</p><ol><li>inner</li></ol></li></ul>
<callout title="Remember"><p>Boxed.</p></callout><callout color="#222222" background="#ffffff"><h2>Own</h2></callout>
<quote><p>Said.</p></quote><section><h2>S</h2><p>In.</p></section><pagebreak/>
<figure><img src="tests/cases/logo.png" alt="Clinic logo"/><caption>Our logo</caption></figure>
<p>Code <code>x &lt; y</code> and <a href="https://example.org/?a=1&amp;b=2">a link</a>.<br/>Next line.</p>)");
  const pugi::xml_node main = one(page->xml, "//main");
  CHECK(text_of(one(main, "ul/li[1]")) == "one");
  CHECK(text_of(one(main, "ul/li[2]/p")) == "two");
  CHECK(text_of(one(main, "ul/li[2]/ol/li")) == "inner");
  CHECK(text_of(one(main, "aside[@class='callout'][1]/p[@class='callout-title']/strong")) == "Remember");
  // A callout is an ARIA note, named by its title when it has one.
  const pugi::xml_node titled = one(main, "aside[1]");
  CHECK(std::string(titled.attribute("role").value()) == "note");
  CHECK(std::string(titled.attribute("aria-labelledby").value()) ==
        one(titled, "p[@class='callout-title']").attribute("id").value());
  // Its title is a heading one level below the h1 above it, as in the PDF and the DOCX.
  CHECK(std::string(one(titled, "p[@class='callout-title']").attribute("role").value()) == "heading");
  CHECK(std::string(one(titled, "p[@class='callout-title']").attribute("aria-level").value()) == "2");
  const pugi::xml_node own = one(main, "aside[2]");
  CHECK(std::string(own.attribute("style").value()) == "color:#222222;background-color:#ffffff");
  // Its heading takes the callout's text colour (resolve stage), not the template's heading colour.
  CHECK(std::string(one(own, "h2").attribute("style").value()) == "color:#222222");
  CHECK(text_of(one(main, "blockquote/p")) == "Said.");
  CHECK(text_of(one(main, "section/h2")) == "S");
  CHECK(count(main, "div[@class='page-break']") == 1);
  const pugi::xml_node img = one(main, "figure/img");
  CHECK(std::string(img.attribute("src").value()) == "doc_files/logo.png");
  CHECK(std::string(img.attribute("alt").value()) == "Clinic logo");
  CHECK(text_of(one(main, "figure/figcaption")) == "Our logo");
  CHECK(text_of(one(main, "p/code")) == "x < y");
  CHECK(std::string(one(main, "p/a").attribute("href").value()) == "https://example.org/?a=1&b=2");
  CHECK(count(main, "p/br") == 1);
  REQUIRE(page->output.images.size() == 1);
  CHECK(page->output.images[0].name == "logo.png");
  CHECK(page->output.images[0].source.ends_with("tests/cases/logo.png"));
}

TEST_CASE("html: a decorative picture has an empty alt, one file shown twice is copied once", "[html]") {
  const auto page = page_with(R"(<h1>T</h1><img src="tests/cases/logo.png" decorative="true"/>
<img src="tests/cases/logo.png" alt="Logo"/>)");
  CHECK(count(page->xml, "//main/img[@alt='']") == 1);
  CHECK(count(page->xml, "//main/img[@alt='Logo']") == 1);
  CHECK(page->output.images.size() == 1);
}

TEST_CASE("html: the stylesheet paints the resolved template colours and the print page", "[html]") {
  const style::Template tmpl = parse::load_template("parent-leaflet");
  const auto page = page_with("<h1>T</h1><p>x</p>", tmpl);
  const std::string css = text_of(one(page->xml, "//head/style"));
  const resolve::Palette p = resolve::palette_of(tmpl);
  CHECK(css.find("html{background-color:" + to_hex(p.page) + ";color:" + to_hex(p.text) + ";") != std::string::npos);
  CHECK(css.find("color:" + to_hex(p.heading)) != std::string::npos);
  CHECK(css.find("a{color:" + to_hex(p.link) + ";text-decoration:underline}") != std::string::npos);
  CHECK(css.find("th{background-color:" + to_hex(p.table_header_fill)) != std::string::npos);
  CHECK(css.find(".callout{background-color:" + to_hex(p.callout_fill)) != std::string::npos);
  CHECK(css.find("border:1.5pt solid " + to_hex(*p.callout_border)) != std::string::npos);
  CHECK(css.find("border-inline-start:0.25rem solid " + to_hex(p.quote_bar)) != std::string::npos);
  CHECK(css.find("font-family:\"Liberation Sans\",sans-serif") != std::string::npos);
  CHECK(css.find("body{margin:0;font-size:1.1667rem") != std::string::npos);  // 14pt
  CHECK(css.find("max-width:70ch") != std::string::npos);
  CHECK(css.find("@page{size:148mm 210mm;margin:18mm 17mm 20mm 17mm}") != std::string::npos);
  CHECK(css.find("em{font-style:normal;font-weight:bold}") != std::string::npos);
}

TEST_CASE("html: text and attributes are escaped, characters HTML forbids are dropped", "[html]") {
  const auto page = page_with(R"(<h1>T</h1><p><a href="https://e.org/?q=&quot;x&quot;">&lt;b&gt; &amp; "q" &#x85;</a></p>)");
  // The attribute keeps its straight quotes (escaped); the text's quotes are typographic (resolve
  // stage) and need no escaping in HTML text.
  CHECK(page->output.html.find("<a href=\"https://e.org/?q=&quot;x&quot;\">&lt;b&gt; &amp; \u201cq\u201d </a>") !=
        std::string::npos);
}

TEST_CASE("html: the same document gives the same bytes", "[html]") {
  const model::Document doc = test::doc_with(R"(<h1>T</h1><p>A<note>n</note> <abbr title="x y">XY</abbr></p>
<table><tr><th>a</th></tr><tr><td>b</td></tr></table>)");
  const style::Template tmpl = parse::load_template("staff-handout");
  const resolve::ResolvedDocument first = resolve::resolve_document(doc, tmpl);
  const resolve::ResolvedDocument second = resolve::resolve_document(doc, tmpl);
  const std::string a = html::write_html(first, {}).html;
  CHECK(a == html::write_html(first, {}).html);
  CHECK(a == html::write_html(second, {}).html);
}

TEST_CASE("html: pictures are named for the files folder: safe characters, unique names, encoded src", "[html]") {
  namespace fs = std::filesystem;
  test::TempDir dir;
  fs::create_directories(dir.file("a"));
  fs::create_directories(dir.file("b"));
  for (const char* name : {"a/logo.png", "b/logo.png", "my pic.png"})
    fs::copy_file(test::test_path("cases/logo.png"), dir.file(name));
  model::Document doc = test::doc_with(R"(<h1>T</h1><img src="a/logo.png" alt="A"/><img src="b/logo.png" alt="B"/>
<img src="my pic.png" alt="C"/><img src="a/logo.png" alt="A again"/>)");
  doc.path = dir.file("doc.xml");
  const style::Template tmpl = test::default_template();
  const resolve::ResolvedDocument resolved = resolve::resolve_document(doc, tmpl);
  const html::HtmlOutput out = html::write_html(resolved, html::HtmlOptions{"my leaflet_files"});
  REQUIRE(out.images.size() == 3);
  CHECK(out.images[0].name == "logo.png");
  CHECK(out.images[1].name == "logo-2.png");
  CHECK(out.images[2].name == "my-pic.png");
  CHECK(out.images[1].source == fs::weakly_canonical(dir.file("b/logo.png")).string());
  CHECK(out.html.find("<img src=\"my%20leaflet_files/logo-2.png\" alt=\"B\"") != std::string::npos);
  CHECK(out.html.find("<img src=\"my%20leaflet_files/logo.png\" alt=\"A again\"") != std::string::npos);
}

TEST_CASE("html: an image outside the content folder is refused with its place", "[html]") {
  test::TempDir dir;
  model::Document doc = test::doc_with(R"(<h1>T</h1><img src="../../etc/passwd" alt="x"/>)");
  doc.path = dir.file("doc.xml");
  const style::Template tmpl = test::default_template();
  const resolve::ResolvedDocument resolved = resolve::resolve_document(doc, tmpl);
  try {
    (void)html::write_html(resolved, {});
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.diagnostic().code == "image-outside-content-dir");
    CHECK(e.diagnostic().loc.line == 2);
  }
}

TEST_CASE("html: control characters and noncharacters never reach the page", "[html]") {
  model::Document doc = test::doc_with("<h1>T</h1><p>x</p>");
  REQUIRE(doc.body.size() == 2);
  REQUIRE(doc.body[1].inlines.size() == 1);
  // U+0001, U+FFFE, U+10FFFF, U+FDD0 and U+009F go; tab and the letters stay.
  doc.body[1].inlines[0].text = "a\x01" "b\xEF\xBF\xBE" "c\xF4\x8F\xBF\xBF" "d\xEF\xB7\x90" "e\xC2\x9F" "f\tg\xC2\xA0h";
  const style::Template tmpl = test::default_template();
  const resolve::ResolvedDocument resolved = resolve::resolve_document(doc, tmpl);
  const std::string html = html::write_html(resolved, {}).html;
  CHECK(html.find("<p>abcdef\tg\xC2\xA0h</p>") != std::string::npos);
}

TEST_CASE("html 1.1: a block's id is written on its element, and #links keep their href", "[html][format-1-1]") {
  const auto page = page_of(test::parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta>
<body><h1 id="top">T</h1><section id="s"><p id="p1">See <a href="#s">this section</a>.</p></section>
<callout id="box"><p>x</p></callout><figure id="fig"><img src="x.png" alt="A"/></figure>
<img id="pic" src="x.png" alt="B"/><ul id="l"><li id="i">y</li></ul></body></handout>)"),
                            test::default_template());
  const pugi::xml_node body = page->xml.child("html").child("body");
  CHECK(std::string(one(body, "//*[@id='top']").name()) == "h1");
  CHECK(std::string(one(body, "//*[@id='s']").name()) == "section");
  CHECK(std::string(one(body, "//*[@id='p1']").name()) == "p");
  CHECK(std::string(one(body, "//*[@id='box']").name()) == "aside");
  CHECK(std::string(one(body, "//*[@id='fig']").name()) == "figure");
  CHECK(std::string(one(body, "//*[@id='pic']").name()) == "img");
  CHECK(std::string(one(body, "//*[@id='l']").name()) == "ul");
  CHECK(std::string(one(body, "//*[@id='i']").name()) == "li");
  CHECK(all_text(one(body, "//a[@href='#s']")) == "this section");
}

TEST_CASE("html 1.1: ol start and type", "[html][format-1-1]") {
  const auto page = page_of(test::parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta>
<body><h1>T</h1><ol start="5" type="lower-roman"><li>x</li></ol><ol><li>y</li></ol></body></handout>)"),
                            test::default_template());
  const pugi::xml_node body = page->xml.child("html").child("body");
  const pugi::xml_node roman = one(body, "//ol[@start]");
  CHECK(std::string(roman.attribute("start").value()) == "5");
  CHECK(std::string(roman.attribute("type").value()) == "i");
  CHECK(std::string(roman.attribute("style").value()) == "list-style-type:lower-roman");
  CHECK(count(body, "//ol[not(@start) and not(@type)]") == 1);
}

TEST_CASE("html 1.1: a callout's kind is said in its title, which names the aside", "[html][format-1-1]") {
  const auto page = page_of(test::parse_for_test(R"(<handout lang="en-GB" version="1.1"><meta><title>T</title></meta>
<body><h1>T</h1><callout kind="important" title="Bring ID"><p>x</p></callout><callout kind="note"><p>y</p></callout></body></handout>)"),
                            test::default_template());
  const pugi::xml_node body = page->xml.child("html").child("body");
  const pugi::xpath_node_set asides = body.select_nodes("//aside");
  REQUIRE(asides.size() == 2);
  std::vector<std::string> titles;
  for (const pugi::xpath_node& a : asides) {
    const std::string label = a.node().attribute("aria-labelledby").value();
    titles.push_back(all_text(one(body, ("//*[@id='" + label + "']").c_str())));
  }
  CHECK(titles == std::vector<std::string>{"Important: Bring ID", "Note"});
}

TEST_CASE("html 1.1: sub, sup, dl, address and hr are HTML's own elements", "[html][format-1-1]") {
  const auto page = page_of(
      parse::read_content_file(std::string(HANDOUT_SOURCE_DIR) + "/tests/fixtures/elements/text-elements.xml"),
      test::default_template());
  const pugi::xml_node body = page->xml.child("html").child("body");
  CHECK(all_text(one(body, "//sub")) == "2");
  CHECK(count(body, "//sup") == 2);
  CHECK(all_text(one(body, "//p[sub]")).find("(CO2) in its room") != std::string::npos);
  const pugi::xml_node dl = one(body, "//dl");
  CHECK(count(dl, "dt") == 2);
  CHECK(count(dl, "dd") == 3);
  CHECK(count(dl, "*[not(self::dt) and not(self::dd)]") == 0);
  CHECK(all_text(one(dl, "dt[2]/following-sibling::dd[2]/p[1]")) == "The school has ten of them.");
  // The address keeps its lines as <br/>s; the rule is one empty hr between the list and "Questions".
  const pugi::xml_node address = one(body, "//address");
  CHECK(count(address, "br") == 3);
  CHECK(all_text(address) == "Science departmentHill Road Primary SchoolHill RoadLeeds LS6 2AB");
  CHECK(std::string(one(body, "//hr").next_sibling().name()) == "h2");
  CHECK(page->output.html.find("address{font-style:normal;break-inside:avoid}") != std::string::npos);
}
