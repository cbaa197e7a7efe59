// render_pdf in the handout executable: the PDF pipeline lives in the handout-pdf module, loaded
// on the first PDF (pdf_pipeline.hpp says why). It is looked for next to the executable (the
// build tree) and in ../lib/handout (an installed tree, as cmake --install and the .deb lay it out).
#include <dlfcn.h>
#include <unistd.h>

#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "job/pdf_pipeline.hpp"

namespace handout::job {
namespace {

std::filesystem::path executable_dir() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : self.parent_path();
}

PdfPipeline load_pipeline() {
  const std::filesystem::path dir = executable_dir();
  std::vector<std::filesystem::path> candidates{dir / "handout-pdf.so", dir / ".." / "lib" / "handout" / "handout-pdf.so"};
  std::string reasons;
  for (const auto& path : candidates) {
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);  // never closed: it lives as long as the process
    if (!module) {
      reasons += std::string("\n  ") + dlerror();
      continue;
    }
    auto entry = reinterpret_cast<PdfPipeline (*)()>(dlsym(module, "handout_pdf_pipeline"));
    if (entry) return entry();
    reasons += "\n  " + path.string() + ": no handout_pdf_pipeline entry point";
  }
  throw InternalError("PDF output is not available: the handout-pdf module could not be loaded (reinstall Handout)" +
                      reasons);
}

}  // namespace

std::string render_pdf(const resolve::ResolvedDocument& resolved, const PdfOptions& options) {
  static std::once_flag once;
  static PdfPipeline pipeline = nullptr;
  std::call_once(once, [] { pipeline = load_pipeline(); });
  return pipeline(resolved, options);
}

}  // namespace handout::job
