// The entry points of the handout-pdf module (see pdf_pipeline.hpp and pdf_module_abi.hpp).
#include "handout/pdf_module_abi_key.hpp"
#include "job/pdf_pipeline.hpp"

// The loader reads this first and calls nothing else unless it is its own build's key.
extern "C" __attribute__((visibility("default"))) const char* handout_pdf_module_abi_key() {
  return handout::job::kPdfModuleAbiKey;
}

extern "C" __attribute__((visibility("default"))) handout::job::PdfPipeline handout_pdf_pipeline() {
  return &handout::job::run_pdf_pipeline;
}
