// --impose booklet: the saddle-stitch order, and the imposed PDF read back with independent
// readers (qpdf for the page boxes and metadata, pdftotext cropped to each half for the page
// shown there).
#include <catch2/catch.hpp>

// qpdf 11: use std::shared_ptr throughout, not its old PointerHolder (qpdf/PointerHolder.hh).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cmath>
#include <string>
#include <vector>

#include "impose/booklet.hpp"
#include "support/process.hpp"
#include "support/test_support.hpp"

using namespace handout::impose;
using namespace handout::test;

namespace {

constexpr int B = SheetSide::kBlank;

std::vector<std::array<int, 2>> halves(int pages) {
  std::vector<std::array<int, 2>> out;
  for (const SheetSide& s : booklet_order(pages)) out.push_back(s.halves);
  return out;
}

// An A5 PDF of `pages` pages, page k showing "PAGE k" in Helvetica: the input the imposition sees,
// made without Handout so that the test reads nothing but what the imposition placed.
std::string numbered_a5_pdf(int pages) {
  QPDF pdf;
  pdf.emptyPDF();
  QPDFObjectHandle font = pdf.makeIndirectObject(
      QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
  QPDFPageDocumentHelper doc(pdf);
  for (int k = 1; k <= pages; ++k) {
    QPDFObjectHandle page = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 419.53 595.28] >>");
    QPDFObjectHandle resources = QPDFObjectHandle::parse("<< /Font << >> >>");
    resources.getKey("/Font").replaceKey("/F1", font);
    page.replaceKey("/Resources", resources);
    page.replaceKey("/Contents",
                    QPDFObjectHandle::newStream(&pdf, "BT /F1 40 Tf 90 300 Td (PAGE " + std::to_string(k) + ") Tj ET"));
    doc.addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(page)), false);
  }
  QPDFWriter w(pdf);
  w.setOutputMemory();
  w.write();
  auto buffer = w.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

// The words pdftotext finds on one half of page `page` (1-based) of `file`: "PAGE 3", or "" for
// a blank half.
std::string text_on_half(const std::string& file, int page, int half) {
  const std::string p = std::to_string(page);
  auto r = run_process({"pdftotext", "-f", p, "-l", p, "-x", half == 0 ? "0" : "421", "-y", "0", "-W", "420", "-H",
                        "596", "-layout", file, "-"});
  REQUIRE(r.exit_code == 0);
  std::string words;
  for (char c : r.out) {
    if (c == '\n' || c == '\f' || c == ' ') {
      if (!words.empty() && words.back() != ' ') words += ' ';
    } else {
      words += c;
    }
  }
  while (!words.empty() && words.back() == ' ') words.pop_back();
  return words;
}

}  // namespace

TEST_CASE("booklet order: sheet sides carry [last, first], [second, last-1], ... padded to four", "[impose]") {
  using H = std::array<int, 2>;
  CHECK(halves(4) == std::vector<H>{{3, 0}, {1, 2}});
  CHECK(halves(1) == std::vector<H>{{B, 0}, {B, B}});
  CHECK(halves(3) == std::vector<H>{{B, 0}, {1, 2}});
  CHECK(halves(5) == std::vector<H>{{B, 0}, {1, B}, {B, 2}, {3, 4}});
  CHECK(halves(8) == std::vector<H>{{7, 0}, {1, 6}, {5, 2}, {3, 4}});
  CHECK(halves(0).empty());
  // Every page appears exactly once, and nothing but blanks is added.
  for (int n : {1, 2, 3, 4, 5, 6, 7, 9, 12, 13, 16}) {
    std::vector<int> seen(static_cast<std::size_t>(n), 0);
    const auto sides = halves(n);
    CHECK(sides.size() == static_cast<std::size_t>((n + 3) / 4 * 2));
    for (const auto& h : sides)
      for (int i : h)
        if (i != B) ++seen[static_cast<std::size_t>(i)];
    CHECK(std::all_of(seen.begin(), seen.end(), [](int c) { return c == 1; }));
  }
}

TEST_CASE("booklet: 1, 3, 4, 5 and 12 A5 pages give ceil(n/4) x 2 A4 landscape pages, each half the right page",
          "[impose]") {
  REQUIRE(have_program("pdftotext"));
  for (int n : {1, 3, 4, 5, 12}) {
    INFO(n << " pages");
    TempDir dir;
    const std::string file = dir.file("leaflet.booklet.pdf");
    write_file(file, impose_booklet(numbered_a5_pdf(n), {"Leaflet", "en-GB"}));

    QPDF out;
    out.processFile(file.c_str());
    auto pages = QPDFPageDocumentHelper(out).getAllPages();
    const int sheets = (n + 3) / 4;
    REQUIRE(pages.size() == static_cast<std::size_t>(sheets * 2));
    for (auto& page : pages) {
      const auto box = page.getMediaBox().getArrayAsRectangle();
      CHECK(std::abs(box.urx - box.llx - 841.89) < 0.5);  // A4 landscape: 297 x 210 mm
      CHECK(std::abs(box.ury - box.lly - 595.28) < 0.5);
    }
    // Worked out by hand from the saddle-stitch rule, not from booklet_order().
    const int padded = sheets * 4;
    auto label = [n](int one_based) { return one_based <= n ? "PAGE " + std::to_string(one_based) : std::string(); };
    for (int s = 0; s < sheets; ++s) {
      CHECK(text_on_half(file, 2 * s + 1, 0) == label(padded - 2 * s));
      CHECK(text_on_half(file, 2 * s + 1, 1) == label(2 * s + 1));
      CHECK(text_on_half(file, 2 * s + 2, 0) == label(2 * s + 2));
      CHECK(text_on_half(file, 2 * s + 2, 1) == label(padded - 2 * s - 1));
    }
  }
}

