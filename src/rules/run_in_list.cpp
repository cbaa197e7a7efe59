// Rule 30 `run-in-list` (docs/spec/lint-rules.md): a list written as one run of prose.
// WCAG 2.2 SC 1.3.1 Info and Relationships (a series that is a list should be marked up as
// one); Matterhorn 16-003 (human check); BDA / GOV.UK: bullet points rather than continuous
// prose. Microsoft.Semicolon flags semicolons but is not list-aware: this rule only fires on a
// series of three or more items.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/all_rules.hpp"
#include "rules/text_analysis.hpp"

namespace handout::rules {
namespace {

// Words after which a clause cannot end, so a semicolon there is a stray one standing in for a
// colon: "children are; better able to learn, …" (the seed leaflet's case).
constexpr std::array<std::string_view, 24> kOpenEndedWords{
    "are", "is",   "was",  "were",  "be",     "include", "includes", "including",
    "as",  "to",   "of",   "for",   "and",    "or",      "the",      "a",
    "an",  "will", "can",  "should", "must",  "with",    "by",       "need",
};

struct Finding {
  int items = 0;
  bool stray = false;   // after a stray semicolon
  bool commas = false;  // a long comma series without semicolons
};

int count_words(std::string_view s) {
  std::vector<text::Word> words;
  text::split_words(s, words);
  return static_cast<int>(words.size());
}

// Positions of `c` in `s` outside round brackets: "(academic or social)," has one comma.
std::vector<std::size_t> top_level(std::string_view s, char c) {
  std::vector<std::size_t> out;
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    else if (s[i] == ')' && depth > 0) --depth;
    else if (s[i] == c && depth == 0) out.push_back(i);
  }
  return out;
}

bool starts_with_word(std::string_view s, std::string_view word) {
  std::vector<text::Word> words;
  text::split_words(s, words);
  return !words.empty() && text::iequals(words[0].text, word);
}

// 3. No semicolon at all, but a long comma series: six or more comma-separated parts, each of 3
//    to 20 words, none after the first opening with a word that joins clauses rather than list
//    items ("or they frighten it…", "which…"). This is the seed's second run-in list: "… can have
//    difficulty focusing attention on learning, depend on others to regulate their emotions, be
//    emotionally self-contained and detached, …". Short enumerations ("children, parents and
//    staff") and ordinary multi-clause sentences stay prose.
constexpr std::size_t kMinCommaItems = 6;
constexpr std::array<std::string_view, 9> kClauseOpeners{"or", "but", "so", "which", "who", "that", "because", "although", "while"};

std::optional<Finding> find_comma_series(std::string_view sentence) {
  const std::vector<std::size_t> commas = top_level(sentence, ',');
  if (commas.size() + 1 < kMinCommaItems) return std::nullopt;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= commas.size(); ++i) {
    const std::size_t to = i < commas.size() ? commas[i] : sentence.size();
    const int n = count_words(sentence.substr(from, to - from));
    if (n < 3 || (i > 0 && n > 20)) return std::nullopt;
    if (i > 0)
      for (std::string_view w : kClauseOpeners)
        if (starts_with_word(sentence.substr(from, to - from), w)) return std::nullopt;
    from = to + 1;
  }
  return Finding{static_cast<int>(commas.size() + 1), false, true};
}

