// PagedDocument → tagged PDF bytes with libharu: marked content (BDC/EMC with MCIDs) in the page
// content streams, the structure tree with its ParentTree, embedded subset fonts with ToUnicode,
// link annotations tied to Link elements, bookmarks, XMP metadata with the PDF/UA identifier.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "layout/paged_document.hpp"
#include "pdf/font_set.hpp"

namespace handout::pdf {

struct PdfMetadata {
  std::string title;
  std::vector<std::string> authors;
  std::string subject;      // subtitle
  std::string description;
  std::string keywords;
  std::string lang;         // BCP 47, for the catalog /Lang
  std::int64_t timestamp = 0;
  bool claim_pdfua = true;  // write pdfuaid:part 1 into the XMP metadata
  std::string producer;     // "Handout 0.1.0"
};

std::string write_pdf(const layout::PagedDocument& doc, FontSet& fonts, const PdfMetadata& meta);

}  // namespace handout::pdf
