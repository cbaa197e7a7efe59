// Rule 57 `form-field-label`: a reply slip field without a label. WCAG 2.2 SC 1.3.1, 3.3.2 and
// 4.1.2: the label is the field's only name — the printed words beside the line, the PDF field's
// /TU (PDF/UA-1 §7.18.4, Matterhorn 28-005), the DOCX control's alias, the HTML <label>.
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

const char* field_element(model::FieldKind kind) {
  switch (kind) {
    case model::FieldKind::Text: return "text-field";
    case model::FieldKind::Date: return "date-field";
    case model::FieldKind::Checkbox: return "checkbox";
    case model::FieldKind::Choice: return "choice";
    case model::FieldKind::Signature: return "signature";
  }
  return "field";
}

void check_form_field_label(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::ReplySlip || !block.slip) return;
    for (const model::FormField& f : block.slip->fields) {
      if (f.label && !f.label->empty()) continue;
      reporter.report(f.loc, std::string("<") + field_element(f.kind) + "> has no label",
                      f.kind == model::FieldKind::Choice
                          ? "write the question as label=\"…\", e.g. label=\"Will your child need a packed lunch?\""
                          : "write what to fill in as label=\"…\", e.g. label=\"Child's name\"");
    }
  });
}

}  // namespace

extern const Rule kFormFieldLabel{
    57, "form-field-label", Severity::Error, "1.3.1, 3.3.2, 4.1.2",
    "every reply slip field has a label",
    "Reports a field of a <reply-slip> (text-field, date-field, checkbox, choice, signature) whose "
    "label attribute is missing or blank. The label is the only name the field has: the words "
    "printed beside it, the PDF form field's tooltip (/TU) that screen readers speak (PDF/UA-1 "
    "§7.18.4, Matterhorn 28-005), the Word content control's title and the HTML <label>; without "
    "it a reader hears \"edit text\" and has to guess (WCAG 2.2 SC 1.3.1, 3.3.2 and 4.1.2; axe "
    "label). Fix: write label=\"…\" saying what to fill in; for a choice, the question.",
    &check_form_field_label,
};

}  // namespace handout::rules
