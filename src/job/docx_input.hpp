// A .docx given to `handout lint` or `handout build`: imported in memory (src/import), its
// pictures put in a scratch folder for the writers, and findings made findable in Word.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "import/docx_reader.hpp"
#include "model/document.hpp"

namespace handout::job {

bool is_docx_path(const std::string& path);

struct DocxInput {
  model::Document doc;
  std::vector<Diagnostic> warnings;  // content the import dropped
  std::map<std::uint32_t, import::ParagraphPlace> places;
  std::shared_ptr<void> scratch;     // removes the pictures' scratch folder when the last owner goes
};

// Throws InputError as import_docx does.
DocxInput load_docx_input(const std::string& path);

// Findings in `path` at paragraph N also say where that is for a person: the heading it sits
// under and its first words (lint's text, JSON and SARIF outputs all carry the message).
void describe_docx_locations(std::vector<Diagnostic>& diagnostics, const std::string& path,
                             const std::map<std::uint32_t, import::ParagraphPlace>& places);

}  // namespace handout::job
