// Lint findings → text for people and CI: GCC-style text, JSON, SARIF 2.1.0 and GitHub workflow
// commands. Reports are written as a stream, one file's findings at a time, so memory stays flat
// however many files a run checks; `render` is the all-at-once form for small runs and tests.
#pragma once
#include <iosfwd>
#include <memory>
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
  std::size_t input_errors = 0;  // files that could not be read or parsed (or outputs not written)
  std::size_t not_shown = 0;     // counted above but left out of the report by --min-severity
};

// What `handout build` did with one input (JSON "documents").
struct DocumentOutcome {
  std::string input;
  std::vector<std::string> outputs;
  std::string status;  // "built", "skipped-lint-errors", "failed"
};

struct ReportOptions {
  bool colour = false;      // ANSI colours (text format only)
  std::string rules_url;    // base URL of the rule docs; "<base>#<rule-id>" becomes SARIF helpUri
  bool summary = true;      // text format: end with the "N errors, …" line
  // handout build only: per-document outcomes and elapsed time for the JSON summary.
  const std::vector<DocumentOutcome>* documents = nullptr;
  double seconds = 0;
};

// Writes one report to `out`: begin() once, add() for each batch of findings (sorted within the
// batch), finish() once with every input file looked at.
class ReportWriter {
 public:
  static std::unique_ptr<ReportWriter> create(Format format, std::ostream& out, const ReportOptions& options);
  virtual ~ReportWriter() = default;
  virtual void begin() {}
  void add(const std::vector<Diagnostic>& diags);
  // Findings filtered out of the report (--min-severity): the summary still counts them, since
  // they decide the exit code, and says how many were not shown.
  void count_not_shown(const std::vector<Diagnostic>& diags);
  void finish(const std::vector<std::string>& files);
  const Summary& summary() const { return summary_; }

 protected:
  ReportWriter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}
  virtual void write(const Diagnostic& d) = 0;
  virtual void end(const std::vector<std::string>& files) = 0;
  std::ostream& out_;
  const ReportOptions& options_;
  Summary summary_;

 private:
  void count(const Diagnostic& d);  // into summary_ by severity
  std::vector<std::string> broken_files_;
};

// The whole report for `diags` (sorted) as one string; `not_shown` (filtered out by
// --min-severity) is counted in the summary only.
std::string render(Format format, const std::vector<Diagnostic>& diags, const std::vector<std::string>& files,
                   const ReportOptions& options, const std::vector<Diagnostic>& not_shown = {});

// The closing line of the text format: "2 errors, 1 warning, 4 info in 3 files".
std::string summary_line(const Summary& s);

}  // namespace handout::report
