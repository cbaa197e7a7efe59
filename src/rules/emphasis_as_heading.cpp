// Rule 6 `emphasis-as-heading` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kEmphasisAsHeading{
    6, "emphasis-as-heading", Severity::Warning, "1.3.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
