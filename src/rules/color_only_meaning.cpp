// Rule 16 `color-only-meaning` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.4.1 Use of Color;
// Matterhorn 04-001 (H), information conveyed by colour alone.
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

bool has_emphasis(const model::Inlines& inlines) {
  bool found = false;
  model::for_each_inline(inlines, [&](const model::Inline& in, const std::vector<const model::Inline*>&) {
    found = found || in.kind == model::InlineKind::Strong || in.kind == model::InlineKind::Emphasis;
  });
  return found;
}

// Running text: a <p>, or the text of a list item.
bool is_running_text(const model::Block& block, const model::BlockPath& path) {
  if (block.kind == model::BlockKind::Paragraph) return true;
  return block.kind == model::BlockKind::Plain && !path.ancestors.empty() &&
         path.ancestors.back()->kind == model::BlockKind::ListItem;
}

void check_color_only_meaning(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath path) {
    if (!is_running_text(block, path)) return;
    model::for_each_inline(block.inlines, [&](const model::Inline& in, const std::vector<const model::Inline*>& ancestors) {
      if (in.kind != model::InlineKind::Span || !in.color) return;
      for (const model::Inline* a : ancestors) {
        if (a->kind == model::InlineKind::Strong || a->kind == model::InlineKind::Emphasis) return;
      }
      if (has_emphasis(in.children)) return;
      // A span recoloured to the body colour carries nothing by colour.
      if (*in.color == ctx.tmpl.body.font.color) return;
      reporter.report(in.loc, "span colours text " + to_hex(*in.color) + " with no bold or italic: colour may be the only cue",
                      "also wrap it in <strong> or <em>, or say it in words (\"Warning:\"), so it reads the same without colour");
    });
  });
}

}  // namespace

extern const Rule kColorOnlyMeaning{
    16, "color-only-meaning", Severity::Info, "1.4.1",
    "coloured text is also marked in another way",
    "Reports a <span color> in a paragraph or list item with no <strong> or <em> inside or around "
    "it. If the colour marks something (a warning in red, the dose to take in green), readers who "
    "cannot tell the colours apart, screen reader users and anyone with a black-and-white "
    "photocopy miss it (WCAG 2.2 SC 1.4.1 Use of Color; Matterhorn 04-001). It is information "
    "only, since the colour may be decoration. Fix: add bold or italic as well, or say the meaning "
    "in words.",
    &check_color_only_meaning,
};

}  // namespace handout::rules
