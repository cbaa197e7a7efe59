// The shared reporting of rules 12 `color-contrast` (WCAG 2.2 SC 1.4.3) and 13
// `color-contrast-enhanced` (SC 1.4.6), with the rule 15 `contrast-fix-suggestion` hint
// (docs/spec/lint-rules.md, "Contrast"). The pairs come from the resolve stage, which lists every
// text/background pair any output paints.
#pragma once
#include "core/colour.hpp"
#include "rules/rule.hpp"

namespace handout::rules::contrast {

struct Thresholds {
  double normal, large;
  const char* criterion;  // "1.4.3"
};
inline constexpr Thresholds kMinimum{4.5, 3.0, "1.4.3"};
inline constexpr Thresholds kEnhanced{7.0, 4.5, "1.4.6"};

// Reports every painted pair (resolve::ResolvedDocument::painted) below its threshold, compared
// unrounded as axe does. Pairs below `already_reported` (the AA thresholds, when rule 12 runs)
// are left out: the error says it, an info finding on the same text would only repeat it.
void report_low_contrast(const RuleContext& ctx, RuleReporter& reporter, const Thresholds& thresholds,
                         const Thresholds* already_reported = nullptr);

}  // namespace handout::rules::contrast
