// Reporting for the contrast rules 12 and 13 (WCAG 2.2 SC 1.4.3, 1.4.6), with the fix of rule 15.
#include "rules/contrast_text.hpp"

#include <cstdio>
#include <vector>


namespace handout::rules::contrast {
namespace {

std::string threshold_text(double t) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%g:1", t);
  return buf;
}

// The other text painted on the same background colour that passes today (a callout's white
// title above its dark body text): a new background for `pair` must keep each of them passing.
std::vector<ContrastNeed> passing_text_on(const std::vector<resolve::PaintedText>& painted,
                                          const resolve::PaintedText& pair, const Thresholds& thresholds) {
  std::vector<ContrastNeed> needs;
  for (const resolve::PaintedText& other : painted) {
    if (other.background != pair.background || other.foreground == pair.foreground) continue;
    const double threshold = other.large ? thresholds.large : thresholds.normal;
    if (contrast_ratio(other.foreground, other.background) >= threshold) needs.push_back({other.foreground, threshold});
  }
  return needs;
}

}  // namespace

void report_low_contrast(const RuleContext& ctx, RuleReporter& reporter, const Thresholds& thresholds,
                         const Thresholds* already_reported) {
  const bool suggest = ctx.config.enabled("contrast-fix-suggestion");
  for (const resolve::PaintedText& s : ctx.resolved.painted) {
    const double threshold = s.large ? thresholds.large : thresholds.normal;
    const double ratio = contrast_ratio(s.foreground, s.background);
    if (ratio >= threshold) continue;
    if (already_reported && ratio < (s.large ? already_reported->large : already_reported->normal)) continue;
    std::string message = s.what + " " + to_hex(s.foreground) + " on " + to_hex(s.background) + " has contrast " +
                          format_ratio(ratio) + ", below the " + threshold_text(threshold) + " that WCAG " +
                          thresholds.criterion + " requires for " + (s.large ? "large text" : "normal text");
    std::string hint;
    if (suggest) {
      // Rule 15: nearest passing colour, same hue, HSL lightness stepped (core/colour.hpp).
      const ContrastFix fix = suggest_contrast_fix(s.foreground, s.background, threshold,
                                                   passing_text_on(ctx.resolved.painted, s, thresholds));
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
