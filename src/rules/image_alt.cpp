// Rule 7 `image-alt` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kImageAlt{
    7, "image-alt", Severity::Error, "1.1.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
