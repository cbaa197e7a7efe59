// render_pdf in the handout executable: the PDF pipeline lives in the handout-pdf module, loaded
// on the first PDF (pdf_pipeline.hpp says why; job/module_loader.hpp says where it is looked for).
#include "job/module_loader.hpp"
#include "job/pdf_module_abi.hpp"
#include "job/pdf_pipeline.hpp"

namespace handout::job {

std::string render_pdf(const resolve::ResolvedDocument& resolved, const PdfOptions& options) {
  static LazyModule<PdfPipeline> module(
      {"handout-pdf.so",
       "PDF output is",
       kPdfModuleAbiKeySymbol,
       {kPdfModuleEntrySymbol},
       "pdf-module-unusable",
       "rebuild Handout (cmake --build build) or reinstall it; DOCX output and lint work without the module"});
  return module.get()(resolved, options);
}

}  // namespace handout::job
