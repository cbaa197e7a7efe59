// Text/background colour pairs of a document and its template, and the shared reporting of
// rules 12 `color-contrast` (WCAG 2.2 SC 1.4.3) and 13 `color-contrast-enhanced` (SC 1.4.6), with
// the rule 15 `contrast-fix-suggestion` hint (docs/spec/lint-rules.md, "Contrast").
#pragma once
#include <string>
#include <vector>

#include "core/colour.hpp"
#include "rules/rule.hpp"

namespace handout::rules::contrast {

// One run of text with the colours it is printed in.
struct TextSample {
  bool in_template = false;  // a template default, reported against the template file
  SourceLoc loc;             // start tag of the span or callout that sets a colour
  std::string what;          // "template body text", "text"…
  Colour foreground, background;
  bool large = false;        // ≥ 18pt, or ≥ 14pt bold (WCAG "large scale")
  const char* template_keys = "";  // for template samples: the keys to change, "[body] color / [page] background"
};

// The template defaults (body, heading and link text on the page background, body text on the
// callout fill), then every span and callout that sets color or background and every link on a
// background set in the content, in document order.
std::vector<TextSample> collect_samples(const RuleContext& ctx);

struct Thresholds {
  double normal, large;
  const char* criterion;  // "1.4.3"
};
inline constexpr Thresholds kMinimum{4.5, 3.0, "1.4.3"};
inline constexpr Thresholds kEnhanced{7.0, 4.5, "1.4.6"};

// Reports every sample below its threshold (compared unrounded, as axe does).
void report_low_contrast(const RuleContext& ctx, RuleReporter& reporter, const Thresholds& thresholds);

}  // namespace handout::rules::contrast
