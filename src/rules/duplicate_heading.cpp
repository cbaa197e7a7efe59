// Rule 5 `duplicate-heading` (docs/spec/lint-rules.md): WCAG 2.2 SC 2.4.6 Headings and Labels
// (headings describe their section, so siblings need distinct names); markdownlint MD024
// (siblings_only).
#include <cctype>
#include <map>
#include <tuple>

#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

// Case and spacing do not make two headings different to a listener.
std::string heading_key(const model::Block& heading) {
  std::string out;
  for (char c : model::plain_text(heading.inlines)) {
    if (std::isspace(static_cast<unsigned char>(c)) != 0) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void check_duplicate_heading(const RuleContext& ctx, RuleReporter& reporter) {
  // open[level-1] = the most recent heading at each level; a heading's parent is the nearest
  // open heading of a lower level.
  const model::Block* open[6] = {};
  std::map<std::tuple<const model::Block*, int, std::string>, const model::Block*> seen;
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (block.kind != model::BlockKind::Heading || block.level < 1 || block.level > 6) return;
    const model::Block* parent = nullptr;
    for (int l = block.level - 1; l >= 1 && parent == nullptr; --l) parent = open[l - 1];
    open[block.level - 1] = &block;
    for (int l = block.level + 1; l <= 6; ++l) open[l - 1] = nullptr;
    std::string key = heading_key(block);
    if (key.empty()) return;  // empty-heading reports those
    auto [it, inserted] = seen.emplace(std::make_tuple(parent, block.level, key), &block);
    if (inserted) return;
    reporter.report(block.loc,
                    "h" + std::to_string(block.level) + " \"" + model::plain_text(block.inlines) +
                        "\" repeats the heading on line " + std::to_string(it->second->loc.line) +
                        " under the same parent heading",
                    "give each section a heading that says how it differs, or merge the two sections");
  });
}

}  // namespace

extern const Rule kDuplicateHeading{
    5, "duplicate-heading", Severity::Info, "2.4.6",
    "sibling headings have different text",
    "Reports a heading whose text (ignoring case and spacing) is the same as an earlier heading "
    "of the same level under the same parent heading. Readers who jump between headings, or scan "
    "the PDF bookmarks, cannot tell the two sections apart (WCAG 2.2 SC 2.4.6; markdownlint MD024 "
    "with siblings_only). The same heading under different parents (\"Side effects\" under two "
    "medicines) is fine. Fix: make each heading say what is different about its section, or merge "
    "the sections.",
    &check_duplicate_heading,
};

}  // namespace handout::rules
