#include "docx/library_version.hpp"

#include <zip.h>

namespace handout::docx {
std::string library_versions() { return std::string("libzip ") + zip_libzip_version(); }
}  // namespace handout::docx
