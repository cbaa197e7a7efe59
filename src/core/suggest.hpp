// "Did you mean …?" for a misspelt name: the nearest of a known vocabulary by edit distance.
// One helper for every vocabulary (rule ids, config keys, content elements), so each answers
// typos the same way.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace handout {

// Edit distance: insertions, deletions, substitutions and swaps of two neighbouring characters
// ("strnog", "lo" for "ol"), each costing one (optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if it is fewer than `max_distance` edits away and fewer edits
// than `word` is long (so "b" is not "corrected" to "br"); otherwise an empty string. Ties go to
// the earlier candidate.
std::string closest_word(std::string_view word, const std::vector<std::string_view>& candidates,
                         std::size_t max_distance = 4);

}  // namespace handout
