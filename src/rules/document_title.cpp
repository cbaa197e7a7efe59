// Rule 37 `document-title` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kDocumentTitle{
    37, "document-title", Severity::Error, "2.4.2",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
