// Rule 52 `template-line-spacing` (docs/spec/lint-rules.md), template lint: body line spacing
// below 1.5. WCAG 2.2 SC 1.4.8 Visual Presentation (AAA): "line spacing (leading) is at least
// space-and-a-half within paragraphs"; BDA Dyslexia Style Guide: 1.5; RNIB Clear Print: 1.5-2.
#include <charconv>
#include <string>

#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

constexpr double kMinimumSpacing = 1.5;

std::string format_number(double value) {
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

void check_template_line_spacing(const RuleContext& ctx, RuleReporter& reporter) {
  const style::Template& tmpl = ctx.tmpl;
  if (tmpl.body.line_spacing >= kMinimumSpacing) return;
  reporter.report_in(tmpl.file_of(tmpl.body.line_spacing_file), tmpl.body.line_spacing_loc,
                     "body line spacing is " + format_number(tmpl.body.line_spacing) + ", below " +
                         format_number(kMinimumSpacing),
                     "set line_spacing = 1.5 (or more) under [body] in the template");
}

}  // namespace

extern const Rule kTemplateLineSpacing{
    52, "template-line-spacing", Severity::Warning, "1.4.8 (AAA: space-and-a-half)",
    "template body line spacing is at least 1.5",
    "Checks the template, not the content: reports body line spacing below 1.5 times the font "
    "size, at the line-spacing setting in the template file. Tight lines make it easy to lose "
    "one's place or to read the same line twice, especially for dyslexic and low-vision readers "
    "(WCAG 2.2 SC 1.4.8, AAA: space-and-a-half within paragraphs; BDA Dyslexia Style Guide: 1.5; "
    "RNIB Clear Print: 1.5 to 2). Fix: set the body line spacing to 1.5 or more in the template.",
    &check_template_line_spacing,
};

}  // namespace handout::rules
