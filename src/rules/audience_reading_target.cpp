// Rule 44 `audience-reading-target` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kAudienceReadingTarget{
    44, "audience-reading-target", Severity::Info, "3.1.5",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
