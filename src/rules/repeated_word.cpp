// Rule 47 `repeated-word` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kRepeatedWord{
    47, "repeated-word", Severity::Info, "—",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
