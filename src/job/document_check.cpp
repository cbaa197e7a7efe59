#include "job/document_check.hpp"

#include <algorithm>
#include <filesystem>

#include "core/error.hpp"
#include "job/config_file.hpp"
#include "job/docx_input.hpp"
#include "parse/content_reader.hpp"
#include "parse/template_reader.hpp"
#include "rules/rule.hpp"

namespace handout::job {

namespace fs = std::filesystem;

const style::Template& TemplateCache::get(const std::string& name) {
  auto it = loaded_.find(name);
  if (it == loaded_.end()) {
    it = loaded_.emplace(name, std::make_unique<style::Template>(parse::load_template(name))).first;
  }
  return *it->second;
}

std::size_t CheckedDocument::errors() const {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

CheckedDocument check_document(const std::string& path, TemplateCache& templates, ConfigCache& configs,
                               const CheckOptions& options) {
  if (options.inject_fault) options.inject_fault(path);
  CheckedDocument out;
  out.path = path;
  try {
    std::vector<Diagnostic> import_warnings;
    std::map<std::uint32_t, import::ParagraphPlace> places;
    if (is_docx_path(path)) {
      DocxInput docx = load_docx_input(path);
      out.doc = std::make_unique<model::Document>(std::move(docx.doc));
      out.scratch = std::move(docx.scratch);
      import_warnings = std::move(docx.warnings);
      places = std::move(docx.places);
    } else {
      parse::ContentOptions content_options;
      if (options.use_project_config) content_options.shared_images_dir = configs.for_content(path).images_dir;
      out.doc = std::make_unique<model::Document>(parse::read_content_file(path, content_options));
    }
    const std::string name = options.template_override.value_or(out.doc->template_name.value_or(kDefaultTemplate));
    try {
      out.tmpl = &templates.get(name);
    } catch (const InputError& e) {
      // A template that does not exist is the content file's problem; a broken template file is
      // reported against the template itself.
      if (e.diagnostic().code != "template-not-found") throw;
      Diagnostic d = e.diagnostic();
      d.file = path;
      d.loc = out.doc->root_loc;
      throw InputError(d.code, d.file, d.loc, d.message, d.hint);
    }
    static const rules::LintConfig kDefaults = rules::LintConfig::defaults();
    const rules::LintConfig& config = options.use_project_config ? configs.for_content(path) : kDefaults;
    DiagnosticList found;
    out.resolved = std::make_unique<resolve::ResolvedDocument>(resolve::resolve_document(*out.doc, *out.tmpl));
    rules::run_rules(rules::RuleContext{*out.doc, *out.tmpl, config, *out.resolved}, found);
    out.diagnostics = std::move(found.items);
    out.diagnostics.insert(out.diagnostics.end(), import_warnings.begin(), import_warnings.end());
    if (!places.empty()) describe_docx_locations(out.diagnostics, path, places);
  } catch (const InputError& e) {
    out.input_error = true;
    out.diagnostics = {e.diagnostic()};
  }
  sort_diagnostics(out.diagnostics);
  return out;
}

std::vector<std::string> collect_files(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems,
                                       const std::function<bool(const fs::path&)>& wanted,
                                       const std::string& none_found, const std::string& none_hint) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (!fs::exists(st)) {
      problems.push_back({"file-not-readable", Severity::Error, p, {}, "no such file or folder", {}});
      continue;
    }
    if (!fs::is_directory(st)) {
      files.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const fs::path& entry = it->path();
      if (it->is_directory() && entry.filename().string().starts_with(".")) {
        it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && wanted(entry)) found.push_back(entry.string());
    }
    if (found.empty()) problems.push_back({"no-input-files", Severity::Error, p, {}, none_found, none_hint});
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::vector<std::string> collect_inputs(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems) {
  return collect_files(
      paths, problems,
      [](const fs::path& entry) { return entry.extension() == ".xml" || is_docx_path(entry.string()); },
      "folder holds no .xml content files", "give a content file or a folder that contains some");
}

}  // namespace handout::job
