// render_pdf and impose::impose_booklet in the handout executable: the PDF pipeline and the
// booklet imposition (qpdf) live in the handout-pdf module, loaded on the first PDF
// (pdf_pipeline.hpp says why; job/module_loader.hpp says where it is looked for). Imposition
// only ever runs on a PDF just rendered, so it shares that module rather than having its own.
#include <mutex>

#include "impose/booklet.hpp"
#include "job/module_loader.hpp"
#include "job/pdf_module_abi.hpp"
#include "job/pdf_pipeline.hpp"

namespace handout {
namespace job {
namespace {

struct PdfModule {
  PdfPipeline pipeline = nullptr;
  impose::BookletImposer impose = nullptr;
};

const PdfModule& pdf_module() {
  static std::once_flag once;
  static PdfModule module;
  std::call_once(once, [] {
    const std::vector<void*> entries = load_module(
        {"handout-pdf.so",
         "PDF output is",
         kPdfModuleAbiKeySymbol,
         {kPdfModuleEntrySymbol, kPdfModuleImposeSymbol},
         "pdf-module-unusable",
         "rebuild Handout (cmake --build build) or reinstall it; DOCX output and lint work without the module"});
    module.pipeline = reinterpret_cast<PdfPipeline (*)()>(entries[0])();
    module.impose = reinterpret_cast<impose::BookletImposer (*)()>(entries[1])();
  });
  return module;
}

}  // namespace

std::string render_pdf(const resolve::ResolvedDocument& resolved, const PdfOptions& options) {
  return pdf_module().pipeline(resolved, options);
}

}  // namespace job

namespace impose {

std::string impose_booklet(const std::string& a5_pdf, const BookletInfo& info) {
  return job::pdf_module().impose(a5_pdf, info);
}

}  // namespace impose
}  // namespace handout
