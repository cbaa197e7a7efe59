// Rule 10 `image-alt-too-long` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kImageAltTooLong{
    10, "image-alt-too-long", Severity::Info, "1.1.1",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
