// libFuzzer target: bytes → job::parse_config (handout.toml). Bad TOML or values must end in
// handout::InputError ("config-invalid"); anything else escaping or crashing is a bug.
#include <cstddef>
#include <cstdint>

#include "core/error.hpp"
#include "fuzz/fuzz_support.hpp"
#include "job/config_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    (void)handout::job::parse_config(handout::fuzz::as_view(data, size), "handout.toml");
  } catch (const handout::InputError&) {
  }
  return 0;
}
