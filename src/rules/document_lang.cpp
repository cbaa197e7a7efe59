// Rule 17 `document-lang` (docs/spec/lint-rules.md): WCAG 2.2 SC 3.1.1 Language of Page; PDF/UA-1
// §7.2 with Matterhorn 11-001/11-006 (the document Lang must be a valid tag); axe html-lang-valid.
#include "rules/all_rules.hpp"
#include "rules/language_subtags.hpp"

namespace handout::rules {
namespace {

void check_document_lang(const RuleContext& ctx, RuleReporter& reporter) {
  if (auto problem = lang::tag_problem(ctx.doc.lang)) {
    reporter.report(ctx.doc.root_loc, "root lang=\"" + ctx.doc.lang + "\" is not a valid language tag: " + *problem,
                    "use a registered BCP 47 tag such as lang=\"en-GB\", \"cy\" or \"pl\"");
  }
}

}  // namespace

extern const Rule kDocumentLang{
    17, "document-lang", Severity::Error, "3.1.1",
    "the root lang is a valid, registered BCP 47 language tag",
    "Checks the lang attribute of <handout> against BCP 47 (RFC 5646): the syntax, and that the "
    "primary language subtag is registered (ISO 639-1, or ISO 639-2/639-3 where no two-letter code "
    "exists), as are any script (ISO 15924) and region (ISO 3166-1 or a three-digit UN M.49 code) "
    "subtags. Screen readers pick their voice and pronunciation rules from this value, and it is "
    "written to the PDF Lang entry and the DOCX language properties (WCAG 2.2 SC 3.1.1; axe "
    "html-lang-valid; Matterhorn 11-001 and 11-006). \"english\" is well-formed but unregistered "
    "and fails. Fix: write a registered tag such as en-GB, cy or pl.",
    &check_document_lang,
};

}  // namespace handout::rules
