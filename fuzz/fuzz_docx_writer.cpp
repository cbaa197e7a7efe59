// libFuzzer target: bytes → parse → docx::write_docx. The writer takes any document the parser
// accepts; input problems (e.g. an image that cannot be read, characters XML 1.0 cannot carry)
// are handout::InputError, everything else is a bug (docx_writer.hpp).
#include <cstddef>
#include <cstdint>

#include "core/error.hpp"
#include "docx/docx_writer.hpp"
#include "fuzz/fuzz_support.hpp"
#include "parse/content_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const handout::style::Template kTemplate = handout::fuzz::default_template();
  try {
    const handout::model::Document doc = handout::parse::parse_content(
        handout::fuzz::as_view(data, size), "fuzz.xml", handout::fuzz::content_options());
    (void)handout::docx::write_docx(handout::resolve::resolve_document(doc, kTemplate), handout::docx::DocxOptions{});
  } catch (const handout::InputError&) {
  }
  return 0;
}
