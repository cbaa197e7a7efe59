// render_pdf for programs linked with the PDF pipeline (tests, fuzzers, benchmarks).
#include "job/pdf_pipeline.hpp"

namespace handout::job {

std::string render_pdf(const resolve::ResolvedDocument& resolved, const PdfOptions& options) {
  return run_pdf_pipeline(resolved, options);
}

}  // namespace handout::job
