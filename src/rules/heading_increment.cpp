// Rule 1 `heading-increment` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kHeadingIncrement{
    1, "heading-increment", Severity::Error, "1.3.1 (also 2.4.6, 2.4.10)",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
