// libFuzzer target: bytes → parse → html::write_html, and the page must be well-formed XML (the
// writer promises HTML5's XML-compatible spelling, html_writer.hpp): a page an XML parser
// rejects means some text or attribute escaped wrongly. Input problems (an image outside the
// content folder) are handout::InputError; everything else is a bug.
#include <cstddef>
#include <cstdint>
#include <pugixml.hpp>

#include "core/error.hpp"
#include "fuzz/fuzz_support.hpp"
#include "html/html_writer.hpp"
#include "parse/content_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const handout::style::Template kTemplate = handout::fuzz::default_template();
  try {
    const handout::model::Document doc = handout::parse::parse_content(
        handout::fuzz::as_view(data, size), "fuzz.xml", handout::fuzz::content_options());
    const handout::resolve::ResolvedDocument resolved = handout::resolve::resolve_document(doc, kTemplate);
    const handout::html::HtmlOutput page = handout::html::write_html(resolved, handout::html::HtmlOptions{});
    pugi::xml_document xml;
    if (!xml.load_buffer(page.html.data(), page.html.size())) __builtin_trap();
  } catch (const handout::InputError&) {
  }
  return 0;
}
