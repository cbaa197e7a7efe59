// Reads just enough of a PNG or JPEG file to know its format and pixel size, without decoding it.
// Used by the parser (image-not-an-image) and by the writers (image placement and DOCX extents).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace handout {

struct ImageHeader {
  enum class Format { Png, Jpeg } format;
  std::uint32_t width = 0, height = 0;
};

// nullopt when the bytes are not a PNG (signature + IHDR) or a JPEG (SOI, then a SOFn frame header
// before the data ends), or declare a zero size.
std::optional<ImageHeader> probe_image(std::string_view bytes);

// Reads at most the first 1 MiB of the file (a JPEG's frame header comes early) and its last
// KiB (to reject truncated files). nullopt if unreadable, not PNG/JPEG, or cut short.
std::optional<ImageHeader> probe_image_file(const std::string& path);

}  // namespace handout
