// leaflet.xml and leaflet.docx in one folder would build to the same leaflet.pdf: the build must
// refuse both, naming both, before it writes anything (rather than let the second silently
// overwrite the first, or name the outputs in a way a reader of the folder would not expect).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "support/process.hpp"

namespace handout::test {

namespace {

const std::string kLeafletDocx = std::string(HANDOUT_TEST_DIR) + "/import/fixtures/parent-leaflet-as-word.docx";
const std::string kLeafletXml = std::string(HANDOUT_SOURCE_DIR) + "/content/parent-leaflet-attachment-difficulties.xml";

}  // namespace

TEST_CASE("build: a .xml and a .docx of one name in one folder are refused before anything is written",
          "[import][build]") {
  TempDir dir;
  std::filesystem::create_directories(dir.file("in/sub"));
  std::filesystem::copy_file(kLeafletXml, dir.file("in/leaflet.xml"));
  std::filesystem::copy_file(kLeafletDocx, dir.file("in/leaflet.docx"));
  // Another document of its own name, in a subfolder: it is still built.
  std::filesystem::copy_file(kLeafletXml, dir.file("in/sub/leaflet.xml"));
  const ProcessResult r = run_handout({"build", dir.file("in"), "-o", dir.file("out"), "--html", "--force"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  const std::string all = r.out + r.err;
  CHECK(all.find("output-name-clash") != std::string::npos);
  CHECK(all.find(dir.file("in/leaflet.xml")) != std::string::npos);
  CHECK(all.find(dir.file("in/leaflet.docx")) != std::string::npos);
  const std::vector<std::string> written = files_under(dir.file("out"));
  CHECK(std::find(written.begin(), written.end(), "leaflet.html") == written.end());
  CHECK(std::find(written.begin(), written.end(), "sub/leaflet.html") != written.end());
}

TEST_CASE("build: the same name from two folders given on the command line is refused too", "[import][build]") {
  TempDir dir;
  std::filesystem::create_directories(dir.file("a"));
  std::filesystem::create_directories(dir.file("b"));
  std::filesystem::copy_file(kLeafletXml, dir.file("a/leaflet.xml"));
  std::filesystem::copy_file(kLeafletDocx, dir.file("b/leaflet.docx"));
  const ProcessResult r =
      run_handout({"build", dir.file("a/leaflet.xml"), dir.file("b/leaflet.docx"), "-o", dir.file("out"), "--html",
                   "--force"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK((r.out + r.err).find("output-name-clash") != std::string::npos);
  CHECK(files_under(dir.file("out")).empty());
}

TEST_CASE("build: distinct names in one folder build as before", "[import][build]") {
  TempDir dir;
  std::filesystem::create_directories(dir.file("in"));
  std::filesystem::copy_file(kLeafletXml, dir.file("in/leaflet.xml"));
  std::filesystem::copy_file(kLeafletDocx, dir.file("in/leaflet-word.docx"));
  const ProcessResult r = run_handout({"build", dir.file("in"), "-o", dir.file("out"), "--html", "--force"});
  INFO(r.out << r.err);
  CHECK(r.exit_code != 2);
  CHECK((r.out + r.err).find("output-name-clash") == std::string::npos);
  const std::vector<std::string> written = files_under(dir.file("out"));
  CHECK(std::find(written.begin(), written.end(), "leaflet.html") != written.end());
  CHECK(std::find(written.begin(), written.end(), "leaflet-word.html") != written.end());
}

}  // namespace handout::test

namespace handout::test {

TEST_CASE("import: a content file beside the .docx that import did not write is never overwritten", "[import][cli]") {
  TempDir dir;
  std::filesystem::copy_file(kLeafletXml, dir.file("leaflet.xml"));
  std::filesystem::copy_file(kLeafletDocx, dir.file("leaflet.docx"));
  const std::string before = read_file(dir.file("leaflet.xml"));
  const ProcessResult r = run_handout({"import", dir.file("leaflet.docx")});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find(dir.file("leaflet.docx") + ": error: " + dir.file("leaflet.xml") +
                   " exists and was not written by handout import") != std::string::npos);
  CHECK(read_file(dir.file("leaflet.xml")) == before);

  // A file an earlier import wrote is replaced: importing again after editing the .docx.
  std::filesystem::remove(dir.file("leaflet.xml"));
  REQUIRE(run_handout({"import", dir.file("leaflet.docx")}).exit_code == 0);
  write_file(dir.file("leaflet.xml"), read_file(dir.file("leaflet.xml")) + "<!-- stale -->\n");
  const ProcessResult again = run_handout({"import", dir.file("leaflet.docx")});
  INFO(again.out << again.err);
  CHECK(again.exit_code == 0);
  CHECK(read_file(dir.file("leaflet.xml")).find("stale") == std::string::npos);
}

}  // namespace handout::test
