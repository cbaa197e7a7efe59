#include "job/import_run.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string_view>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "import/content_writer.hpp"
#include "job/document_check.hpp"
#include "job/docx_input.hpp"

namespace handout::job {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kImportMark = " by handout import.";  // in the first line of the top comment

// A content file at `target` that an earlier import wrote may be replaced (importing again after
// editing the .docx); any other file there is someone's work (leaflet.xml beside leaflet.docx)
// and is never overwritten.
void refuse_to_overwrite(const fs::path& target, const std::string& input) {
  std::error_code ec;
  if (!fs::exists(target, ec)) return;
  std::ifstream in(target, std::ios::binary);
  std::string head(512, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.find(kImportMark) != std::string::npos) return;
  throw InputError("output-exists", input, {},
                   target.string() + " exists and was not written by handout import: it is not overwritten",
                   "give another output folder with -o, or rename one of the two files");
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
    const fs::path target = folder / (stem + ".xml");
    refuse_to_overwrite(target, input);
    // Everything is in memory: only now is anything written.
    std::error_code ec;
    if (!folder.empty()) fs::create_directories(folder, ec);
    for (const import::ImportedImage& img : result.images) {
      const fs::path file = folder / img.src;
      fs::create_directories(file.parent_path(), ec);
      write_file_atomically(file.string(), img.bytes);
      done.outputs.push_back(file.string());
    }
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
  lines.push_back("Imported from " + fs::path(input).filename().string() + std::string(kImportMark));
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
  const std::vector<std::string> files =
      collect_files(paths, run.diagnostics, [](const fs::path& entry) { return is_docx_path(entry.string()); },
                    "folder holds no .docx documents", "give a .docx file or a folder that contains some");
  for (const std::string& file : files) import_one(file, output_dir, run);
  sort_diagnostics(run.diagnostics);
  return run;
}

}  // namespace handout::job
