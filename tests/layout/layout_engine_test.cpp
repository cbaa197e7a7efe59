// Layout without any PDF: a fixed-width fake FontMetrics (every character half an em wide),
// then assertions on positions, as WeasyPrint's tests/layout do.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "core/utf8.hpp"
#include "layout/layout_engine.hpp"
#include "support/test_support.hpp"

using namespace handout;

namespace {

class FakeMetrics final : public layout::FontMetrics {
 public:
  const std::vector<layout::Glyph>& shape(layout::Face, std::string_view text) override {
    auto& glyphs = cache_[std::string(text)];
    glyphs.clear();
    std::size_t pos = 0;
    while (pos < text.size()) glyphs.push_back({static_cast<std::uint32_t>(next_code_point(text, pos)), 0.5});
    return glyphs;
  }
  double ascent(layout::Face) override { return 0.8; }
  double descent(layout::Face) override { return -0.2; }

 private:
  std::unordered_map<std::string, std::vector<layout::Glyph>> cache_;
};

style::Template narrow_template() {
  style::Template t = test::default_template();
  t.page.width_mm = 100;
  t.page.height_mm = 100;
  t.page.margin_left_mm = t.page.margin_right_mm = t.page.margin_top_mm = t.page.margin_bottom_mm = 10;
  t.body.font.size_pt = 10;
  t.body.line_spacing = 1.5;
  t.header = t.footer = {};
  return t;
}

std::vector<const layout::Item*> text_items(const layout::Page& page) {
  std::vector<const layout::Item*> out;
  for (const auto& it : page.items)
    if (it.kind == layout::ItemKind::Text && it.node >= 0) out.push_back(&it);
  return out;
}

}  // namespace

TEST_CASE("layout: lines never run past the text column and break between words", "[layout]") {
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<p>one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen</p></body></handout>)");
  FakeMetrics fm;
  const auto t = narrow_template();
  const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, t), fm);
  const double right = (100 - 10) * 72 / 25.4;
  std::set<double> baselines;
  for (const auto* it : text_items(paged.pages[0])) {
    double w = 0;
    for (const auto& g : it->glyphs) w += g.advance;
    CHECK(it->x + w <= right + 0.01);
    baselines.insert(it->y);
  }
  CHECK(baselines.size() == 2);  // 79 characters at 5pt each on a 227pt column: one break
}

TEST_CASE("layout: a word longer than the column is cut between graphemes, never past the column", "[layout]") {
  // e + COMBINING ACUTE ACCENT, and flags (pairs of regional indicators, which the line breaker
  // must survive): 80 code points each, 400pt at the fake's 5pt each, on a 227pt column.
  std::string accents, flags;
  for (int i = 0; i < 40; ++i) accents += "e\xCC\x81";
  for (int i = 0; i < 40; ++i) flags += "\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7";  // GB
  for (const std::string& word : {accents, flags}) {
    auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body><p>)" + word +
                                    "</p></body></handout>");
    FakeMetrics fm;
    const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, narrow_template()), fm);
    const double right = (100 - 10) * 72 / 25.4;
    std::size_t glyphs = 0, lines = 0;
    for (const auto* it : text_items(paged.pages[0])) {
      double w = 0;
      for (const auto& g : it->glyphs) w += g.advance;
      CHECK(it->x + w <= right + 0.01);
      REQUIRE(!it->glyphs.empty());
      CHECK(it->glyphs.front().id != 0x301);  // no line starts with a combining mark
      if (it->glyphs.front().id >= 0x1F1E6) CHECK(it->glyphs.size() % 2 == 0);  // no flag split
      glyphs += it->glyphs.size();
      ++lines;
    }
    CHECK(glyphs == 80);  // nothing lost
    CHECK(lines == 2);
  }
}

TEST_CASE("layout: the structure tree follows source order with one P per paragraph", "[layout]") {
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<h1>Title</h1><p>First <a href="https://example.org">link</a>.</p><ul><li>Item</li></ul></body></handout>)");
  FakeMetrics fm;
  const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, narrow_template()), fm);
  std::vector<std::string> roles;
  for (const auto& n : paged.structure) roles.push_back(layout::role_name(n.role));
  CHECK(roles == std::vector<std::string>{"Document", "H1", "P", "Link", "L", "LI", "Lbl", "LBody"});
  REQUIRE(paged.links.size() == 1);
  CHECK(paged.links[0].uri == "https://example.org");
  CHECK(paged.links[0].contents == "link");
}

