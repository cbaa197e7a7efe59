// Rule 11 `decorative-with-alt` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kDecorativeWithAlt{
    11, "decorative-with-alt", Severity::Warning, "1.1.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
