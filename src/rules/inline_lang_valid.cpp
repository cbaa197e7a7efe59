// Rule 18 `inline-lang-valid` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kInlineLangValid{
    18, "inline-lang-valid", Severity::Error, "3.1.2",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
