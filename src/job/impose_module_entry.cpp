// The entry points of the handout-impose module (impose/booklet.hpp, job/pdf_module_abi.hpp).
#include "handout/pdf_module_abi_key.hpp"
#include "impose/booklet.hpp"

// The loader reads this first and calls nothing else unless it is its own build's key.
extern "C" __attribute__((visibility("default"))) const char* handout_impose_module_abi_key() {
  return handout::job::kPdfModuleAbiKey;
}

// The real imposition: not impose_booklet, which in the executable is the forwarding stub (the
// executable exports its symbols, so a module calling that name would call the stub).
extern "C" __attribute__((visibility("default"))) handout::impose::BookletImposer handout_impose_booklet() {
  return &handout::impose::impose_booklet_with_qpdf;
}
