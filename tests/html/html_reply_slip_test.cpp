// A reply slip in the HTML page and the DOCX: a fieldset whose inputs each have a <label for>,
// and Word content controls (w:sdt) with the label as alias and the field name as tag.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <regex>
#include <string>

#include "support/process.hpp"

using handout::test::read_file;
using handout::test::run_handout;
using handout::test::run_process;
using handout::test::TempDir;

namespace {

const std::string kLetter = std::string(HANDOUT_SOURCE_DIR) + "/content/school-trip-letter.xml";

}  // namespace

TEST_CASE("html: a reply slip is a fieldset of inputs, each with its label", "[html][forms]") {
  TempDir dir;
  auto r = run_handout({"build", "--html", "-q", "--min-severity", "error", kLetter, "-o", dir.path()});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  const std::string page = read_file(dir.file("school-trip-letter.html"));
  CHECK(page.find("<fieldset class=\"reply-slip\" id=\"field-trip-reply\">\n<legend>Reply slip: Science Museum trip</legend>") !=
        std::string::npos);
  CHECK(page.find("<label for=\"field-trip-reply-1\">Child's name</label> <input type=\"text\" "
                  "id=\"field-trip-reply-1\" name=\"trip-reply.1\" />") != std::string::npos);
  CHECK(page.find("<input type=\"checkbox\" id=\"field-trip-reply-3\" name=\"trip-reply.3\" value=\"Yes\" /> "
                  "<label for=\"field-trip-reply-3\">") != std::string::npos);
  CHECK(page.find("<fieldset class=\"slip-choice\">\n<legend>Lunch on the day:</legend>") != std::string::npos);
  CHECK(page.find("<textarea id=\"field-trip-reply-5\" name=\"trip-reply.5\" rows=\"3\"></textarea>") != std::string::npos);
  CHECK(page.find("<input type=\"date\" id=\"field-trip-reply-7\"") != std::string::npos);
  // Every input and textarea has exactly one label pointing at it.
  const std::regex id_re(R"re(<(?:input|textarea) [^>]*id="([^"]+)")re");
  int inputs = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), id_re); it != std::sregex_iterator(); ++it) {
    ++inputs;
    const std::string label = "<label for=\"" + (*it)[1].str() + "\">";
    CHECK(page.find(label) != std::string::npos);
    CHECK(page.find(label, page.find(label) + 1) == std::string::npos);
  }
  CHECK(inputs == 8);
  // The page is well-formed XML (HTML5's XML-compatible spelling: void elements closed).
  pugi::xml_document xml;
  CHECK(xml.load_buffer(page.data(), page.size()));
}

TEST_CASE("docx: a reply slip's fields are content controls named by their labels", "[docx][forms]") {
  TempDir dir;
  auto r = run_handout({"build", "--docx", "-q", "--min-severity", "error", kLetter, "-o", dir.path()});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  auto xml = run_process({"unzip", "-p", dir.file("school-trip-letter.docx"), "word/document.xml"});
  REQUIRE(xml.exit_code == 0);
  const std::string& d = xml.out;
  CHECK(d.find("<w:alias w:val=\"Child's name\"/><w:tag w:val=\"trip-reply.1\"/>") != std::string::npos);
  CHECK(d.find("<w:tag w:val=\"trip-reply.3\"/><w:id w:val=\"3\"/><w14:checkbox") != std::string::npos);
  CHECK(d.find("<w:tag w:val=\"trip-reply.5\"/><w:id w:val=\"6\"/><w:text w:multiLine=\"1\"/>") != std::string::npos);
  CHECK(d.find("<w:tag w:val=\"trip-reply.7\"/><w:id w:val=\"8\"/><w:date>") != std::string::npos);
  CHECK(d.find("<w:alias w:val=\"Lunch on the day:: Please order a school packed lunch.\"/>") == std::string::npos);
  CHECK(d.find("<w:alias w:val=\"Lunch on the day: Please order a school packed lunch.\"/><w:tag w:val=\"trip-reply.4.2\"/>") !=
        std::string::npos);
  CHECK(d.find("<w:top w:val=\"dashed\"") != std::string::npos);
  // The Word 2010 check box is ignorable for older readers where it is declared.
  CHECK(d.find("<w:sdt xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
               "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\">") != std::string::npos);
  std::size_t controls = 0;
  for (std::size_t at = d.find("</w:sdt>"); at != std::string::npos; at = d.find("</w:sdt>", at + 1)) ++controls;
  CHECK(controls == 8);
}
