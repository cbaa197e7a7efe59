// Rule 9 `image-alt-redundant` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kImageAltRedundant{
    9, "image-alt-redundant", Severity::Warning, "1.1.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
