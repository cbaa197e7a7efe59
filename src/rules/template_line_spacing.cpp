// Rule 52 `template-line-spacing` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kTemplateLineSpacing{
    52, "template-line-spacing", Severity::Warning, "1.4.8 (AAA: space-and-a-half)",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
