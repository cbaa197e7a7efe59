// Rule 43 `reading-level` (docs/spec/lint-rules.md): Flesch-Kincaid grade and Flesch Reading
// Ease per section and for the whole document, against the audience's target. WCAG 2.2 SC 3.1.5
// Reading Level (AAA: text needs no more than lower secondary education, or a simpler version);
// Vale Readability.FleschKincaid (above 8) and Readability.FleschReadingEase (below 70); GOV.UK:
// write for a reading age of 9.
#include <string>
#include <vector>

#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

// Below this many words the formulas swing by several grades on one long word, so a short
// section (or document) is not judged.
constexpr int kMinWords = 30;

struct Verdict {
  bool fails = false;
  std::string figures;  // "Flesch-Kincaid grade 14.2 (reading ease 28.1)"
  std::string target;   // "the target for staff is grade 10 or lower"
};

Verdict judge(const text::TextStats& stats, const text::AudienceTarget& target) {
  Verdict v;
  if (stats.words < kMinWords || stats.sentences == 0) return v;
  const double grade = text::flesch_kincaid_grade(stats);
  const double ease = text::flesch_reading_ease(stats);
  const bool grade_fails = grade > target.targets->max_grade;
  const bool ease_fails = ease < target.targets->min_reading_ease;
  v.fails = grade_fails || ease_fails;
  v.figures = "Flesch-Kincaid grade " + text::format_one_decimal(grade) + " (reading ease " +
              text::format_one_decimal(ease) + ")";
  std::string want;
  if (grade_fails) want = "grade " + text::format_target(target.targets->max_grade) + " or lower";
  if (ease_fails)
    want += (want.empty() ? "" : " and ") + std::string("reading ease ") +
            text::format_target(target.targets->min_reading_ease) + " or higher";
  v.target = target.who + " is " + want;
  return v;
}

const char* kHint = "use shorter sentences and everyday words of one or two syllables; "
                    "GOV.UK writes for a reading age of 9";

void check_reading_level(const RuleContext& ctx, RuleReporter& reporter) {
  const text::AudienceTarget target = text::audience_target(ctx.doc, ctx.config);
  // English only: the Flesch coefficients and the syllable counter are English (lint-rules.md).
  const std::vector<text::Prose> prose = text::collect_prose(ctx.resolved, text::ProseOptions{});
  std::vector<text::TextStats> stats(prose.size());
  text::TextStats whole;
  std::size_t text_runs = 0;
  for (std::size_t i = 0; i < prose.size(); ++i) {
    if (prose[i].heading) continue;  // headings are labels, not sentences
    stats[i] = text::measure(prose[i].text);
    whole.add(stats[i]);
    ++text_runs;
  }
  const Verdict doc = judge(whole, target);
  if (doc.fails)
    reporter.report(ctx.doc.body_loc, "document reads at " + doc.figures + "; " + doc.target, kHint);

  // A section is a heading and the text up to the next heading of the same or a higher level.
  for (std::size_t h = 0; h < prose.size(); ++h) {
    if (!prose[h].heading || prose[h].note) continue;
    const int level = prose[h].block->level;
    text::TextStats section;
    std::size_t runs = 0;
    for (std::size_t i = h + 1; i < prose.size(); ++i) {
      if (prose[i].heading && !prose[i].note && prose[i].block->level <= level) break;
      if (prose[i].heading) continue;
      section.add(stats[i]);
      ++runs;
    }
    if (runs == text_runs && doc.fails) continue;  // the same text as the document finding
    const Verdict v = judge(section, target);
    if (!v.fails) continue;
    const std::string title = text::quote_excerpt(model::plain_text(prose[h].block->inlines), 50);
    reporter.report(prose[h].loc, "section '" + title + "' reads at " + v.figures + "; " + v.target, kHint);
  }
}

}  // namespace

extern const Rule kReadingLevel{
    43, "reading-level", Severity::Warning, "3.1.5 (AAA: lower secondary level)",
    "each section and the whole document meet the audience's reading level",
    "Computes Flesch-Kincaid grade = 0.39 (W/S) + 11.8 (Y/W) - 15.59 and Flesch Reading Ease = "
    "206.835 - 1.015 (W/S) - 84.6 (Y/W) from words W, sentences S and syllables Y, for the whole "
    "document (reported at <body>) and for each section (a heading and everything up to the next "
    "heading of the same or a higher level, reported at the heading), and warns when the grade is above "
    "the audience's target or the reading ease below it: parents grade 6 / ease 70, staff grade 10 / "
    "ease 50, otherwise grade 8 / ease 60 (see audience-reading-target; handout.toml can change them). "
    "Headings themselves and <code> are not counted, and text under 30 words is not judged, because the "
    "formulas swing wildly on so little. Syllables are counted by rule: groups of vowels, less a silent "
    "final e, -es or -ed, with consonant + -le and British -re spoken (\"ta-ble\", \"cen-tre\"), compounds "
    "such as \"something\" counted half by half, \"n't\" after a consonant as a syllable, and a short table "
    "of exceptions. "
    "English only: other languages are skipped rather than scored with English coefficients. Readers "
    "of a handout span every level of literacy (WCAG 2.2 SC 3.1.5; Vale Readability.FleschKincaid and "
    "FleschReadingEase; GOV.UK: a reading age of 9). Fix: shorter sentences, shorter everyday words, "
    "lists for series, and the active voice.",
    &check_reading_level,
};

}  // namespace handout::rules
