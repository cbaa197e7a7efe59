// Rule 4 `empty-heading` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kEmptyHeading{
    4, "empty-heading", Severity::Error, "1.3.1, 2.4.6",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
