// A5 pages → a saddle-stitched A5 booklet printed two-up on A4 landscape (the print copy beside
// the accessible A5 PDF). In: the bytes of a PDF whose pages are A5. Out: the bytes of the
// imposed PDF. Built on the qpdf library, which owns the parsing, copying and writing.
#pragma once
#include <array>
#include <string>
#include <vector>

namespace handout::impose {

// One side of one A4 sheet: the 0-based page shown on its left and right half, or kBlank.
struct SheetSide {
  static constexpr int kBlank = -1;
  std::array<int, 2> halves{kBlank, kBlank};
};

// Saddle-stitch order for `pages` pages padded with blanks to a multiple of four: for N padded
// pages, sheet k's front shows [N-1-2k, 2k] and its back [2k+1, N-2-2k] (0-based), so the folded
// stack reads 1, 2, … N. Front and back alternate: sides 0, 1 are sheet 1, sides 2, 3 sheet 2 …
std::vector<SheetSide> booklet_order(int pages);

struct BookletInfo {
  std::string title;  // the accessible edition's title; the print copy's gets a suffix
  std::string lang;   // BCP 47, for the document catalogue's /Lang
};

// Places the pages of `a5_pdf` two-up on A4 landscape pages in booklet_order. The result is a
// print copy: untagged, with no XMP (so no pdfuaid claim), and a title and keywords that say so.
// Throws InternalError when the input cannot be read (it is our own PDF, so that is a bug).
// qpdf is loaded only for this: in the handout executable, impose_booklet forwards to the
// handout-impose module (job/impose_module.cpp); programs linked with handout_pdf call
// impose_booklet_with_qpdf directly (job/render_pdf_direct.cpp).
std::string impose_booklet(const std::string& a5_pdf, const BookletInfo& info);

// The implementation behind impose_booklet, named apart from it so that the module's own call
// never lands in the executable's forwarding stub.
std::string impose_booklet_with_qpdf(const std::string& a5_pdf, const BookletInfo& info);

// The signature the handout-impose module exports, as `handout_impose_booklet`.
using BookletImposer = std::string (*)(const std::string&, const BookletInfo&);

}  // namespace handout::impose
