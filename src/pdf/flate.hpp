// Flate (zlib) compression of a whole buffer with libdeflate, for PDF streams (ISO 32000-1 §7.4.4).
#pragma once
#include <string>
#include <string_view>

namespace handout::pdf {

std::string flate(std::string_view bytes);

}  // namespace handout::pdf
