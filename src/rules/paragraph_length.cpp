// Rule 46 `paragraph-length` (docs/spec/lint-rules.md): long, dense paragraphs. WCAG 2.2 SC
// 3.1.5 Reading Level (advisory); BDA Dyslexia Style Guide: avoid long, dense paragraphs.
#include <string>

#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

constexpr int kMaxSentences = 5;
constexpr int kMaxWords = 120;

void check_paragraph_length(const RuleContext& ctx, RuleReporter& reporter) {
  // English only: the sentence splitter's exceptions are English (lint-rules.md, rules 42-48).
  for (const text::Prose& p : text::collect_prose(ctx.resolved, text::ProseOptions{})) {
    if (!p.paragraph || p.note) continue;
    const text::TextStats stats = text::measure(p.text, false);
    if (stats.sentences <= kMaxSentences && stats.words <= kMaxWords) continue;
    reporter.report(p.loc,
                    "paragraph has " + std::to_string(stats.sentences) + (stats.sentences == 1 ? " sentence" : " sentences") + " and " +
                        std::to_string(stats.words) + " words; aim for at most " + std::to_string(kMaxSentences) +
                        " sentences or " + std::to_string(kMaxWords) + " words",
                    "split it into shorter paragraphs, one topic each, or turn a series into a list");
  }
}

}  // namespace

extern const Rule kParagraphLength{
    46, "paragraph-length", Severity::Info, "3.1.5 (advisory)",
    "paragraphs have at most 5 sentences and 120 words",
    "Reports a <p> with more than 5 sentences or more than 120 words (sentences and words counted as "
    "for sentence-length; notes are separate text and not counted). English only: other languages are "
    "skipped. A dense block of text is hard to start, hard to keep your place in and easy to skip, "
    "especially for readers with dyslexia or low vision (BDA Dyslexia Style Guide: avoid long, dense "
    "paragraphs; WCAG 2.2 SC 3.1.5, advisory). Fix: break the paragraph up, one topic each, or make a "
    "list of the items it runs through.",
    &check_paragraph_length,
};

}  // namespace handout::rules
