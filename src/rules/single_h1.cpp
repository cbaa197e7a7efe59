// Rule 3 `single-h1` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.3.1 and 2.4.6 (one top-level
// heading keeps the outline a tree); markdownlint MD025; NHS content guidance "only 1 H1".
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

void check_single_h1(const RuleContext& ctx, RuleReporter& reporter) {
  const model::Block* first = nullptr;
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::Heading || block.level != 1) return;
    if (first == nullptr) {
      first = &block;
      return;
    }
    reporter.report(block.loc, "another h1; the first is on line " + std::to_string(first->loc.line),
                    "keep one h1 for the handout's topic and make this an <h2>");
  });
}

}  // namespace

extern const Rule kSingleH1{
    3, "single-h1", Severity::Warning, "1.3.1, 2.4.6",
    "the body has only one h1",
    "Reports every h1 after the first. A handout has one topic, named by its h1; sections under "
    "it are h2. Several h1s flatten the outline that screen readers and PDF bookmarks show (WCAG "
    "2.2 SC 1.3.1 and 2.4.6; markdownlint MD025; NHS service manual: \"You should have only 1 "
    "H1\"). It is a warning because older handouts often marked every section as h1. Fix: make the "
    "extra h1s h2 (and their subsections one level deeper).",
    &check_single_h1,
};

}  // namespace handout::rules
