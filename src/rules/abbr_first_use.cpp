// Rule 26 `abbr-first-use` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kAbbrFirstUse{
    26, "abbr-first-use", Severity::Info, "3.1.4",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
