// Rule 30 `run-in-list` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kRunInList{
    30, "run-in-list", Severity::Warning, "1.3.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
