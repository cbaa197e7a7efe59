// Rule 37 `document-title` (docs/spec/lint-rules.md): WCAG 2.2 SC 2.4.2 Page Titled; PDF/UA-1
// §7.1 with Matterhorn 06-003 (dc:title) and 07-001/07-002 (DisplayDocTitle); axe document-title.
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

void check_document_title(const RuleContext& ctx, RuleReporter& reporter) {
  const std::string& title = ctx.doc.meta.title.text;
  if (title.find_first_not_of(" \t\r\n") != std::string::npos) return;
  const SourceLoc loc = ctx.doc.meta.title.loc.line > 0 ? ctx.doc.meta.title.loc : ctx.doc.meta.loc;
  reporter.report(loc, title.empty() ? "document title is empty" : "document title is only whitespace",
                  "write a title in <meta><title>…</title></meta> that says what the handout is about");
}

}  // namespace

extern const Rule kDocumentTitle{
    37, "document-title", Severity::Error, "2.4.2",
    "meta/title is present and not blank",
    "Reports a <meta><title> that is empty or only whitespace. The title is written to the PDF "
    "dc:title (shown in the window title because DisplayDocTitle is true) and to DOCX "
    "docProps/core.xml; it is the first thing a screen reader announces (WCAG 2.2 SC 2.4.2; axe "
    "document-title; Matterhorn 06-003, 07-001, 07-002). Fix: write a short title that describes "
    "the handout.",
    &check_document_title,
};

}  // namespace handout::rules
