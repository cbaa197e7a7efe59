// Rule 43 `reading-level` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kReadingLevel{
    43, "reading-level", Severity::Warning, "3.1.5 (AAA: lower secondary level)",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
