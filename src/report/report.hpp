// Lint findings → text for people and CI: GCC-style text, JSON, SARIF 2.1.0 and GitHub workflow
// commands. Pure functions of the findings, so every format is golden-tested on the same input.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace handout::report {

enum class Format { Text, Json, Sarif, Github };

// "text", "json", "sarif", "github" → Format; nullopt otherwise.
std::optional<Format> parse_format(std::string_view name);

struct Summary {
  std::size_t files = 0;         // content files looked at
  std::size_t errors = 0;        // error-severity findings (lint and input errors)
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t input_errors = 0;  // files that could not be read or parsed
};

Summary summarise(const std::vector<Diagnostic>& diags, std::size_t files);

// What `handout build` did with one input (JSON "documents").
struct DocumentOutcome {
  std::string input;
  std::vector<std::string> outputs;
  std::string status;  // "built", "skipped-lint-errors", "failed"
};

struct ReportOptions {
  bool colour = false;           // ANSI colours (text format only)
  std::string rules_url;         // base URL of the rule docs; "<base>#<rule-id>" becomes SARIF helpUri
  std::vector<std::string> files;  // every input looked at (JSON "files", SARIF artifacts)
  bool summary = true;             // text format: end with the "N errors, …" line
  // handout build only: per-document outcomes and elapsed time for the JSON summary.
  const std::vector<DocumentOutcome>* documents = nullptr;
  double seconds = 0;
};

// `diags` must be sorted (sort_diagnostics) and deduplicated.
std::string render(Format format, const std::vector<Diagnostic>& diags, const ReportOptions& options);

// The closing line of the text format: "2 errors, 1 warning, 4 info in 3 files".
std::string summary_line(const Summary& s);

}  // namespace handout::report
