// Rule 14 `callout-boundary-contrast` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.4.11 Non-text
// Contrast, 3:1 for the visual boundary of a component against adjacent colours.
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

constexpr double kBoundaryRatio = 3.0;  // SC 1.4.11

void check_callout_boundary_contrast(const RuleContext& ctx, RuleReporter& reporter) {
  const style::CalloutStyle& style = ctx.tmpl.callout;
  // A drawn border marks the edge whatever the fill (its own contrast is the template's concern).
  if (style.border && style.border_width_pt > 0) return;
  const Colour page = ctx.tmpl.page.background;
  const std::string hint_tail = "add a border in the template's [callout] table (border and border_width)";
  bool default_used = false;
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::Callout) return;
    if (!block.background) {
      default_used = true;
      return;
    }
    const double ratio = contrast_ratio(*block.background, page);
    if (ratio >= kBoundaryRatio) return;
    reporter.report(block.loc,
                    "callout background " + to_hex(*block.background) + " on page " + to_hex(page) + " has contrast " +
                        format_ratio(ratio) + ", below 3:1, and the template draws no border",
                    "use a darker background, or " + hint_tail);
  });
  // The template's own callout fill, once, against the template file.
  if (default_used) {
    const double ratio = contrast_ratio(style.background, page);
    if (ratio < kBoundaryRatio) {
      reporter.report_in(ctx.tmpl.path, {},
                         "template callout background " + to_hex(style.background) + " on page " + to_hex(page) +
                             " has contrast " + format_ratio(ratio) + ", below 3:1, and no border is drawn",
                         hint_tail);
    }
  }
}

}  // namespace

extern const Rule kCalloutBoundaryContrast{
    14, "callout-boundary-contrast", Severity::Info, "1.4.11",
    "callout boxes have a visible edge",
    "Reports a callout whose background has less than 3:1 contrast with the page colour when the "
    "template draws no callout border: the box edge then cannot be seen by many readers with low "
    "vision, so the grouping it shows is lost (WCAG 2.2 SC 1.4.11 Non-text Contrast; axe has no "
    "such rule). A callout background set in the content is reported at the callout; the "
    "template's default fill is reported once against the template file when a callout uses it. "
    "Fix: give the template's [callout] a border, or use a fill that reaches 3:1. Text contrast "
    "inside the box is color-contrast's job.",
    &check_callout_boundary_contrast,
};

}  // namespace handout::rules
