// Rule 15 `contrast-fix-suggestion` (docs/spec/lint-rules.md): part of rules 12 and 13 (WCAG 2.2
// SC 1.4.3, 1.4.6), not a separate finding; the algorithm is suggest_contrast_fix in core/colour.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kContrastFixSuggestion{
    15, "contrast-fix-suggestion", Severity::Info, "1.4.3, 1.4.6",
    "contrast findings suggest the nearest passing colour",
    "Not a check of its own: it adds a suggestion to each color-contrast and "
    "color-contrast-enhanced finding. Keeping the hue and saturation, it searches the HSL lightness "
    "of the text colour (and, separately, of the background) exactly, darker and lighter, and names "
    "the nearest colour that meets the ratio, with its ratio: #999999 or #777777 on white becomes "
    "#767676 (4.54:1), the lightest grey that passes. A background is only suggested when every "
    "other text drawn on that background colour that passes today still passes on it (a callout's "
    "white title is not sacrificed to its dark body text). axe "
    "reports only the expected ratio and Word offers no colour, so this saves a round of trial and "
    "error (WCAG 2.2 SC 1.4.3, 1.4.6). Disable it in the lint config to get the findings without "
    "the suggested colours.",
    nullptr,
};

}  // namespace handout::rules
