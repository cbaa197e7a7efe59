// render_pdf for programs linked with the PDF pipeline (tests, fuzzers, benchmarks).
#include "job/pdf_pipeline.hpp"

namespace handout::job {

std::string render_pdf(const model::Document& doc, const style::Template& tmpl, const PdfOptions& options) {
  return run_pdf_pipeline(doc, tmpl, options);
}

}  // namespace handout::job
