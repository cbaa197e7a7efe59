// Lint findings and input errors as plain values: what went wrong, where, and what to do about it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/source_loc.hpp"

namespace handout {

enum class Severity { Error, Warning, Info };

std::string_view severity_name(Severity s);  // "error", "warning", "info"

struct Diagnostic {
  std::string code;  // rule id ("heading-increment") or input-error code ("xml-not-well-formed")
  Severity severity = Severity::Error;
  std::string file;  // path as given on the command line (or the template file)
  SourceLoc loc;
  std::string message;  // one line, no trailing period needed
  std::string hint;     // what the user can do; may be empty
};

// Collects findings. Rules write here; they never throw for a finding.
class DiagnosticSink {
 public:
  virtual ~DiagnosticSink() = default;
  virtual void report(Diagnostic d) = 0;
};

class DiagnosticList final : public DiagnosticSink {
 public:
  void report(Diagnostic d) override { items.push_back(std::move(d)); }
  std::vector<Diagnostic> items;
};

// Sorts by file, line, column, code: the order every output format uses.
void sort_diagnostics(std::vector<Diagnostic>& diags);

}  // namespace handout
