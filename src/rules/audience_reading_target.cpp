// Rule 44 `audience-reading-target` (docs/spec/lint-rules.md): says which reading target
// rules 42 and 43 use when meta/audience does not pick one. WCAG 2.2 SC 3.1.5 Reading Level:
// the right level depends on who reads the handout (parents: FK grade 6 / FRE 70; staff: grade 10).
#include <string>

#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

void check_audience_reading_target(const RuleContext& ctx, RuleReporter& reporter) {
  // The targets only feed the English readability rules (lint-rules.md: 42-48 are English only).
  if (!text::is_english(ctx.doc.lang)) return;
  const auto& audience = ctx.doc.meta.audience;
  if (audience && ctx.config.audiences.count(audience->text) != 0) return;
  const AudienceTargets& t = ctx.config.default_audience;
  const std::string targets = "grade " + text::format_target(t.max_grade) + " or lower, reading ease " +
                              text::format_target(t.min_reading_ease) + " or higher, sentences of " +
                              std::to_string(t.max_sentence_words) + " words or fewer";
  std::string known;
  for (const auto& [name, unused] : ctx.config.audiences) known += (known.empty() ? "" : ", ") + name;
  const std::string hint = "set <audience> in <meta> to one of: " + known +
                           "; or give this audience its own targets under [audience.NAME] in handout.toml";
  if (!audience)
    reporter.report(ctx.doc.meta.loc, "no <audience> in <meta>: reading level is checked against the default target (" +
                                          targets + ")", hint);
  else
    reporter.report(audience->loc, "audience \"" + audience->text + "\" has no reading target; the default applies (" +
                                       targets + ")", hint);
}

}  // namespace

extern const Rule kAudienceReadingTarget{
    44, "audience-reading-target", Severity::Info, "3.1.5",
    "meta/audience picks the reading-level target",
    "The thresholds of reading-level and sentence-length come from <meta><audience>: parents get "
    "Flesch-Kincaid grade 6 or lower, reading ease 70 or higher and sentences of 25 words or fewer; "
    "staff get grade 10, ease 50 and 30 words; handout.toml can change these or add audiences. This rule "
    "reports, at <audience> or else at <meta>, when the audience is missing or not a configured one, and "
    "says which default target (grade 8, ease 60, 25 words) applies instead. English documents only, "
    "since the readability rules skip other languages. The right reading level depends on who reads "
    "the handout (WCAG 2.2 SC 3.1.5); no anchor tool keys it to an audience. Fix: add "
    "<audience>parents</audience> or <audience>staff</audience>, or define the audience in handout.toml.",
    &check_audience_reading_target,
};

}  // namespace handout::rules
