// sRGB colours and the WCAG 2.x contrast formula (relative luminance, contrast ratio) plus
// the nearest-passing-colour suggestion used by the contrast rules.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace handout {

struct Colour {
  std::uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Colour&) const = default;
};

inline constexpr Colour kBlack{0, 0, 0};
inline constexpr Colour kWhite{255, 255, 255};

// Accepts exactly "#rrggbb" (either case). Anything else, including "#rgb", is nullopt.
std::optional<Colour> parse_hex_colour(std::string_view text);
std::string to_hex(Colour c);  // "#rrggbb", lower case

// WCAG 2.2 "relative luminance", with the 0.04045 sRGB threshold (as axe-core).
double relative_luminance(Colour c);
// WCAG 2.2 "contrast ratio": (L1 + 0.05) / (L2 + 0.05), from 1 to 21. Never rounded.
double contrast_ratio(Colour a, Colour b);

// Rule 15 (contrast-fix-suggestion): keep the hue and saturation and search the HSL lightness of
// one colour exactly (a binary search, then byte rounding checked) for the nearest colour that
// reaches `threshold`, in either direction. A suggested background must also keep every other
// text drawn on it at its own threshold (`other_text_on_background`), or it is not offered.
struct ContrastFix {
  std::optional<Colour> foreground;  // new text colour on the unchanged background
  std::optional<Colour> background;  // new background under the unchanged text colour
};
struct ContrastNeed {
  Colour other;      // the colour it must contrast with
  double threshold;  // the ratio it needs
};
ContrastFix suggest_contrast_fix(Colour foreground, Colour background, double threshold,
                                 std::span<const ContrastNeed> other_text_on_background = {});

// "2.85:1": two decimals; a failing 4.499 prints as "4.499:1", never as the threshold it missed.
std::string format_ratio(double ratio);

}  // namespace handout
