// Rule 19 `link-text-generic` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kLinkTextGeneric{
    19, "link-text-generic", Severity::Error, "2.4.4 (2.4.9 AAA)",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
