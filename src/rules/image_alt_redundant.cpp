// Rule 9 `image-alt-redundant` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.1.1 (the alternative
// should add what the picture adds, not repeat nearby text); axe image-redundant-alt.
#include <array>
#include <cctype>

#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

// Screen readers already say "image"/"graphic", so these openings are repeated words.
constexpr std::array<std::string_view, 10> kOpenings{
    "image of",   "picture of", "photo of",   "graphic of", "photograph of",
    "an image of", "a picture of", "a photo of", "a graphic of", "a photograph of"};

// Lower case, letters and digits only, single spaces: "Figure 1: Hand-washing." == "figure 1 hand washing".
std::string normalise(std::string_view text) {
  std::string out;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 || u >= 0x80) {
      out += static_cast<char>(std::tolower(u));
    } else if (!out.empty() && out.back() != ' ') {
      out += ' ';
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Walker {
  RuleReporter& reporter;

  void walk(const std::vector<model::Block>& blocks) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      const model::Block& block = blocks[i];
      if (block.image && block.image->alt && !block.image->decorative) {
        check(block, i > 0 ? &blocks[i - 1] : nullptr, i + 1 < blocks.size() ? &blocks[i + 1] : nullptr);
      }
      walk(block.children);
      if (block.table) {
        for (const model::TableRow& row : block.table->rows) {
          for (const model::TableCell& cell : row.cells) walk(cell.content);
        }
      }
    }
  }

  void check(const model::Block& block, const model::Block* before, const model::Block* after) {
    const model::Image& img = *block.image;
    const std::string alt = normalise(*img.alt);
    if (alt.empty()) return;  // image-alt reports those
    for (std::string_view opening : kOpenings) {
      if (alt.size() > opening.size() && alt.compare(0, opening.size(), opening) == 0 && alt[opening.size()] == ' ') {
        reporter.report(img.loc, "alt=\"" + *img.alt + "\" starts with \"" + std::string(opening) + "\"",
                        "drop \"" + std::string(opening) + "\": screen readers already announce it as an image");
        return;
      }
    }
    if (block.caption && normalise(model::plain_text(*block.caption)) == alt) {
      reporter.report(img.loc, "alt=\"" + *img.alt + "\" repeats the figure caption",
                      "make the alt say what the picture shows that the caption does not, or use decorative=\"true\" "
                      "if the caption says it all");
      return;
    }
    for (const model::Block* near : {before, after}) {
      if (near == nullptr || near->kind != model::BlockKind::Paragraph) continue;
      if (normalise(model::plain_text(near->inlines)) != alt) continue;
      reporter.report(img.loc,
                      "alt=\"" + *img.alt + "\" repeats the text of the paragraph on line " + std::to_string(near->loc.line),
                      "describe what the picture adds, or mark it decorative=\"true\" if the text says it all");
      return;
    }
  }
};

void check_image_alt_redundant(const RuleContext& ctx, RuleReporter& reporter) {
  Walker walker{reporter};
  walker.walk(ctx.doc.body);
}

}  // namespace

extern const Rule kImageAltRedundant{
    9, "image-alt-redundant", Severity::Warning, "1.1.1",
    "alt text does not repeat the caption or nearby text",
    "Reports alt text that is the same as the figure caption or as the paragraph just before or "
    "after the image (ignoring case, spacing and punctuation), or that starts with \"image of\", "
    "\"picture of\", \"photo of\" or \"graphic of\". A screen reader then reads the same words "
    "twice, or says \"image, image of …\" (WCAG 2.2 SC 1.1.1; axe image-redundant-alt). Fix: "
    "make the alt say what the picture adds; if the text around it already says everything, "
    "mark the image decorative=\"true\".",
    &check_image_alt_redundant,
};

}  // namespace handout::rules
