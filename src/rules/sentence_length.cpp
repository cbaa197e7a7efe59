// Rule 42 `sentence-length` (docs/spec/lint-rules.md): long sentences. WCAG 2.2 SC 3.1.5
// Reading Level (AAA); GOV.UK: 25 words or fewer; BDA: short, simple sentences; Vale
// Microsoft.SentenceLength (more than 30 words). The limit comes from meta/audience (rule 44).
#include <string>
#include <vector>

#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

void check_sentence_length(const RuleContext& ctx, RuleReporter& reporter) {
  const text::AudienceTarget target = text::audience_target(ctx.doc, ctx.config);
  const int limit = target.targets->max_sentence_words;
  // English only (lint-rules.md: rules 42-48 are skipped for other languages).
  for (const text::Prose& p : text::collect_prose(ctx.resolved, text::ProseOptions{})) {
    if (p.heading) continue;  // a heading is a label, not a sentence
    const auto analysis = text::analyse(p.text);
    for (const text::Sentence& s : analysis->sentences) {
      const std::size_t count = s.end_word - s.first_word;
      if (static_cast<int>(count) <= limit) continue;
      const std::string_view sentence = std::string_view(analysis->text).substr(s.begin, s.end - s.begin);
      reporter.report(p.loc,
                      "sentence has " + std::to_string(count) + " words; " + target.who + " is " +
                          std::to_string(limit),
                      "split \"" + text::quote_excerpt(sentence, 40) + "\" into shorter sentences, one idea each");
    }
  }
}

}  // namespace

extern const Rule kSentenceLength{
    42, "sentence-length", Severity::Info, "3.1.5",
    "sentences are short enough for the audience (25 words for parents, 30 for staff)",
    "Reports each sentence with more words than the audience's limit: 25 for parents and for the "
    "default, 30 for staff, or max_sentence_words for the audience in handout.toml (see "
    "audience-reading-target). Sentences end at . ! ? followed by a capital or the end of the text, and "
    "at every line break; \"e.g.\", \"i.e.\", titles such as \"Dr.\", initials and decimals do not end a "
    "sentence. Headings and <code> are not counted. English only (lang starting \"en\", including a "
    "span's lang): other languages are skipped. Long sentences overload working memory and are the "
    "first thing readers with dyslexia or a learning disability lose track of (WCAG 2.2 SC 3.1.5; "
    "GOV.UK: 25 words or fewer; BDA: short, simple sentences; Vale Microsoft.SentenceLength). Fix: "
    "split the sentence, one idea per sentence, or turn a series into a list.",
    &check_sentence_length,
};

}  // namespace handout::rules
