// Rule 5 `duplicate-heading` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kDuplicateHeading{
    5, "duplicate-heading", Severity::Info, "2.4.6",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
