// impose::impose_booklet in the handout executable: qpdf (and the dozen libraries it brings,
// gnutls among them) is loaded from the handout-impose module only for --impose booklet, so plain
// PDF builds do not pay for it (job/module_loader.hpp says where the module is looked for).
#include "impose/booklet.hpp"
#include "job/module_loader.hpp"
#include "job/pdf_module_abi.hpp"

namespace handout::impose {

std::string impose_booklet(const std::string& a5_pdf, const BookletInfo& info) {
  static job::LazyModule<BookletImposer> module(
      {"handout-impose.so",
       "the booklet print copy (--impose booklet) is",
       job::kImposeModuleAbiKeySymbol,
       {job::kImposeModuleEntrySymbol},
       "impose-module-unusable",
       "rebuild Handout (cmake --build build) or reinstall it; the A5 PDF, DOCX output and lint work without "
       "the module"});
  return module.get()(a5_pdf, info);
}

}  // namespace handout::impose
