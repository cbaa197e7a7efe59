// Rule 57 `link-target-missing` (docs/spec/lint-rules.md): <a href="#name"> where no block has
// id="name". WCAG 2.2 SC 2.4.4 Link Purpose and SC 2.1.1: a link that goes nowhere fails the
// reader who follows it; the PDF would hold a Link annotation with no destination and Word a
// hyperlink to a missing bookmark. The author made the mistake, so it is a finding, not an input
// error (a duplicate id, which makes the link ambiguous, is an input error in the reader).
#include <set>
#include <string>

#include "model/query.hpp"
#include "rules/all_rules.hpp"
#include "rules/link_text.hpp"

namespace handout::rules {
namespace {

void check_link_target_missing(const RuleContext& ctx, RuleReporter& reporter) {
  std::set<std::string> anchors;
  model::for_each_block(ctx.doc, [&](const model::Block& b, model::BlockPath) {
    if (b.anchor) anchors.insert(*b.anchor);
  });
  for (const links::LinkRef& ref : links::collect_links(ctx.resolved)) {
    const std::optional<std::string>& href = ref.link->href;
    if (!href || href->size() < 2 || href->front() != '#') continue;  // "#" alone is link-href-invalid's
    if (anchors.count(href->substr(1))) continue;
    reporter.report(ref.link->loc, "link to \"" + links::excerpt(*href) + "\" names no id in this document",
                    "add id=\"" + href->substr(1) + "\" to the block it should lead to, or correct the href");
  }
}

}  // namespace

extern const Rule kLinkTargetMissing{
    57, "link-target-missing", Severity::Error, "2.4.4",
    "links within the document lead to an id that exists",
    "Reports an <a href=\"#name\"> when no block has id=\"name\" (format 1.1). Such a link leads "
    "nowhere: in the PDF it has no destination, in Word it points at a missing bookmark, in HTML it "
    "does nothing, and the reader who follows it is lost (WCAG 2.2 SC 2.4.4). Fix: add id=\"name\" "
    "to the heading, paragraph or other block the link is about, or correct the href.",
    &check_link_target_missing,
};

}  // namespace handout::rules
