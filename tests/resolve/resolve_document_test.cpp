// The resolve stage settles what a document means once; these tests pin each decision that the
// PDF, DOCX and HTML writers used to make on their own (and made differently).
#include "resolve/resolved_document.hpp"

#include "support/test_support.hpp"

using handout::Colour;
using handout::model::Block;
using handout::model::BlockKind;
using handout::model::Inline;
using handout::model::InlineKind;
using handout::resolve::Direction;
using handout::resolve::HeaderScope;
using handout::resolve::resolve_document;
using handout::resolve::ResolvedDocument;
using handout::resolve::RunningPiece;
using handout::test::default_template;
using handout::test::doc_with;
using handout::test::parse_for_test;

namespace {

// The first inline of `kind` in the document, depth first.
const Inline* find_inline(const handout::model::Inlines& inlines, InlineKind kind, int skip = 0) {
  for (const Inline& in : inlines) {
    if (in.kind == kind && skip-- == 0) return &in;
    if (const Inline* found = find_inline(in.children, kind, skip)) return found;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("resolve: an abbreviation is expanded at its first use with the title given later", "[resolve]") {
  auto tmpl = default_template();
  tmpl.expand_abbreviations = true;
  const auto doc = doc_with(R"(<p>Our <abbr>GP</abbr> and the <abbr title="general practitioner">GP</abbr>.</p>)");
  const ResolvedDocument r = resolve_document(doc, tmpl);
  const auto& inlines = doc.body[0].inlines;
  const Inline* first = find_inline(inlines, InlineKind::Abbr, 0);
  const Inline* second = find_inline(inlines, InlineKind::Abbr, 1);
  REQUIRE(first);
  REQUIRE(second);
  REQUIRE(r.expansion_printed_at(*first));
  CHECK(*r.expansion_printed_at(*first) == "general practitioner");
  CHECK_FALSE(r.expansion_printed_at(*second));
  // Both carry the expansion for assistive technology.
  REQUIRE(r.expansion_of(*first));
  CHECK(*r.expansion_of(*first) == "general practitioner");
}

TEST_CASE("resolve: nothing is printed expanded unless the template asks", "[resolve]") {
  const auto doc = doc_with(R"(<p>The <abbr title="general practitioner">GP</abbr>.</p>)");
  const ResolvedDocument r = resolve_document(doc, default_template());
  CHECK_FALSE(r.expansion_printed_at(*find_inline(doc.body[0].inlines, InlineKind::Abbr)));
}

TEST_CASE("resolve: a span's background is painted and is the pair lint checks", "[resolve]") {
  auto tmpl = default_template();
  tmpl.page.background = Colour{0xff, 0xfc, 0xf2};
  const auto doc = doc_with(R"(<p>Before <span color="#ffffff" background="#1f3a5f">white on navy</span> after.</p>)");
  const ResolvedDocument r = resolve_document(doc, tmpl);
  const Inline* span = find_inline(doc.body[0].inlines, InlineKind::Span);
  REQUIRE(span);
  const auto& style = r.style_of(*span);
  CHECK(style.paints_background);
  CHECK(style.foreground == (Colour{0xff, 0xff, 0xff}));
  CHECK(style.background == (Colour{0x1f, 0x3a, 0x5f}));
  const auto pair = std::find_if(r.painted.begin(), r.painted.end(), [](const auto& p) { return !p.in_template; });
  REQUIRE(pair != r.painted.end());
  CHECK(pair->foreground == style.foreground);
  CHECK(pair->background == style.background);
}

TEST_CASE("resolve: a span's text colour is set only where it differs from what it sits in", "[resolve]") {
  auto tmpl = default_template();
  tmpl.body.font.color = Colour{0x1a, 0x1a, 0x1a};
  const auto doc = doc_with(R"(<p><span color="#1a1a1a">same</span> <span color="#8b0000">red</span></p>)");
  const ResolvedDocument r = resolve_document(doc, tmpl);
  const auto& inlines = doc.body[0].inlines;
  CHECK_FALSE(r.style_of(*find_inline(inlines, InlineKind::Span, 0)).paints_foreground);
  const auto& red = r.style_of(*find_inline(inlines, InlineKind::Span, 1));
  CHECK(red.paints_foreground);
  CHECK(red.foreground == (Colour{0x8b, 0x00, 0x00}));
}

TEST_CASE("resolve: text in a header cell lies on the template's header shade", "[resolve]") {
  auto tmpl = default_template();
  tmpl.table.header_background = Colour{0x20, 0x20, 0x20};
  const auto doc = doc_with(R"(<table><tr><th>Day</th></tr><tr><td>Monday</td></tr></table>)");
  const ResolvedDocument r = resolve_document(doc, tmpl);
  const auto& table = doc.body[0].table;
  REQUIRE(table);
  CHECK(r.style_of(table->rows[0].cells[0].content[0]).background == (Colour{0x20, 0x20, 0x20}));
  CHECK(r.style_of(table->rows[1].cells[0].content[0]).background == tmpl.page.background);
  const bool checked = std::any_of(r.painted.begin(), r.painted.end(), [](const auto& p) {
    return p.what == "template table header text" && p.background == Colour{0x20, 0x20, 0x20};
  });
  CHECK(checked);
}

TEST_CASE("resolve: leading all-th rows head the table when there is no thead", "[resolve][table-grid]") {
  const auto doc = doc_with(R"(<table><tr><th>Day</th><th>Time</th></tr><tr><th>Mon</th><td>9</td></tr></table>
<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>
<table><tr><td>x</td></tr></table>)");
  const ResolvedDocument r = resolve_document(doc, default_template());
  CHECK(r.table(doc.body[0]).header_rows == 1);
  CHECK(r.table(doc.body[0]).cells[2].scope == HeaderScope::Row);
  CHECK(r.table(doc.body[1]).header_rows == 1);
  CHECK(r.table(doc.body[2]).header_rows == 0);
}

TEST_CASE("resolve: notes are numbered in document order with anchors both ways", "[resolve]") {
  const auto doc = doc_with(R"(<p>One<note>First.</note> two<note>Second.</note>.</p>)");
  const ResolvedDocument r = resolve_document(doc, default_template());
  REQUIRE(r.notes.size() == 2);
  const Inline* second = find_inline(doc.body[0].inlines, InlineKind::Note, 1);
  REQUIRE(second);
  CHECK(r.note(*second).number == 2);
  CHECK(r.note(*second).id == "note-2");
  CHECK(r.note(*second).reference_id == "note-ref-2");
  CHECK(r.generated.notes_heading == "Notes");
}

TEST_CASE("resolve: a span's language and direction, and only real changes count", "[resolve]") {
  const auto doc =
      doc_with(R"(<p><span lang="ur">اردو</span> <span lang="en-GB">same</span> <span lang="pa-Arab">x</span></p>)");
  const ResolvedDocument r = resolve_document(doc, default_template());
  const auto& inlines = doc.body[0].inlines;
  const auto& urdu = r.style_of(*find_inline(inlines, InlineKind::Span, 0));
  CHECK(urdu.lang_changes);
  CHECK(urdu.direction == Direction::Rtl);
  CHECK_FALSE(r.style_of(*find_inline(inlines, InlineKind::Span, 1)).lang_changes);
  CHECK(r.style_of(*find_inline(inlines, InlineKind::Span, 2)).direction == Direction::Rtl);
  CHECK(handout::resolve::direction_of_language("az-Latn") == Direction::Ltr);
  CHECK(handout::resolve::direction_of_language("he") == Direction::Rtl);
  CHECK(r.root_style().direction == Direction::Ltr);
}

TEST_CASE("resolve: running text lists every author and leaves page numbers to pagination", "[resolve]") {
  const auto doc =
      parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title><author>Ann</author><author>Bob</author>
<date>2026-12-01</date></meta><body><p>x</p></body></handout>)");
  const ResolvedDocument r = resolve_document(doc, default_template());
  CHECK(r.running_text("{title} by {author}, {date}: {page} of {pages} {unknown}", 2, 3) ==
        "T by Ann, Bob, 2026-12-01: 2 of 3 {unknown}");
  const auto pieces = r.running_pieces("Page {page}");
  REQUIRE(pieces.size() == 2);
  CHECK(pieces[1].kind == RunningPiece::Kind::PageNumber);
}

TEST_CASE("resolve: {page_of_pages} is the words table's pattern, a template's own words are kept", "[resolve][words]") {
  const auto pl = parse_for_test(R"(<handout lang="pl-PL"><meta><title>T</title></meta><body><p>x</p></body></handout>)");
  const ResolvedDocument r = resolve_document(pl, default_template());
  CHECK(r.running_text("{page_of_pages}", 2, 4) == "Strona 2 z 4");
  CHECK(r.running_text("{title} | {page_of_pages}", 1, 1) == "T | Strona 1 z 1");
  const auto pieces = r.running_pieces("{page_of_pages}");
  REQUIRE(pieces.size() == 4);
  CHECK(pieces[1].kind == RunningPiece::Kind::PageNumber);
  CHECK(pieces[3].kind == RunningPiece::Kind::PageCount);
  // Words the template writes itself, English included, are never translated.
  CHECK(r.running_text("Page {page} of {pages}", 2, 4) == "Page 2 of 4");
  CHECK(r.running_text("Sheet {page}/{pages}", 2, 4) == "Sheet 2/4");
  // A language the table lacks reads the English row.
  const auto fa = parse_for_test(R"(<handout lang="fa"><meta><title>T</title></meta><body><p>x</p></body></handout>)");
  CHECK(resolve_document(fa, default_template()).running_text("{page_of_pages}", 3, 5) == "Page 3 of 5");
}

TEST_CASE("resolve: list markers show nesting the same way in every output", "[resolve]") {
  CHECK(ResolvedDocument::list_marker(false, 1, 1) == "\u2022");
  CHECK(ResolvedDocument::list_marker(false, 2, 1) == "\u2013");
  CHECK(ResolvedDocument::list_marker(false, 4, 1) == "\u2022");
  CHECK(ResolvedDocument::list_marker(true, 3, 12) == "12.");
}

TEST_CASE("resolve: a callout's title is a heading one level below the heading above it", "[resolve]") {
  const auto doc = doc_with(R"(<callout title="A"><p>x</p></callout><h1>T</h1><callout title="B"><p>x</p></callout>
<h2>S</h2><callout title="C"><h3>In</h3><p>x</p></callout><callout title="D"><p>x</p></callout><h6>Deep</h6>
<callout title="E"><p>x</p></callout>)");
  const ResolvedDocument r = resolve_document(doc, default_template());
  CHECK(r.callout_title_level(doc.body[0]) == 1);  // before any heading
  CHECK(r.callout_title_level(doc.body[2]) == 2);
  CHECK(r.callout_title_level(doc.body[4]) == 3);
  CHECK(r.callout_title_level(doc.body[5]) == 4);  // after the h3 inside the callout before it
  CHECK(r.callout_title_level(doc.body[7]) == 6);  // never beyond h6
}

TEST_CASE("resolve: a heading in a coloured callout takes the callout's colour", "[resolve]") {
  const auto doc =
      doc_with(R"(<callout color="#101010" background="#ffffff"><h2>In box</h2><p>x</p></callout><h2>Out</h2>)");
  auto tmpl = default_template();
  tmpl.headings.font.color = Colour{0x1f, 0x3a, 0x5f};
  const ResolvedDocument r = resolve_document(doc, tmpl);
  const Block& callout = doc.body[0];
  CHECK(r.style_of(callout.children[0]).foreground == (Colour{0x10, 0x10, 0x10}));
  CHECK(r.style_of(doc.body[1]).foreground == (Colour{0x1f, 0x3a, 0x5f}));
  CHECK(r.style_of(callout).paints_background);
}
