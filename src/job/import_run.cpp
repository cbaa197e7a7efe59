#include "job/import_run.hpp"

#include <algorithm>
#include <filesystem>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "import/content_writer.hpp"
#include "job/docx_input.hpp"

namespace handout::job {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> expand(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (!fs::exists(p, ec)) {
      problems.push_back({"file-not-readable", Severity::Error, p, {}, "no such file or folder", {}});
      continue;
    }
    if (!fs::is_directory(p, ec)) {
      files.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file() && is_docx_path(it->path().string())) found.push_back(it->path().string());
    }
    if (found.empty()) {
      problems.push_back({"no-input-files", Severity::Error, p, {}, "folder holds no .docx documents",
                          "give a .docx file or a folder that contains some"});
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

void import_one(const std::string& input, const std::optional<std::string>& output_dir, ImportRun& run) {
  ImportedDocument done;
  done.input = input;
  try {
    const fs::path in(input);
    const fs::path folder = output_dir ? fs::path(*output_dir) : in.parent_path();
    const std::string stem = in.stem().string();
    import::ImportOptions options;
    options.media_folder = stem + "_files";
    import::ImportResult result = import::import_docx_file(input, options);
    import::ContentExtras extras;
    extras.header_lines = import_summary(input, result);
    extras.comments = result.comments;
    const std::string xml = import::write_content(result.doc, extras);
    // Everything is in memory: only now is anything written.
    std::error_code ec;
    if (!folder.empty()) fs::create_directories(folder, ec);
    for (const import::ImportedImage& img : result.images) {
      const fs::path file = folder / img.src;
      fs::create_directories(file.parent_path(), ec);
      write_file_atomically(file.string(), img.bytes);
      done.outputs.push_back(file.string());
    }
    const fs::path target = folder / (stem + ".xml");
    write_file_atomically(target.string(), xml);
    done.outputs.push_back(target.string());
    run.diagnostics.insert(run.diagnostics.end(), result.warnings.begin(), result.warnings.end());
  } catch (const InputError& e) {
    for (const std::string& f : done.outputs) {
      std::error_code ec;
      fs::remove(f, ec);
    }
    done.outputs.clear();
    done.failed = true;
    run.diagnostics.push_back(e.diagnostic());
  }
  run.documents.push_back(std::move(done));
}

}  // namespace

std::vector<std::string> import_summary(const std::string& input, const import::ImportResult& result) {
  std::vector<std::string> lines;
  lines.push_back("Imported from " + fs::path(input).filename().string() + " by handout import.");
  if (!result.inferred.empty()) {
    lines.push_back("Inferred:");
    for (const std::string& s : result.inferred) lines.push_back("- " + s);
  }
  if (!result.dropped.empty()) {
    lines.push_back("Dropped:");
    for (const std::string& s : result.dropped) lines.push_back("- " + s);
  }
  if (!result.comments.empty()) lines.push_back("Word comments are kept as XML comments where they were anchored.");
  return lines;
}

ImportRun import_inputs(const std::vector<std::string>& paths, const std::optional<std::string>& output_dir) {
  ImportRun run;
  for (const std::string& file : expand(paths, run.diagnostics)) import_one(file, output_dir, run);
  sort_diagnostics(run.diagnostics);
  return run;
}

}  // namespace handout::job
