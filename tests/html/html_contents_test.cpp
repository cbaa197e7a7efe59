// The HTML page's table of contents and byline, parsed back as XML: a <nav> labelled by its
// heading, nested lists of links whose targets are the headings' ids, and the byline under the title.
#include <catch2/catch.hpp>

#include <pugixml.hpp>
#include <string>

#include "html/html_writer.hpp"
#include "resolve/resolved_document.hpp"
#include "support/test_support.hpp"

using namespace handout;

namespace {

const char* const kLeaflet = R"(<handout lang="cy" version="1.1" contents="true"><meta><title>Dechrau'r ysgol</title>
<author>Ann Example</author><date>2024-09-01</date><audience>parents</audience></meta>
<body><h1>Dechrau'r ysgol</h1><h2>Cyn y diwrnod cyntaf</h2><p>Testun.</p><h3>Gwisg ysgol</h3><p>Testun.</p>
<h2>Pwy i'w holi</h2><p>Holwch y swyddfa.</p></body></handout>)";

}  // namespace

TEST_CASE("html contents: a nav labelled by its heading, with nested links to the headings", "[html][contents]") {
  const model::Document doc = test::parse_for_test(kLeaflet);
  style::Template tmpl = test::default_template();
  tmpl.contents.levels = 3;
  const resolve::ResolvedDocument resolved = resolve::resolve_document(doc, tmpl);
  const html::HtmlOutput out = html::write_html(resolved, html::HtmlOptions{"doc_files"});
  pugi::xml_document xml;
  INFO(out.html);
  REQUIRE(xml.load_string(out.html.c_str()));
  const pugi::xml_node nav = xml.select_node("//main/nav").node();
  REQUIRE(nav);
  const std::string label = nav.attribute("aria-labelledby").value();
  const pugi::xml_node heading = xml.select_node(("//*[@id='" + label + "']").c_str()).node();
  REQUIRE(heading);
  CHECK(std::string(heading.name()) == "h2");
  CHECK(heading.parent() == nav);
  CHECK(std::string(heading.child_value()) == "Cynnwys");  // the words table's Welsh
  // The byline sits between the title and the contents.
  const pugi::xml_node byline = xml.select_node("//main/p[@class='byline']").node();
  REQUIRE(byline);
  CHECK(std::string(byline.child_value()) == "Ann Example · 2024-09-01");
  CHECK(std::string(byline.previous_sibling().name()) == "h1");
  CHECK(byline.next_sibling() == nav);
  // Top level: two entries; the h3 nested inside the first one's item.
  const pugi::xpath_node_set top = nav.select_nodes("ol/li/a");
  REQUIRE(top.size() == 2);
  const pugi::xpath_node_set nested = nav.select_nodes("ol/li/ol/li/a");
  REQUIRE(nested.size() == 1);
  CHECK(std::string(nested[0].node().child_value()) == "Gwisg ysgol");
  for (const pugi::xpath_node& a : nav.select_nodes(".//a")) {
    const std::string href = a.node().attribute("href").value();
    REQUIRE(href.size() > 1);
    const pugi::xml_node target = xml.select_node(("//*[@id='" + href.substr(1) + "']").c_str()).node();
    REQUIRE(target);
    CHECK(std::string(target.name()).substr(0, 1) == "h");
    CHECK(std::string(target.child_value()) == a.node().child_value());
  }
}
