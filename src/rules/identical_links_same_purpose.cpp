// Rule 24 `identical-links-same-purpose` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kIdenticalLinksSamePurpose{
    24, "identical-links-same-purpose", Severity::Info, "2.4.9",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