TEST_CASE("layout: a long paragraph splits over pages without leaving a single line behind", "[layout]") {
  std::string words;
  for (int i = 0; i < 400; ++i) words += "word ";
  auto doc = test::parse_for_test("<handout lang=\"en-GB\"><meta><title>T</title></meta><body><p>" + words +
                                  "</p></body></handout>");
  FakeMetrics fm;
  const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, narrow_template()), fm);
  REQUIRE(paged.pages.size() >= 2);
  for (const auto& page : paged.pages) {
    std::set<double> lines;
    for (const auto* it : text_items(page)) lines.insert(it->y);
    CHECK(lines.size() >= 2);  // no orphan or widow line on any page
  }
  // One P element holds the text of every page.
  int paragraphs = 0;
  for (const auto& n : paged.structure) paragraphs += n.role == layout::Role::P;
  CHECK(paragraphs == 1);
}

TEST_CASE("layout: decorative images are artifacts and figures carry their alt text", "[layout]") {
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<figure><img src="a.png" alt="A bar chart of attendance"/><caption>Attendance</caption></figure>
<img src="b.png" decorative="true"/></body></handout>)");
  // Images are only drawn when the parser resolved them; give both a file name.
  doc.body[0].image->resolved_path = "a.png";
  doc.body[1].image->resolved_path = "b.png";
  FakeMetrics fm;
  const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, narrow_template()), fm);
  int figures = 0, artifacts = 0;
  for (const auto& page : paged.pages)
  for (const auto& it : page.items) {
    if (it.kind != layout::ItemKind::Image) continue;
    if (it.node >= 0) {
      ++figures;
      CHECK(paged.structure[static_cast<std::size_t>(it.node)].alt == "A bar chart of attendance");
    } else {
      ++artifacts;
    }
  }
  CHECK(figures == 1);
  CHECK(artifacts == 1);
}

TEST_CASE("layout: a cell spanning rows gets one box over all its rows", "[layout]") {
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body><table>
<tr><th>Day</th><th>Morning</th><th>Afternoon</th></tr>
<tr><td>Wed</td><td rowspan="2">9 to 12</td><td>1 to 4</td></tr>
<tr><td>Thu</td><td>1 to 3</td></tr></table></body></handout>)");
  FakeMetrics fm;
  const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, narrow_template()), fm);
  REQUIRE(paged.pages.size() == 1);
  std::vector<layout::Rect> boxes;
  for (const auto& it : paged.pages[0].items)
    if (it.kind == layout::ItemKind::Stroke) boxes.push_back(it.rect);
  REQUIRE(boxes.size() == 8);  // 3 + 3 + 2 cells
  const layout::Rect& wed = boxes[3];
  const layout::Rect& spanning = boxes[4];
  const layout::Rect& thu = boxes[6];
  CHECK(spanning.y == Approx(thu.y));                      // down to the foot of the Thursday row
  CHECK(spanning.y + spanning.h == Approx(wed.y + wed.h));  // from the top of the Wednesday row
  CHECK(spanning.h == Approx(wed.h + thu.h));
  // The spanning TD records RowSpan 2 for the PDF's Table attributes.
  CHECK(std::count_if(paged.structure.begin(), paged.structure.end(), [](const layout::StructNode& n) {
          return n.role == layout::Role::TD && n.row_span == 2;
        }) == 1);
}

TEST_CASE("layout: every footnote is placed and every note link resolves, however the pages fall", "[layout]") {
  auto t = narrow_template();
  t.notes = style::NotePlacement::Footnotes;
  FakeMetrics fm;
  // Paragraphs of growing number, each ending in a note reference with a three-line note: sooner
  // or later a reference lands on the last line of a page, where its note cannot fit below it.
  for (int count = 1; count <= 14; ++count) {
    std::string body;
    for (int i = 0; i < count; ++i)
      body += "<p>Words words words words words words words words words words words words end<note>A note long "
              "enough to need three lines of the narrow test page, or very nearly so, at this size.</note></p>";
    auto doc = test::parse_for_test("<handout lang=\"en-GB\"><meta><title>T</title></meta><body>" + body +
                                    "</body></handout>");
    const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, t), fm);
    INFO(count << " paragraphs, " << paged.pages.size() << " pages");
    std::set<int> drawn;
    for (const auto& page : paged.pages)
      for (const auto& it : page.items)
        for (int n = it.node; n > 0; n = paged.structure[static_cast<std::size_t>(n)].parent)
          if (paged.structure[static_cast<std::size_t>(n)].role == layout::Role::Note) drawn.insert(n);
    CHECK(drawn.size() == static_cast<std::size_t>(count));
    for (const auto& link : paged.links) CHECK(link.target_page >= 0);
    CHECK(paged.links.size() == static_cast<std::size_t>(2 * count));  // to each note and back
  }
}

