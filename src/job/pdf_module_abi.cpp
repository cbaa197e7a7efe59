#include "job/pdf_module_abi.hpp"

namespace handout::job {

std::optional<std::string> pdf_module_abi_mismatch(const std::string& path, std::string_view expected,
                                                   const char* found) {
  if (found && expected == found) return std::nullopt;
  return path + " comes from another build of Handout: this handout expects PDF module ABI key \"" +
         std::string(expected) + "\", the module " +
         (found ? "has \"" + std::string(found) + "\"" : std::string("has none (it predates ABI keys)")) +
         "; rebuild (cmake --build build) or reinstall Handout, so that the handout executable and "
         "handout-pdf.so come from the same build";
}

}  // namespace handout::job
