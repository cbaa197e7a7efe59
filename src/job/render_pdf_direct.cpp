// render_pdf and impose::impose_booklet for programs linked with the PDF pipeline (tests,
// fuzzers, benchmarks): the code the handout executable loads from handout-pdf.so, called directly.
#include "impose/booklet.hpp"
#include "job/pdf_pipeline.hpp"

namespace handout {

std::string job::render_pdf(const resolve::ResolvedDocument& resolved, const PdfOptions& options) {
  return run_pdf_pipeline(resolved, options);
}

std::string impose::impose_booklet(const std::string& a5_pdf, const BookletInfo& info) {
  return impose_booklet_with_qpdf(a5_pdf, info);
}

}  // namespace handout
