// The PDF /ListNumbering name (ISO 32000-1 §14.8.5.5, Table 347) of the markers
// ResolvedDocument::list_marker gives a list at `depth` (1 = outermost); "None" where no standard
// name describes them (the en dash). Defined beside list_marker, whose cycle of bullets it follows.
#pragma once

namespace handout::resolve {

const char* list_numbering(bool ordered, int depth);

}  // namespace handout::resolve
