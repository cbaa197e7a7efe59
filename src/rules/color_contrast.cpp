// Rule 12 `color-contrast` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.4.3 Contrast (Minimum),
// 4.5:1 for normal text and 3:1 for large text; axe color-contrast. The fix in the hint is rule 15.
#include "rules/all_rules.hpp"
#include "rules/contrast_text.hpp"

namespace handout::rules {
namespace {

void check_color_contrast(const RuleContext& ctx, RuleReporter& reporter) {
  contrast::report_low_contrast(ctx, reporter, contrast::kMinimum);
}

}  // namespace

extern const Rule kColorContrast{
    12, "color-contrast", Severity::Error, "1.4.3",
    "text contrast is at least 4.5:1 (3:1 for large text)",
    "Computes the WCAG contrast ratio of every text colour against its background: the template "
    "defaults (body, heading and link text on the page colour, and body text on the callout fill, "
    "reported against the template file), every <span> or <callout> that sets color or background "
    "(the innermost span wins, then the callout, then the template), and every link on a "
    "background set in the content. Normal text needs 4.5:1; large text (18pt or more, or 14pt "
    "or more in bold, which includes <strong> and bold headings) needs 3:1. Ratios are compared "
    "unrounded, so 4.499:1 fails (WCAG 2.2 SC 1.4.3; axe color-contrast with the same thresholds). "
    "Low contrast makes print hard or impossible to read for people with low vision, and "
    "photocopies lose more. Fix: the hint names the nearest passing text or background colour "
    "(rule contrast-fix-suggestion).",
    &check_color_contrast,
};

}  // namespace handout::rules
