// Rule 42 `sentence-length` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kSentenceLength{
    42, "sentence-length", Severity::Info, "3.1.5",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
