// Rule 7 `image-alt` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.1.1 Non-text Content; PDF/UA-1
// §7.3 with Matterhorn 13-004 (Figure without Alt); axe image-alt; markdownlint MD045.
#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

void check_image_alt(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (!block.image || block.image->decorative) return;
    const model::Image& img = *block.image;
    const bool blank = img.alt && img.alt->find_first_not_of(" \t\r\n") == std::string::npos;
    if (img.alt && !blank) return;
    reporter.report(img.loc,
                    std::string(img.alt ? "img has an empty alt" : "img has no alt text") + " and is not marked decorative",
                    "add alt=\"…\" describing the picture, or decorative=\"true\" if it adds nothing");
  });
}

}  // namespace

extern const Rule kImageAlt{
    7, "image-alt", Severity::Error, "1.1.1",
    "every image has alt text or is marked decorative",
    "Reports an <img> (in a <figure> or on its own) whose alt attribute is missing, empty or only "
    "whitespace, unless it is decorative=\"true\". Without a text alternative a screen reader "
    "says nothing, or reads the file name, and the PDF Figure has no Alt entry (WCAG 2.2 SC 1.1.1; "
    "axe image-alt; markdownlint MD045; Word's checker \"All non-text content has alternative "
    "text\"; Matterhorn 13-004). Fix: write alt text that gives the information the picture "
    "gives, or mark a purely decorative picture decorative=\"true\" so it becomes an artifact.",
    &check_image_alt,
};

}  // namespace handout::rules
