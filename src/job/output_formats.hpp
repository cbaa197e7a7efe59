// The output formats `handout build` can write, as one table (pandoc keeps its writers in one
// list the same way): each row names a format, its file extension, the function that renders a
// resolved document into files, and its --help line. The command line and the build loop both
// read this table, so a new format is one new row.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "resolve/resolved_document.hpp"

namespace handout::job {

// What every writer may need besides the document.
struct RenderRequest {
  const resolve::ResolvedDocument& resolved;
  std::int64_t timestamp = 0;  // SOURCE_DATE_EPOCH or the content file's modification time
  bool lint_clean = true;      // false under --force with lint errors (the PDF then claims no PDF/UA)
  std::string stem;            // output file name without extension, e.g. "leaflet"
  bool booklet = false;        // --impose booklet: the PDF also as NAME.booklet.pdf, two-up for print
};

// One file to write, its path relative to the output stem's folder ("leaflet.html",
// "leaflet_files/logo.png").
struct RenderedFile {
  std::string name;
  std::string bytes;
};

struct OutputFormat {
  const char* name;       // the command-line switch without "--": "pdf"
  const char* extension;  // ".pdf"
  // Renders every file of the format; throws InputError / InternalError like the writers.
  std::vector<RenderedFile> (*render)(const RenderRequest& request);
  const char* help;       // --help text of the switch
  bool by_default;        // written when no format switch is given
};

std::span<const OutputFormat> output_formats();
const OutputFormat* find_output_format(std::string_view name);

}  // namespace handout::job
