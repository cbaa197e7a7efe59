// Rule 21 `bare-url-in-text` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kBareUrlInText{
    21, "bare-url-in-text", Severity::Warning, "2.4.4",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
