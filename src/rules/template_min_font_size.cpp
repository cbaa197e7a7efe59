// Rule 50 `template-min-font-size` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kTemplateMinFontSize{
    50, "template-min-font-size", Severity::Error, "1.4.4 (web analogue)",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
