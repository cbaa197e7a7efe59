// Rule 51 `template-justified-text` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kTemplateJustifiedText{
    51, "template-justified-text", Severity::Warning, "1.4.8 (AAA: not justified)",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
