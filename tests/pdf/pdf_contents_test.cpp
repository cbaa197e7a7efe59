// What print adds to a PDF, read back from the file written: the table of contents (its structure,
// its links and the page numbers it prints, against the pages the headings are on), the byline
// under the title, and link addresses printed after the link text (tests/pdf/contents_links.py
// with pikepdf, poppler's pdftotext and tag-based text, check_pdfua.py).
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <sstream>

#include "support/built_output.hpp"
#include "support/process.hpp"

using handout::test::build_pdf;
using handout::test::run_process;
using handout::test::TempDir;
using handout::test::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kFixture = std::string(HANDOUT_TEST_DIR) + "/fixtures/contents/starting-school.xml";

std::string page_text(const std::string& pdf, int page, bool layout = false) {
  std::vector<std::string> argv{"pdftotext", "-enc", "UTF-8", "-f", std::to_string(page), "-l", std::to_string(page)};
  if (layout) argv.push_back("-layout");
  argv.push_back(pdf);
  argv.push_back("-");
  auto r = run_process(argv);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

struct ContentsReadback {
  std::vector<std::string> entries;  // "TOCI/Reference/Link 3"
  std::vector<std::pair<std::string, int>> headings;  // ("H2", page)
};

ContentsReadback read_contents(const std::string& pdf) {
  auto r = run_process({"/usr/bin/python3", std::string(HANDOUT_TEST_DIR) + "/pdf/contents_links.py", pdf});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  ContentsReadback out;
  std::istringstream in(r.out);
  bool in_headings = false;
  for (std::string line; std::getline(in, line);) {
    if (line == "headings:") {
      in_headings = true;
    } else if (in_headings) {
      const auto space = line.find(' ');
      out.headings.emplace_back(line.substr(0, space), std::stoi(line.substr(space + 1)));
    } else {
      out.entries.push_back(line);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("pdf contents: each entry is TOCI > Reference > Link to the page its heading is on, which it prints",
          "[pdf][contents]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, kFixture);
  const ContentsReadback back = read_contents(pdf);
  INFO(fs::path(pdf).filename());
  // The title heading is not listed; levels 1-2 of the leaflet's template: the four h2.
  std::vector<int> h2_pages;
  for (const auto& [role, page] : back.headings)
    if (role == "H2") h2_pages.push_back(page);
  // The contents' own heading is the first H2, on page 1; the four sections follow.
  REQUIRE(h2_pages.size() == 5);
  CHECK(h2_pages.front() == 1);
  h2_pages.erase(h2_pages.begin());
  REQUIRE(back.entries.size() == 4);
  const std::vector<std::string> titles{"Before the first day", "The first week", "Settling in", "Who to ask"};
  const std::string contents_page = page_text(pdf, 1, true);
  INFO(contents_page);
  for (std::size_t k = 0; k < 4; ++k) {
    CHECK(back.entries[k] == "TOCI/Reference/Link " + std::to_string(h2_pages[k]));
    // The printed line: the entry, dot leaders, the page number at the end.
    const std::regex line(titles[k] + "[ .]+" + std::to_string(h2_pages[k]) + "\n");
    CHECK(std::regex_search(contents_page, line));
    CHECK(page_text(pdf, h2_pages[k]).find(titles[k]) != std::string::npos);
  }
  // The body starts on a new page after the contents, so the entries point past page 1.
  CHECK(h2_pages.front() >= 2);
  CHECK(h2_pages.back() > h2_pages.front());
}

TEST_CASE("pdf contents: the file passes the PDF/UA checks and is byte-reproducible", "[pdf][contents]") {
  TempDir a, b;
  const std::string first = build_pdf(a, kFixture);
  const std::string second = build_pdf(b, kFixture);
  CHECK(handout::test::read_file(first) == handout::test::read_file(second));
  auto ua = run_process({std::string(HANDOUT_TEST_DIR) + "/pdf/check_pdfua.py", first, "--expect-pdfua"});
  INFO(ua.out << ua.err);
  CHECK(ua.exit_code == 0);
  auto qpdf = run_process({"qpdf", "--check", first});
  INFO(qpdf.out << qpdf.err);
  CHECK(qpdf.exit_code == 0);
}

TEST_CASE("pdf contents: no contents without the attribute or the template asking", "[pdf][contents]") {
  TempDir dir;
  fs::create_directories(dir.file("in"));
  std::string text = handout::test::read_file(kFixture);
  text.replace(text.find(" contents=\"true\""), 16, "");
  write_file(dir.file("in/plain.xml"), text);
  const ContentsReadback back = read_contents(build_pdf(dir, dir.file("in/plain.xml")));
  CHECK(back.entries.empty());
}

TEST_CASE("pdf byline: authors and date under the title, tagged text", "[pdf][contents]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, kFixture);
  const std::string first = page_text(pdf, 1);
  INFO(first);
  const auto title = first.find("Starting school");
  const auto byline = first.find("Ann Example, Ben Example · 2024-09-01");
  REQUIRE(title != std::string::npos);
  REQUIRE(byline != std::string::npos);
  CHECK(byline > title);
  CHECK(byline < first.find("Contents"));
  auto tagged = run_process({"pdfinfo", "-struct-text", pdf});
  REQUIRE(tagged.exit_code == 0);
  CHECK(tagged.out.find("\"Ann Example, Ben Example · 2024-09-01\"") != std::string::npos);
}

TEST_CASE("pdf links: a web address is printed after its link, inside the Link, a written-out one is not repeated",
          "[pdf][contents]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, kFixture);
  auto text = run_process({"pdftotext", "-enc", "UTF-8", pdf, "-"});
  REQUIRE(text.exit_code == 0);
  // Without white space: the address may be cut after "https://" to fit the line.
  const std::string flat = std::regex_replace(text.out, std::regex("\\s+"), "");
  INFO(text.out);
  CHECK(flat.find("theuniformlist(https://www.example.sch.uk/uniform).") != std::string::npos);
  // mailto: and tel: addresses already visible in the text are not printed twice.
  CHECK(flat.find("office@example.sch.uk,ring01614960000or") != std::string::npos);
  // The address is read with the link: inside the Link element's tagged text.
  auto tagged = run_process({"pdfinfo", "-struct-text", pdf});
  REQUIRE(tagged.exit_code == 0);
  const std::string flat_tags = std::regex_replace(tagged.out, std::regex("\"\\s*\""), "");
  INFO(tagged.out);
  CHECK(std::regex_search(flat_tags, std::regex("Link[^\n]*\n *\"the uniform list \\(https://www\\.example\\.sch\\.uk/uniform\\)\"")));
}

TEST_CASE("pdf contents: the 60-page handbook gets a contents page whose numbers match its headings",
          "[pdf][contents][slow]") {
  TempDir dir;
  std::string text = handout::test::read_file(handout::test::write_bench_handbook(dir));
  text.replace(text.find("<handout "), 9, "<handout version=\"1.1\" contents=\"true\" ");
  fs::create_directories(dir.file("in"));
  write_file(dir.file("in/handbook.xml"), text);
  const std::string pdf = build_pdf(dir, dir.file("in/handbook.xml"));
  const ContentsReadback back = read_contents(pdf);
  REQUIRE(back.entries.size() == 20);
  std::vector<int> pages;
  for (const auto& [role, page] : back.headings)
    if (role == "H2") pages.push_back(page);
  REQUIRE(pages.size() == 22);  // "Contents", the 20 sections and the endnotes' "Notes"
  const std::string contents_page = page_text(pdf, 1, true);
  INFO(contents_page);
  for (int k = 0; k < 20; ++k) {
    const int page = pages[static_cast<std::size_t>(k) + 1];
    CHECK(back.entries[static_cast<std::size_t>(k)] == "TOCI/Reference/Link " + std::to_string(page));
    CHECK(std::regex_search(contents_page,
                            std::regex("Section " + std::to_string(k + 1) + "[ .]+" + std::to_string(page) + "\n")));
  }
}
