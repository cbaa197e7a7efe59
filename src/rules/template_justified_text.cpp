// Rule 51 `template-justified-text` (docs/spec/lint-rules.md), template lint: body text set
// justified. WCAG 2.2 SC 1.4.8 Visual Presentation (AAA): "text is not justified"; RNIB Clear
// Print and BDA Dyslexia Style Guide: left aligned, ragged right. Justification stretches word
// spaces unevenly and opens "rivers" that make lines hard to track.
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

void check_template_justified_text(const RuleContext& ctx, RuleReporter& reporter) {
  const style::Template& tmpl = ctx.tmpl;
  if (tmpl.body.align != style::TextAlign::Justify) return;
  reporter.report_in(tmpl.file_of(tmpl.body.align_file), tmpl.body.align_loc, "body text is justified",
                     "set align = \"left\" under [body] in the template (ragged right)");
}

}  // namespace

extern const Rule kTemplateJustifiedText{
    51, "template-justified-text", Severity::Warning, "1.4.8 (AAA: not justified)",
    "template body text is left aligned, not justified",
    "Checks the template, not the content: reports body text set to justified alignment, at the "
    "alignment setting in the template file. Justified text stretches the spaces between words "
    "by different amounts from line to line, which opens gaps and \"rivers\" that make it hard, "
    "especially for dyslexic readers, to follow a line (WCAG 2.2 SC 1.4.8, AAA; RNIB Clear Print "
    "and the BDA Dyslexia Style Guide both ask for left-aligned text). Fix: set the body "
    "alignment to left in the template.",
    &check_template_justified_text,
};

}  // namespace handout::rules
