// Rule 50 `template-min-font-size` (docs/spec/lint-rules.md), template lint: body text below
// 12pt is an error, and below 14pt a warning for the parent-leaflet template. RNIB Clear Print:
// minimum 12pt, 14pt recommended for a wider readership; BDA Dyslexia Style Guide: 12-14pt.
// WCAG 2.2 SC 1.4.4 Resize Text is the web analogue: paper cannot be zoomed.
#include <charconv>
#include <string>

#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

constexpr double kMinimumPt = 12;
constexpr double kParentLeafletPt = 14;  // RNIB's recommended size, for readers of all ages

std::string format_points(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr) + "pt";
}

void check_template_min_font_size(const RuleContext& ctx, RuleReporter& reporter) {
  const style::Template& tmpl = ctx.tmpl;
  const double size = tmpl.body.font.size_pt;
  if (size < kMinimumPt) {
    reporter.report_in(tmpl.path, tmpl.body.size_loc,
                       "body text is " + format_points(size) + ", below the " + format_points(kMinimumPt) + " minimum",
                       "set size_pt = 12 or more under [body] in the template (14 for readers with low vision)");
  } else if (tmpl.name == "parent-leaflet" && size < kParentLeafletPt) {
    // Below the recommendation but above the floor: a judgement call, so a warning.
    reporter.report_in(tmpl.path, tmpl.body.size_loc,
                       "body text is " + format_points(size) + ", below the " + format_points(kParentLeafletPt) +
                           " recommended for the parent-leaflet template",
                       "set size_pt = 14 under [body] in the template; leaflets for parents reach readers with low vision",
                       Severity::Warning);
  }
}

}  // namespace

extern const Rule kTemplateMinFontSize{
    50, "template-min-font-size", Severity::Error, "1.4.4 (web analogue)",
    "template body text is at least 12pt (14pt for parent-leaflet)",
    "Checks the template, not the content: the body text size must be at least 12pt, or the rule "
    "reports an error at the size setting in the template file. For the parent-leaflet template, "
    "which goes to a general readership, a size from 12pt up to but not including 14pt is reported "
    "as a warning. Only body text is checked. Printed text cannot be enlarged the way a web page "
    "can, so the template must start large enough (RNIB Clear Print: minimum 12pt, 14pt "
    "recommended; BDA Dyslexia Style Guide: 12-14pt; WCAG 2.2 SC 1.4.4 is the web analogue). "
    "Fix: raise the body font size in the template.",
    &check_template_min_font_size,
};

}  // namespace handout::rules
