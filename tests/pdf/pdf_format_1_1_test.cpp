// Content format 1.1 elements in the tagged PDF, read back with pikepdf (tests/pdf/dump_tags.py,
// tests/pdf/internal_links.py) and poppler (pdftotext).
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "support/process.hpp"

using handout::test::build_pdf;
using handout::test::run_process;
using handout::test::TempDir;

namespace {

const std::string kFixture = "tests/fixtures/elements/format-1-1.xml";

std::string page_text(const std::string& pdf, int page) {
  const auto r = run_process({"pdftotext", "-f", std::to_string(page), "-l", std::to_string(page), pdf, "-"});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("pdf 1.1: links to ids are Link annotations with a destination on the target's page", "[pdf][format-1-1]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, kFixture);
  const auto r = run_process({"/usr/bin/python3", std::string(HANDOUT_TEST_DIR) + "/pdf/internal_links.py", pdf});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  // Each is tagged Link and held by it as an OBJR (PDF/UA-1 §7.18.5), and named by its text.
  CHECK(r.out.find("p1 -> p2 'the opening times' Link+OBJR\n") != std::string::npos);
  CHECK(r.out.find("p1 -> p2 'how to join' Link+OBJR\n") != std::string::npos);
  CHECK(r.out.find("p2 -> p1 'Back to the top' Link+OBJR\n") != std::string::npos);
  CHECK(page_text(pdf, 2).find("Opening times") != std::string::npos);
  CHECK(page_text(pdf, 1).find("Visiting the library") != std::string::npos);
}

TEST_CASE("pdf 1.1: ol start and type give the Lbl markers and the matching /ListNumbering", "[pdf][format-1-1]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, kFixture);
  const auto tags = run_process({"/usr/bin/python3", std::string(HANDOUT_TEST_DIR) + "/pdf/dump_tags.py", pdf});
  REQUIRE(tags.exit_code == 0);
  INFO(tags.out);
  CHECK(tags.out.find("L ListNumbering=LowerAlpha\n") != std::string::npos);
  CHECK(tags.out.find("L ListNumbering=UpperRoman\n") != std::string::npos);
  // The markers as a tag-based reader hears them: each list's Lbl elements in order.
  const auto text = run_process({"pdfinfo", "-struct-text", pdf});
  REQUIRE(text.exit_code == 0);
  INFO(text.out);
  for (const char* marker : {"\"e.\"", "\"f.\"", "\"III.\"", "\"IV.\""}) {
    INFO(marker);
    CHECK(text.out.find(marker) != std::string::npos);
  }
}

TEST_CASE("pdf 1.1: a callout's kind is the first words of its heading, in the tagged text", "[pdf][format-1-1]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, kFixture);
  const auto text = run_process({"pdfinfo", "-struct-text", pdf});
  REQUIRE(text.exit_code == 0);
  INFO(text.out);
  // The callouts sit under h2, so their titles are H3 in the callout's Sect.
  CHECK(std::regex_search(text.out, std::regex("H3[^\n]*\n *\"Warning: Fire doors\"")));
  CHECK(std::regex_search(text.out, std::regex("H3[^\n]*\n *\"Tip\"")));
}
