// The writing direction of every element (dir first, else the language; auto from FriBiDi) and the
// words Handout adds, in the document's language.
#include <catch2/catch.hpp>

#include "resolve/resolved_document.hpp"
#include "support/test_support.hpp"

using handout::resolve::Direction;
using handout::resolve::resolve_document;
using handout::resolve::ResolvedDocument;
using handout::test::default_template;
using handout::test::parse_for_test;

TEST_CASE("resolve: dir wins over the language, auto takes the first strong letter", "[resolve][dir]") {
  const auto doc = parse_for_test(R"(<handout lang="ur"><meta><title>T</title></meta><body>
<p>سلام</p>
<p dir="ltr">Year 7</p>
<p dir="auto">12 Oakfield سلام</p>
<p dir="auto">12 سلام Oakfield</p>
<p dir="auto">12 — 14</p>
<p>x <span lang="en">English</span> <span lang="en" dir="rtl">y</span> <span dir="auto">abc</span></p>
</body></handout>)");
  const ResolvedDocument r = resolve_document(doc, default_template());
  CHECK(r.root_style().direction == Direction::Rtl);
  CHECK(r.style_of(doc.body[0]).direction == Direction::Rtl);
  CHECK_FALSE(r.style_of(doc.body[0]).direction_changes);
  CHECK(r.style_of(doc.body[1]).direction == Direction::Ltr);
  CHECK(r.style_of(doc.body[1]).direction_changes);
  CHECK(r.style_of(doc.body[2]).direction == Direction::Ltr);  // digits are not strong: "O" decides
  CHECK(r.style_of(doc.body[3]).direction == Direction::Rtl);
  CHECK(r.style_of(doc.body[4]).direction == Direction::Rtl);  // no strong letter: the parent's
  const auto& spans = doc.body[5].inlines;
  CHECK(r.style_of(spans[1]).direction == Direction::Ltr);
  CHECK(r.style_of(spans[1]).direction_changes);
  CHECK(r.style_of(spans[3]).direction == Direction::Rtl);
  CHECK_FALSE(r.style_of(spans[3]).direction_changes);
  CHECK(r.style_of(spans[5]).direction == Direction::Ltr);
  CHECK(r.style_of(spans[5]).direction_changes);
  CHECK(handout::resolve::first_strong_direction("٣ ابc") == Direction::Rtl);
  CHECK_FALSE(handout::resolve::first_strong_direction("12, 14!").has_value());
}

TEST_CASE("resolve: a root dir overrides the language", "[resolve][dir]") {
  const auto doc = parse_for_test(R"(<handout lang="en" dir="rtl"><meta><title>T</title></meta><body><p>x</p></body></handout>)");
  const ResolvedDocument r = resolve_document(doc, default_template());
  CHECK(r.root_style().direction == Direction::Rtl);
  CHECK_FALSE(r.style_of(doc.body[0]).direction_changes);
}

TEST_CASE("resolve: the words Handout adds come from the table in the document's language", "[resolve][words]") {
  const auto ur = parse_for_test(R"(<handout lang="ur-PK"><meta><title>T</title></meta><body><p>x<note>n</note></p></body></handout>)");
  const ResolvedDocument r = resolve_document(ur, default_template());
  CHECK(r.generated.words.lang == "ur");
  CHECK(r.generated.words_lang.empty());
  CHECK(r.generated.notes_heading == "حواشی");
  CHECK(r.generated.words.back_label(3) == "حاشیہ 3 کے حوالے پر واپس جائیں");
  CHECK(r.generated.words.skip_link == "مرکزی مواد پر جائیں");
  CHECK(r.running_text("{page_of_pages}", 2, 4) == "صفحہ 2 از 4");

  // Persian has no row: English words, said to be English.
  const auto fa = parse_for_test(R"(<handout lang="fa"><meta><title>T</title></meta><body><p>x</p></body></handout>)");
  const ResolvedDocument rf = resolve_document(fa, default_template());
  CHECK(rf.generated.words_lang == "en");
  CHECK(rf.generated.notes_heading == "Notes");
  CHECK(rf.generated.words.note_label(2) == "Note 2");

  // A template's own notes heading is kept, in any language.
  handout::style::Template tmpl = default_template();
  tmpl.notes_heading = "Further reading";
  const ResolvedDocument rt = resolve_document(ur, tmpl);
  CHECK(rt.generated.notes_heading == "Further reading");
  CHECK(rt.generated.notes_heading_from_template);

  // Romanian keeps the comma below (U+021B), Welsh its circumflex.
  const auto ro = parse_for_test(R"(<handout lang="ro"><meta><title>T</title></meta><body><p>x</p></body></handout>)");
  CHECK(resolve_document(ro, default_template()).generated.words.skip_link == "Salt la con\u021Binutul principal");
  CHECK(handout::resolve::words_for("cy").back_to_note == "Yn \u00F4l at y cyfeiriad at nodyn {n}");
}
