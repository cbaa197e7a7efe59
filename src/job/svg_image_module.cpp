// check_svg and rasterise_svg in the handout executable: librsvg is loaded from the handout-svg
// module on the first SVG picture, so that runs on documents without one never map librsvg,
// cairo, pango and GLib (core/svg_librsvg.hpp). The handout-pdf module's layout calls these too:
// the executable exports them.
#include "core/svg_librsvg.hpp"
#include "job/module_loader.hpp"
#include "job/pdf_module_abi.hpp"

namespace handout {
namespace {

const SvgFunctions& svg_module() {
  static job::LazyModule<const SvgFunctions*> module(
      {"handout-svg.so",
       "SVG pictures are",
       job::kSvgModuleAbiKeySymbol,
       {job::kSvgModuleEntrySymbol},
       "svg-module-unusable",
       "rebuild Handout (cmake --build build) or reinstall it; documents without SVG pictures work without the "
       "module"});
  return *module.get();
}

}  // namespace

SvgSize check_svg(const std::string& path) { return svg_module().check(path); }

std::string rasterise_svg(const std::string& path, std::uint32_t width_px, Colour background) {
  return svg_module().rasterise(path, width_px, background);
}

}  // namespace handout
