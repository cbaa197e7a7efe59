#include "pdf/library_version.hpp"

#include <fontconfig/fontconfig.h>
#include <hb.h>
#include <hpdf.h>

namespace handout::pdf {
std::string library_versions() {
  const int fc = FcGetVersion();
  return std::string("libharu ") + HPDF_GetVersion() + ", HarfBuzz " + hb_version_string() + ", fontconfig " +
         std::to_string(fc / 10000) + "." + std::to_string(fc / 100 % 100) + "." + std::to_string(fc % 100);
}
}  // namespace handout::pdf
