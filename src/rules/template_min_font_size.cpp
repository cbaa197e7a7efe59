// Rule 50 `template-min-font-size` (docs/spec/lint-rules.md), template lint: body text below
// 12pt is an error, and below the template's own [text] min_size_pt a warning (parent-leaflet
// says 14, its large-print edition 18). The rule reads the property, never the template's name,
// so a copied or extended template keeps the check. RNIB Clear Print:
// minimum 12pt, 14pt recommended for a wider readership; BDA Dyslexia Style Guide: 12-14pt.
// WCAG 2.2 SC 1.4.4 Resize Text is the web analogue: paper cannot be zoomed.
#include <charconv>
#include <string>

#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

constexpr double kMinimumPt = 12;

std::string format_number(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string format_points(double value) { return format_number(value) + "pt"; }

void check_template_min_font_size(const RuleContext& ctx, RuleReporter& reporter) {
  const style::Template& tmpl = ctx.tmpl;
  const double size = tmpl.body.font.size_pt;
  if (size < kMinimumPt) {
    reporter.report_in(tmpl.file_of(tmpl.body.size_file), tmpl.body.size_loc,
                       "body text is " + format_points(size) + ", below the " + format_points(kMinimumPt) + " minimum",
                       "set size_pt = 12 or more under [body] in the template (14 for readers with low vision)");
  } else if (size < tmpl.text.min_size_pt) {
    // Below what the template promises its readers but above the floor: a warning.
    reporter.report_in(tmpl.file_of(tmpl.body.size_file), tmpl.body.size_loc,
                       "body text is " + format_points(size) + ", below the " + format_points(tmpl.text.min_size_pt) +
                           " this template holds its text to ([text] min_size_pt)",
                       "set size_pt = " + format_number(tmpl.text.min_size_pt) +
                           " or more under [body], or lower min_size_pt if the readership allows it",
                       Severity::Warning);
  }
}

}  // namespace

extern const Rule kTemplateMinFontSize{
    50, "template-min-font-size", Severity::Error, "1.4.4 (web analogue)",
    "template body text is at least 12pt, and at least the template's [text] min_size_pt",
    "Checks the template, not the content: the body text size must be at least 12pt, or the rule "
    "reports an error at the size setting in the template file. A template states the size its "
    "readership needs as [text] min_size_pt (parent-leaflet: 14pt for a general readership; the "
    "large-print editions: 18pt); a body size from 12pt up to but not including that is reported "
    "as a warning, in whichever template of an extends chain set it. Only body text is checked. Printed text cannot be enlarged the way a web page "
    "can, so the template must start large enough (RNIB Clear Print: minimum 12pt, 14pt "
    "recommended; BDA Dyslexia Style Guide: 12-14pt; WCAG 2.2 SC 1.4.4 is the web analogue). "
    "Fix: raise the body font size in the template.",
    &check_template_min_font_size,
};

}  // namespace handout::rules
