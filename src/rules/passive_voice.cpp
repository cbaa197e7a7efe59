// Rule 45 `passive-voice` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kPassiveVoice{
    45, "passive-voice", Severity::Info, "3.1.5 (advisory)",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
