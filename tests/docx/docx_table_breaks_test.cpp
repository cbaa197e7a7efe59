// Long DOCX tables break across pages with their header rows repeated: only header rows are kept
// with the next row (a row header cell's style must not chain every row to the next), checked in
// the written XML (tests/docx/table_rows.py, zipfile + lxml) and in LibreOffice's own layout of
// the 60-page handbook of bench/scaling.py against the PDF's page count.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <sstream>

#include "support/built_output.hpp"
#include "support/process.hpp"

using handout::test::run_handout;
using handout::test::run_process;
using handout::test::TempDir;
using handout::test::write_bench_handbook;
namespace fs = std::filesystem;

namespace {

// The handbook built to PDF and DOCX; the outputs' path without the extension.
std::string handbook(const TempDir& dir) {
  auto b = run_handout({"build", "-q", "--min-severity", "error", write_bench_handbook(dir), "-o", dir.file("out")},
                       {"SOURCE_DATE_EPOCH=1700000000"});
  INFO(b.out << b.err);
  REQUIRE(b.exit_code == 0);
  return dir.file("out/handbook");
}

int page_count(const std::string& pdf) {
  auto info = run_process({"pdfinfo", pdf});
  std::smatch m;
  REQUIRE(std::regex_search(info.out, m, std::regex("Pages:\\s+(\\d+)")));
  return std::stoi(m[1]);
}

}  // namespace

TEST_CASE("docx tables: only header rows are kept with the next row", "[docx][tables]") {
  TempDir dir;
  const std::string out = handbook(dir);
  auto rows = run_process({std::string(HANDOUT_TEST_DIR) + "/docx/table_rows.py", out + ".docx"});
  INFO(rows.err);
  REQUIRE(rows.exit_code == 0);
  std::istringstream in(rows.out);
  int header = 0, body = 0;
  for (std::string line; std::getline(in, line);) {
    INFO(line);
    if (line.find(" header ") != std::string::npos) {
      ++header;
      CHECK(line.find(" keep ") != std::string::npos);  // a page never ends on the header row
    } else {
      ++body;
      CHECK(line.find(" free ") != std::string::npos);  // row headers (TableHeading) included
    }
  }
  CHECK(header == 20);
  CHECK(body == 20 * 40);
}

TEST_CASE("docx tables: LibreOffice lays the handbook out within 2 pages of the PDF, header rows repeated",
          "[docx][tables][libreoffice]") {
  TempDir dir;
  const std::string out = handbook(dir);
  // A profile of its own, so concurrent runs do not share LibreOffice's user installation.
  auto lo = run_process({"soffice", "-env:UserInstallation=file://" + dir.file("lo-profile"), "--headless",
                         "--convert-to", "pdf", "--outdir", dir.file("lo"), out + ".docx"});
  INFO(lo.out << lo.err);
  REQUIRE(lo.exit_code == 0);
  const std::string lo_pdf = dir.file("lo/handbook.pdf");
  REQUIRE(fs::exists(lo_pdf));
  const int ours = page_count(out + ".pdf");
  const int theirs = page_count(lo_pdf);
  INFO("PDF " << ours << " pages, LibreOffice " << theirs);
  CHECK(std::abs(theirs - ours) <= 2);
  // Every page with body rows of a table also has the header row ("When", "What").
  int table_pages = 0;
  for (int p = 1; p <= theirs; ++p) {
    auto text = run_process({"pdftotext", "-f", std::to_string(p), "-l", std::to_string(p), "-enc", "UTF-8", lo_pdf, "-"});
    if (!std::regex_search(text.out, std::regex("Week \\d+"))) continue;
    ++table_pages;
    INFO("page " << p << ":\n" << text.out);
    CHECK(std::regex_search(text.out, std::regex("\\bWhen\\b")));
    CHECK(std::regex_search(text.out, std::regex("\\bWhat\\b")));
  }
  CHECK(table_pages >= ours - 2);
}

TEST_CASE("docx tables: columns are as wide as the PDF's, sized to their content", "[docx][tables]") {
  TempDir dir;
  const std::string out = handbook(dir);
  // The PDF's columns: where the header words start (each at the same padding inside its cell).
  auto words = run_process({"pdftotext", "-f", "1", "-l", "1", "-bbox", out + ".pdf", "-"});
  REQUIRE(words.exit_code == 0);
  auto x_of = [&](const std::string& word) {
    std::smatch m;
    REQUIRE(std::regex_search(words.out, m, std::regex("<word xMin=\"([0-9.]+)\"[^>]*>" + word + "</word>")));
    return std::stod(m[1]);
  };
  const double item = x_of("Item"), when = x_of("When"), what = x_of("What");
  // The DOCX's grid columns, in twips.
  auto rows = run_process({std::string(HANDOUT_TEST_DIR) + "/docx/table_rows.py", out + ".docx"});
  std::smatch m;
  REQUIRE(std::regex_search(rows.out, m, std::regex("^1 header \\S+ (\\d+),(\\d+),(\\d+)$", std::regex::multiline)));
  const double first = std::stod(m[1]) / 20, second = std::stod(m[2]) / 20, third = std::stod(m[3]) / 20;
  INFO("PDF columns start at " << item << ", " << when << ", " << what << "; DOCX widths " << first << ", " << second
                               << ", " << third << " pt");
  CHECK(std::abs(first - (when - item)) < 1.0);
  CHECK(std::abs(second - (what - when)) < 1.0);
  CHECK(third > first + second);  // the long text gets the room
}
