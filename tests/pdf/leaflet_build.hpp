// Building a fixture leaflet to PDF with the real binary, and text as a reader compares it:
// shared by the tests that read PDFs in other scripts back (pdf_scripts_test, pdf_rtl_test).
#pragma once
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "support/process.hpp"

namespace handout::test {

// Builds `xml` into `dir` (errors only, a fixed date) and returns the PDF's path, `stem`.pdf.
inline std::string build_leaflet_pdf(const TempDir& dir, const std::string& xml, const std::string& stem) {
  auto r = run_handout({"build", "--pdf", "-q", "--min-severity", "error", xml, "-o", dir.path()},
                       {"SOURCE_DATE_EPOCH=1700000000"});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  const std::string pdf = dir.file(stem + ".pdf");
  REQUIRE(std::filesystem::exists(pdf));
  return pdf;
}

// Unicode NFC with Python's tables (an independent implementation), whitespace runs made one space.
inline std::string nfc_words(const std::string& text) {
  auto r = run_process(
      {"python3", "-c",
       "import sys, unicodedata; print(' '.join(unicodedata.normalize('NFC', sys.argv[1]).split()), end='')", text});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

}  // namespace handout::test
