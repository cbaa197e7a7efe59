#include "job/build_run.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <mutex>
#include <thread>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "job/config_file.hpp"
#include "job/document_failure.hpp"
#include "job/output_formats.hpp"

namespace handout::job {
namespace {

namespace fs = std::filesystem;

// The warning that a forced build wrote a PDF that does not claim PDF/UA.
constexpr std::string_view kForceNotPdfua = "force-not-pdfua";

// Where the outputs of `input` go: the input's path below the command-line folder it was found
// in is kept, so out/ mirrors the input tree; a file named directly lands at the top of out/.
fs::path output_stem(const std::string& input, const std::vector<std::string>& roots, const fs::path& out_dir) {
  const fs::path in(input);
  for (const std::string& root : roots) {
    std::error_code ec;
    if (!fs::is_directory(root, ec)) continue;
    const fs::path rel = in.lexically_relative(fs::path(root));
    if (!rel.empty() && *rel.begin() != "..") return out_dir / rel.parent_path() / in.stem();
  }
  return out_dir / in.stem();
}

// Inputs whose outputs would have the same names (leaflet.xml and leaflet.docx in one folder both
// make leaflet.pdf): file → the error refusing it, which names the others. Neither is built, so
// one never silently replaces the other's output, and the author chooses which name to change.
std::map<std::string, Diagnostic> output_name_clashes(const std::vector<std::string>& files,
                                                      const std::vector<std::string>& roots, const fs::path& out_dir) {
  std::map<fs::path, std::vector<std::string>> by_stem;
  for (const std::string& file : files) {
    std::vector<std::string>& group = by_stem[output_stem(file, roots, out_dir)];
    // One file reached twice (named, and inside a folder named too) is not a clash.
    std::error_code ec;
    const bool seen = std::any_of(group.begin(), group.end(), [&](const std::string& g) { return fs::equivalent(g, file, ec); });
    if (!seen) group.push_back(file);
  }
  std::map<std::string, Diagnostic> out;
  for (const auto& [stem, group] : by_stem) {
    if (group.size() < 2) continue;
    for (const std::string& file : group) {
      std::string others;
      for (const std::string& other : group) {
        if (other != file) others += (others.empty() ? "" : " and ") + other;
      }
      out[file] = {"output-name-clash", Severity::Error, file, {},
                   "builds to the same output names as " + others + " (" + stem.string() + ".*): neither is built",
                   "rename one of them, or build them into different output folders"};
    }
  }
  return out;
}

std::int64_t file_mtime(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? static_cast<std::int64_t>(st.st_mtime) : 0;
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

void write_output(const fs::path& target, const std::string& bytes, const std::string& input, BuiltDocument& built) {
  if (same_file(target, input))
    throw InputError("output-is-input", input, {}, "output " + target.string() + " would overwrite the input",
                     "choose another output folder with -o");
  std::error_code ec;
  fs::create_directories(target.parent_path(), ec);
  if (ec) throw InputError("io-error", target.string(), {}, "cannot create folder: " + ec.message());
  write_file_atomically(target.string(), bytes);
  built.outputs.push_back(target.string());
}

// The formats --pdf/--docx/--html asked for, in the table's order; none asked: the defaults.
std::vector<const OutputFormat*> selected_formats(const BuildOptions& options) {
  std::vector<const OutputFormat*> out;
  for (const OutputFormat& format : output_formats()) {
    const bool asked = std::find(options.formats.begin(), options.formats.end(), format.name) != options.formats.end();
    if (options.formats.empty() ? format.by_default : asked) out.push_back(&format);
  }
  return out;
}

}  // namespace

std::optional<std::int64_t> source_date_epoch() {
  const char* value = std::getenv("SOURCE_DATE_EPOCH");
  if (!value || !*value) return std::nullopt;
  std::int64_t out = 0;
  const std::string_view v(value);
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc() || ptr != v.data() + v.size() || out < 0) return std::nullopt;
  return out;
}

namespace {

struct DocumentResult {
  BuiltDocument built;
  std::vector<Diagnostic> diagnostics;
};

// Lints and (when clean, or forced) writes one document into `result`. Throws for what stops
// this document (InputError, or whatever a bug or an allocation failure throws).
void build_document(const std::string& file, const std::vector<std::string>& roots, const BuildOptions& options,
                    TemplateCache& templates, ConfigCache& configs, DocumentResult& result) {
  BuiltDocument& built = result.built;
  CheckedDocument checked = check_document(file, templates, configs, options.check);
  const bool lint_errors = checked.errors() > 0;
  result.diagnostics = std::move(checked.diagnostics);
  if (checked.input_error) {
    built.failed = true;
    return;
  }
  if (lint_errors && !options.force) {
    built.skipped_for_lint = true;
    return;
  }
  const std::int64_t timestamp = options.timestamp.value_or(file_mtime(file));
  const fs::path stem = output_stem(file, roots, fs::path(options.output_dir));
  // Render everything first, then write: a failure in one format leaves no file of another.
  std::vector<RenderedFile> files;
  bool pdf = false;
  for (const OutputFormat* format : selected_formats(options)) {
    const RenderRequest request{*checked.resolved, timestamp, !lint_errors, stem.filename().string(), options.booklet};
    for (RenderedFile& f : format->render(request)) files.push_back(std::move(f));
    pdf = pdf || std::string_view(format->name) == "pdf";
  }
  for (const RenderedFile& f : files) write_output(stem.parent_path() / f.name, f.bytes, file, built);
  if (lint_errors && pdf) {
    result.diagnostics.push_back({std::string(kForceNotPdfua), Severity::Warning, file, {},
                                  "written with --force despite lint errors: the PDF does not claim PDF/UA-1 "
                                  "conformance (no pdfuaid in its metadata)",
                                  "fix the errors above and build again for a conforming PDF"});
  }
}

// build_document that never throws: a failure becomes a diagnostic for that document, and
// whatever it had written is removed.
DocumentResult build_one(const std::string& file, const std::vector<std::string>& roots, const BuildOptions& options,
                         TemplateCache& templates, ConfigCache& configs) {
  DocumentResult result;
  result.built.input = file;
  const auto failure = run_guarded(file, [&] { build_document(file, roots, options, templates, configs, result); });
  if (failure) {
    for (const std::string& written : result.built.outputs) {
      std::error_code ec;
      fs::remove(written, ec);
    }
    result.built.outputs.clear();
    result.built.failed = true;
    result.diagnostics.push_back(*failure);
  }
  return result;
}

}  // namespace

BuildRun build_inputs(const std::vector<std::string>& paths, const BuildOptions& options) {
  BuildRun run;
  const std::vector<std::string> all = collect_inputs(paths, run.diagnostics);
  // Judged on every input, before sharding, so a clash is found whichever shard each file is in.
  const std::map<std::string, Diagnostic> clashes = output_name_clashes(all, paths, fs::path(options.output_dir));
  run.files = apply_shard(all, options.shard);
  std::vector<DocumentResult> results(run.files.size());
  std::atomic<std::size_t> next{0};
  std::mutex progress_mutex;
  std::size_t done = 0, failed = 0;
  // Each worker keeps its own template and config caches: no shared mutable state but the
  // work counter and the progress callback.
  auto worker = [&] {
    TemplateCache templates;
    ConfigCache configs;
    for (std::size_t i = next++; i < run.files.size(); i = next++) {
      if (auto clash = clashes.find(run.files[i]); clash != clashes.end()) {
        results[i].built.input = run.files[i];
        results[i].built.failed = true;
        results[i].diagnostics.push_back(clash->second);
      } else {
        results[i] = build_one(run.files[i], paths, options, templates, configs);
      }
      if (options.on_progress) {
        std::lock_guard lock(progress_mutex);
        ++done;
        failed += results[i].built.failed;
        options.on_progress(done, run.files.size(), failed);
      }
    }
  };
  const std::size_t jobs = std::clamp<std::size_t>(options.jobs, 1, std::max<std::size_t>(run.files.size(), 1));
  std::vector<std::thread> pool;
  for (std::size_t j = 1; j < jobs; ++j) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  for (DocumentResult& r : results) {
    std::move(r.diagnostics.begin(), r.diagnostics.end(), std::back_inserter(run.diagnostics));
    run.documents.push_back(std::move(r.built));
  }
  sort_and_deduplicate(run.diagnostics);
  // The --force warning refers to the lint errors of its file ("fix the errors above"), so it
  // comes after them, not first as a finding without a position would sort.
  for (auto begin = run.diagnostics.begin(); begin != run.diagnostics.end();) {
    const auto end = std::find_if(begin, run.diagnostics.end(), [&](const Diagnostic& d) { return d.file != begin->file; });
    std::stable_partition(begin, end, [](const Diagnostic& d) { return d.code != kForceNotPdfua; });
    begin = end;
  }
  return run;
}

}  // namespace handout::job
