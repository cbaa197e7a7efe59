// Versions of the third-party libraries the parse module owns, for `handout --version`.
#pragma once
#include <string>
namespace handout::parse {
std::string library_versions();  // e.g. "pugixml 1.13, toml++ 3.3.0"
}