namespace {

// The x of the first text item under each structure element of `role`, in order.
std::vector<double> first_x_of(const layout::PagedDocument& paged, layout::Role role) {
  std::vector<double> xs;
  for (std::size_t n = 0; n < paged.structure.size(); ++n) {
    if (paged.structure[n].role != role) continue;
    for (const auto& page : paged.pages) {
      const auto it = std::find_if(page.items.begin(), page.items.end(), [&](const layout::Item& i) {
        return i.kind == layout::ItemKind::Text && i.node >= 0 &&
               (static_cast<std::size_t>(i.node) == n ||
                static_cast<std::size_t>(paged.structure[static_cast<std::size_t>(i.node)].parent) == n);
      });
      if (it != page.items.end()) {
        xs.push_back(it->x);
        break;
      }
    }
  }
  return xs;
}

}  // namespace

TEST_CASE("layout: list text starts at one indent for bullets and numbers, and a long number keeps its dot",
          "[layout]") {
  std::string items;
  for (int i = 1; i <= 12; ++i) items += "<li>Item</li>";
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>
<ul><li>Bullet</li></ul><ol><li>One</li></ol><ol>)" + items + R"(</ol></body></handout>)");
  FakeMetrics fm;
  const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, narrow_template()), fm);
  const std::vector<double> bodies = first_x_of(paged, layout::Role::LBody);
  REQUIRE(bodies.size() == 14);
  CHECK(bodies[0] == Approx(bodies[1]));  // a bullet list and a short numbered list
  CHECK(bodies[2] > bodies[0]);           // "12." needs a wider column than "9."
  // Every marker is one text item on one baseline: "10." is never broken before its dot.
  for (std::size_t n = 0; n < paged.structure.size(); ++n) {
    if (paged.structure[n].role != layout::Role::Lbl) continue;
    int pieces = 0;
    for (const auto& page : paged.pages)
      for (const auto& it : page.items) pieces += it.kind == layout::ItemKind::Text && it.node == static_cast<int>(n);
    CHECK(pieces == 1);
  }
}

TEST_CASE("layout: endnote numbers are right-aligned, so 9. and 10. align on the point", "[layout]") {
  std::string notes;
  for (int i = 1; i <= 10; ++i) notes += "Text<note>A note.</note> ";
  auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body><p>)" + notes +
                                  R"(</p></body></handout>)");
  FakeMetrics fm;
  const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, narrow_template()), fm);
  std::vector<double> right_edges;
  for (const auto& page : paged.pages)
    for (const auto& it : page.items) {
      if (it.kind != layout::ItemKind::Text || it.node < 0) continue;
      // A note label's text belongs to a Link inside the Lbl inside the Note.
      const auto& link = paged.structure[static_cast<std::size_t>(it.node)];
      if (link.role != layout::Role::Link || link.parent < 0) continue;
      if (paged.structure[static_cast<std::size_t>(link.parent)].role != layout::Role::Lbl) continue;
      double w = 0;
      for (const auto& g : it.glyphs) w += g.advance;
      right_edges.push_back(it.x + w);
    }
  REQUIRE(right_edges.size() == 10);
  for (double edge : right_edges) CHECK(edge == Approx(right_edges.front()));
}

namespace {

// The page of the first text item under the first structure element of `role` (its own text or
// its descendants'), or -1.
int first_page_of(const layout::PagedDocument& paged, layout::Role role) {
  std::size_t target = paged.structure.size();
  for (std::size_t n = 0; n < paged.structure.size() && target == paged.structure.size(); ++n)
    if (paged.structure[n].role == role) target = n;
  for (std::size_t p = 0; p < paged.pages.size(); ++p)
    for (const auto& it : paged.pages[p].items) {
      if (it.kind != layout::ItemKind::Text || it.node < 0 || it.artifact != layout::ArtifactKind::None) continue;
      for (int n = it.node; n >= 0; n = paged.structure[static_cast<std::size_t>(n)].parent)
        if (static_cast<std::size_t>(n) == target) return static_cast<int>(p);
    }
  return -1;
}

}  // namespace

