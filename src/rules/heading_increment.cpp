// Rule 1 `heading-increment` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.3.1 Info and
// Relationships (also 2.4.6, 2.4.10); PDF/UA-1 §7.4.2, Matterhorn 14-003 (skipped heading level);
// axe heading-order; markdownlint MD001.
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

void check_heading_increment(const RuleContext& ctx, RuleReporter& reporter) {
  int previous = 0;
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::Heading) return;
    // Only going deeper by more than one level loses structure; going back up is allowed.
    if (previous > 0 && block.level > previous + 1) {
      reporter.report(block.loc,
                      "heading skips from level " + std::to_string(previous) + " to " + std::to_string(block.level),
                      "make it <h" + std::to_string(previous + 1) + ">, or add the missing h" +
                          std::to_string(previous + 1) + " above it");
    }
    previous = block.level;
  });
}

}  // namespace

extern const Rule kHeadingIncrement{
    1, "heading-increment", Severity::Error, "1.3.1 (also 2.4.6, 2.4.10)",
    "heading levels go down one at a time",
    "Reports a heading that is more than one level deeper than the heading before it, such as an "
    "h4 straight after an h2. Going back up any number of levels is fine. Screen reader users move "
    "through a document by its headings and read the levels as its outline; a skipped level "
    "suggests a missing section (WCAG 2.2 SC 1.3.1; axe heading-order; markdownlint MD001; "
    "Matterhorn 14-003 under PDF/UA-1 7.4.2). Fix: use the next level down, or add the missing "
    "heading.",
    &check_heading_increment,
};

}  // namespace handout::rules
