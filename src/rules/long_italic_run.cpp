// Rule 40 `long-italic-run` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kLongItalicRun{
    40, "long-italic-run", Severity::Info, "— (best practice)",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
