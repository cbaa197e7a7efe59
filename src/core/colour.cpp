#include "core/colour.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace handout {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

double linear_channel(std::uint8_t v) {
  const double c = v / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

struct Hsl {
  double h, s, l;  // h in [0, 360), s and l in [0, 1]
};

Hsl to_hsl(Colour c) {
  const double r = c.r / 255.0, g = c.g / 255.0, b = c.b / 255.0;
  const double mx = std::max({r, g, b}), mn = std::min({r, g, b});
  const double l = (mx + mn) / 2;
  if (mx == mn) return {0, 0, l};
  const double d = mx - mn;
  const double s = l > 0.5 ? d / (2 - mx - mn) : d / (mx + mn);
  double h;
  if (mx == r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (mx == g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return {h * 60, s, l};
}

double hue_channel(double p, double q, double t) {
  if (t < 0) t += 1;
  if (t > 1) t -= 1;
  if (t < 1.0 / 6) return p + (q - p) * 6 * t;
  if (t < 1.0 / 2) return q;
  if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
  return p;
}

std::uint8_t to_byte(double v) { return static_cast<std::uint8_t>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); }

Colour from_hsl(Hsl x) {
  if (x.s == 0) return {to_byte(x.l), to_byte(x.l), to_byte(x.l)};
  const double q = x.l < 0.5 ? x.l * (1 + x.s) : x.l + x.s - x.l * x.s;
  const double p = 2 * x.l - q;
  const double h = x.h / 360;
  return {to_byte(hue_channel(p, q, h + 1.0 / 3)), to_byte(hue_channel(p, q, h)),
          to_byte(hue_channel(p, q, h - 1.0 / 3))};
}

bool passes_all(Colour candidate, std::span<const ContrastNeed> needs) {
  for (const ContrastNeed& n : needs)
    if (contrast_ratio(candidate, n.other) < n.threshold) return false;
  return true;
}

// The passing colour nearest to `base` along one direction of HSL lightness (-1 darker, +1
// lighter), or nullopt. Luminance grows with lightness, so against one other colour the passing
// lightnesses on one side form an interval reaching the end (0 or 1): a binary search finds its
// edge exactly. Rounding to bytes may land just short of it, and further needs (other text on a
// background) may ask for more, so from there it walks on in steps finer than one byte.
std::optional<Colour> nearest_in_direction(Hsl base, const ContrastNeed& first, std::span<const ContrastNeed> needs,
                                           int direction) {
  const double end = direction < 0 ? 0.0 : 1.0;
  const auto at = [&](double l) { return from_hsl({base.h, base.s, std::clamp(l, 0.0, 1.0)}); };
  if (contrast_ratio(at(end), first.other) < first.threshold) return std::nullopt;
  double fail = base.l, pass = end;
  for (int i = 0; i < 40; ++i) {
    const double mid = (fail + pass) / 2;
    (contrast_ratio(at(mid), first.other) >= first.threshold ? pass : fail) = mid;
  }
  constexpr double kStep = 1.0 / 2048;  // under a quarter of a byte in every channel
  for (double l = pass; direction < 0 ? l >= -kStep : l <= 1 + kStep; l += direction * kStep) {
    const Colour candidate = at(l);
    if (passes_all(candidate, needs)) return candidate;
  }
  return std::nullopt;
}

// The colour nearest in lightness to `moving`, same hue and saturation, that meets every need
// (ties go to the darker one).
std::optional<Colour> nearest_passing(Colour moving, std::span<const ContrastNeed> needs) {
  if (needs.empty()) return std::nullopt;
  const Hsl base = to_hsl(moving);
  const std::optional<Colour> darker = nearest_in_direction(base, needs.front(), needs, -1);
  const std::optional<Colour> lighter = nearest_in_direction(base, needs.front(), needs, +1);
  if (!darker || !lighter) return darker ? darker : lighter;
  return base.l - to_hsl(*darker).l <= to_hsl(*lighter).l - base.l ? darker : lighter;
}

}  // namespace

std::optional<Colour> parse_hex_colour(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  int v[6];
  for (int i = 0; i < 6; ++i) {
    v[i] = hex_digit(text[static_cast<std::size_t>(i) + 1]);
    if (v[i] < 0) return std::nullopt;
  }
  return Colour{static_cast<std::uint8_t>(v[0] * 16 + v[1]), static_cast<std::uint8_t>(v[2] * 16 + v[3]),
                static_cast<std::uint8_t>(v[4] * 16 + v[5])};
}

std::string to_hex(Colour c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

double relative_luminance(Colour c) {
  return 0.2126 * linear_channel(c.r) + 0.7152 * linear_channel(c.g) + 0.0722 * linear_channel(c.b);
}

double contrast_ratio(Colour a, Colour b) {
  const double la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ContrastFix suggest_contrast_fix(Colour foreground, Colour background, double threshold,
                                 std::span<const ContrastNeed> other_text_on_background) {
  const ContrastNeed text_need{foreground, threshold};
  std::vector<ContrastNeed> background_needs{text_need};
  background_needs.insert(background_needs.end(), other_text_on_background.begin(), other_text_on_background.end());
  const ContrastNeed background_need{background, threshold};
  return {nearest_passing(foreground, std::span(&background_need, 1)), nearest_passing(background, background_needs)};
}

std::string format_ratio(double ratio) {
  // Two decimals, rounded, as WCAG's examples print them (2.85:1). Just below a WCAG threshold
  // rounding would print the threshold itself ("4.50:1" for 4.499), so show a third decimal there.
  int decimals = 2;
  for (double threshold : {3.0, 4.5, 7.0}) {
    if (ratio < threshold && ratio >= threshold - 0.005) decimals = 3;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f:1", decimals, decimals == 3 ? std::floor(ratio * 1000) / 1000 : ratio);
  return buf;
}

}  // namespace handout
