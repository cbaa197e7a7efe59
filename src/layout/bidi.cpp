#include "layout/bidi.hpp"

#include <fribidi.h>

#include <algorithm>

#include "core/utf8.hpp"

namespace handout::layout::detail {

namespace {

// Most text is left to right with no right-to-left letter in it; finding that out must cost no
// more than a scan (ASCII holds no right-to-left character, so only other bytes are decoded).
bool has_right_to_left_character(std::string_view text) {
  for (std::size_t p = 0; p < text.size();) {
    if (static_cast<unsigned char>(text[p]) < 0x80) {
      ++p;
      continue;
    }
    if (FRIBIDI_IS_RTL(fribidi_get_bidi_type(static_cast<FriBidiChar>(next_code_point(text, p))))) return true;
  }
  return false;
}

}  // namespace

std::vector<std::uint8_t> embedding_levels(std::string_view text, bool right_to_left) {
  if (text.empty() || (!right_to_left && !has_right_to_left_character(text))) return {};
  std::vector<FriBidiChar> chars;
  std::vector<std::size_t> starts;  // byte offset of each character
  for (std::size_t p = 0; p < text.size();) {
    starts.push_back(p);
    chars.push_back(static_cast<FriBidiChar>(next_code_point(text, p)));
  }
  const auto n = static_cast<FriBidiStrIndex>(chars.size());
  std::vector<FriBidiCharType> types(chars.size());
  std::vector<FriBidiBracketType> brackets(chars.size());
  std::vector<FriBidiLevel> levels(chars.size());
  fribidi_get_bidi_types(chars.data(), n, types.data());
  // Rule N0: paired brackets take the direction of what they enclose.
  fribidi_get_bracket_types(chars.data(), n, types.data(), brackets.data());
  FriBidiParType base = right_to_left ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
  if (!fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), n, &base, levels.data()))
    return std::vector<std::uint8_t>(text.size(), right_to_left ? 1 : 0);
  // A higher-level protocol (UAX #9 §4.3, HL5-style): one space or hyphen between digits at the
  // same left-to-right level joins them into one number. "0300 1234567" in an Urdu sentence
  // is a phone number read left to right as a whole; by rules W2 and N1 alone its groups would
  // be shown in reverse order ("1234567 0300").
  auto digit = [&](std::size_t i) { return types[i] == FRIBIDI_TYPE_EN || types[i] == FRIBIDI_TYPE_AN; };
  for (std::size_t i = 1; i + 1 < chars.size(); ++i) {
    const bool separator = chars[i] == ' ' || chars[i] == '-' || chars[i] == 0x2010 || chars[i] == 0x2011;
    if (separator && digit(i - 1) && digit(i + 1) && levels[i - 1] == levels[i + 1] && levels[i - 1] % 2 == 0 &&
        levels[i] < levels[i - 1])
      levels[i] = levels[i - 1];
  }
  std::vector<std::uint8_t> out(text.size());
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const std::size_t end = i + 1 < chars.size() ? starts[i + 1] : text.size();
    std::fill(out.begin() + static_cast<std::ptrdiff_t>(starts[i]), out.begin() + static_cast<std::ptrdiff_t>(end),
              static_cast<std::uint8_t>(levels[i]));
  }
  return out;
}

std::vector<std::size_t> visual_order(const std::vector<std::uint8_t>& levels) {
  std::vector<std::size_t> order(levels.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (levels.empty()) return order;
  const std::uint8_t highest = *std::max_element(levels.begin(), levels.end());
  std::uint8_t lowest_odd = highest + 1;
  for (std::uint8_t l : levels)
    if (l % 2 == 1) lowest_odd = std::min(lowest_odd, l);
  for (int level = highest; level >= lowest_odd; --level) {
    for (std::size_t i = 0; i < order.size();) {
      if (levels[order[i]] < level) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < order.size() && levels[order[j]] >= level) ++j;
      std::reverse(order.begin() + static_cast<std::ptrdiff_t>(i), order.begin() + static_cast<std::ptrdiff_t>(j));
      i = j;
    }
  }
  return order;
}

}  // namespace handout::layout::detail
