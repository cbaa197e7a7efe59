// The PDF path of the pipeline: lays the document out (layout/) with real font metrics and
// writes tagged PDF/UA-1 (pdf/). job/ is where the two meet (ARCHITECTURE.md).
#pragma once
#include <cstdint>
#include <string>

#include "resolve/resolved_document.hpp"

namespace handout::job {

struct PdfOptions {
  std::int64_t timestamp = 0;  // seconds since epoch for CreationDate/ModDate/XMP and the document ID seed (SOURCE_DATE_EPOCH)
  bool claim_pdfua = true;     // false under --force with lint errors: no pdfuaid in XMP
};

// Lays out and writes the document; returns the PDF bytes. Throws handout::InputError for input
// problems (missing font, glyph in no font, corrupt image), handout::InternalError for bugs.
std::string render_pdf(const resolve::ResolvedDocument& resolved, const PdfOptions& options);

}  // namespace handout::job
