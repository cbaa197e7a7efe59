// TEMPORARY placeholder until the layout engine and PDF writer land (owned by the PDF work).
#include "job/render_pdf.hpp"

#include "core/error.hpp"

namespace handout::job {
std::string render_pdf(const model::Document& doc, const style::Template&, const PdfOptions&) {
  throw InputError("pdf-not-available", doc.path, {}, "PDF output is not available in this build yet",
                   "use --docx");
}
}  // namespace handout::job