TEST_CASE("layout: a caption and header row are never left without a body row, however the pages fall",
          "[layout]") {
  for (int fill = 0; fill < 14; ++fill) {
    std::string before;
    for (int i = 0; i < fill; ++i) before += "<p>Filler line.</p>";
    auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>)" + before +
                                    R"(<table><caption>Times</caption><tr><th>Day</th></tr><tr><td>Monday</td></tr>
<tr><td>Tuesday</td></tr></table></body></handout>)");
    FakeMetrics fm;
    const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, narrow_template()), fm);
    INFO("paragraphs before the table: " << fill);
    CHECK(first_page_of(paged, layout::Role::Caption) == first_page_of(paged, layout::Role::TD));
    CHECK(first_page_of(paged, layout::Role::TH) == first_page_of(paged, layout::Role::TD));
  }
}

TEST_CASE("layout: a lead-in ending in a colon stays with its list, however the pages fall", "[layout]") {
  for (int fill = 0; fill < 14; ++fill) {
    std::string before;
    for (int i = 0; i < fill; ++i) before += "<p>Filler line.</p>";
    auto doc = test::parse_for_test(R"(<handout lang="en-GB"><meta><title>T</title></meta><body>)" + before +
                                    R"(<p>If the fire alarm sounds:</p><ul><li>Leave by the nearest exit.</li>
<li>Meet on the field.</li></ul></body></handout>)");
    FakeMetrics fm;
    const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, narrow_template()), fm);
    INFO("paragraphs before the lead-in: " << fill);
    // The lead-in is the last P before the list; its page is the page of the list's first item.
    int lead_in_page = -1;
    for (std::size_t p = 0; p < paged.pages.size(); ++p)
      for (const auto& it : paged.pages[p].items)
        if (it.kind == layout::ItemKind::Text && it.node >= 0 &&
            paged.structure[static_cast<std::size_t>(it.node)].role == layout::Role::P)
          lead_in_page = static_cast<int>(p);  // the last P met is the lead-in
    CHECK(lead_in_page == first_page_of(paged, layout::Role::LI));
  }
}

TEST_CASE("layout: a right-to-left paragraph ends every line at the right margin, in logical order",
          "[layout][bidi]") {
  auto doc = test::parse_for_test(R"(<handout lang="he"><meta><title>T</title></meta><body>
<p>אחד שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר אחת עשרה שתים עשרה שלוש עשרה ארבע עשרה</p>
<ul><li>פריט</li></ul></body></handout>)");
  FakeMetrics fm;
  const auto t = narrow_template();
  const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, t), fm);
  const double left = 10 * 72 / 25.4, right = (100 - 10) * 72 / 25.4;
  std::map<double, std::pair<double, double>> lines;  // baseline -> extent
  std::map<double, std::vector<double>> starts;       // baseline -> item x, in content order
  for (const auto* it : text_items(paged.pages[0])) {
    double w = 0;
    for (const auto& g : it->glyphs) w += g.advance;
    auto [line, added] = lines.try_emplace(it->y, it->x, it->x + w);
    line->second = {std::min(line->second.first, it->x), std::max(line->second.second, it->x + w)};
    starts[it->y].push_back(it->x);
  }
  REQUIRE(lines.size() >= 3);  // two lines of the paragraph, the list item
  for (const auto& [y, extent] : lines) {
    CHECK(std::abs(extent.second - right) < 0.01);
    CHECK(extent.first > left);
    // Listed in logical order: each word further left than the one before it.
    CHECK(std::is_sorted(starts[y].rbegin(), starts[y].rend()));
  }
  // The text is in Spans with their characters as /ActualText (one per line here: the words and
  // spaces share a face), which read the paragraph back in logical order; a line that wraps at a
  // space keeps that space, so the lines join as they are.
  std::string read;
  for (const layout::StructNode& n : paged.structure)
    if (n.role == layout::Role::Span && paged.structure[static_cast<std::size_t>(n.parent)].role == layout::Role::P)
      read += n.actual_text;
  CHECK(read == "אחד שתיים שלוש ארבע חמש שש שבע שמונה תשע עשר אחת עשרה שתים עשרה שלוש עשרה ארבע עשרה");
}

