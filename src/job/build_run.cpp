#include "job/build_run.hpp"

#include <sys/stat.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>

#include "core/atomic_file.hpp"
#include "core/error.hpp"
#include "docx/docx_writer.hpp"
#include "job/config_file.hpp"
#include "job/render_pdf.hpp"

namespace handout::job {
namespace {

namespace fs = std::filesystem;

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

BuildRun build_inputs(const std::vector<std::string>& paths, const BuildOptions& options) {
  BuildRun run;
  run.files = collect_inputs(paths, run.diagnostics);
  TemplateCache templates;
  ConfigCache configs;
  const fs::path out_dir(options.output_dir);
  for (const std::string& file : run.files) {
    BuiltDocument built;
    built.input = file;
    CheckedDocument checked = check_document(file, templates, configs, options.check);
    const bool lint_errors = checked.errors() > 0;
    std::move(checked.diagnostics.begin(), checked.diagnostics.end(), std::back_inserter(run.diagnostics));
    if (checked.input_error) {
      built.failed = true;
    } else if (lint_errors && !options.force) {
      built.skipped_for_lint = true;
    } else {
      const std::int64_t timestamp = options.timestamp.value_or(file_mtime(file));
      const fs::path stem = output_stem(file, paths, out_dir);
      try {
        // Render everything first, then write: a failure in one format leaves no file of the other.
        std::optional<std::string> pdf, docx;
        if (options.pdf) pdf = render_pdf(*checked.doc, *checked.tmpl, PdfOptions{timestamp, !lint_errors});
        if (options.docx) docx = docx::write_docx(*checked.doc, *checked.tmpl, docx::DocxOptions{timestamp});
        if (pdf) write_output(fs::path(stem).concat(".pdf"), *pdf, file, built);
        if (docx) write_output(fs::path(stem).concat(".docx"), *docx, file, built);
        if (lint_errors && pdf) {
          run.diagnostics.push_back({"force-not-pdfua", Severity::Warning, file, {},
                                     "written with --force despite lint errors: the PDF does not claim PDF/UA-1 "
                                     "conformance (no pdfuaid in its metadata)",
                                     "fix the errors above and build again for a conforming PDF"});
        }
      } catch (const InputError& e) {
        for (const std::string& written : built.outputs) {
          std::error_code ec;
          fs::remove(written, ec);
        }
        built.outputs.clear();
        built.failed = true;
        run.diagnostics.push_back(e.diagnostic());
      }
    }
    run.documents.push_back(std::move(built));
  }
  sort_and_deduplicate(run.diagnostics);
  return run;
}

}  // namespace handout::job
