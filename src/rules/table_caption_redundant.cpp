// Rule 35 `table-caption-redundant` (docs/spec/lint-rules.md): the table caption repeats the
// heading just before it, word for word. WCAG 2.2 SC 1.3.1; axe `table-duplicate-name` is the
// web analogue (caption equal to summary). A screen reader then reads the same words twice.
#include <string>
#include <vector>

#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"

namespace handout::rules {
namespace {

using model::Block;
using model::BlockKind;

// The words of a text, case folded: runs of anything but whitespace and ASCII punctuation, so
// "Term dates:" and "term  dates" have the same words.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  for (char c : links::fold_case(links::normalise_space(text))) {
    const bool separator = c == ' ' || (static_cast<unsigned char>(c) < 0x80 && !((c >= '0' && c <= '9') ||
                                                                                  (c >= 'a' && c <= 'z')));
    if (!separator) {
      word += c;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

bool is_container(BlockKind kind) {
  return kind == BlockKind::List || kind == BlockKind::ListItem || kind == BlockKind::Callout ||
         kind == BlockKind::Quote || kind == BlockKind::Section;
}

void check_table_caption_redundant(const RuleContext& ctx, RuleReporter& reporter) {
  // "Just before": the last block with content of its own before the table in reading order; a
  // <section> or <callout> opening between them does not separate them.
  const Block* previous = nullptr;
  model::for_each_block(ctx.doc, [&](const Block& block, model::BlockPath) {
    if (block.kind == BlockKind::Table && block.table && block.table->caption && previous &&
        previous->kind == BlockKind::Heading) {
      const std::string caption = model::plain_text(*block.table->caption);
      const std::vector<std::string> words = words_of(caption);
      if (!words.empty() && words == words_of(model::plain_text(previous->inlines))) {
        reporter.report(block.table->caption_loc,
                        "table caption \"" + links::excerpt(links::normalise_space(caption)) +
                            "\" repeats the heading on line " + std::to_string(previous->loc.line),
                        "remove the caption, or make it say what the heading does not (what the table "
                        "lists, the period or units)");
      }
    }
    if (!is_container(block.kind)) previous = &block;
  });
}

}  // namespace

extern const Rule kTableCaptionRedundant{
    35, "table-caption-redundant", Severity::Info, "1.3.1",
    "a table caption does not just repeat the heading before it",
    "Reports a table <caption> whose words are the same as those of the heading immediately "
    "before the table (ignoring case, spacing and punctuation). A section or callout starting "
    "between them does not count as a separation. A screen reader reads the heading and then the "
    "caption, so the reader hears the same words twice and learns nothing from the second "
    "(WCAG 2.2 SC 1.3.1; axe table-duplicate-name is the web equivalent). Fix: drop the caption, "
    "or make it add something the heading does not say, e.g. \"Term dates for 2026 to 2027, "
    "with INSET days\".",
    &check_table_caption_redundant,
};

}  // namespace handout::rules
