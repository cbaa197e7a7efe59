#include "job/pdf_module_abi.hpp"

namespace handout::job {

std::optional<std::string> module_abi_mismatch(const std::string& path, std::string_view file,
                                               std::string_view expected, const char* found) {
  if (found && expected == found) return std::nullopt;
  return path + " comes from another build of Handout: this handout expects module ABI key \"" +
         std::string(expected) + "\", the module has " +
         (found ? "\"" + std::string(found) + "\"" : std::string("none (it predates ABI keys)")) +
         "; rebuild (cmake --build build) or reinstall Handout, so that the handout executable and " +
         std::string(file) + " come from the same build";
}

}  // namespace handout::job
