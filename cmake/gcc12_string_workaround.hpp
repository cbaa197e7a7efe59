// Included first in every C++ file when the compiler is GCC 12 (CMakeLists.txt). At -O3 (the
// Release build the quick start makes), GCC 12 reports a bogus -Wrestrict inside libstdc++'s
// own std::string code (char_traits.h: "__builtin_memcpy accessing 9223372036854775810 or more
// bytes") wherever `"literal" + std::string` is inlined: GCC bugs 105329 and 105651, a false
// positive of the compiler, not a fault in the calling code. Reading <string> with the warning
// off silences it for that header only; -Wrestrict stays on for Handout's own code.
#pragma once
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wrestrict"
#include <string>
#pragma GCC diagnostic pop
