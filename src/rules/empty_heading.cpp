// Rule 4 `empty-heading` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.3.1 and 2.4.6; axe
// empty-heading; PAC "Tagged text consists of only whitespace" (an H tag with no content).
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

void check_empty_heading(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::Heading) return;
    // plain_text gives "\n" for <br/>, so whitespace-only covers "only line breaks" too.
    const std::string text = model::plain_text(block.inlines);
    if (text.find_first_not_of(" \t\r\n") != std::string::npos) return;
    const std::string name = "h" + std::to_string(block.level);
    reporter.report(block.loc, name + " has no text",
                    "write the heading text inside <" + name + ">, or delete the empty heading");
  });
}

}  // namespace

extern const Rule kEmptyHeading{
    4, "empty-heading", Severity::Error, "1.3.1, 2.4.6",
    "every heading has text",
    "Reports an h1-h6 with no text once whitespace is trimmed: an empty element, only spaces, or "
    "only <br/>. (Text in a <note> is printed elsewhere and does not count.) An empty heading is "
    "announced as a heading with no name and leaves a blank entry in the PDF bookmarks, and blank "
    "headings are often used for spacing, which is the template's job (WCAG 2.2 SC 1.3.1, 2.4.6; "
    "axe empty-heading; PAC \"Tagged text consists of only whitespace\"). Fix: write the heading "
    "text or delete the element.",
    &check_empty_heading,
};

}  // namespace handout::rules
