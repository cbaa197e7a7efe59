// libFuzzer target: bytes → probe_image (PNG signature + IHDR, JPEG SOI … SOFn). The probe reads
// untrusted image headers for the parser and both writers; it returns nullopt for anything it
// does not understand and must never throw, read past the buffer or loop.
#include <cstddef>
#include <cstdint>

#include "core/image_probe.hpp"
#include "fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto header = handout::probe_image(handout::fuzz::as_view(data, size));
  // A size of zero is documented as "not an image" (image_probe.hpp).
  if (header && (header->width == 0 || header->height == 0)) __builtin_trap();
  return 0;
}