std::optional<Finding> find_series(std::string_view sentence, bool english) {
  const std::vector<std::size_t> semis = top_level(sentence, ';');
  if (semis.empty()) return english ? find_comma_series(sentence) : std::nullopt;
  // 1. A stray semicolon after an open-ended word, then a comma series of three or more items.
  if (english) {
    for (std::size_t semi : semis) {
      std::vector<text::Word> before;
      text::split_words(sentence.substr(0, semi), before);
      if (before.empty() || before.back().end() != semi) continue;
      bool open_ended = false;
      for (std::string_view w : kOpenEndedWords) open_ended |= text::iequals(w, before.back().text);
      if (!open_ended) continue;
      const std::string_view after = sentence.substr(semi + 1);
      const std::size_t items = top_level(after, ',').size() + 1;
      if (items >= 3) return Finding{static_cast<int>(items), true, false};
    }
  }
  // 2. Items separated by semicolons, introduced by a colon, or ending "…; and c", or four or
  //    more of them. Two semicolons in ordinary prose ("I went; it rained; we stayed") do not count.
  if (semis.size() < 2) return std::nullopt;
  std::size_t series_start = 0;
  const std::vector<std::size_t> colons = top_level(sentence.substr(0, semis.front()), ':');
  const bool introduced = !colons.empty();
  if (introduced) series_start = colons.back() + 1;
  std::vector<std::string_view> items;
  std::size_t from = series_start;
  for (std::size_t semi : semis) {
    items.push_back(sentence.substr(from, semi - from));
    from = semi + 1;
  }
  items.push_back(sentence.substr(from));
  for (std::string_view item : items) {
    const int n = count_words(item);
    if (n == 0 || n > 25) return std::nullopt;  // long clauses are prose, not list items
  }
  const bool closing_and = english && (starts_with_word(items.back(), "and") || starts_with_word(items.back(), "or"));
  if (items.size() >= 3 && (introduced || closing_and || items.size() >= 4))
    return Finding{static_cast<int>(items.size()), false, false};
  return std::nullopt;
}

void check_run_in_list(const RuleContext& ctx, RuleReporter& reporter) {
  text::ProseOptions options;
  options.english_only = false;  // the semicolon series is language-neutral; stray-semicolon needs English
  options.keep_code = true;
  const bool english = text::is_english(ctx.doc.lang);
  for (const text::Prose& p : text::collect_prose(ctx.resolved, options)) {
    if (!p.paragraph || p.note) continue;
    const auto analysis = text::analyse(p.text);
    for (const text::Sentence& s : analysis->sentences) {
      const std::string_view sentence = std::string_view(p.text).substr(s.begin, s.end - s.begin);
      const auto found = find_series(sentence, english);
      if (!found) continue;
      const std::string how = found->stray    ? " separated by commas after a stray semicolon"
                              : found->commas ? " separated by commas"
                                              : " separated by semicolons";
      reporter.report(p.loc,
                      "paragraph runs " + std::to_string(found->items) + " list items together" + how + ": \"" +
                          text::quote_excerpt(sentence, 50) + "\"",
                      "end the lead-in with a colon and put each item in its own <li> of a <ul>");
      break;  // one finding per paragraph
    }
  }
}

}  // namespace

extern const Rule kRunInList{
    30, "run-in-list", Severity::Warning, "1.3.1",
    "a series of three or more items is a list, not one run of prose",
    "Reports a <p> with a sentence that strings three or more parallel items together: either a "
    "stray semicolon after a word that cannot end a clause (\"are;\", \"include;\", \"to;\") followed by "
    "three or more comma-separated items, as in \"children are; better able to learn, …, …\" (English "
    "only), or three or more items of at most 25 words separated by semicolons, when a colon introduces "
    "them, the last starts with \"and\"/\"or\", or there are four or more; or, in English, a sentence of "
    "six or more comma-separated parts of 3 to 20 words each, none after the first opening with \"or\", "
    "\"but\", \"which\" or a similar clause word (the seed's \"… can have difficulty focusing attention on "
    "learning, depend on others …, be emotionally self-contained …, …\"). Commas and semicolons inside "
    "brackets do not separate items. Ordinary prose with one or two semicolons is left alone. A list "
    "hidden in a sentence is hard to scan, especially for readers with dyslexia, and screen readers "
    "cannot announce its items (WCAG 2.2 SC 1.3.1; Matterhorn 16-003; BDA and GOV.UK: use bullet "
    "points rather than continuous prose). Fix: end the lead-in with a colon and make each item an <li> "
    "of a <ul>.",
    &check_run_in_list,
};

}  // namespace handout::rules
