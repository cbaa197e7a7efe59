// Rule 10 `image-alt-too-long` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.1.1; alt text is read in
// one go with no way to navigate inside it, so long descriptions belong in the caption or body.
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

constexpr std::size_t kMaxAltChars = 250;

// Characters, not bytes: UTF-8 continuation bytes do not count.
std::size_t char_count(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

void check_image_alt_too_long(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (!block.image || !block.image->alt) return;
    const std::size_t n = char_count(*block.image->alt);
    if (n <= kMaxAltChars) return;
    reporter.report(block.image->loc,
                    "alt text is " + std::to_string(n) + " characters long, more than " + std::to_string(kMaxAltChars),
                    "keep the alt to a sentence or two and move the detail into the figure caption or the body text");
  });
}

}  // namespace

extern const Rule kImageAltTooLong{
    10, "image-alt-too-long", Severity::Info, "1.1.1",
    "alt text is at most 250 characters",
    "Reports alt text longer than 250 characters. A screen reader reads alt text in one go, with "
    "no way to pause, go back or skim inside it, and it is invisible to sighted readers, so long "
    "descriptions (a chart's data, a diagram's steps) serve more readers as a caption or body "
    "text (WCAG 2.2 SC 1.1.1). Fix: keep a short alt naming the picture and put the detail in "
    "the <figure> caption or a paragraph.",
    &check_image_alt_too_long,
};

}  // namespace handout::rules
