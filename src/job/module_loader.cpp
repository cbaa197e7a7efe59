#include "job/module_loader.hpp"

#include <dlfcn.h>

#include <filesystem>
#include <optional>

#include "core/error.hpp"
#include "handout/pdf_module_abi_key.hpp"
#include "job/pdf_module_abi.hpp"

namespace handout::job {
namespace {

std::filesystem::path executable_dir() {
  std::error_code ec;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? std::filesystem::path() : self.parent_path();
}

}  // namespace

std::vector<void*> load_module(const ModuleSpec& spec) {
  const std::filesystem::path dir = executable_dir();
  const std::vector<std::filesystem::path> candidates{dir / spec.file, dir / ".." / "lib" / "handout" / spec.file};
  std::string reasons;
  std::optional<std::string> refused;  // the first module found but refused: the error names it
  for (const auto& path : candidates) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
      reasons += "\n  " + path.string() + ": not found";
      continue;
    }
    if (!refused) refused = path.string();
    // RTLD_LOCAL: the module's own symbols stay its own; the core symbols it needs come from the
    // executable, which exports them. Never closed: it lives as long as the process.
    void* module = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!module) {
      reasons += std::string("\n  ") + dlerror();
      continue;
    }
    auto key = reinterpret_cast<const char* (*)()>(dlsym(module, spec.abi_key_symbol.c_str()));
    if (auto mismatch = module_abi_mismatch(path.string(), spec.file, kPdfModuleAbiKey, key ? key() : nullptr)) {
      reasons += "\n  " + *mismatch;
      continue;
    }
    std::vector<void*> entries;
    for (const auto& symbol : spec.entry_symbols) {
      void* entry = dlsym(module, symbol.c_str());
      if (!entry) {
        reasons += "\n  " + path.string() + ": no " + symbol + " entry point";
        break;
      }
      entries.push_back(entry);
    }
    if (entries.size() == spec.entry_symbols.size()) return entries;
  }
  throw InputError(spec.error_code, refused.value_or(candidates.front().string()), {},
                   spec.what + " not available: the " + std::filesystem::path(spec.file).stem().string() +
                       " module could not be loaded:" + reasons,
                   spec.hint);
}

}  // namespace handout::job
