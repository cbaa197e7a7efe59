// Rule 32 `th-scope` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kThScope{
    32, "th-scope", Severity::Warning, "1.3.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
