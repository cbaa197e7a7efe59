// Booklet imposition with the qpdf library: each A5 page becomes a form XObject
// (QPDFPageObjectHelper::getFormXObjectForPage), copied into a new document and placed on one
// half of an A4 landscape page (placeFormXObject). No PDF object is written by hand.
// Compiled as C++17 (CMakeLists.txt): qpdf 11.3's JSON.hh holds a std::vector of its own,
// still incomplete, class, which clang 14 with libstdc++ 12 rejects in C++20, where vector's
// destructor is constexpr and instantiated early; the fuzz build uses clang. So this file
// includes no project header that needs C++20.
#include "impose/qpdf_imposition.hpp"

// qpdf 11: use std::shared_ptr throughout, not its old PointerHolder (qpdf/PointerHolder.hh).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>

namespace handout::impose {
namespace {

// ISO 216 A4 in points (210 x 297 mm at 72/25.4 pt per mm), turned to landscape.
constexpr double kA4LongPt = 841.89, kA4ShortPt = 595.28;
constexpr const char* kTitleSuffix = " (imposed print copy)";
constexpr const char* kKeywords =
    "imposed print copy; A5 booklet on A4; saddle stitch; not the accessible edition; not PDF/UA";

QPDFObjectHandle pdf_text(const std::string& utf8) { return QPDFObjectHandle::newUnicodeString(utf8); }

// A new, empty A4 landscape page in `out`.
QPDFPageObjectHelper new_sheet_side(QPDF& out) {
  QPDFObjectHandle page = QPDFObjectHandle::newDictionary();
  page.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
  page.replaceKey("/MediaBox", QPDFObjectHandle::newArray(QPDFObjectHandle::Rectangle(0, 0, kA4LongPt, kA4ShortPt)));
  page.replaceKey("/Resources", QPDFObjectHandle::parse("<< /XObject << >> >>"));
  page.replaceKey("/Contents", QPDFObjectHandle::newStream(&out, ""));
  return QPDFPageObjectHelper(out.makeIndirectObject(page));
}

}  // namespace

std::string place_two_up(const std::string& a5_pdf, const BookletInfo& info) {
  QPDF in;
  in.processMemoryFile("accessible edition", a5_pdf.data(), a5_pdf.size());
  std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(in).getAllPages();

  QPDF out;
  out.emptyPDF();
  // Each A5 page as a form XObject copied into the print copy once, however often it is used.
  std::vector<QPDFObjectHandle> forms;
  forms.reserve(pages.size());
  for (QPDFPageObjectHelper& page : pages) forms.push_back(out.copyForeignObject(page.getFormXObjectForPage()));

  QPDFPageDocumentHelper sheets(out);
  for (const SheetSide& side : booklet_order(static_cast<int>(pages.size()))) {
    QPDFPageObjectHelper sheet = new_sheet_side(out);
    QPDFObjectHandle xobjects = sheet.getObjectHandle().getKey("/Resources").getKey("/XObject");
    std::string content;
    for (std::size_t half = 0; half < 2; ++half) {
      const int index = side.halves[half];
      if (index == SheetSide::kBlank) continue;
      const std::string name = "/Pg" + std::to_string(index + 1);
      xobjects.replaceKey(name, forms[static_cast<std::size_t>(index)]);
      const double left = static_cast<double>(half) * kA4LongPt / 2;
      content += sheet.placeFormXObject(forms[static_cast<std::size_t>(index)], name,
                                        QPDFObjectHandle::Rectangle(left, 0, left + kA4LongPt / 2, kA4ShortPt));
    }
    sheet.getObjectHandle()
        .getKey("/Contents")
        .replaceStreamData(content, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    sheets.addPage(sheet, false);
  }

  // Metadata says what this file is: a print copy, not the accessible edition. It carries no
  // XMP, so nothing in it claims PDF/UA (ISO 14289-1 §5 puts that claim in pdfuaid:part).
  QPDFObjectHandle doc_info = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
  doc_info.replaceKey("/Title", pdf_text(info.title + kTitleSuffix));
  doc_info.replaceKey("/Subject", pdf_text("Print copy of \"" + info.title +
                                           "\": A5 pages two-up on A4 landscape in booklet order. Print duplex, "
                                           "flipping on the short edge, fold and staple."));
  doc_info.replaceKey("/Keywords", pdf_text(kKeywords));
  doc_info.replaceKey("/Producer", pdf_text("Handout"));
  out.getTrailer().replaceKey("/Info", doc_info);
  if (!info.lang.empty()) out.getRoot().replaceKey("/Lang", pdf_text(info.lang));

  QPDFWriter writer(out);
  writer.setOutputMemory();
  writer.setDeterministicID(true);  // same input, same bytes (the build's reproducibility)
  writer.setCompressStreams(true);
  writer.write();
  const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace handout::impose
