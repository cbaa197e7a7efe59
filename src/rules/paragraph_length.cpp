// Rule 46 `paragraph-length` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kParagraphLength{
    46, "paragraph-length", Severity::Info, "3.1.5 (advisory)",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
