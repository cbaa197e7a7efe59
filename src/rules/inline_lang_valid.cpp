// Rule 18 `inline-lang-valid` (docs/spec/lint-rules.md): WCAG 2.2 SC 3.1.2 Language of Parts;
// Matterhorn 11-001 (Lang of a structure element must be valid); axe valid-lang.
#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "rules/language_subtags.hpp"

namespace handout::rules {
namespace {

void check_inline_lang_valid(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    model::for_each_inline_run(block, [&](const model::Inlines& run) {
      model::for_each_inline(run, [&](const model::Inline& in, const std::vector<const model::Inline*>&) {
        if (in.kind != model::InlineKind::Span || !in.lang) return;
        if (auto problem = lang::tag_problem(*in.lang)) {
          reporter.report(in.loc, "span lang=\"" + *in.lang + "\" is not a valid language tag: " + *problem,
                          "use a registered BCP 47 tag such as lang=\"cy\", \"fr\" or \"en-GB\"");
        }
      });
    });
  });
}

}  // namespace

extern const Rule kInlineLangValid{
    18, "inline-lang-valid", Severity::Error, "3.1.2",
    "every span lang is a valid, registered BCP 47 language tag",
    "Checks each <span lang> the same way as document-lang: BCP 47 (RFC 5646) syntax, and a "
    "registered primary language subtag (ISO 639), script (ISO 15924) and region (ISO 3166-1 or "
    "UN M.49). A passage in another language is read with that language's voice only if the tag "
    "is valid (WCAG 2.2 SC 3.1.2; axe valid-lang; Matterhorn 11-001). lang=\"english\" is "
    "well-formed (5 to 8 letters) but no such subtag is registered, so it fails. Fix: use the "
    "registered code, for example lang=\"en\", \"cy\" or \"fr-CA\".",
    &check_inline_lang_valid,
};

}  // namespace handout::rules
