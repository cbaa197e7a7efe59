#include "job/lint_run.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <set>
#include <tuple>
#include <charconv>

#include "job/config_file.hpp"
#include "job/document_failure.hpp"
#include "rules/rule.hpp"

namespace handout::job {

void sort_and_deduplicate(std::vector<Diagnostic>& diagnostics) {
  sort_diagnostics(diagnostics);
  auto same = [](const Diagnostic& a, const Diagnostic& b) {
    return a.file == b.file && a.loc == b.loc && a.code == b.code && a.message == b.message;
  };
  diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(), same), diagnostics.end());
}

std::vector<std::string> apply_shard(std::vector<std::string> files, const Shard& shard) {
  if (shard.count <= 1) return files;
  std::vector<std::string> mine;
  for (std::size_t i = shard.index - 1; i < files.size(); i += shard.count) mine.push_back(std::move(files[i]));
  return mine;
}

std::optional<Shard> parse_shard(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  Shard s;
  auto number = [](std::string_view v, std::size_t& out) {
    auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    return ec == std::errc() && ptr == v.data() + v.size();
  };
  if (!number(text.substr(0, slash), s.index) || !number(text.substr(slash + 1), s.count)) return std::nullopt;
  if (s.count == 0 || s.index == 0 || s.index > s.count) return std::nullopt;
  return s;
}

std::vector<std::string> lint_inputs(const std::vector<std::string>& paths, const CheckOptions& options,
                                     const Shard& shard, const FindingsSink& sink, std::size_t jobs) {
  std::vector<Diagnostic> problems;
  std::vector<std::string> files = apply_shard(collect_inputs(paths, problems), shard);
  if (!problems.empty()) sink(problems);
  // Workers check files in parallel, each with its own caches; this thread passes the findings
  // on in file order as they come in, so the report is the same whatever the number of workers.
  // Workers stay at most kAhead files ahead of the report, which keeps memory flat.
  constexpr std::size_t kAhead = 256;
  std::vector<std::optional<std::vector<Diagnostic>>> done(files.size());
  std::mutex mutex;
  std::condition_variable progress;
  std::size_t next = 0, reported = 0;
  std::exception_ptr failure;  // thrown by `sink` on this thread: the workers stop
  auto worker = [&] {
    TemplateCache templates;
    ConfigCache configs;
    for (;;) {
      std::size_t i;
      {
        std::unique_lock lock(mutex);
        progress.wait(lock, [&] { return next >= files.size() || next < reported + kAhead || failure; });
        if (next >= files.size() || failure) return;
        i = next++;
      }
      // A document that throws is reported as failed; the others are still checked.
      std::vector<Diagnostic> found;
      auto check = [&] { found = check_document(files[i], templates, configs, options).diagnostics; };
      if (auto failed = run_guarded(files[i], check)) found = {std::move(*failed)};
      {
        std::lock_guard lock(mutex);
        done[i] = std::move(found);
      }
      progress.notify_all();
    }
  };
  const std::size_t workers = std::clamp<std::size_t>(jobs, 1, std::max<std::size_t>(files.size(), 1));
  std::vector<std::thread> pool;
  for (std::size_t w = 0; w < workers; ++w) pool.emplace_back(worker);
  // Findings in files other than the content file (template lint) repeat for every document
  // using that template: pass each on once.
  std::set<std::tuple<std::string, SourceLoc, std::string, std::string>> shared_seen;
  try {
    for (std::size_t i = 0; i < files.size(); ++i) {
      std::vector<Diagnostic> found;
      {
        std::unique_lock lock(mutex);
        progress.wait(lock, [&] { return done[i].has_value() || failure; });
        if (failure) break;
        found = std::move(*done[i]);
        done[i].reset();
        reported = i + 1;
      }
      progress.notify_all();  // a worker waiting for room may go on
      const std::string& file = files[i];
      std::erase_if(found, [&](const Diagnostic& d) {
        return d.file != file && !shared_seen.emplace(d.file, d.loc, d.code, d.message).second;
      });
      sink(found);
    }
  } catch (...) {
    std::lock_guard lock(mutex);
    if (!failure) failure = std::current_exception();
  }
  progress.notify_all();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  return files;
}

void Tally::add(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics) {
    if (rules::is_input_error(d)) ++input_errors;
    if (d.severity == Severity::Error) ++errors;
    if (d.severity == Severity::Warning) ++warnings;
  }
}

ExitCode exit_code_for(const Tally& tally, const ExitPolicy& policy) {
  if (tally.input_errors > 0) return ExitCode::InputError;
  if (tally.errors > 0) return ExitCode::Findings;
  if (policy.strict && tally.warnings > 0) return ExitCode::Findings;
  if (policy.max_warnings && tally.warnings > *policy.max_warnings) return ExitCode::Findings;
  return ExitCode::Ok;
}

}  // namespace handout::job
