// Finds and opens one of Handout's private modules (handout-pdf.so, handout-svg.so), the way the
// handout executable keeps the libraries only some runs need out of every process: a module is
// opened on its first use, never at start-up. Used by the executable only (render_pdf_module.cpp,
// svg_image_module.cpp); tests, fuzzers and benchmarks link the same code directly.
#pragma once
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace handout::job {

struct ModuleSpec {
  std::string file;                       // "handout-svg.so"
  std::string what;                       // "SVG pictures are": what is not available without it
  std::string abi_key_symbol;             // its C function returning its build's ABI key
  std::vector<std::string> entry_symbols; // C functions it must export, in the order returned
  std::string error_code;                 // the InputError's code, e.g. "svg-module-unusable"
  std::string hint;                       // what works without it
};

// Looks for spec.file next to the executable (the build tree) and in ../lib/handout (an installed
// tree, as cmake --install and the .deb lay it out), opens the first one whose ABI key is this
// build's (pdf_module_abi.hpp) and returns the addresses of its entry symbols, in order. The
// module stays open for the life of the process. Throws InputError(spec.error_code) naming every
// candidate and why it was passed over when none is usable.
std::vector<void*> load_module(const ModuleSpec& spec);

// A module with one entry symbol, a C function returning `Entry`, loaded on the first get() (by
// one thread; a failed load throws, and the next get() tries again).
template <typename Entry>
class LazyModule {
 public:
  explicit LazyModule(ModuleSpec spec) : spec_(std::move(spec)) {}
  Entry get() {
    std::call_once(once_, [this] { entry_ = reinterpret_cast<Entry (*)()>(load_module(spec_).front())(); });
    return entry_;
  }

 private:
  ModuleSpec spec_;
  std::once_flag once_;
  Entry entry_{};
};

}  // namespace handout::job
