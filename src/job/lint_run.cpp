#include "job/lint_run.hpp"

#include <algorithm>
#include <charconv>

#include "job/config_file.hpp"
#include "rules/rule.hpp"

namespace handout::job {

bool is_input_error(const Diagnostic& d) {
  return d.severity == Severity::Error && rules::find_rule(d.code) == nullptr;
}

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

LintRun lint_inputs(const std::vector<std::string>& paths, const CheckOptions& options, const Shard& shard) {
  LintRun run;
  run.files = apply_shard(collect_inputs(paths, run.diagnostics), shard);
  TemplateCache templates;
  ConfigCache configs;
  for (const std::string& file : run.files) {
    CheckedDocument checked = check_document(file, templates, configs, options);
    std::move(checked.diagnostics.begin(), checked.diagnostics.end(), std::back_inserter(run.diagnostics));
  }
  sort_and_deduplicate(run.diagnostics);
  return run;
}

ExitCode exit_code_for(const std::vector<Diagnostic>& diagnostics, const ExitPolicy& policy) {
  std::size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : diagnostics) {
    if (is_input_error(d)) return ExitCode::InputError;
    if (d.severity == Severity::Error) ++errors;
    if (d.severity == Severity::Warning) ++warnings;
  }
  if (errors > 0) return ExitCode::Findings;
  if (policy.strict && warnings > 0) return ExitCode::Findings;
  if (policy.max_warnings && warnings > *policy.max_warnings) return ExitCode::Findings;
  return ExitCode::Ok;
}

}  // namespace handout::job
