// libFuzzer target: bytes → parse → job::render_pdf (layout + tagged PDF writer). Input problems
// (missing font, glyph in no font, corrupt image) are handout::InputError; everything else,
// including handout::InternalError, is a bug (render_pdf.hpp).
#include <cstddef>
#include <cstdint>

#include "core/error.hpp"
#include "fuzz/fuzz_support.hpp"
#include "job/render_pdf.hpp"
#include "parse/content_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const handout::style::Template kTemplate = handout::fuzz::default_template();
  try {
    const handout::model::Document doc = handout::parse::parse_content(
        handout::fuzz::as_view(data, size), "fuzz.xml", handout::fuzz::content_options());
    (void)handout::job::render_pdf(handout::resolve::resolve_document(doc, kTemplate), handout::job::PdfOptions{});
  } catch (const handout::InputError&) {
  }
  return 0;
}
