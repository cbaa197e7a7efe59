// The entry points of the handout-svg module (core/svg_librsvg.hpp, job/pdf_module_abi.hpp).
#include "core/svg_librsvg.hpp"
#include "handout/pdf_module_abi_key.hpp"

// The loader reads this first and calls nothing else unless it is its own build's key.
extern "C" __attribute__((visibility("default"))) const char* handout_svg_module_abi_key() {
  return handout::job::kPdfModuleAbiKey;
}

extern "C" __attribute__((visibility("default"))) const handout::SvgFunctions* handout_svg_functions() {
  static const handout::SvgFunctions functions{&handout::check_svg_with_librsvg, &handout::rasterise_svg_with_librsvg};
  return &functions;
}
