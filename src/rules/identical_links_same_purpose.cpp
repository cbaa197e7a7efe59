// Rule 24 `identical-links-same-purpose` (docs/spec/lint-rules.md): the same link text leads
// to different addresses. WCAG 2.2 SC 2.4.9 Link Purpose (Link Only), AAA; axe
// `identical-links-same-purpose`. Readers who list links by their text cannot tell them apart.
#include <map>
#include <string>

#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"

namespace handout::rules {
namespace {

// Case and a trailing slash do not make a different destination for this purpose.
std::string comparable_href(const std::string& href) {
  std::string s = links::fold_case(links::normalise_space(href));
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

void check_identical_links_same_purpose(const RuleContext& ctx, RuleReporter& reporter) {
  struct First {
    const model::Inline* link;
    std::string href;  // comparable form
  };
  std::map<std::string, First, std::less<>> first_by_text;
  for (const links::LinkRef& ref : links::collect_links(ctx.resolved)) {
    // Links without text or address are link-empty's and link-href-invalid's findings.
    if (!ref.link->href || links::is_blank(*ref.link->href)) continue;
    const std::string text = links::link_text(*ref.link);
    if (text.empty()) continue;
    const std::string href = comparable_href(*ref.link->href);
    auto [it, inserted] = first_by_text.try_emplace(links::fold_case(text), First{ref.link, href});
    if (inserted || it->second.href == href) continue;
    const model::Inline& first = *it->second.link;
    reporter.report(ref.link->loc,
                    "link text \"" + links::excerpt(text) + "\" goes to \"" + links::excerpt(*ref.link->href) +
                        "\", but the same text on line " + std::to_string(first.loc.line) + " goes to \"" +
                        links::excerpt(*first.href) + "\"",
                    "make each link's text name its own destination, or point both at the same address");
  }
}

}  // namespace

extern const Rule kIdenticalLinksSamePurpose{
    24, "identical-links-same-purpose", Severity::Info, "2.4.9",
    "links with the same text go to the same place",
    "Reports the second and later <a> whose text (compared without regard to case or spacing) "
    "matches an earlier link's text but whose href differs (compared without case or a trailing "
    "slash). Someone who lists the links of a PDF, or tabs from link to link, hears the same words "
    "for different destinations and cannot tell which is which (WCAG 2.2 SC 2.4.9, AAA; axe "
    "identical-links-same-purpose). Fix: change the text of each link so it names its own "
    "destination, or, if they are meant to be the same, give them the same address.",
    &check_identical_links_same_purpose,
};

}  // namespace handout::rules
