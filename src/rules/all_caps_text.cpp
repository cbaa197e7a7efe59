// Rule 39 `all-caps-text` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kAllCapsText{
    39, "all-caps-text", Severity::Warning, "— (best practice; related 1.4.8)",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
