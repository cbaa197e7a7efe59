// Version of libzip, which the docx module owns, for `handout --version`.
#pragma once
#include <string>
namespace handout::docx {
std::string library_versions();  // "libzip 1.7.3"
}
