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

constexpr std::array<GenericPhrases, 3> kPhrasesByLanguage{{
    {"en", kEnglish},
    {"cy", kWelsh},
    {"pl", kPolish},
}};

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
    if (std::find(table->phrases.begin(), table->phrases.end(), folded) == table->phrases.end()) continue;
    reporter.report(ref.link->loc, "link text \"" + text + "\" does not say where the link goes",
                    "name the destination in the link text, e.g. <a href=\"…\">school uniform policy</a>; "
                    "on paper \"" + text + "\" points nowhere");
  }
}

}  // namespace

extern const Rule kLinkTextGeneric{
    19, "link-text-generic", Severity::Error, "2.4.4 (2.4.9 AAA)",
    "link text says where the link goes, not \"click here\" or \"read more\"",
    "Reports an <a> whose text, after trimming, dropping trailing punctuation and case folding, is a "
    "generic phrase: in English \"click here\", \"here\", \"link\", \"more\", \"read more\", \"this\", "
    "\"this link\" or \"click\"; Welsh (cy) and Polish (pl) have their own lists. The language is the "
    "link's own: the nearest enclosing span lang, else the document lang; other languages are not "
    "checked. Screen-reader users often jump from link to link, and a printed handout cannot be "
    "clicked at all, so the words of the link must name the destination (WCAG 2.2 SC 2.4.4, and "
    "2.4.9 at AAA; markdownlint MD059; Word's \"Hyperlink text is meaningful\"). Fix: rewrite the "
    "link so its text names the page or document, for example \"read the school uniform policy\".",
    &check_link_text_generic,
};

}  // namespace handout::rules
