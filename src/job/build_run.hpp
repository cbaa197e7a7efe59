// `handout build` as a library call: lint each document, and for each one without lint errors
// (or every one, under --force) write each requested format (PDF, DOCX, HTML) atomically into the output folder,
// mirroring the input tree. One failing document never stops the others.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/exit_code.hpp"
#include "job/document_check.hpp"
#include "job/lint_run.hpp"

namespace handout::job {

struct BuildOptions {
  CheckOptions check;
  std::string output_dir = "out";
  // Names of output formats (job/output_formats.hpp) to write; empty: those written by default.
  std::vector<std::string> formats;
  bool booklet = false;  // --impose booklet (PDF only)
  bool force = false;  // write despite lint errors; the PDF then claims no PDF/UA conformance
  // Seconds since the epoch for document dates and IDs: SOURCE_DATE_EPOCH if set, otherwise
  // each content file's modification time, so rebuilding unchanged input gives the same bytes.
  std::optional<std::int64_t> timestamp;
  std::size_t jobs = 1;  // worker threads in this process
  Shard shard;           // --shard K/N
  // Called after each document (from worker threads, one call at a time).
  std::function<void(std::size_t done, std::size_t total, std::size_t failed)> on_progress;
};

struct BuiltDocument {
  std::string input;
  std::vector<std::string> outputs;  // files written
  bool skipped_for_lint = false;     // lint errors and no --force
  bool failed = false;               // input error or writer failure: nothing written
};

struct BuildRun {
  std::vector<std::string> files;
  std::vector<Diagnostic> diagnostics;  // lint findings, input and output errors, --force warnings
  std::vector<BuiltDocument> documents;
};

BuildRun build_inputs(const std::vector<std::string>& paths, const BuildOptions& options);

// SOURCE_DATE_EPOCH (reproducible-builds.org) if set and valid; nullopt otherwise.
std::optional<std::int64_t> source_date_epoch();

}  // namespace handout::job
