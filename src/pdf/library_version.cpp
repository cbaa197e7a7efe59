#include "pdf/library_version.hpp"

#include <fontconfig/fontconfig.h>
#include <hb.h>
#include <hpdf_version.h>

namespace handout::pdf {
// The versions Handout was built against, from the headers: asking the libraries themselves would
// load them into every process, which only PDF output needs (job/pdf_pipeline.hpp).
std::string library_versions() {
  return std::string("libharu ") + HPDF_VERSION_TEXT + ", HarfBuzz " + HB_VERSION_STRING + ", fontconfig " +
         std::to_string(FC_MAJOR) + "." + std::to_string(FC_MINOR) + "." + std::to_string(FC_REVISION);
}
}  // namespace handout::pdf
