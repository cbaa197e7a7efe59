// SVG pictures (letterhead logos, content <img>) checked and rasterised with librsvg. PDF and DOCX
// embed the PNG this returns; HTML copies the SVG itself, since browsers draw it as vectors.
// librsvg is used only in core/svg_librsvg.cpp, so no other file sees its (GLib/cairo) headers,
// and the handout executable loads it only when a document has an SVG (core/svg_librsvg.hpp).
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>

#include "core/colour.hpp"

namespace handout {

// Why an SVG was refused; `line` is 0 when librsvg did not say where.
struct SvgError : std::runtime_error {
  SvgError(const std::string& message, std::uint32_t at_line) : std::runtime_error(message), line(at_line) {}
  std::uint32_t line = 0;
};

struct SvgSize {
  double width = 0, height = 0;  // intrinsic size in CSS pixels (96 per inch)
};

// Limits: a logo or diagram is a few KiB to a few hundred; these stop a hostile file early.
inline constexpr std::uintmax_t kMaxSvgBytes = 4u << 20;
inline constexpr double kMaxSvgSide = 20000;

// Parses the file: refused (SvgError) when it is larger than kMaxSvgBytes, is not SVG that librsvg
// can read, refers to anything outside itself (href or url() not starting with '#'), or has no
// size, or a side above kMaxSvgSide.
SvgSize check_svg(const std::string& path);

// The picture drawn `width_px` pixels wide (height by its aspect ratio) as PNG bytes, on the
// colour of the page it is printed on: an opaque PNG needs no soft mask, which libharu would
// store uncompressed (a 700-pixel-wide logo's mask alone would be 120 KB).
std::string rasterise_svg(const std::string& path, std::uint32_t width_px, Colour background);

// Print resolution for rasterised SVG: 300 dots per inch at the placed width.
inline std::uint32_t print_pixels(double width_mm) {
  const double px = width_mm / 25.4 * 300;
  return px < 1 ? 1u : static_cast<std::uint32_t>(px + 0.5);
}

}  // namespace handout
