// Content format 1.1's text elements in the tagged PDF (tests/fixtures/elements/text-elements.xml),
// read back with pikepdf (tests/pdf/dump_tags.py, tests/pdf/rules_drawn.py) and poppler.
#include <catch2/catch.hpp>

#include <regex>
#include <string>

#include "support/process.hpp"

using handout::test::build_pdf;
using handout::test::run_process;
using handout::test::TempDir;

namespace {

const std::string kFixture = "tests/fixtures/elements/text-elements.xml";

std::string struct_text(const std::string& pdf) {
  const auto r = run_process({"pdfinfo", "-struct-text", pdf});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("pdf 1.1: sub and sup are Spans read in their place in the words", "[pdf][format-1-1]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, kFixture);
  const std::string text = struct_text(pdf);
  INFO(text);
  CHECK(std::regex_search(text, std::regex("\\(CO\"\n *Span[^\n]*\n *\"2\"\n *\"\\) in")));
  CHECK(std::regex_search(text, std::regex("the 3\"\n *Span[^\n]*\n *\"rd\"\n *\" of March")));
  // pdftotext sees the smaller raised text on the same line as the words around it.
  const auto plain = run_process({"pdftotext", "-layout", pdf, "-"});
  REQUIRE(plain.exit_code == 0);
  CHECK(plain.out.find("3rd of March") != std::string::npos);
}

TEST_CASE("pdf 1.1: a definition list is an L of LIs with the term as Lbl", "[pdf][format-1-1]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, kFixture);
  const auto tags = run_process({"/usr/bin/python3", std::string(HANDOUT_TEST_DIR) + "/pdf/dump_tags.py", pdf});
  REQUIRE(tags.exit_code == 0);
  INFO(tags.out);
  CHECK(std::regex_search(tags.out, std::regex("( *)L ListNumbering=None\n\\1  LI\n\\1    Lbl\n\\1    LBody\n\\1  LI\n"
                                               "\\1    Lbl\n\\1    LBody\n\\1    LBody\n\\1      P\n\\1      P\n")));
  const std::string text = struct_text(pdf);
  INFO(text);
  CHECK(std::regex_search(text, std::regex("Lbl[^\n]*\n *\"Sensor\"\n *LBody[^\n]*\n *\"A small box")));
}

TEST_CASE("pdf 1.1: hr is an artifact line with no structure element, the address is one P", "[pdf][format-1-1]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, kFixture);
  const auto drawn = run_process({"/usr/bin/python3", std::string(HANDOUT_TEST_DIR) + "/pdf/rules_drawn.py", pdf});
  REQUIRE(drawn.exit_code == 0);
  INFO(drawn.out);
  CHECK(std::regex_match(drawn.out, std::regex("p1 Artifact w=[0-9]+\n")));
  const auto tags = run_process({"/usr/bin/python3", std::string(HANDOUT_TEST_DIR) + "/pdf/dump_tags.py", pdf});
  REQUIRE(tags.exit_code == 0);
  INFO(tags.out);
  // Straight from the definition list's last P to the next heading: nothing in between.
  CHECK(std::regex_search(tags.out, std::regex("      P\n  H2\n  P\n  P\nIDTree")));
  const std::string text = struct_text(pdf);
  INFO(text);
  CHECK(std::regex_search(text, std::regex("P[^\n]*\n *\"Science department \"\n *\"Hill Road Primary School \"\n"
                                           " *\"Hill Road \"\n *\"Leeds LS6 2AB\"")));
}
