// Rule 48 `wordy-phrase` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kWordyPhrase{
    48, "wordy-phrase", Severity::Info, "3.1.5 (advisory)",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
