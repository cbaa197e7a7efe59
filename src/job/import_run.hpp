// `handout import` as a library call: each .docx → one content file (NAME.xml) with its pictures
// in NAME_files/ beside it. A document that cannot be imported gets one error and nothing written;
// the rest of the batch goes on.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "import/docx_reader.hpp"

namespace handout::job {

struct ImportedDocument {
  std::string input;
  std::vector<std::string> outputs;  // files written
  bool failed = false;
};

struct ImportRun {
  std::vector<Diagnostic> diagnostics;  // input errors and dropped-content warnings
  std::vector<ImportedDocument> documents;
};

// `output_dir` unset: each content file goes beside its .docx. A folder in `paths` stands for
// every .docx below it.
ImportRun import_inputs(const std::vector<std::string>& paths, const std::optional<std::string>& output_dir);

// The XML comment at the top of an imported file: source, what was inferred, what was dropped.
std::vector<std::string> import_summary(const std::string& input, const import::ImportResult& result);

}  // namespace handout::job
