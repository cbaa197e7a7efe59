// libFuzzer target: bytes → parse::parse_content. The parser's contract (content_reader.hpp) is
// that bad input of any kind ends in handout::InputError; anything else escaping, a crash, a
// sanitizer report, a hang or unbounded memory is a bug.
#include <cstddef>
#include <cstdint>

#include "core/error.hpp"
#include "fuzz/fuzz_support.hpp"
#include "parse/content_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    (void)handout::parse::parse_content(handout::fuzz::as_view(data, size), "fuzz.xml",
                                        handout::fuzz::content_options());
  } catch (const handout::InputError&) {
    // Expected for malformed input; every other exception propagates and aborts the run.
  }
  return 0;
}
