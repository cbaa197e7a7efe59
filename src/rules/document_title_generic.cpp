// Rule 38 `document-title-generic` (shared/spec/lint-rules.md). SKELETON: not implemented yet.
#include "rules/all_rules.hpp"

namespace handout::rules {

extern const Rule kDocumentTitleGeneric{
    38, "document-title-generic", Severity::Warning, "2.4.2",
    "TODO summary",
    "TODO explanation",
    nullptr,
};

}  // namespace handout::rules
