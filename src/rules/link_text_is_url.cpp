// Rule 20 `link-text-is-url` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kLinkTextIsUrl{
    20, "link-text-is-url", Severity::Warning, "2.4.4",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
