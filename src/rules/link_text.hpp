// Text helpers shared by the link rules (19-24) and the table rules (31-36): whitespace
// normalising, simple case folding, short quotations for messages, and the list of every <a>
// in a document with its effective language (WCAG 2.2 SC 3.1.2: a span lang changes the
// language of the words inside it, so link text is judged in that language).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/whitespace.hpp"
#include "model/document.hpp"
#include "resolve/resolved_document.hpp"

namespace handout::rules::links {

using handout::is_blank;
using handout::normalise_space;

// Lower-cases ASCII, Latin-1 and Latin Extended-A letters (enough for en, cy and pl words:
// Ŵ→ŵ, Ł→ł, Ż→ż); other code points are copied unchanged. Invalid UTF-8 is copied byte for byte.
std::string fold_case(std::string_view text);

// The text for a message: at most `max_chars` code points, with "…" when cut.
std::string excerpt(std::string_view text, std::size_t max_chars = 60);

// "en-GB" → "en", "CY" → "cy": the primary language subtag, lower-cased.
std::string primary_language(std::string_view tag);

// The visible text of a link (notes inside it left out), whitespace normalised.
std::string link_text(const model::Inline& link);

struct LinkRef {
  const model::Inline* link;
  std::string lang;  // the resolved language of the link: the nearest span lang, else the root lang
};

// Every <a> in document order: body blocks, list items, cells, captions and notes.
std::vector<LinkRef> collect_links(const resolve::ResolvedDocument& resolved);

}  // namespace handout::rules::links
