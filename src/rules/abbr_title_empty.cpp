// Rule 27 `abbr-title-empty` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kAbbrTitleEmpty{
    27, "abbr-title-empty", Severity::Warning, "3.1.4",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
