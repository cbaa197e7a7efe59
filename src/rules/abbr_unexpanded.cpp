// Rule 25 `abbr-unexpanded` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kAbbrUnexpanded{
    25, "abbr-unexpanded", Severity::Warning, "3.1.4",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
