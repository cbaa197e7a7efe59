// The Unicode bidirectional algorithm (UAX #9, with FriBiDi) for layout: embedding levels over a
// paragraph's logical text, and the visual order of a line's pieces from their levels.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace handout::layout::detail {

// The embedding level of every byte of the UTF-8 paragraph `text` (a character's level repeated
// over its bytes), with the paragraph's base direction given (rules P2-P3 are not applied: the
// resolve stage settles the direction). Empty when every level would be 0 (a left-to-right
// paragraph with no right-to-left character), so such paragraphs are laid out as before.
std::vector<std::uint8_t> embedding_levels(std::string_view text, bool right_to_left);

// UAX #9 rule L2: from the highest level down to the lowest odd level, every maximal sequence of
// items at that level or higher is reversed. Returns the items' indices in visual (left to right)
// order.
std::vector<std::size_t> visual_order(const std::vector<std::uint8_t>& levels);

}  // namespace handout::layout::detail
