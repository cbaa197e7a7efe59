// Whitespace as readers see it: ASCII whitespace and U+00A0 no-break space.
#pragma once
#include <string>
#include <string_view>

namespace handout {

// True when the text holds nothing but whitespace (ASCII whitespace and U+00A0 no-break space).
bool is_blank(std::string_view text);

// Collapses runs of whitespace (including U+00A0 and line breaks) to one space and trims both ends.
std::string normalise_space(std::string_view text);

}  // namespace handout
