// Rule 14 `callout-boundary-contrast` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kCalloutBoundaryContrast{
    14, "callout-boundary-contrast", Severity::Info, "1.4.11",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
