// Rule 11 `decorative-with-alt` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.1.1; PDF/UA-1 §7.1 and
// §7.3, Matterhorn 01-001/01-002 (artifact vs real content); axe presentation-role-conflict.
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

void check_decorative_with_alt(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (!block.image || !block.image->decorative || !block.image->alt) return;
    if (block.image->alt->find_first_not_of(" \t\r\n") == std::string::npos) return;
    reporter.report(block.image->loc,
                    "img is decorative=\"true\" but has alt=\"" + *block.image->alt + "\"",
                    "if the picture carries information, remove decorative=\"true\"; if not, remove the alt");
  });
}

}  // namespace

extern const Rule kDecorativeWithAlt{
    11, "decorative-with-alt", Severity::Warning, "1.1.1",
    "a decorative image has no alt text",
    "Reports an <img> with decorative=\"true\" and a non-empty alt. Decorative images are written "
    "as artifacts (PDF) or marked decorative (DOCX) and their alt is dropped, so the alt text is "
    "lost; if the alt is worth reading, the image is content, not decoration (WCAG 2.2 SC 1.1.1; "
    "Matterhorn 01-001/01-002; axe presentation-role-conflict). Fix: remove decorative=\"true\" "
    "if the picture informs, otherwise remove the alt.",
    &check_decorative_with_alt,
};

}  // namespace handout::rules
