// A Word document (.docx) → model::Document: meaning, not looks. Headings come from heading
// styles and outline levels, lists from numbering, table headers from tblHeader rows, alt text
// from docPr, colours from the runs. What the model cannot hold is dropped with one warning each,
// naming the paragraph. Every node's SourceLoc is {paragraph number, 1}: paragraphs are counted
// in document order from 1, table cells included, so a finding can be found in Word.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"
#include "import/docx_package.hpp"
#include "model/document.hpp"

namespace handout::import {

struct ImportOptions {
  DocxLimits limits;
  // Folder, relative to the content file written, that the pictures go in ("leaflet_files").
  std::string media_folder = "media";
};

// Where a paragraph number is in the document, for people: the heading above it and its start.
struct ParagraphPlace {
  std::string heading;  // text of the nearest heading above (empty before the first)
  std::string quote;    // first words of the paragraph
};

struct ImportedImage {
  std::string src;    // as written in the content file: media_folder + "/image1.png"
  std::string bytes;
};

struct ImportResult {
  model::Document doc;
  std::vector<std::string> inferred;  // what was worked out rather than read (for the top comment)
  std::vector<std::string> dropped;   // what the model cannot carry
  std::vector<Diagnostic> warnings;   // one per dropped item, located at its paragraph
  // Word comments, by the id of the block they are anchored in: "Author: text".
  std::map<model::NodeId, std::vector<std::string>> comments;
  std::vector<ImportedImage> images;
  std::map<std::uint32_t, ParagraphPlace> places;  // by paragraph number (SourceLoc::line)
};

// Reads the .docx bytes; `path` names the file in every message. Throws InputError for input
// that is not a safe, readable Word document (see DocxPackage).
ImportResult import_docx(std::string bytes, const std::string& path, const ImportOptions& options = {});

// Reads the file, then import_docx. Unreadable file: InputError "file-not-readable".
ImportResult import_docx_file(const std::string& path, const ImportOptions& options = {});

}  // namespace handout::import
