// Rule 22 `link-empty` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kLinkEmpty{
    22, "link-empty", Severity::Error, "2.4.4, 4.1.2",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
