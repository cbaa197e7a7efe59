// Rule 28 `list-structure` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kListStructure{
    28, "list-structure", Severity::Error, "1.3.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
