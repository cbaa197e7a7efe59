// Turns a resolved document into one accessible HTML5 page (docs/html-output.md). Like the DOCX
// writer it decides nothing about meaning: table heads and scopes, abbreviation expansions, note
// numbers and ids, colours, language and direction are all read from resolve::ResolvedDocument,
// so the page says what lint approved and what the PDF and DOCX print.
//
// The page is HTML5 in its XML-compatible spelling (void elements as <br />, every attribute
// quoted, every element closed), so it is valid for the Nu checker and also well-formed XML that
// tests read with an XML parser. Output is deterministic: the same input gives the same bytes.
#pragma once
#include <string>
#include <vector>

#include "resolve/resolved_document.hpp"

namespace handout::html {

struct HtmlOptions {
  // Folder, relative to the page, that images are referenced in and copied to: `handout build`
  // uses "<stem>_files". Written into src attributes percent-encoded.
  std::string files_dir = "images";
};

// An image the page refers to: copy `source` to <files_dir>/<name> beside the page.
struct ImageCopy {
  std::string source;  // the file to read (resolve::image_file)
  std::string name;    // file name inside files_dir, unique within the page
  SourceLoc loc;       // the first <img> that shows it, for errors about the file
};

struct HtmlOutput {
  std::string html;
  std::vector<ImageCopy> images;  // in order of first use, each file once
};

// Throws handout::InputError for an image outside the content folder ("image-outside-content-dir").
// Images are not read here: the caller copies them.
HtmlOutput write_html(const resolve::ResolvedDocument& resolved, const HtmlOptions& options);

}  // namespace handout::html
