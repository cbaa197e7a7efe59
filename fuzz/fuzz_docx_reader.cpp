// libFuzzer target: bytes → import::import_docx (the .docx reader behind `handout import` and
// lint/build of .docx). Its contract (docx_reader.hpp) is that input of any kind, including zip
// bombs, unsafe names and DOCTYPEs, ends in handout::InputError; anything else escaping, a crash,
// a sanitizer report, a hang or unbounded memory is a bug. Small limits keep each run fast.
#include <cstddef>
#include <cstdint>

#include "core/error.hpp"
#include "fuzz/fuzz_support.hpp"
#include "import/docx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  handout::import::ImportOptions options;
  options.limits.max_total_bytes = 16u << 20;
  options.limits.max_xml_part_bytes = 4u << 20;
  options.limits.max_image_bytes = 4u << 20;
  try {
    (void)handout::import::import_docx(std::string(handout::fuzz::as_view(data, size)), "fuzz.docx", options);
  } catch (const handout::InputError&) {
    // Expected for bad input; every other exception propagates and aborts the run.
  }
  return 0;
}
