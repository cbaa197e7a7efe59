// One content file through the front half of the pipeline: read, parse, load its template and
// project config, run every lint rule. Both `handout lint` and `handout build` start here.
#pragma once
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "model/document.hpp"
#include "resolve/resolved_document.hpp"
#include "rules/lint_config.hpp"
#include "style/template.hpp"

namespace handout::job {

class ConfigCache;

// Default template for content files whose root names none.
inline constexpr const char* kDefaultTemplate = "staff-handout";

// Loads each named template once per run.
class TemplateCache {
 public:
  // Throws InputError (template-not-found / template-invalid).
  const style::Template& get(const std::string& name);

 private:
  std::map<std::string, std::unique_ptr<style::Template>, std::less<>> loaded_;
};

struct CheckOptions {
  std::optional<std::string> template_override;  // --template NAME
  bool use_project_config = true;                // --no-config turns the handout.toml search off
  // Tests only: called first for every file checked, so that a test can make one document fail
  // the way a bug in a rule or a writer would (tests/job/document_failure_test.cpp).
  std::function<void(const std::string& path)> inject_fault;
};

struct CheckedDocument {
  std::string path;
  std::unique_ptr<model::Document> doc;          // null when the file could not be read or parsed
  const style::Template* tmpl = nullptr;
  // What the document means with its template, settled once for lint and every writer (null when
  // the document or its template could not be read). Points into *doc and *tmpl.
  std::unique_ptr<resolve::ResolvedDocument> resolved;
  std::vector<Diagnostic> diagnostics;           // input error or lint findings, sorted
  bool input_error = false;
  std::shared_ptr<void> scratch;                 // a .docx input's pictures, removed with the last owner
  std::size_t errors() const;                    // error-severity findings
};

CheckedDocument check_document(const std::string& path, TemplateCache& templates, ConfigCache& configs,
                               const CheckOptions& options);

// Expands the command line's files and folders into content files: a folder contributes every
// *.xml and *.docx below it (sorted, hidden folders skipped). A missing path or a folder without XML gives an
// input-error diagnostic in `problems` and contributes nothing.
std::vector<std::string> collect_inputs(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems);

// The same walk for any kind of input: a folder contributes the files below it that `wanted`
// accepts; a folder with none gives a "no-input-files" problem saying `none_found`.
std::vector<std::string> collect_files(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems,
                                       const std::function<bool(const std::filesystem::path&)>& wanted,
                                       const std::string& none_found, const std::string& none_hint);

}  // namespace handout::job
