// Rule 29 `manual-list-markers` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kManualListMarkers{
    29, "manual-list-markers", Severity::Warning, "1.3.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