TEST_CASE("booklet: the print copy says so in its metadata and claims no PDF/UA", "[impose]") {
  const std::string bytes = impose_booklet(numbered_a5_pdf(2), {"Helping your child", "en-GB"});
  QPDF out;
  out.processMemoryFile("booklet", bytes.data(), bytes.size());
  QPDFObjectHandle info = out.getTrailer().getKey("/Info");
  REQUIRE(info.isDictionary());
  CHECK(info.getKey("/Title").getUTF8Value() == "Helping your child (imposed print copy)");
  CHECK(info.getKey("/Keywords").getUTF8Value().find("not PDF/UA") != std::string::npos);
  CHECK(out.getRoot().getKey("/Lang").getUTF8Value() == "en-GB");
  // No XMP at all, so no pdfuaid:part; and no structure tree that could pass for tagging.
  CHECK(!out.getRoot().hasKey("/Metadata"));
  CHECK(!out.getRoot().hasKey("/StructTreeRoot"));
  CHECK(bytes.find("pdfuaid") == std::string::npos);
  // Same input, same bytes: builds stay reproducible.
  CHECK(impose_booklet(numbered_a5_pdf(2), {"Helping your child", "en-GB"}) == bytes);
}

TEST_CASE("build --impose booklet: the leaflet's A5 PDF and its booklet, which qpdf --check passes", "[impose][cli]") {
  TempDir dir;
  write_file(dir.file("leaflet.xml"), kCleanLeaflet);
  auto r = run_handout({"build", "--pdf", "--impose", "booklet", dir.file("leaflet.xml"), "-o", dir.file("out")},
                       {"SOURCE_DATE_EPOCH=1700000000"});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(files_under(dir.file("out")) == std::vector<std::string>{"leaflet.booklet.pdf", "leaflet.pdf"});
  QPDF a5, booklet;
  a5.processFile(dir.file("out/leaflet.pdf").c_str());
  booklet.processFile(dir.file("out/leaflet.booklet.pdf").c_str());
  const auto n = QPDFPageDocumentHelper(a5).getAllPages().size();
  CHECK(QPDFPageDocumentHelper(booklet).getAllPages().size() == (n + 3) / 4 * 2);
  // The accessible edition is untouched: still tagged, still claiming PDF/UA.
  CHECK(a5.getRoot().hasKey("/StructTreeRoot"));
  CHECK(read_file(dir.file("out/leaflet.pdf")).find("pdfuaid") != std::string::npos);
  if (have_program("qpdf")) CHECK(run_process({"qpdf", "--check", dir.file("out/leaflet.booklet.pdf")}).exit_code == 0);
}

TEST_CASE("build --impose: refused for A4 pages, an unknown kind, or without the PDF", "[impose][cli]") {
  TempDir dir;
  write_file(dir.file("staff.xml"), R"(<handout lang="en-GB" template="staff-handout"><meta><title>Staff notes</title>
<audience>staff</audience></meta><body><h1>Staff notes</h1><p>Read this.</p></body></handout>
)");
  auto a4 = run_handout({"build", "--pdf", "--impose", "booklet", dir.file("staff.xml"), "-o", dir.file("out")});
  CHECK(a4.exit_code == 2);
  CHECK(a4.out.find(dir.file("staff.xml") + ":1:1: error: --impose booklet needs A5 pages (148 x 210 mm), but template "
                                            "'staff-handout' sets A4 (210 x 297 mm) [impose-not-a5]") !=
        std::string::npos);
  CHECK(files_under(dir.file("out")).empty());

  auto kind = run_handout({"build", "--impose", "poster", dir.file("staff.xml"), "-o", dir.file("out")});
  CHECK(kind.exit_code == 2);
  CHECK(kind.err.find("--impose takes 'booklet', not 'poster'") != std::string::npos);

  auto no_pdf = run_handout({"build", "--docx", "--impose", "booklet", dir.file("staff.xml"), "-o", dir.file("out")});
  CHECK(no_pdf.exit_code == 2);
  CHECK(no_pdf.err.find("--impose booklet imposes the PDF: add --pdf") != std::string::npos);
}
