// Rule 25 `abbr-unexpanded` (docs/spec/lint-rules.md): an abbreviation that is explained
// nowhere in the document. WCAG 2.2 SC 3.1.4 Abbreviations (AAA): "a mechanism for identifying
// the expanded form … of abbreviations is available"; GOV.UK: explain in full the first time
// unless well known; Vale Google.Acronyms / Microsoft.Acronyms.
#include <algorithm>
#include <array>
#include <set>
#include <string_view>

#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

// Abbreviations UK parents and school staff read every day (GOV.UK A-Z lets "well known" ones
// stand), plus Roman numerals that look like capitals ("Part IV"). DOI, SENCO, CAMHS, EHCP are
// deliberately absent: they are jargon to most parents.
constexpr std::array<std::string_view, 24> kWellKnown{
    "AM", "BBC", "EU", "FAQ", "GP", "ID", "NHS", "OK", "PDF", "PhD", "PM", "TV", "UK", "US", "USA",
    "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
};

void check_abbr_unexpanded(const RuleContext& ctx, RuleReporter& reporter) {
  const std::vector<text::AbbrOccurrence> uses = text::collect_abbreviations(ctx.resolved);
  std::set<std::string, std::less<>> expanded;
  for (const auto& u : uses)
    if (u.use == text::AbbrUse::Titled || u.use == text::AbbrUse::Parenthesised) expanded.insert(u.abbr);
  std::set<std::string, std::less<>> reported;
  for (const auto& u : uses) {
    if (u.use != text::AbbrUse::Word) continue;  // an untitled <abbr> is rule 27's finding
    if (expanded.count(u.abbr) != 0 || reported.count(u.abbr) != 0) continue;
    if (std::find(kWellKnown.begin(), kWellKnown.end(), u.abbr) != kWellKnown.end()) continue;
    reported.insert(u.abbr);
    reporter.report(u.loc, "\"" + u.abbr + "\" is not explained anywhere in the document",
                    "write it in full the first time, as \"words in full (" + u.abbr + ")\", or mark it up as "
                    "<abbr title=\"words in full\">" + u.abbr + "</abbr>");
  }
}

}  // namespace

extern const Rule kAbbrUnexpanded{
    25, "abbr-unexpanded", Severity::Warning, "3.1.4",
    "abbreviations are explained somewhere in the document",
    "Reports, once at its first use, a word that looks like an abbreviation (2 to 6 characters: a "
    "capital letter, then capitals or digits, with at least two capitals, so \"GCSE\" and \"KS2\" count "
    "but \"A4\" and \"I\" do not; at most one lower-case letter, so \"SENCo\" and \"DfE\" count but "
    "\"McCoy\" does not; a plural or possessive \"s\" is ignored, \"GPs\" is \"GP\") when no "
    "<abbr title=\"…\"> gives its expansion and the text nowhere shows it as \"words in full (ABBR)\". "
    "Words inside <code>, inside <abbr> (rule 27 checks those), and words that belong to a run of "
    "capitals reported by all-caps-text (\"DO NOT\" included) and the halves of a UK postcode (\"SW1A "
    "1AA\") are not abbreviations. Well-known abbreviations are allowed: "
    "UK, US, USA, EU, NHS, GP, OK, TV, BBC, PDF, PhD, FAQ, ID, AM, PM and Roman numerals II-XII. Readers "
    "who do not know the abbreviation, including screen-reader users and people with cognitive "
    "disabilities, need the expansion (WCAG 2.2 SC 3.1.4; GOV.UK: explain an abbreviation in full the "
    "first time; Vale Google.Acronyms). Fix: write it out at first use, e.g. \"Child and Adolescent "
    "Mental Health Services (CAMHS)\", or use <abbr title=\"Child and Adolescent Mental Health "
    "Services\">CAMHS</abbr>, which the print templates expand at first use.",
    &check_abbr_unexpanded,
};

}  // namespace handout::rules
