// Colour pairs for the contrast rules 12 and 13 (WCAG 2.2 SC 1.4.3, 1.4.6), with the fix of rule 15.
#include "rules/contrast_text.hpp"

#include <algorithm>
#include <cstdio>

#include "model/query.hpp"

namespace handout::rules::contrast {
namespace {

// WCAG 2.2 "large scale": at least 18pt, or 14pt bold (axe largeTextPt 18, boldTextPt 14).
bool is_large(double size_pt, bool bold) { return size_pt >= 18 || (bold && size_pt >= 14); }

const model::Block* innermost_callout(const model::BlockPath& path) {
  for (auto it = path.ancestors.rbegin(); it != path.ancestors.rend(); ++it) {
    if ((*it)->kind == model::BlockKind::Callout) return *it;
  }
  return nullptr;
}

// True when some text under `in` is printed in the link colour, i.e. not inside a span that sets
// its own colour (such a span is sampled by itself).
bool has_text_in_link_colour(const model::Inlines& inlines) {
  for (const model::Inline& in : inlines) {
    if (in.kind == model::InlineKind::Text && !in.text.empty()) return true;
    if (in.kind == model::InlineKind::Span && in.color) continue;
    if (in.kind != model::InlineKind::Note && has_text_in_link_colour(in.children)) return true;
  }
  return false;
}

std::string threshold_text(double t) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%g:1", t);
  return buf;
}

}  // namespace

std::vector<TextSample> collect_samples(const RuleContext& ctx) {
  const style::Template& t = ctx.tmpl;
  std::vector<TextSample> out;
  out.push_back({true, {}, "template body text", t.body.font.color, t.page.background,
                 is_large(t.body.font.size_pt, t.body.font.bold), "[body] color / [page] background"});
  // The smallest heading size decides: every level is printed in the same colour.
  double smallest = t.headings.sizes_pt[0];
  for (double s : t.headings.sizes_pt) smallest = std::min(smallest, s);
  out.push_back({true, {}, "template heading text", t.headings.font.color, t.page.background,
                 is_large(smallest, t.headings.font.bold), "[headings] color / [page] background"});
  // Links are text too (SC 1.4.3 covers them; the underline does not count as contrast).
  out.push_back({true, {}, "template link text", t.link_color, t.page.background,
                 is_large(t.body.font.size_pt, t.body.font.bold), "[links] color / [page] background"});
  // A callout that sets no colours prints body text on the template's callout fill.
  out.push_back({true, {}, "template callout text", t.body.font.color, t.callout.background,
                 is_large(t.body.font.size_pt, t.body.font.bold), "[body] color / [callout] background"});

  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath path) {
    const model::Block* callout = block.kind == model::BlockKind::Callout ? &block : innermost_callout(path);
    const bool heading = block.kind == model::BlockKind::Heading;
    const Colour base_fg = callout && callout->color ? *callout->color : heading ? t.headings.font.color : t.body.font.color;
    const Colour base_bg = callout ? callout->background.value_or(t.callout.background) : t.page.background;
    const double size = heading && block.level >= 1 && block.level <= 6 ? t.headings.sizes_pt[block.level - 1] : t.body.font.size_pt;
    const bool base_bold = heading ? t.headings.font.bold : t.body.font.bold;
    if (block.kind == model::BlockKind::Callout && (block.color || block.background)) {
      // The callout's own text (and its title) in its colours.
      out.push_back({false, block.loc, "callout text", base_fg, base_bg, is_large(t.body.font.size_pt, t.body.font.bold), ""});
    }
    model::for_each_inline_run(block, [&](const model::Inlines& run) {
      model::for_each_inline(run, [&](const model::Inline& in, const std::vector<const model::Inline*>& ancestors) {
        const bool link = in.kind == model::InlineKind::Link;
        if (!link && (in.kind != model::InlineKind::Span || (!in.color && !in.background))) return;
        Colour fg = base_fg, bg = base_bg;
        bool fg_set = false, bg_set = false, bold = base_bold;
        // Innermost span wins: look at the span itself, then outwards. Link text is printed in the
        // template link colour unless a span inside the link recolours it.
        if (link) fg = t.link_color, fg_set = true;
        if (in.color) fg = *in.color, fg_set = true;
        if (in.background) bg = *in.background, bg_set = true;
        for (auto it = ancestors.rbegin(); it != ancestors.rend(); ++it) {
          const model::Inline& a = **it;
          if (a.kind == model::InlineKind::Strong) bold = true;
          if (!fg_set && a.kind == model::InlineKind::Link) fg = t.link_color, fg_set = true;
          if (a.kind != model::InlineKind::Span) continue;
          if (!fg_set && a.color) fg = *a.color, fg_set = true;
          if (!bg_set && a.background) bg = *a.background, bg_set = true;
        }
        // A link on the page background is the template's "link text" sample; only a background
        // set in the content (span or callout) makes it a new pair.
        if (link && ((!bg_set && !(callout && callout->background)) || !has_text_in_link_colour(in.children))) return;
        out.push_back({false, in.loc, link ? "link text" : "text", fg, bg, is_large(size, bold), ""});
      });
    });
  });
  return out;
}

void report_low_contrast(const RuleContext& ctx, RuleReporter& reporter, const Thresholds& thresholds) {
  const bool suggest = ctx.config.enabled("contrast-fix-suggestion");
  for (const TextSample& s : collect_samples(ctx)) {
    const double threshold = s.large ? thresholds.large : thresholds.normal;
    const double ratio = contrast_ratio(s.foreground, s.background);
    if (ratio >= threshold) continue;
    std::string message = s.what + " " + to_hex(s.foreground) + " on " + to_hex(s.background) + " has contrast " +
                          format_ratio(ratio) + ", below the " + threshold_text(threshold) + " that WCAG " +
                          thresholds.criterion + " requires for " + (s.large ? "large text" : "normal text");
    std::string hint;
    if (suggest) {
      // Rule 15: nearest passing colour, same hue, HSL lightness stepped (core/colour.hpp).
      const ContrastFix fix = suggest_contrast_fix(s.foreground, s.background, threshold);
      if (fix.foreground) {
        hint = "use text colour " + to_hex(*fix.foreground) + " (" + format_ratio(contrast_ratio(*fix.foreground, s.background)) + ")";
      }
      if (fix.background) {
        hint += (hint.empty() ? "use background " : " or background ") + to_hex(*fix.background) + " (" +
                format_ratio(contrast_ratio(s.foreground, *fix.background)) + ")";
      }
    }
    if (hint.empty()) hint = "darken the text or lighten the background until the ratio is at least " + threshold_text(threshold);
    if (s.in_template) {
      // Name the template keys: [body]/[headings] color is the text, [page] background the page.
      hint += std::string(" (") + s.template_keys + ")";
      reporter.report_in(ctx.tmpl.path, {}, std::move(message), std::move(hint));
    } else {
      reporter.report(s.loc, std::move(message), std::move(hint));
    }
  }
}

}  // namespace handout::rules::contrast
