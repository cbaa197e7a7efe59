// Rule 45 `passive-voice` (docs/spec/lint-rules.md): passive constructions. WCAG 2.2 SC 3.1.5
// Reading Level (advisory); GOV.UK and BDA: use the active voice; write-good `passive`, Vale
// write-good.Passive / Google.Passive / Microsoft.Passive use the same "be + participle" pattern.
#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

constexpr std::array<std::string_view, 7> kBe{"is", "are", "was", "were", "be", "been", "being"};

// Adverbs that may sit between the verb and the participle: "is often used", "was not told".
constexpr std::array<std::string_view, 12> kAdverbs{"not", "also", "often", "always", "never", "usually",
                                                    "still", "just", "now", "then", "sometimes", "already"};

// Irregular past participles (write-good's list, trimmed to forms that are not also common
// adjectives or nouns in leaflets).
constexpr std::array<std::string_view, 60> kIrregular{
    "awoken", "been",    "begun",  "bent",   "bitten",   "blown",   "born",    "bought",   "bound",  "broken",
    "brought", "built",  "caught", "chosen", "dealt",    "done",    "drawn",   "driven",   "eaten",  "fallen",
    "fed",    "felt",    "forbidden", "forgiven", "forgotten", "found", "frozen", "given", "gone",  "grown",
    "heard",  "held",    "hidden", "hit",    "hurt",     "kept",    "known",   "laid",     "led",    "left",
    "lent",   "lost",    "made",   "meant",  "met",      "paid",    "said",    "seen",     "sent",   "shown",
    "sold",   "spent",   "spoken", "stolen", "taken",    "taught",  "thought", "told",     "understood", "written",
};

// Words ending in "ed" that are not participles.
constexpr std::array<std::string_view, 12> kNotParticiples{"need",  "seed",   "feed",    "weed",  "deed",  "speed",
                                                           "indeed", "hundred", "breed", "greed", "shed", "embed"};

bool contains(std::span<const std::string_view> list, std::string_view word) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return text::iequals(w, word); });
}

bool is_participle(std::string_view w) {
  if (contains(kIrregular, w)) return true;
  if (w.size() < 4 || !text::iequals(w.substr(w.size() - 2), "ed")) return false;
  return !contains(kNotParticiples, w);
}

bool is_adverb(std::string_view w) {
  return contains(kAdverbs, w) || (w.size() > 4 && text::iequals(w.substr(w.size() - 2), "ly"));
}

void check_passive_voice(const RuleContext& ctx, RuleReporter& reporter) {
  // English only (lint-rules.md: rules 42-48); the verb and participle lists are English.
  for (const text::Prose& p : text::collect_prose(ctx.resolved, text::ProseOptions{})) {
    const auto analysis = text::analyse(p.text);
    const std::string_view t = analysis->text;
    const std::vector<text::Word>& words = analysis->words;
    for (const text::Sentence& s : analysis->sentences) {
      for (std::size_t i = s.first_word; i + 1 < s.end_word; ++i) {
        if (words[i].text.size() > 5 || !contains(kBe, words[i].text)) continue;
        std::size_t j = i + 1;
        if (j + 1 < s.end_word && is_adverb(words[j].text)) ++j;
        if (!is_participle(words[j].text)) continue;
        const std::string phrase(t.substr(words[i].offset, words[j].end() - words[i].offset));
        reporter.report(p.loc, "passive voice: \"" + text::quote_excerpt(phrase, 40) + "\"",
                        "say who does it: \"we will send you a letter\" rather than \"a letter will be sent\"");
        break;  // one finding per sentence
      }
    }
  }
}

}  // namespace

extern const Rule kPassiveVoice{
    45, "passive-voice", Severity::Info, "3.1.5 (advisory)",
    "prefer the active voice",
    "Reports, once per sentence, a form of \"to be\" (is, are, was, were, be, been, being), optionally "
    "followed by one adverb (\"not\", \"often\", a word ending in -ly, …), then a past participle: a word "
    "ending in -ed (except need, speed, hundred and similar) or an irregular participle from a fixed list "
    "(written, given, taken, told, made, …). Like write-good it will also flag adjectives such as \"is "
    "tired\"; the finding is information only. English only: other languages are skipped. The passive "
    "hides who has to act, which is what a reader of a letter home most needs to know, and it makes "
    "sentences longer (GOV.UK and BDA: use the active voice; write-good passive, Vale "
    "write-good.Passive, Google.Passive, Microsoft.Passive). Fix: name who does it: \"the school will "
    "send a letter\", not \"a letter will be sent\".",
    &check_passive_voice,
};

}  // namespace handout::rules
