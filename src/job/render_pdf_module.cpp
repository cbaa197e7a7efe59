// render_pdf in the handout executable: the PDF pipeline lives in the handout-pdf module, loaded
// on the first PDF (pdf_pipeline.hpp says why). It is looked for next to the executable (the
// build tree) and in ../lib/handout (an installed tree, as cmake --install and the .deb lay it out).
#include <dlfcn.h>
#include <unistd.h>

#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "handout/pdf_module_abi_key.hpp"
#include "job/pdf_module_abi.hpp"
#include "job/pdf_pipeline.hpp"

namespace handout::job {
namespace {

std::filesystem::path executable_dir() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : self.parent_path();
}

// Tries the candidates in turn; a module that cannot be opened, or that comes from another build
// (pdf_module_abi.hpp), is passed over, and the reasons are reported if none is usable.
PdfPipeline load_pipeline() {
  const std::filesystem::path dir = executable_dir();
  const std::vector<std::filesystem::path> candidates{dir / "handout-pdf.so",
                                                      dir / ".." / "lib" / "handout" / "handout-pdf.so"};
  std::string reasons;
  std::optional<std::string> refused;  // the first module found but refused: the error names it
  for (const auto& path : candidates) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      reasons += "\n  " + path.string() + ": not found";
      continue;
    }
    if (!refused) refused = path.string();
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);  // never closed: it lives as long as the process
    if (!module) {
      reasons += std::string("\n  ") + dlerror();
      continue;
    }
    auto key = reinterpret_cast<const char* (*)()>(dlsym(module, kPdfModuleAbiKeySymbol));
    if (auto mismatch = pdf_module_abi_mismatch(path.string(), kPdfModuleAbiKey, key ? key() : nullptr)) {
      reasons += "\n  " + *mismatch;
      continue;
    }
    auto entry = reinterpret_cast<PdfPipeline (*)()>(dlsym(module, kPdfModuleEntrySymbol));
    if (entry) return entry();
    reasons += "\n  " + path.string() + ": no " + kPdfModuleEntrySymbol + " entry point";
  }
  throw InputError("pdf-module-unusable", refused.value_or(candidates.front().string()), {},
                   "PDF output is not available: the handout-pdf module could not be loaded:" + reasons,
                   "rebuild Handout (cmake --build build) or reinstall it; DOCX output and lint work without "
                   "the module");
}

}  // namespace

std::string render_pdf(const resolve::ResolvedDocument& resolved, const PdfOptions& options) {
  static std::once_flag once;
  static PdfPipeline pipeline = nullptr;
  std::call_once(once, [] { pipeline = load_pipeline(); });
  return pipeline(resolved, options);
}

}  // namespace handout::job
