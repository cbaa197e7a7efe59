// Rule 2 `first-heading-h1` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.3.1 and 2.4.6; Matterhorn
// 14-002 (first heading is not H1 under PDF/UA-1 §7.4.2); axe page-has-heading-one; MD041.
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

void check_first_heading_h1(const RuleContext& ctx, RuleReporter& reporter) {
  const model::Block* first = nullptr;
  bool has_h1 = false;
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::Heading) return;
    if (first == nullptr) first = &block;
    if (block.level == 1) has_h1 = true;
  });
  if (first == nullptr) return;  // no headings at all: emphasis-as-heading covers fake ones
  if (first->level != 1) {
    reporter.report(first->loc,
                    "first heading is h" + std::to_string(first->level) + ", not h1" +
                        (has_h1 ? "" : ", and the body has no h1"),
                    "start the body with an <h1> naming the handout's topic");
  } else if (!has_h1) {
    reporter.report(first->loc, "body has no h1", "add an <h1> naming the handout's topic");
  }
}

}  // namespace

extern const Rule kFirstHeadingH1{
    2, "first-heading-h1", Severity::Error, "1.3.1, 2.4.6",
    "the first heading is an h1",
    "Reports a body whose first heading is not h1 (or that has headings but no h1 at all). The "
    "h1 is the top of the outline that screen readers and PDF bookmarks show; meta/title is "
    "metadata and is not printed as a heading, so the body must supply its own h1 (WCAG 2.2 SC "
    "1.3.1 and 2.4.6; axe page-has-heading-one; markdownlint MD041; Matterhorn 14-002). Fix: make "
    "the first heading an <h1>.",
    &check_first_heading_h1,
};

}  // namespace handout::rules
