// The print aids settled in resolve (resolve/contents.cpp): which headings the contents list, in
// which words; the byline; which link addresses are printed on paper.
#include <catch2/catch.hpp>

#include "model/query.hpp"
#include "resolve/resolved_document.hpp"
#include "support/test_support.hpp"

using namespace handout;

namespace {

const model::Inline* nth_link(const model::Document& doc, int n) {
  const model::Inline* found = nullptr;
  model::for_each_block(doc, [&](const model::Block& b, model::BlockPath) {
    model::for_each_inline_run(b, [&](const model::Inlines& inlines) {
      model::for_each_inline(inlines, [&](const model::Inline& in, const std::vector<const model::Inline*>&) {
        if (in.kind == model::InlineKind::Link && n-- == 0) found = &in;
      });
    });
  });
  REQUIRE(found);
  return found;
}

}  // namespace

TEST_CASE("resolve contents: the headings under the title, to the template's depth, in the document's words",
          "[resolve][contents]") {
  const model::Document doc = test::parse_for_test(R"(<handout lang="pl"><meta><title>T</title></meta>
    <body><h1>T</h1><h2>Pierwszy</h2><h3>Szczegóły</h3><h2>Drugi <em>rozdział</em></h2></body></handout>)");
  style::Template tmpl = test::default_template();
  tmpl.contents.enabled = true;
  const resolve::ResolvedDocument two = resolve::resolve_document(doc, tmpl);
  REQUIRE(two.contents);
  CHECK(two.contents->heading == "Spis treści");
  REQUIRE(two.contents->entries.size() == 2);
  CHECK(two.contents->entries[1].text == "Drugi rozdział");
  CHECK(two.contents->entries[1].id == "section-2");
  CHECK(two.contents_entry(doc.body[3]) == &two.contents->entries[1]);
  CHECK(two.contents_entry(doc.body[0]) == nullptr);  // the title is not listed

  tmpl.contents.levels = 3;
  const resolve::ResolvedDocument three = resolve::resolve_document(doc, tmpl);
  CHECK(three.contents->entries.size() == 3);

  tmpl.contents.min_headings = 4;  // more than the document has: none
  CHECK(!resolve::resolve_document(doc, tmpl).contents);
}

TEST_CASE("resolve contents: the document's attribute wins over the template", "[resolve][contents]") {
  style::Template tmpl = test::default_template();
  tmpl.contents.enabled = true;
  const model::Document off = test::parse_for_test(R"(<handout lang="en-GB" version="1.1" contents="false"><meta><title>T</title>
    </meta><body><h1>T</h1><h2>A</h2></body></handout>)");
  CHECK(!resolve::resolve_document(off, tmpl).contents);
  tmpl.contents.enabled = false;
  tmpl.contents.min_headings = 5;
  const model::Document on = test::parse_for_test(R"(<handout lang="en-GB" version="1.1" contents="true"><meta><title>T</title>
    </meta><body><h1>T</h1><h2>A</h2></body></handout>)");
  CHECK(resolve::resolve_document(on, tmpl).contents);
}

TEST_CASE("resolve byline: authors and the ISO date, empty without either", "[resolve][contents]") {
  const model::Document both = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title>
    <author>Ann Example</author><author>Ben Example</author><date>2024-09-01</date></meta><body><h1>T</h1></body></handout>)");
  CHECK(resolve::resolve_document(both, test::default_template()).generated.byline ==
        "Ann Example, Ben Example · 2024-09-01");
  const model::Document date = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title>
    <date>2024-09-01</date></meta><body><h1>T</h1></body></handout>)");
  CHECK(resolve::resolve_document(date, test::default_template()).generated.byline == "2024-09-01");
  const model::Document none = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta>
    <body><h1>T</h1></body></handout>)");
  CHECK(resolve::resolve_document(none, test::default_template()).generated.byline.empty());
}

TEST_CASE("resolve links: addresses printed on paper unless the text shows them already", "[resolve][contents]") {
  const model::Document doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
    <h1>T</h1><p><a href="https://www.example.org/uniform/">the uniform list</a>
    <a href="https://example.org/term">example.org/term</a> <a href="mailto:office@example.org">the office</a>
    <a href="mailto:office@example.org">office@example.org</a> <a href="tel:+441614960000">0161 496 0000</a>
    <a href="tel:+441614960000">the front desk</a> <a href="#t">the top</a></p></body></handout>)");
  style::Template tmpl = test::default_template();
  tmpl.print_urls = style::PrintUrls::After;
  const resolve::ResolvedDocument r = resolve::resolve_document(doc, tmpl);
  auto printed = [&](int n) {
    const std::string* url = r.printed_url(*nth_link(doc, n));
    return url ? *url : std::string("(none)");
  };
  CHECK(printed(0) == "https://www.example.org/uniform/");
  CHECK(printed(1) == "(none)");  // the text is the address
  CHECK(printed(2) == "office@example.org");
  CHECK(printed(3) == "(none)");
  CHECK(printed(4) == "(none)");  // the national form of the number is the text
  CHECK(printed(5) == "+441614960000");
  CHECK(printed(6) == "(none)");  // internal
  // The template's default prints none.
  const resolve::ResolvedDocument screen = resolve::resolve_document(doc, test::default_template());
  CHECK(screen.printed_url(*nth_link(doc, 0)) == nullptr);
}
