// Rule 8 `image-alt-meaningless` (docs/spec/lint-rules.md): WCAG 2.2 SC 1.1.1 (the alternative
// must serve the same purpose); PAC "Validity of alternative texts"; Word's checker "alt text
// doesn't contain images or file extensions".
#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

#include "model/query.hpp"
#include "rules/all_rules.hpp"

namespace handout::rules {
namespace {

constexpr std::array<std::string_view, 12> kPlaceholders{
    "image", "img", "photo", "photograph", "picture", "pic", "graphic", "figure",
    "placeholder", "alt", "alt text", "untitled"};

std::string lower_trimmed(std::string_view text) {
  const auto b = text.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  std::string out(text.substr(b, text.find_last_not_of(" \t\r\n") - b + 1));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string base_name(std::string_view src) {
  const auto slash = src.find_last_of("/\\");
  return lower_trimmed(slash == std::string_view::npos ? src : src.substr(slash + 1));
}

// What makes the alt meaningless, or empty when it is fine.
std::string meaningless_reason(const model::Image& img) {
  const std::string alt = lower_trimmed(*img.alt);
  if (alt.empty()) return {};  // image-alt reports those
  if (std::find(kPlaceholders.begin(), kPlaceholders.end(), alt) != kPlaceholders.end()) return "is only a placeholder word";
  static const std::regex kExtension(R"(.*\.(png|jpe?g|gif|svg|webp|bmp|tiff?|heic|eps|emf|wmf)$)");
  if (std::regex_match(alt, kExtension)) return "ends in an image file extension";
  const std::string file = base_name(img.src);
  const std::string stem = file.substr(0, file.find_last_of('.'));
  if (alt == file || alt == stem) return "is the image's file name";
  // Camera and phone file names: IMG_2041, DSC0001, DSCN1234, PXL_20230101_123456, Screenshot 3.
  static const std::regex kCameraName(R"((img|dsc[nf]?|pxl|dji|gopr|mvimg|sam|screenshot|scan|image|photo)[ _-]?\d[\d _-]*)");
  if (std::regex_match(alt, kCameraName)) return "is a camera file name";
  return {};
}

void check_image_alt_meaningless(const RuleContext& ctx, RuleReporter& reporter) {
  model::for_each_block(ctx.doc, [&](const model::Block& block, model::BlockPath) {
    if (!block.image || !block.image->alt || block.image->decorative) return;
    const std::string reason = meaningless_reason(*block.image);
    if (reason.empty()) return;
    reporter.report(block.image->loc, "alt=\"" + *block.image->alt + "\" " + reason,
                    "describe what the picture shows or why it is there, e.g. alt=\"Nurse taking a child's "
                    "temperature\"; use decorative=\"true\" if it adds nothing");
  });
}

}  // namespace

extern const Rule kImageAltMeaningless{
    8, "image-alt-meaningless", Severity::Error, "1.1.1",
    "alt text is not a file name or a placeholder word",
    "Reports alt text that is a file name (the image's own name, IMG_2041, DSC0001), ends in an "
    "image extension (.png, .jpg, …), or is only a placeholder word (\"image\", \"photo\", "
    "\"picture\", \"graphic\"). Such alt text is present, so it passes a presence check, but tells "
    "a screen reader user nothing (WCAG 2.2 SC 1.1.1; Word's checker: alt text \"doesn't contain "
    "images or file extensions\"; PAC \"Validity of alternative texts\"; Matterhorn 13-004 for "
    "quality). Fix: describe what the picture shows, or mark it decorative=\"true\".",
    &check_image_alt_meaningless,
};

}  // namespace handout::rules
