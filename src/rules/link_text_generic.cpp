// Rule 19 `link-text-generic` (docs/spec/lint-rules.md): link text must say where the link
// goes. WCAG 2.2 SC 2.4.4 Link Purpose (In Context), AA, and SC 2.4.9 Link Purpose (Link Only),
// AAA; markdownlint MD059 descriptive-link-text; Word checker "Hyperlink text is meaningful".
#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>

#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"

namespace handout::rules {
namespace {

struct GenericPhrases {
  std::string_view language;  // primary language subtag
  std::span<const std::string_view> phrases;  // already case-folded
  // Openings that make any link text vague, whatever follows ("Click here to read the policy":
  // on paper there is nothing to click). Whole words only.
  std::span<const std::string_view> openings;
  // Words that say nothing about a destination: a text made only of these ("click here for more
  // information", "find out more") is as vague as "here".
  std::span<const std::string_view> empty_words;
};

// The spec's English list (a superset of MD059's default "click here", "here", "link", "more").
constexpr std::string_view kEnglish[] = {"click here", "here", "link", "more", "read more", "this", "this link", "click"};
// Welsh: the same phrases as used on bilingual UK public-sector sites ("cliciwch yma" = click here,
// "darllen mwy"/"darllen rhagor" = read more, "y ddolen hon" = this link).
constexpr std::string_view kWelsh[] = {"cliciwch yma", "cliciwch", "yma", "dolen", "y ddolen hon", "mwy",
                                       "rhagor", "darllen mwy", "darllen rhagor", "hwn", "hon"};
// Polish: "kliknij tutaj" = click here, "czytaj więcej" = read more, "ten link" = this link.
constexpr std::string_view kPolish[] = {"kliknij tutaj", "kliknij tu", "kliknij", "tutaj", "tu", "link", "odnośnik",
                                        "więcej", "czytaj więcej", "przeczytaj więcej", "ten link", "ten odnośnik"};

constexpr std::string_view kEnglishOpenings[] = {"click here", "click", "tap here", "press here", "read more",
                                                 "this link", "follow this link"};
constexpr std::string_view kEnglishEmpty[] = {"click", "tap", "press", "here", "link", "more", "read", "this",
                                              "please", "for", "info", "information", "details", "find", "out",
                                              "see", "further", "go", "to", "page", "website", "site"};
constexpr std::string_view kWelshOpenings[] = {"cliciwch yma", "cliciwch", "darllen mwy", "darllen rhagor"};
constexpr std::string_view kWelshEmpty[] = {"cliciwch", "yma", "dolen", "mwy", "rhagor", "darllen", "hwn", "hon"};
constexpr std::string_view kPolishOpenings[] = {"kliknij tutaj", "kliknij tu", "kliknij", "czytaj więcej",
                                                "przeczytaj więcej"};
constexpr std::string_view kPolishEmpty[] = {"kliknij", "tutaj", "tu", "link", "odnośnik", "więcej", "czytaj",
                                             "przeczytaj", "ten"};

constexpr std::array<GenericPhrases, 3> kPhrasesByLanguage{{
    {"en", kEnglish, kEnglishOpenings, kEnglishEmpty},
    {"cy", kWelsh, kWelshOpenings, kWelshEmpty},
    {"pl", kPolish, kPolishOpenings, kPolishEmpty},
}};

// The opening of `folded` that is a vague phrase ("click here" in "click here to apply"), or empty.
std::string_view vague_opening(std::string_view folded, const GenericPhrases& table) {
  for (std::string_view opening : table.openings)
    if (folded.starts_with(opening) && folded.size() > opening.size() && folded[opening.size()] == ' ') return opening;
  return {};
}

// True when every word of `folded` is one of the table's empty words.
bool only_empty_words(std::string_view folded, const GenericPhrases& table) {
  bool any = false;
  std::size_t i = 0;
  while (i < folded.size()) {
    const std::size_t end = std::min(folded.find(' ', i), folded.size());
    std::string_view word = folded.substr(i, end - i);
    while (!word.empty() && std::string_view(",.;:!?").find(word.back()) != std::string_view::npos) word.remove_suffix(1);
    if (!word.empty()) {
      if (std::find(table.empty_words.begin(), table.empty_words.end(), word) == table.empty_words.end()) return false;
      any = true;
    }
    i = end + 1;
  }
  return any;
}

// Trailing punctuation does not make a phrase descriptive ("Read more…", "click here.").
std::string strip_trailing_punctuation(std::string text) {
  for (;;) {
    if (!text.empty() && std::string_view(".,:;!?").find(text.back()) != std::string_view::npos) {
      text.pop_back();
    } else if (text.size() >= 3 && text.compare(text.size() - 3, 3, "…") == 0) {
      text.resize(text.size() - 3);
    } else {
      break;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
  }
  return text;
}

void check_link_text_generic(const RuleContext& ctx, RuleReporter& reporter) {
  for (const links::LinkRef& ref : links::collect_links(ctx.resolved)) {
    const std::string language = links::primary_language(ref.lang);
    const auto table = std::find_if(kPhrasesByLanguage.begin(), kPhrasesByLanguage.end(),
                                    [&](const GenericPhrases& p) { return p.language == language; });
    // Languages without a list are skipped rather than judged by the English one.
    if (table == kPhrasesByLanguage.end()) continue;
    const std::string text = links::link_text(*ref.link);
    const std::string folded = strip_trailing_punctuation(links::fold_case(text));
    const bool whole = std::find(table->phrases.begin(), table->phrases.end(), folded) != table->phrases.end() ||
                       only_empty_words(folded, *table);
    if (whole) {
      reporter.report(ref.link->loc, "link text \"" + links::excerpt(text) + "\" does not say where the link goes",
                      "name the destination in the link text, e.g. <a href=\"…\">school uniform policy</a>; "
                      "on paper \"" + links::excerpt(text) + "\" points nowhere");
      continue;
    }
    const std::string_view opening = vague_opening(folded, *table);
    if (opening.empty()) continue;
    const std::string quoted_opening(text.substr(0, opening.size()));  // fold_case keeps byte lengths of these words
    reporter.report(ref.link->loc,
                    "link text \"" + links::excerpt(text) + "\" starts with \"" + quoted_opening + "\"",
                    "drop \"" + quoted_opening + "\" and let the rest name the destination; on paper there is "
                    "nothing to click");
  }
}

}  // namespace

extern const Rule kLinkTextGeneric{
    19, "link-text-generic", Severity::Error, "2.4.4 (2.4.9 AAA)",
    "link text says where the link goes, not \"click here\" or \"read more\"",
    "Reports an <a> whose text, after trimming, dropping trailing punctuation and case folding, is a "
    "generic phrase: in English \"click here\", \"here\", \"link\", \"more\", \"read more\", \"this\", "
    "\"this link\" or \"click\", or made only of words that name nothing (\"click here for more "
    "information\", \"find out more\"); a text that starts with \"click here\", \"click\", \"tap "
    "here\", \"read more\" or \"this link\" (\"Click here to read the policy\") is reported too. "
    "Welsh (cy) and Polish (pl) have their own lists. The language is the "
    "link's own: the nearest enclosing span lang, else the document lang; other languages are not "
    "checked. Screen-reader users often jump from link to link, and a printed handout cannot be "
    "clicked at all, so the words of the link must name the destination (WCAG 2.2 SC 2.4.4, and "
    "2.4.9 at AAA; markdownlint MD059; Word's \"Hyperlink text is meaningful\"). Fix: rewrite the "
    "link so its text names the page or document, for example \"read the school uniform policy\".",
    &check_link_text_generic,
};

}  // namespace handout::rules
