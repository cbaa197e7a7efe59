// check_svg and rasterise_svg for programs linked with handout_pdf (tests, fuzzers, benchmarks):
// librsvg called directly, where the handout executable loads it from handout-svg.so.
#include "core/svg_librsvg.hpp"

namespace handout {

SvgSize check_svg(const std::string& path) { return check_svg_with_librsvg(path); }

std::string rasterise_svg(const std::string& path, std::uint32_t width_px, Colour background) {
  return rasterise_svg_with_librsvg(path, width_px, background);
}

}  // namespace handout
