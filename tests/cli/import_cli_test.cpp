// End-to-end tests of `handout import` and of lint/build given a .docx: real binary, real files.
#include <catch2/catch.hpp>

#include <filesystem>

#include "import/docx_fixture.hpp"
#include "support/process.hpp"
#include "support/test_support.hpp"

using handout::test::DocxFixture;
using handout::test::files_under;
using handout::test::read_file;
using handout::test::run_handout;
using handout::test::TempDir;
using handout::test::write_file;
namespace fs = std::filesystem;

namespace {

DocxFixture leaflet() {
  DocxFixture f;
  f.core = "<dc:title>Green leaflet</dc:title><dc:language>en-GB</dc:language>";
  f.styles = R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>)";
  f.body = R"(<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Green leaflet</w:t></w:r></w:p>)"
           R"(<w:p><w:r><w:t>We can help. Ask us.</w:t></w:r></w:p>)";
  return f;
}

}  // namespace

TEST_CASE("import: a batch writes one content file per document, a bad file is reported and skipped",
          "[cli][import]") {
  TempDir dir;
  fs::create_directories(dir.file("in"));
  write_file(dir.file("in/good.docx"), leaflet().bytes());
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole.append(504, '\0');
  write_file(dir.file("in/old.docx"), ole);
  auto r = run_handout({"import", dir.file("in"), "-o", dir.file("out")});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find(dir.file("in/old.docx") + ": error: is an OLE compound file") != std::string::npos);
  CHECK(files_under(dir.file("out")) == std::vector<std::string>{"good.xml"});
  const std::string xml = read_file(dir.file("out/good.xml"));
  CHECK(xml.find("<!--\n  Imported from good.docx by handout import.\n") != std::string::npos);
  CHECK(xml.find("<h1>Green leaflet</h1>") != std::string::npos);
  // The content file it writes lints like any other.
  auto lint = run_handout({"lint", "--no-config", dir.file("out/good.xml")});
  INFO(lint.out);
  CHECK(lint.exit_code == 0);
  CHECK(lint.out.find("0 errors, 0 warnings") != std::string::npos);
}

TEST_CASE("lint: a .docx is linted in memory and findings say where in Word they are", "[cli][import]") {
  TempDir dir;
  DocxFixture f = leaflet();
  // Dark text on a dark green shading: the contrast rule must judge the real colours.
  f.body += R"(<w:p><w:r><w:rPr><w:shd w:val="clear" w:color="auto" w:fill="1B5E20"/></w:rPr>)"
            R"(<w:t>Read this on green.</w:t></w:r></w:p>)";
  write_file(dir.file("green.docx"), f.bytes());
  auto r = run_handout({"lint", "--no-config", dir.file("green.docx")});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  const std::size_t at = r.out.find(dir.file("green.docx") + ":3:1: error: ");
  REQUIRE(at != std::string::npos);
  const std::string line = r.out.substr(at, r.out.find('\n', at) - at);
  CHECK(line.find("[color-contrast]") != std::string::npos);
  CHECK(line.find("(in paragraph 3, under \"Green leaflet\": \"Read this on green.\")") != std::string::npos);

  // SARIF names the place as a logical location beside the physical one.
  auto sarif = run_handout({"lint", "--no-config", "--format", "sarif", dir.file("green.docx")});
  CHECK(sarif.out.find(R"("logicalLocations":[{"name":"paragraph 3","kind":"element"}])") !=
        std::string::npos);
}

TEST_CASE("lint: a bold paragraph that only looks like a heading in a .docx is reported", "[cli][import]") {
  TempDir dir;
  DocxFixture f = leaflet();
  f.body += R"(<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Parking</w:t></w:r></w:p>)"
            R"(<w:p><w:r><w:t>Park at the back. It is free.</w:t></w:r></w:p>)";
  write_file(dir.file("fake.docx"), f.bytes());
  auto r = run_handout({"lint", "--no-config", dir.file("fake.docx")});
  INFO(r.out << r.err);
  CHECK(r.out.find(dir.file("fake.docx") + ":3:1: warning: p holds only bold or italic text (\"Parking\")") !=
        std::string::npos);
  CHECK(r.out.find("(in paragraph 3, under \"Green leaflet\": \"Parking\") [emphasis-as-heading]") != std::string::npos);
}

TEST_CASE("build: a .docx builds directly", "[cli][import]") {
  TempDir dir;
  write_file(dir.file("leaflet.docx"), leaflet().bytes());
  auto r = run_handout({"build", "--no-config", "--html", dir.file("leaflet.docx"), "-o", dir.file("out")});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(files_under(dir.file("out")) == std::vector<std::string>{"leaflet.html"});
  CHECK(read_file(dir.file("out/leaflet.html")).find("<h1") != std::string::npos);
}
