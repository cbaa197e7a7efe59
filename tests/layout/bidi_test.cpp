// The bidirectional algorithm as layout uses it (layout/bidi.hpp): FriBiDi's embedding levels
// with the block's direction as the paragraph's, the phone-number rule, and rule L2's order.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "layout/bidi.hpp"

using handout::layout::detail::embedding_levels;
using handout::layout::detail::visual_order;

namespace {

// The level of the bytes of `part` within `text` (all of them the same, or -1).
int level_of(const std::vector<std::uint8_t>& levels, const std::string& text, const std::string& part) {
  const std::size_t at = text.find(part);
  REQUIRE(at != std::string::npos);
  for (std::size_t i = at; i < at + part.size(); ++i)
    if (levels[i] != levels[at]) return -1;
  return levels[at];
}

}  // namespace

TEST_CASE("bidi: a left-to-right paragraph with no right-to-left letter has no levels", "[layout][bidi]") {
  CHECK(embedding_levels("Phone 0300 1234567 (Monday to Friday).", false).empty());
  CHECK(embedding_levels("", true).empty());
}

TEST_CASE("bidi: English words in an Urdu sentence are a left-to-right run at level 2", "[layout][bidi]") {
  const std::string text = "ہم School Office کو فون کریں۔";
  const auto levels = embedding_levels(text, true);
  REQUIRE(levels.size() == text.size());
  CHECK(level_of(levels, text, "ہم ") == 1);
  CHECK(level_of(levels, text, "School Office") == 2);
  CHECK(level_of(levels, text, " کو فون کریں۔") == 1);
}

TEST_CASE("bidi: a phone number in an Arabic sentence stays one left-to-right number", "[layout][bidi]") {
  for (const std::string number : {"0300 1234567", "0300-1234567"}) {
    INFO(number);
    const std::string text = "اتصلوا على " + number + " من فضلكم";
    const auto levels = embedding_levels(text, true);
    CHECK(level_of(levels, text, number) == 2);  // rules W2 and N1 alone would give the gap level 1
    CHECK(level_of(levels, text, "اتصلوا") == 1);
  }
  // Two numbers that are not joined by one separator stay apart.
  const std::string text = "من 8  إلى 9";
  CHECK(level_of(embedding_levels(text, true), text, "  ") == 1);
}

TEST_CASE("bidi: a Hebrew phrase in an English paragraph is at level 1", "[layout][bidi]") {
  const std::string text = "In Hebrew שלום לכם to all.";
  const auto levels = embedding_levels(text, false);
  CHECK(level_of(levels, text, "In Hebrew ") == 0);
  CHECK(level_of(levels, text, "שלום לכם") == 1);
  CHECK(level_of(levels, text, " to all.") == 0);
}

TEST_CASE("bidi: rule L2 reverses runs from the highest level down to the lowest odd one", "[layout][bidi]") {
  CHECK(visual_order({}).empty());
  CHECK(visual_order({0, 0, 0}) == std::vector<std::size_t>{0, 1, 2});
  CHECK(visual_order({0, 1, 1, 0}) == std::vector<std::size_t>{0, 2, 1, 3});
  // Urdu words around an English pair: the English keeps its order, the whole line reverses.
  CHECK(visual_order({1, 1, 2, 2, 2, 1, 1}) == std::vector<std::size_t>{6, 5, 2, 3, 4, 1, 0});
}
