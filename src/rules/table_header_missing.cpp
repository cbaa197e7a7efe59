// Rule 31 `table-header-missing` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kTableHeaderMissing{
    31, "table-header-missing", Severity::Error, "1.3.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
