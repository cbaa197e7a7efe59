// libFuzzer target: bytes → parse::parse_template. Bad TOML or bad values must end in
// handout::InputError ("template-invalid"); anything else escaping or crashing is a bug.
#include <cstddef>
#include <cstdint>

#include "core/error.hpp"
#include "fuzz/fuzz_support.hpp"
#include "parse/template_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    (void)handout::parse::parse_template(handout::fuzz::as_view(data, size), "fuzz-template.toml");
  } catch (const handout::InputError&) {
  }
  return 0;
}
