// Rule 48 `wordy-phrase` (docs/spec/lint-rules.md): wordy phrases and weasel words. WCAG 2.2
// SC 3.1.5 Reading Level (advisory); GOV.UK "words to avoid" and plain English; write-good
// `tooWordy`, `weasel`, `adverb`; Vale write-good.TooWordy and write-good.Weasel.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

struct Phrase {
  std::string_view words;        // lower case, single spaces
  std::string_view replacement;  // empty: cut it
};

// Longer phrases first where one contains another ("a large number of" before "a number of").
constexpr std::array<Phrase, 36> kPhrases{{
    {"it is important to note that", ""},
    {"it is important to note", ""},
    {"it should be noted that", ""},
    {"due to the fact that", "because"},
    {"in spite of the fact that", "although"},
    {"at this point in time", "now"},
    {"at the present time", "now"},
    {"in the near future", "soon"},
    {"in the event that", "if"},
    {"for the purpose of", "to"},
    {"a large number of", "many"},
    {"a number of", "some"},
    {"the majority of", "most"},
    {"on a daily basis", "daily"},
    {"in order to", "to"},
    {"with regard to", "about"},
    {"with reference to", "about"},
    {"in relation to", "about"},
    {"prior to", "before"},
    {"is able to", "can"},
    {"are able to", "can"},
    {"has the ability to", "can"},
    {"make a decision", "decide"},
    {"give consideration to", "consider"},
    {"facilitate", "help"},
    {"utilise", "use"},
    {"utilize", "use"},
    {"commence", "start"},
    {"very", ""},
    {"quite", ""},
    {"really", ""},
    {"basically", ""},
    {"extremely", ""},
    {"fairly", ""},
    {"actually", ""},
    {"literally", ""},
}};

// kPhrases grouped by first letter, in table order, so each word is compared with only the
// few phrases that could start with it (lint runs on every word of every leaflet).
struct PhraseIndex {
  std::array<std::vector<const Phrase*>, 26> by_letter;
  PhraseIndex() {
    for (const Phrase& p : kPhrases) by_letter[static_cast<std::size_t>(p.words[0] - 'a')].push_back(&p);
  }
};

const std::vector<const Phrase*>* phrases_starting(std::string_view word) {
  static const PhraseIndex index;
  const char c = static_cast<char>(word[0] | 0x20);
  if (c < 'a' || c > 'z') return nullptr;
  return &index.by_letter[static_cast<std::size_t>(c - 'a')];
}

// Number of words of `phrase` matched at words[at…], or 0.
std::size_t match(const Phrase& phrase, const std::vector<text::Word>& words, std::size_t at, std::size_t end) {
  // Cheap length test of the first word before any comparison: this runs for every word.
  const std::size_t first_length = std::min(phrase.words.find(' '), phrase.words.size());
  if (words[at].text.size() != first_length) return 0;
  std::string_view rest = phrase.words;
  std::size_t k = 0;
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    const std::string_view part = rest.substr(0, space);
    if (at + k >= end || !text::iequals(part, words[at + k].text)) return 0;
    ++k;
    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
  }
  return k;
}

void check_wordy_phrase(const RuleContext& ctx, RuleReporter& reporter) {
  // English only (lint-rules.md: rules 42-48).
  for (const text::Prose& p : text::collect_prose(ctx.resolved, text::ProseOptions{})) {
    const auto analysis = text::analyse(p.text);
    const std::string_view t = analysis->text;  // word offsets are into the whole text
    const std::vector<text::Word>& words = analysis->words;
    for (const text::Sentence& s : analysis->sentences) {
      for (std::size_t i = s.first_word; i < s.end_word; ++i) {
        const auto* candidates = phrases_starting(words[i].text);
        if (candidates == nullptr) continue;
        for (const Phrase* candidate : *candidates) {
          const Phrase& phrase = *candidate;
          const std::size_t n = match(phrase, words, i, s.end_word);
          if (n == 0) continue;
          const std::string found(t.substr(words[i].offset, words[i + n - 1].end() - words[i].offset));
          if (phrase.replacement.empty())
            reporter.report(p.loc, "\"" + found + "\" adds nothing", "cut it, or say exactly what you mean");
          else
            reporter.report(p.loc, "wordy phrase \"" + found + "\"",
                            "write \"" + std::string(phrase.replacement) + "\" instead");
          i += n - 1;
          break;
        }
      }
    }
  }
}

}  // namespace

extern const Rule kWordyPhrase{
    48, "wordy-phrase", Severity::Info, "3.1.5 (advisory)",
    "no wordy phrases or empty intensifiers (\"in order to\", \"very\")",
    "Reports each wordy phrase, with its plain replacement: in order to (to), a number of (some), a "
    "large number of (many), the majority of (most), due to the fact that (because), in spite of the "
    "fact that (although), at this point in time / at the present time (now), in the near future "
    "(soon), in the event that (if), for the purpose of (to), with regard to / with reference to / in "
    "relation to (about), prior to (before), is/are able to and has the ability to (can), make a "
    "decision (decide), give consideration to (consider), facilitate (help), utilise (use), commence "
    "(start); and each filler to cut: \"it is important to note (that)\", \"it should be noted that\", "
    "very, quite, really, basically, extremely, fairly, actually, literally. Matching ignores case and "
    "stays within a sentence. English only: other languages are skipped. Every extra word is one more "
    "for a struggling reader to decode (GOV.UK plain English and \"words to avoid\"; write-good "
    "tooWordy, weasel and adverb; Vale write-good.TooWordy and write-good.Weasel). Fix: use the "
    "replacement, or delete the filler.",
    &check_wordy_phrase,
};

}  // namespace handout::rules
