#include "parse/library_version.hpp"

#include <pugixml.hpp>
#include <toml++/toml.h>

namespace handout::parse {
std::string library_versions() {
  return "pugixml " + std::to_string(PUGIXML_VERSION / 1000) + "." + std::to_string(PUGIXML_VERSION % 1000 / 10) +
         ", toml++ " + std::to_string(TOML_LIB_MAJOR) + "." + std::to_string(TOML_LIB_MINOR) + "." +
         std::to_string(TOML_LIB_PATCH);
}
}  // namespace handout::parse
