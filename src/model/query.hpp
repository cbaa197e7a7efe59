// Read-only walks over a Document (pandoc's `query`): visit blocks and inlines in document order.
#pragma once
#include <functional>
#include <string>

#include "model/document.hpp"

namespace handout::model {

// Context handed to block visitors: the chain of enclosing blocks, outermost first.
struct BlockPath {
  const std::vector<const Block*>& ancestors;
};

// Visits every block in document order, depth first, including list items, table cell content,
// callout/quote/section children. The callback gets the block and its ancestors.
void for_each_block(const Document& doc, const std::function<void(const Block&, BlockPath)>& fn);

// Visits every inline in `inlines` depth first, the parent before its children. `ancestors` are
// the enclosing inlines (e.g. the Strong around a Text).
void for_each_inline(const Inlines& inlines,
                     const std::function<void(const Inline&, const std::vector<const Inline*>& ancestors)>& fn);

// Every inline sequence a block owns directly: heading/paragraph/plain inlines, a figure caption,
// a table caption. (Cell content is reached as Plain/Paragraph blocks by for_each_block.)
void for_each_inline_run(const Block& block, const std::function<void(const Inlines&)>& fn);

// Visible text of inlines: text nodes joined, LineBreak as "\n", notes left out (their text is
// printed elsewhere). Whitespace is already collapsed by the parser.
std::string plain_text(const Inlines& inlines);
// As above, but including note text.
std::string plain_text_with_notes(const Inlines& inlines);
// Text of a block and all blocks under it, paragraphs separated by "\n".
std::string plain_text(const Block& block);

// What a screen reader is told one answer of a reply slip <choice> is: the question and the
// answer ("Lunch on the day: Packed lunch"), as the DOCX control's alias and the PDF Form's /Alt.
std::string choice_answer_name(const FormField& choice, std::size_t option);

// The languages the document is written in: the root's, then each span's in order of first use,
// each once, as written.
std::vector<std::string> languages_used(const Document& doc);

const char* block_element_name(const Block& block);  // "h2", "p", "ul", … for messages
const char* inline_element_name(InlineKind kind);    // "em", "a", …

}  // namespace handout::model
