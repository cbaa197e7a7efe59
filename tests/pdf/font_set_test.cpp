// FontSet::subset on a real font (Liberation Sans through fontconfig): the subset keeps what the
// page uses, and a failing subset throws without leaking its HarfBuzz objects (the suite runs
// under LeakSanitizer in CI, which fails the test on a leak).
#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

#include "pdf/font_set.hpp"
#include "support/test_support.hpp"

using handout::layout::Face;

namespace {

std::vector<std::uint32_t> glyph_ids(handout::pdf::FontSet& fonts, std::string_view text) {
  std::vector<std::uint32_t> ids;
  for (const auto& g : fonts.shape(Face::Regular, text)) ids.push_back(g.id);
  return ids;
}

}  // namespace

TEST_CASE("font set: a subset holds the glyphs used, renumbered from 1", "[pdf][fonts]") {
  const auto tmpl = handout::test::default_template();
  handout::pdf::FontSet fonts(tmpl);
  const std::vector<std::uint32_t> used = glyph_ids(fonts, "Hand");
  REQUIRE(used.size() == 4);
  const auto subset = fonts.subset(Face::Regular, used);
  // TrueType outlines (OpenType spec: sfntVersion 0x00010000).
  REQUIRE(subset.program.size() > 12);
  CHECK(subset.program.compare(0, 4, std::string("\0\1\0\0", 4)) == 0);
  REQUIRE(subset.new_id.size() == 4);
  for (std::uint32_t gid : used) CHECK(subset.new_id.at(gid) >= 1);  // 0 stays .notdef
}

TEST_CASE("font set: a glyph the font does not have makes subset throw, and frees what it made",
          "[pdf][fonts]") {
  const auto tmpl = handout::test::default_template();
  handout::pdf::FontSet fonts(tmpl);
  std::vector<std::uint32_t> used = glyph_ids(fonts, "Hand");
  used.push_back(60000);  // Liberation Sans has about 2,600 glyphs: hb-subset drops this id
  CHECK_THROWS_WITH(fonts.subset(Face::Regular, used), "hb-subset dropped a glyph the page uses");
  // The same FontSet still subsets afterwards.
  used.pop_back();
  CHECK(fonts.subset(Face::Regular, used).new_id.size() == 4);
}
