// `handout build --html` end to end: the page and its pictures land beside each other, other
// formats stay as they were, and a document lint refuses leaves nothing behind.
#include <catch2/catch.hpp>

#include <filesystem>

#include "support/process.hpp"
#include "support/test_support.hpp"

using handout::test::files_under;
using handout::test::read_file;
using handout::test::run_handout;
using handout::test::TempDir;
using handout::test::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kWithPicture = R"(<handout lang="en-GB" template="parent-leaflet"><meta><title>Our clinic</title>
<audience>parents</audience></meta><body><h1>Our clinic</h1>
<figure><img src="pics/logo.png" alt="The clinic's logo"/><caption>Our logo.</caption></figure>
<p>We can help. Ask us.</p></body></handout>
)";

// Lint error: a picture without alt text.
const std::string kNoAlt = R"(<handout lang="en-GB" template="parent-leaflet"><meta><title>No alt</title>
<audience>parents</audience></meta><body><h1>No alt</h1><img src="logo.png"/><p>We can help.</p></body></handout>
)";

}  // namespace

TEST_CASE("build --html: the page and its pictures, referenced relatively, written byte for byte", "[cli][build][html]") {
  TempDir dir;
  fs::create_directories(dir.file("pics"));
  fs::copy_file(handout::test::test_path("cases/logo.png"), dir.file("pics/logo.png"));
  write_file(dir.file("clinic.xml"), kWithPicture);
  auto r = run_handout({"build", dir.file("clinic.xml"), "-o", dir.file("d"), "--html"});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(files_under(dir.file("d")) == std::vector<std::string>{"clinic.html", "clinic_files/logo.png"});
  CHECK(read_file(dir.file("d/clinic_files/logo.png")) == read_file(dir.file("pics/logo.png")));
  const std::string page = read_file(dir.file("d/clinic.html"));
  CHECK(page.find("<img src=\"clinic_files/logo.png\" alt=\"The clinic's logo\"") != std::string::npos);

  // Built again: the same bytes.
  auto again = run_handout({"build", dir.file("clinic.xml"), "-o", dir.file("e"), "--html"});
  CHECK(again.exit_code == 0);
  CHECK(read_file(dir.file("e/clinic.html")) == page);

  // With other switches, each format asked for; with none, PDF and DOCX as before.
  auto both = run_handout({"build", "--docx", "--html", dir.file("clinic.xml"), "-o", dir.file("f")});
  CHECK(both.exit_code == 0);
  CHECK(files_under(dir.file("f")) ==
        std::vector<std::string>{"clinic.docx", "clinic.html", "clinic_files/logo.png"});
}

TEST_CASE("build --html: a document with lint errors gets no page and no pictures folder", "[cli][build][html]") {
  TempDir dir;
  fs::copy_file(handout::test::test_path("cases/logo.png"), dir.file("logo.png"));
  write_file(dir.file("bad.xml"), kNoAlt);
  auto r = run_handout({"build", "--html", dir.file("bad.xml"), "-o", dir.file("out")});
  CHECK(r.exit_code == 1);
  CHECK(files_under(dir.file("out")).empty());
  CHECK(!fs::exists(dir.file("out/bad_files")));
  auto forced = run_handout({"build", "--html", "--force", dir.file("bad.xml"), "-o", dir.file("forced")});
  CHECK(files_under(dir.file("forced")) == std::vector<std::string>{"bad.html", "bad_files/logo.png"});
}

TEST_CASE("build --help names every format and the default", "[cli][build][html]") {
  auto r = run_handout({"build", "--help"});
  CHECK(r.exit_code == 0);
  // The help is wrapped to the terminal width: compare with line breaks read as spaces.
  std::string flat;
  for (char c : r.out) {
    if (c == '\n' || c == ' ') {
      if (!flat.empty() && flat.back() != ' ') flat += ' ';
    } else {
      flat += c;
    }
  }
  for (const char* s : {"--pdf", "--docx", "--html", "With no format switch, a tagged PDF (PDF/UA-1) and a DOCX"})
    CHECK(flat.find(s) != std::string::npos);
}
