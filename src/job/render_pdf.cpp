// The PDF path of the pipeline: fonts (pdf::FontSet, the real FontMetrics) → layout → PDF bytes.
#include "job/render_pdf.hpp"

#include <cstdio>

#include "core/error.hpp"
#include "handout/version.hpp"
#include "layout/layout_engine.hpp"
#include "pdf/font_set.hpp"
#include "pdf/pdf_writer.hpp"

namespace handout::job {

std::string render_pdf(const model::Document& doc, const style::Template& tmpl, const PdfOptions& options) {
  pdf::FontSet fonts(tmpl);
  const layout::PagedDocument pages = layout::layout_document(doc, tmpl, fonts);
  if (!fonts.missing().empty()) {
    // A character no font can show would print as an empty box and extract as nothing.
    std::string list;
    for (char32_t c : fonts.missing()) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
      list += (list.empty() ? "" : ", ") + std::string(buf);
    }
    throw InputError("glyph-missing", doc.path, {},
                     "the template's fonts have no glyph for " + list,
                     "use a font family that covers these characters in the template");
  }
  pdf::PdfMetadata meta;
  meta.title = doc.meta.title.text;
  for (const model::MetaText& a : doc.meta.authors) meta.authors.push_back(a.text);
  if (doc.meta.subtitle) meta.subject = doc.meta.subtitle->text;
  if (doc.meta.description) meta.description = doc.meta.description->text;
  if (doc.meta.keywords) meta.keywords = doc.meta.keywords->text;
  meta.lang = doc.lang;
  meta.timestamp = options.timestamp;
  meta.claim_pdfua = options.claim_pdfua;
  meta.producer = std::string("Handout ") + kVersion;
  return pdf::write_pdf(pages, fonts, meta);
}

}  // namespace handout::job
