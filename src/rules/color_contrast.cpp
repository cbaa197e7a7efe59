// Rule 12 `color-contrast` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kColorContrast{
    12, "color-contrast", Severity::Error, "1.4.3",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
