// Rule 41 `blank-spacing` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kBlankSpacing{
    41, "blank-spacing", Severity::Info, "1.3.2",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
