// Rule 53 `template-serif-body-font` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kTemplateSerifBodyFont{
    53, "template-serif-body-font", Severity::Info, "—",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
