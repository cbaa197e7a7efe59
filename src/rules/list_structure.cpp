// Rule 28 `list-structure` (docs/spec/lint-rules.md): ul/ol hold only li, at least one; li
// stands only in a ul/ol. WCAG 2.2 SC 1.3.1 Info and Relationships; axe `list`, `listitem`;
// PDF/UA-1 §7.6 and ISO 32000-1 §14.8.4.3.3, Table 336 (L holds LI, LI holds Lbl/LBody), Matterhorn 09-005.
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

using model::Block;
using model::BlockKind;

void check_list_structure(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const Block& block, model::BlockPath path) {
    if (block.kind == BlockKind::List) {
      const std::string list = model::block_element_name(block);
      bool has_item = false;
      for (const Block& child : block.children) {
        if (child.kind == BlockKind::ListItem) {
          has_item = true;
          continue;
        }
        // The finding sits on the stray child: that is the element to move.
        reporter.report(child.loc,
                        "<" + std::string(model::block_element_name(child)) + "> stands directly in <" + list +
                            ">, not in an <li>",
                        "wrap it in <li>…</li>, or move it out of the list");
      }
      if (!has_item)
        reporter.report(block.loc, "<" + list + "> has no <li> items",
                        "put each item in <li>…</li>, or remove the empty list");
    } else if (block.kind == BlockKind::ListItem) {
      const Block* parent = path.ancestors.empty() ? nullptr : path.ancestors.back();
      if (!parent || parent->kind != BlockKind::List)
        reporter.report(block.loc, "<li> stands outside a <ul> or <ol>",
                        "put the item inside <ul> (bullets) or <ol> (numbers), or make it a <p>");
    }
  });
}

}  // namespace

extern const Rule kListStructure{
    28, "list-structure", Severity::Error, "1.3.1",
    "lists hold list items, and list items stand in lists",
    "Reports a <ul> or <ol> with no <li>, any other element placed directly inside a <ul> or <ol>, "
    "and an <li> that is not directly inside a <ul> or <ol>. In the tagged PDF a list is an L "
    "element holding LI elements (ISO 32000-1 §14.8.4.3.3; Matterhorn 09-005), and in DOCX a list "
    "item is a numbered paragraph; anything else breaks the item count and nesting that a screen "
    "reader announces (WCAG 2.2 SC 1.3.1; axe list and listitem). Fix: wrap each item in <li> "
    "inside a <ul> or <ol>, and move other blocks into an <li> or out of the list.",
    &check_list_structure,
};

}  // namespace handout::rules