namespace {

// A 300 x 100 mm sheet of three 100 mm panels, each with the narrow template's 10 mm side margins.
style::Template tri_fold_template() {
  style::Template t = narrow_template();
  t.page.width_mm = 300;
  t.layout.panels = 3;
  t.layout.fold = style::Fold::Roll;
  return t;
}

constexpr double kPanelPt = 100 * 72 / 25.4;

// The place of (page, panel) in a roll fold's reading order: cover, inside 1-3, flap, back.
int roll_fold_rank(std::size_t page, int panel) {
  static const int kRank[2][3] = {{4, 5, 0}, {1, 2, 3}};
  return static_cast<int>(page / 2) * 6 + kRank[page % 2][panel];
}

}  // namespace

TEST_CASE("layout: a roll-folded tri-fold fills cover, inside panels, flap and back in that order", "[layout]") {
  std::string body;
  for (int i = 0; i < 60; ++i) body += "<p>para" + std::to_string(i) + " some words to fill the panel up</p>";
  auto doc = test::parse_for_test("<handout lang=\"en-GB\"><meta><title>T</title></meta><body>" + body +
                                  "</body></handout>");
  FakeMetrics fm;
  const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, tri_fold_template()), fm);
  REQUIRE(paged.pages.size() >= 2);
  CHECK(paged.width == Approx(3 * kPanelPt));
  // Each paragraph's first line: the rank of its panel never goes back, and every line stays
  // inside its panel's margins.
  std::map<int, int> rank_of_node;
  std::set<int> ranks;
  for (std::size_t p = 0; p < paged.pages.size(); ++p) {
    for (const auto* it : text_items(paged.pages[p])) {
      double w = 0;
      for (const auto& g : it->glyphs) w += g.advance;
      const int panel = static_cast<int>(it->x / kPanelPt);
      CHECK(it->x >= panel * kPanelPt + 10 * 72 / 25.4 - 0.01);
      CHECK(it->x + w <= (panel + 1) * kPanelPt - 10 * 72 / 25.4 + 0.01);
      const int rank = roll_fold_rank(p, panel);
      ranks.insert(rank);
      if (!rank_of_node.count(it->node)) rank_of_node[it->node] = rank;
    }
  }
  int last = -1;
  for (const auto& [node, rank] : rank_of_node) {  // nodes are numbered in reading order
    CHECK(rank >= last);
    last = std::max(last, rank);
  }
  CHECK(ranks.count(0) == 1);  // the text starts on the front cover (page 1, right panel)
  CHECK(ranks.size() >= 4);
}

TEST_CASE("layout: a callout running on into the next panel gets one box in each panel", "[layout]") {
  std::string body;
  for (int i = 0; i < 5; ++i) body += "<p>lead " + std::to_string(i) + " words words words</p>";
  body += "<callout>";
  for (int i = 0; i < 8; ++i) body += "<p>inside " + std::to_string(i) + " words words words</p>";
  body += "</callout>";
  auto doc = test::parse_for_test("<handout lang=\"en-GB\"><meta><title>T</title></meta><body>" + body +
                                  "</body></handout>");
  FakeMetrics fm;
  style::Template t = tri_fold_template();
  t.layout.fold = style::Fold::None;  // left to right: the callout runs from panel 1 into panel 2
  const auto paged = layout::layout_document(handout::resolve::resolve_document(doc, t), fm);
  std::vector<layout::Rect> boxes;
  for (const auto& it : paged.pages[0].items)
    if (it.kind == layout::ItemKind::Fill && it.artifact == layout::ArtifactKind::Background) boxes.push_back(it.rect);
  REQUIRE(boxes.size() == 2);
  for (const auto& r : boxes) {
    const int panel = static_cast<int>(r.x / kPanelPt);
    CHECK(r.x >= panel * kPanelPt);
    CHECK(r.x + r.w <= (panel + 1) * kPanelPt);
  }
  CHECK(static_cast<int>(boxes[0].x / kPanelPt) != static_cast<int>(boxes[1].x / kPanelPt));
}
