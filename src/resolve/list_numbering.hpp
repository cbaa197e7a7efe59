// The PDF /ListNumbering name (ISO 32000-1 §14.8.5.5, Table 347) of the markers
// ResolvedDocument::list_marker gives a list at `depth` (1 = outermost); "None" where no standard
// name describes them (the en dash). Defined beside list_marker, whose cycle of bullets it follows.
#pragma once
#include <string>

#include "model/document.hpp"

namespace handout::resolve {

const char* list_numbering(bool ordered, int depth);

// The same for a list as written: an ordered list's /ListNumbering follows its type (1.1).
const char* list_numbering(const model::Block& list, int depth);

// The marker of the `index`-th item (1-based) of `list` at `depth`, settled once for every writer:
// a bullet for <ul>; for <ol>, the number start + index - 1 in the list's style and a full stop
// ("5.", "e.", "E.", "v.", "V."). Letters run a…z, aa, ab… and Roman numerals stop at 3999, both
// as CSS counts them, after which the number is written in digits.
std::string list_marker(const model::Block& list, int depth, int index);

// The number alone in a list style: 5 → "5", "e", "E", "v", "V".
std::string list_number(model::ListStyle style, int number);

}  // namespace handout::resolve
