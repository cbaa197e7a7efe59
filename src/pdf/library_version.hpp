// Versions of the libraries behind PDF output (libharu, HarfBuzz, fontconfig), for `handout --version`.
#pragma once
#include <string>
namespace handout::pdf {
std::string library_versions();
}
