// Rule 47 `repeated-word` (docs/spec/lint-rules.md): the same word twice in a row, usually a
// slip when editing ("the the"). Vale.Repetition; write-good `illusion` (lexical illusions).
// Screen readers read the slip aloud, and readers stumble on it.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

// Doubled words that are often correct English: "he had had enough", "I know that that is true".
constexpr std::array<std::string_view, 2> kOftenValid{"had", "that"};

bool only_spaces(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == ' ' || s[i] == '\t') {
      ++i;
    } else if (s.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else {
      return false;
    }
  }
  return true;
}

void check_repeated_word(const RuleContext& ctx, RuleReporter& reporter) {
  // English only (lint-rules.md: rules 42-48): other languages double words legitimately (Welsh
  // "ei ei", Polish "to to") and the allow-list is English.
  for (const text::Prose& p : text::collect_prose(ctx.resolved, text::ProseOptions{})) {
    const auto analysis = text::analyse(p.text);
    const std::string_view t = analysis->text;
    const std::vector<text::Word>& words = analysis->words;
    for (const text::Sentence& s : analysis->sentences) {
      for (std::size_t i = s.first_word + 1; i < s.end_word; ++i) {
        const std::string_view a = words[i - 1].text, b = words[i].text;
        if (!text::iequals(a, b) || !text::has_letter(b)) continue;
        // Only white space between them, as Vale.Repetition: "no, no" is deliberate.
        if (!only_spaces(t.substr(words[i - 1].end(), words[i].offset - words[i - 1].end()))) continue;
        bool valid = false;
        for (std::string_view w : kOftenValid) valid |= text::iequals(w, b);
        if (valid) continue;
        const std::string phrase(t.substr(words[i - 1].offset, words[i].end() - words[i - 1].offset));
        reporter.report(p.loc, "word repeated: \"" + phrase + "\"", "delete one \"" + std::string(b) + "\"");
      }
    }
  }
}

}  // namespace

extern const Rule kRepeatedWord{
    47, "repeated-word", Severity::Info, "—",
    "no word written twice in a row (\"the the\")",
    "Reports a word immediately followed by the same word, ignoring case, with only white space "
    "between them and within one sentence (so \"… go. Go …\" and \"no, no\" are left alone). Numbers "
    "are not words here, and \"had had\" and \"that that\" are allowed because they are often correct "
    "English. English only: other languages are skipped. A doubled word is usually left over from "
    "editing; readers stumble on it and screen readers read both (Vale.Repetition; write-good "
    "illusion). Fix: delete one of the two.",
    &check_repeated_word,
};

}  // namespace handout::rules
