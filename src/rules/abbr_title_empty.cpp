// Rule 27 `abbr-title-empty` (docs/spec/lint-rules.md): an <abbr> that explains nothing.
// WCAG 2.2 SC 3.1.4 Abbreviations (AAA), technique H28 (expansions in the abbr title); PDF/UA
// carries the title as the /E expansion text, so an empty one leaves screen readers nothing.
#include <string>

#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

void check_abbr_title_empty(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    model::for_each_inline_run(block, [&](const model::Inlines& inlines) {
      model::for_each_inline(inlines, [&](const model::Inline& i, const std::vector<const model::Inline*>&) {
        if (i.kind != model::InlineKind::Abbr) return;
        const std::string label = text::quote_excerpt(model::plain_text(i.children), 60);
        const std::string shown = "<abbr>" + label + "</abbr>";
        const std::string hint = "write the words in full in title, e.g. <abbr title=\"Special Educational Needs "
                                 "Co-ordinator\">SENCO</abbr>, or drop the <abbr> if it is not an abbreviation";
        if (!i.title) {
          reporter.report(i.loc, shown + " has no title", hint);
          return;
        }
        const std::string title = text::quote_excerpt(*i.title, 1000);
        if (title.empty())
          reporter.report(i.loc, shown + " has an empty title", hint);
        else if (text::iequals(title, label))
          reporter.report(i.loc, shown + " has title \"" + title + "\", which repeats the abbreviation", hint);
      });
    });
  });
}

}  // namespace

extern const Rule kAbbrTitleEmpty{
    27, "abbr-title-empty", Severity::Warning, "3.1.4",
    "every abbr has a title with the words in full",
    "Reports an <abbr> with no title attribute, a title that is blank, or a title that only repeats "
    "the abbreviation (compared after trimming white space, ignoring case). The title is the "
    "expansion: the PDF carries it as the /E text of the span for screen readers and the print "
    "templates print it at first use, so an empty one explains nothing (WCAG 2.2 SC 3.1.4, technique "
    "H28). No anchor tool has this check. Fix: put the words in full in title, e.g. <abbr "
    "title=\"Education, Health and Care Plan\">EHCP</abbr>, or remove the <abbr> element.",
    &check_abbr_title_empty,
};

}  // namespace handout::rules
