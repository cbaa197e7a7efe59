// The entry point of the handout-pdf module (see pdf_pipeline.hpp).
#include "job/pdf_pipeline.hpp"

extern "C" __attribute__((visibility("default"))) handout::job::PdfPipeline handout_pdf_pipeline() {
  return &handout::job::run_pdf_pipeline;
}
