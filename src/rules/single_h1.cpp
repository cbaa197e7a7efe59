// Rule 3 `single-h1` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kSingleH1{
    3, "single-h1", Severity::Warning, "1.3.1, 2.4.6",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
