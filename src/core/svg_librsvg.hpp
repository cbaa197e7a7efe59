// The librsvg implementation of core/svg_image.hpp, and the handout-svg module's entry point.
// librsvg (with cairo, pango, GLib …) is some 40 shared libraries, so the handout executable does
// not link it: check_svg and rasterise_svg there forward to the handout-svg module, opened on the
// first SVG (job/svg_image_module.cpp), and lint or DOCX of a document with no SVG never loads it.
// Programs linked with handout_pdf (tests, fuzzers, benchmarks) call these directly
// (core/svg_image_direct.cpp).
#pragma once
#include "core/svg_image.hpp"

namespace handout {

// Named apart from check_svg and rasterise_svg: the executable exports its forwarding stubs under
// those names, and a module calling them would land in the stub, not here.
SvgSize check_svg_with_librsvg(const std::string& path);
std::string rasterise_svg_with_librsvg(const std::string& path, std::uint32_t width_px, Colour background);

// What the module exports, as `handout_svg_functions` (a function returning a pointer to one).
struct SvgFunctions {
  SvgSize (*check)(const std::string& path) = nullptr;
  std::string (*rasterise)(const std::string& path, std::uint32_t width_px, Colour background) = nullptr;
};

}  // namespace handout
