// Rule 16 `color-only-meaning` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kColorOnlyMeaning{
    16, "color-only-meaning", Severity::Info, "1.4.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
