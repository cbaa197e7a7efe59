// Turns a model::Document plus its style::Template into the bytes of a .docx package
// (ECMA-376 Transitional WordprocessingML), straight from the model: Word does its own layout.
//
// Decisions (issue 5):
// - The body's first h1 becomes a "heading 1" paragraph, not "Title". Word's navigation pane, its
//   Accessibility Checker and tagged-PDF export all build the outline from heading styles; a Title
//   paragraph is outside that outline, so the document would appear to start at h2. pandoc also
//   reads a Title paragraph as metadata and drops it from the body. The Title style is still
//   defined (from the level-1 heading font) for editors who want it.
// - meta/title is not printed (content format: the visible title is the first h1); it goes to
//   docProps/core.xml dc:title, with subtitle → dc:subject, description → dc:description,
//   keywords → cp:keywords, authors → dc:creator ("; "-joined), lang → dc:language.
// - Abbreviations: when tmpl.expand_abbreviations, the first `abbr` with a title for each
//   abbreviation text (in document order, notes counted at their point of reference) is printed as
//   "expansion (ABBR)", WCAG 2.2 SC 3.1.4 and GOV.UK style; later uses print the abbreviation only.
// - Notes follow tmpl.notes: real footnotes (word/footnotes.xml) or endnotes (word/endnotes.xml),
//   numbered as in the model. For endnotes a level-2 heading with the resolved notes heading ends the body,
//   so the notes that Word and LibreOffice print after the last paragraph are introduced and
//   reachable from the navigation pane, as in the PDF.
// - Decorative images carry Word 2019's decorative flag (adec:decorative inside wp:docPr/a:extLst)
//   and no descr; others get descr = alt (pandoc 2.17, by contrast, writes the caption there).
// - Tables: leading header rows (thead, or rows of th only) get w:tblHeader ("repeat as header
//   row", which Word's checker reads as the header row); th cells use the "Table Heading" style;
//   the caption is printed above the table in the Caption style and also stored as
//   w:tblCaption / w:tblDescription (the alt-text title and description Word shows).
// - Deterministic: fixed part order, fixed zip entry times from `timestamp` (SOURCE_DATE_EPOCH),
//   no random ids, so writing the same input twice gives the same bytes.
#pragma once
#include <cstdint>
#include <string>

#include "resolve/resolved_document.hpp"

namespace handout::docx {

struct DocxOptions {
  // Seconds since the epoch for docProps dates and zip entry times (SOURCE_DATE_EPOCH).
  // 0 → zip entries dated 1980-01-01 (the earliest DOS date) and no docProps dates at all,
  // rather than claiming the document was written in 1970.
  std::int64_t timestamp = 0;
};

// Renders the document into the bytes of a .docx package. Images are read from
// <folder of doc.path>/<img src> (or the parser's resolved path). Throws handout::InputError with
// file:line for problems in the input (unreadable or undecodable image → "image-not-found" /
// "image-not-an-image"; text with characters XML 1.0 cannot carry → "xml-invalid-char"), and
// handout::InternalError for bugs.
std::string write_docx(const resolve::ResolvedDocument& resolved, const DocxOptions& options);

}  // namespace handout::docx
