// Rule 8 `image-alt-meaningless` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kImageAltMeaningless{
    8, "image-alt-meaningless", Severity::Error, "1.1.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
