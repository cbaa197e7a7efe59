// Rule 13 `color-contrast-enhanced` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kColorContrastEnhanced{
    13, "color-contrast-enhanced", Severity::Info, "1.4.6",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
