// Rule 15 `contrast-fix-suggestion` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kContrastFixSuggestion{
    15, "contrast-fix-suggestion", Severity::Info, "1.4.3, 1.4.6",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
