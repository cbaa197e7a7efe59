// `handout lint` as a library call: expand inputs, check every file (a broken file never stops
// the others), deduplicate findings that several files share (template lint), pick the exit code.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "core/exit_code.hpp"
#include "job/document_check.hpp"

namespace handout::job {

// --shard K/N: this run takes every N-th content file, starting at the K-th (1-based), of the
// sorted input list, so N CI jobs together cover every file exactly once.
struct Shard {
  std::size_t index = 1;
  std::size_t count = 1;
};
std::vector<std::string> apply_shard(std::vector<std::string> files, const Shard& shard);
// Parses "K/N" with 1 <= K <= N; nullopt otherwise.
std::optional<Shard> parse_shard(std::string_view text);

// Receives the findings of one content file at a time (sorted; a finding in a shared file such as
// a template is passed on only the first time), so a run over thousands of files can report as it
// goes instead of holding every finding in memory.
using FindingsSink = std::function<void(const std::vector<Diagnostic>&)>;

// Lints every content file under `paths` on `jobs` worker threads and returns the files looked at.
// `sink` is called on this thread, in file order. Problems with the paths themselves (missing,
// no XML) come first.
std::vector<std::string> lint_inputs(const std::vector<std::string>& paths, const CheckOptions& options,
                                     const Shard& shard, const FindingsSink& sink, std::size_t jobs = 1);

struct ExitPolicy {
  bool strict = false;                      // any warning fails the run
  std::optional<std::size_t> max_warnings;  // more warnings than this fail the run
};

struct Tally {
  std::size_t errors = 0, warnings = 0, input_errors = 0;
  void add(const std::vector<Diagnostic>& diagnostics);
};

// 2 if any input error, else 1 if any error-severity finding or too many warnings, else 0.
ExitCode exit_code_for(const Tally& tally, const ExitPolicy& policy);

// Sorts and drops exact repeats (same file, position, code and message).
void sort_and_deduplicate(std::vector<Diagnostic>& diagnostics);

}  // namespace handout::job
