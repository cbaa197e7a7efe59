// Rule 40 `long-italic-run` (docs/spec/lint-rules.md): long stretches of italics. Best
// practice: BDA Dyslexia Style Guide "avoid underlining and italics"; RNIB Clear Print: avoid
// italics; GOV.UK: do not use italics. Slanted letters crowd together and are harder to read.
#include <string>
#include <vector>

#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

constexpr int kMaxItalicWords = 10;

void check_long_italic_run(const RuleContext& ctx, RuleReporter& reporter) {
  std::vector<text::Word> words;
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    model::for_each_inline_run(block, [&](const model::Inlines& inlines) {
      model::for_each_inline(inlines, [&](const model::Inline& i, const std::vector<const model::Inline*>& up) {
        if (i.kind != model::InlineKind::Emphasis) return;
        for (const model::Inline* a : up)
          if (a->kind == model::InlineKind::Emphasis) return;  // the outer em is measured instead
        const std::string content = model::plain_text(i.children);
        words.clear();
        text::split_words(content, words);
        if (static_cast<int>(words.size()) <= kMaxItalicWords) return;
        reporter.report(i.loc,
                        "italic text runs for " + std::to_string(words.size()) + " words (more than " +
                            std::to_string(kMaxItalicWords) + "): \"" + text::quote_excerpt(content, 40) + "\"",
                        "keep <em> to a few words; for a longer passage use a <callout> or plain text");
      });
    });
  });
}

}  // namespace

extern const Rule kLongItalicRun{
    40, "long-italic-run", Severity::Info, "— (best practice)",
    "emphasis (italics) covers at most 10 words",
    "Reports an <em> whose text (notes left out) has more than 10 words; nested <em> count with the "
    "outermost one. <em> renders in italics unless the template maps it to bold, and italic letters are "
    "slanted and crowded, which makes long passages hard to read for people with dyslexia or low "
    "vision (BDA Dyslexia Style Guide: avoid underlining and italics; RNIB Clear Print: avoid italics; "
    "GOV.UK: do not use italics). Fix: emphasise only the few words that matter, or set a longer "
    "passage apart with a <callout>.",
    &check_long_italic_run,
};

}  // namespace handout::rules
