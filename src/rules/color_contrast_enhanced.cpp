// Rule 13 `color-contrast-enhanced` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.4.6 Contrast
// (Enhanced, AAA), 7:1 for normal text and 4.5:1 for large text; axe color-contrast-enhanced.
#include "rules/all_rules.hpp"
#include "rules/contrast_text.hpp"

namespace handout::rules {
namespace {

void check_color_contrast_enhanced(const RuleContext& ctx, RuleReporter& reporter) {
  // Text that fails AA already has color-contrast's error, whose hint names an AA colour.
  const bool aa_reported = ctx.config.enabled("color-contrast");
  contrast::report_low_contrast(ctx, reporter, contrast::kEnhanced, aa_reported ? &contrast::kMinimum : nullptr);
}

}  // namespace

extern const Rule kColorContrastEnhanced{
    13, "color-contrast-enhanced", Severity::Info, "1.4.6",
    "text contrast is at least 7:1 (4.5:1 for large text)",
    "The same check as color-contrast, over the same text and background colours, at the AAA "
    "thresholds: 7:1 for normal text and 4.5:1 for large text (18pt or more, or 14pt or more in "
    "bold). It is information only: AAA is not required, but handouts for readers with low vision "
    "or older readers benefit from it (WCAG 2.2 SC 1.4.6; axe color-contrast-enhanced, off by "
    "default there). Text below the AA thresholds is left to color-contrast's error (unless that rule "
    "is disabled), so one problem gives one finding. #1a1a1a on #fdf2d0 (15.57:1) passes. Fix: the hint names the nearest colour "
    "that reaches the AAA ratio.",
    &check_color_contrast_enhanced,
};

}  // namespace handout::rules
