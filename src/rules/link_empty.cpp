// Rule 22 `link-empty` (docs/spec/lint-rules.md): an <a> with no text. WCAG 2.2 SC 2.4.4 Link
// Purpose and SC 4.1.2 Name, Role, Value: a link needs an accessible name (axe `link-name`);
// PDF/UA-1 §7.18.5, Matterhorn 28-012: a Link annotation needs Contents, which the writers take
// from the link text.
#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"

namespace handout::rules {
namespace {

void check_link_empty(const RuleContext& ctx, RuleReporter& reporter) {
  for (const links::LinkRef& ref : links::collect_links(ctx.resolved)) {
    // Whitespace and <br/> alone are not text (plain_text gives "\n" for a line break).
    if (!links::link_text(*ref.link).empty()) continue;
    const std::string target =
        ref.link->href && !links::is_blank(*ref.link->href) ? " to \"" + links::excerpt(*ref.link->href) + "\"" : "";
    reporter.report(ref.link->loc, "link" + target + " has no text",
                    "put words naming the destination inside <a>…</a>, or remove the empty link");
  }
}

}  // namespace

extern const Rule kLinkEmpty{
    22, "link-empty", Severity::Error, "2.4.4, 4.1.2",
    "every link has text",
    "Reports an <a> with no visible text: empty, whitespace only, or only <br/>. (Text inside a "
    "<note> within the link is printed elsewhere and does not count.) A link without text has no "
    "accessible name: a screen reader announces just \"link\", and the PDF Link annotation gets no "
    "Contents (WCAG 2.2 SC 2.4.4 and 4.1.2; axe link-name; Matterhorn 28-012). Fix: write words "
    "that name the destination between <a> and </a>, or delete the link.",
    &check_link_empty,
};

}  // namespace handout::rules
