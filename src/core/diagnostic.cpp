#include "core/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace handout {

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "info";
  }
  return "error";
}

void sort_diagnostics(std::vector<Diagnostic>& diags) {
  std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.loc, a.code) < std::tie(b.file, b.loc, b.code);
  });
}

}  // namespace handout
