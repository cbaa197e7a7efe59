// Rule 39 `all-caps-text` (docs/spec/lint-rules.md): continuous text in block capitals.
// Best practice related to WCAG 2.2 SC 1.4.8 Visual Presentation; BDA Dyslexia Style Guide:
// "AVOID TEXT IN BLOCK CAPITALS"; RNIB Clear Print: avoid capitals for continuous text; GOV.UK:
// no block capitals. Capitals remove the word shapes that readers, dyslexic readers above all,
// rely on, and some screen readers spell short capitalised words out letter by letter.
#include <string>
#include <vector>

#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

void check_all_caps_text(const RuleContext& ctx, RuleReporter& reporter) {
  text::ProseOptions options;
  options.english_only = false;  // capitals are hard to read in any language
  options.keep_abbr = false;     // abbreviations are capitals by nature
  for (const text::Prose& p : text::collect_prose(ctx.resolved, options)) {
    const auto analysis = text::analyse(p.text);
    const std::vector<text::Word>& words = analysis->words;
    // The same runs are skipped by abbr-unexpanded (text::collect_abbreviations), so a shouted
    // word is reported once, here.
    for (const text::CapsRun& run : text::find_caps_runs(words)) {
      const std::size_t begin = words[run.first].offset;
      const std::string quoted = text::quote_excerpt(std::string_view(p.text).substr(begin, words[run.last].end() - begin), 50);
      const std::string hint = "write it in sentence case; for emphasis use <strong>, which stays readable";
      if (run.words < 4 && run.letters <= 25) {  // short, but an ordinary word: emphasis
        reporter.report(p.loc, "text in capitals for emphasis: \"" + quoted + "\"", hint);
        continue;
      }
      const std::string measure = run.words >= 4 ? std::to_string(run.words) + " words"
                                                 : std::to_string(run.letters) + " letters";
      reporter.report(p.loc, measure + " in block capitals: \"" + quoted + "\"", hint);
    }
  }
}

}  // namespace

extern const Rule kAllCapsText{
    39, "all-caps-text", Severity::Warning, "— (best practice; related 1.4.8)",
    "no continuous text in block capitals",
    "Reports a run of four or more words, or of more than 25 letters, written in capitals (words with "
    "a capital and no lower-case letter; numbers neither count nor break a run), once per run at the "
    "element holding it; a shorter run is reported when it holds an ordinary English word that is no "
    "abbreviation (\"DO NOT\", \"You MUST\"): capitals used for emphasis. Text inside <abbr> or <code> is not counted, and the words of a reported run "
    "are not reported again by abbr-unexpanded. Block capitals remove the shapes of words that readers "
    "recognise, slow everyone down and are hardest for dyslexic readers; some screen readers spell "
    "them out (BDA Dyslexia Style Guide: \"avoid text in block capitals\"; RNIB Clear Print; GOV.UK; "
    "related to WCAG 2.2 SC 1.4.8). Fix: write the text in sentence case and, if it needs weight, wrap "
    "it in <strong>.",
    &check_all_caps_text,
};

}  // namespace handout::rules
