// Reply slips in the PDF, read back with independent tools: pikepdf (tests/pdf/check_forms.py:
// each field's name, /FT and /TU, its Form element with an OBJR; a text field filled and a box
// ticked, saved and read back), check_pdfua.py (Matterhorn 28-005, 28-008, appearances),
// pdfinfo and pdftotext without complaints.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "support/process.hpp"

using handout::test::run_handout;
using handout::test::run_process;
using handout::test::TempDir;

namespace {

const std::string kLetter = std::string(HANDOUT_SOURCE_DIR) + "/content/school-trip-letter.xml";

std::string build_letter(const TempDir& dir) {
  auto r = run_handout({"build", "--pdf", "-q", "--min-severity", "error", kLetter, "-o", dir.path()},
                       {"SOURCE_DATE_EPOCH=1700000000"});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  return dir.file("school-trip-letter.pdf");
}

bool has_line(const std::string& text, const std::string& line) {
  return text.find(line + "\n") != std::string::npos;
}

}  // namespace

TEST_CASE("pdf forms: every reply slip field is a named, labelled form field in a Form element", "[pdf][forms]") {
  TempDir dir;
  const std::string pdf = build_letter(dir);
  auto r = run_process({std::string(HANDOUT_TEST_DIR) + "/pdf/check_forms.py", pdf, dir.file("filled.pdf"),
                        "trip-reply.1", "trip-reply.3"});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(has_line(r.out, "field trip-reply.1 Tx Child's name"));
  CHECK(has_line(r.out, "field trip-reply.2 Tx Class"));
  CHECK(has_line(r.out, "field trip-reply.3 Btn I give permission for my child to go on the trip."));
  CHECK(has_line(r.out, "field trip-reply.4 Btn Lunch on the day:"));
  CHECK(has_line(r.out, "field trip-reply.5 Tx Allergies or medical needs"));
  CHECK(has_line(r.out, "field trip-reply.6 Tx Signed (parent or carer)"));
  CHECK(has_line(r.out, "field trip-reply.7 Tx Date"));
  // A label's P comes before its text field's Form element; a tick box (after the Form of the
  // field before it) comes before its label.
  CHECK(has_line(r.out, "form trip-reply.1 P P"));
  CHECK(has_line(r.out, "form trip-reply.3 Form P"));
  // Both answers of the radio group, each a widget in a Form element of its own.
  std::size_t radios = 0;
  for (std::size_t at = r.out.find("form trip-reply.4 "); at != std::string::npos; at = r.out.find("form trip-reply.4 ", at + 1))
    ++radios;
  CHECK(radios == 2);
  // Filled in with pikepdf, saved, and read back.
  CHECK(r.out.find("filled trip-reply.1 Sam Smith") != std::string::npos);
  CHECK(r.out.find("filled trip-reply.3 On states=Off,On") != std::string::npos);
}

TEST_CASE("pdf forms: the letter passes the PDF/UA checks with its form fields, poppler reads it cleanly", "[pdf][forms]") {
  TempDir dir;
  const std::string pdf = build_letter(dir);
  auto ua = run_process({std::string(HANDOUT_TEST_DIR) + "/pdf/check_pdfua.py", pdf, "--expect-pdfua"});
  INFO(ua.out << ua.err);
  CHECK(ua.exit_code == 0);
  CHECK(ua.out.find("\"widgets\": 8") != std::string::npos);  // 6 fields + 2 radio buttons
  auto info = run_process({"pdfinfo", pdf});
  CHECK(info.exit_code == 0);
  CHECK(info.err.empty());
  CHECK(info.out.find("AcroForm") != std::string::npos);
  auto text = run_process({"pdftotext", "-enc", "UTF-8", pdf, "-"});
  CHECK(text.exit_code == 0);
  CHECK(text.err.empty());
  // Labels and the instruction wrap in their columns: compare with line breaks as spaces.
  std::string flowing = text.out;
  std::replace(flowing.begin(), flowing.end(), '\n', ' ');
  for (const char* words : {"Reply slip: Science Museum trip", "Child's name", "Signed (parent or carer)",
                            "Please return this slip to the school office by Friday 12 June."})
    CHECK(flowing.find(words) != std::string::npos);
}
