// Rule 23 `link-href-invalid` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kLinkHrefInvalid{
    23, "link-href-invalid", Severity::Error, "2.4.4",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
