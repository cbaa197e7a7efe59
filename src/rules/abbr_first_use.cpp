// Rule 26 `abbr-first-use` (docs/spec/lint-rules.md): an abbreviation is explained, but later
// than its first use. WCAG 2.2 SC 3.1.4 Abbreviations (AAA); GOV.UK: "The first time you use an
// abbreviation or acronym explain it in full". Vale's Acronyms rules only ask for an expansion
// somewhere, so this is the stricter, first-use check.
#include <map>
#include <string>

#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

void check_abbr_first_use(const RuleContext& ctx, RuleReporter& reporter) {
  const std::vector<text::AbbrOccurrence> uses = text::collect_abbreviations(ctx.resolved);
  // The first place each abbreviation is expanded, with the expansion when an <abbr title> gives it.
  std::map<std::string, const text::AbbrOccurrence*, std::less<>> expansion;
  for (const auto& u : uses)
    if ((u.use == text::AbbrUse::Titled || u.use == text::AbbrUse::Parenthesised) && expansion.count(u.abbr) == 0)
      expansion.emplace(u.abbr, &u);
  std::map<std::string, bool, std::less<>> seen;
  for (const auto& u : uses) {
    if (!seen.emplace(u.abbr, true).second) continue;  // only the first use matters
    const auto it = expansion.find(u.abbr);
    if (it == expansion.end()) continue;  // never expanded: rule 25's finding
    if (u.use == text::AbbrUse::Titled || u.use == text::AbbrUse::Parenthesised) continue;
    const text::AbbrOccurrence& later = *it->second;
    const std::string words = later.title.empty() ? std::string("words in full") : later.title;
    const std::string where = later.loc.line == u.loc.line ? std::string("further on in the same line")
                                                           : "later, on line " + std::to_string(later.loc.line);
    reporter.report(u.loc, "\"" + u.abbr + "\" is first used here but only explained " + where,
                    "explain it at this first use: \"" + words + " (" + u.abbr + ")\", or <abbr title=\"" + words +
                        "\">" + u.abbr + "</abbr>");
  }
}

}  // namespace

extern const Rule kAbbrFirstUse{
    26, "abbr-first-use", Severity::Info, "3.1.4",
    "an abbreviation is explained at its first use, not later",
    "Reports the first use of an abbreviation that the document does explain, but not there. An "
    "abbreviation counts as explained where it is an <abbr> with a title (not blank and not the "
    "abbreviation itself) or where the text shows \"words in full (ABBR)\". Uses are taken in "
    "document order, headings, list items, captions and notes included; words inside <code> and runs "
    "of capitals are not uses. Readers meet the abbreviation before its meaning and may give up or "
    "guess (WCAG 2.2 SC 3.1.4; GOV.UK: \"The first time you use an abbreviation or acronym explain it "
    "in full\"; Vale's Acronyms rules only ask for an expansion somewhere). Fix: move the expansion to "
    "the first use, e.g. \"Special Educational Needs Co-ordinator (SENCO)\", or mark the first use "
    "<abbr title=\"Special Educational Needs Co-ordinator\">SENCO</abbr>; print templates expand an "
    "abbr with a title at first use.",
    &check_abbr_first_use,
};

}  // namespace handout::rules
