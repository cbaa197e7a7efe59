// End-to-end tests of `handout build`: the lint gate, --force, output naming and mirroring,
// atomic writes, never overwriting input, reproducible bytes.
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

const std::string& kClean = handout::test::kCleanLeaflet;
const std::string kLintError = R"(<handout lang="en-GB"><meta><title>Skips</title></meta>
<body><h1>One</h1><h3>Three</h3><p>Text.</p></body></handout>
)";

}  // namespace

TEST_CASE("build: a folder is mirrored into the output folder, outputs named after inputs", "[cli][build]") {
  TempDir dir;
  fs::create_directories(dir.file("in/leaflets/2024"));
  write_file(dir.file("in/top.xml"), kClean);
  write_file(dir.file("in/leaflets/2024/autumn.xml"), kClean);
  auto r = run_handout({"build", "--docx", dir.file("in"), "-o", dir.file("out")});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(files_under(dir.file("out")) == std::vector<std::string>{"leaflets/2024/autumn.docx", "top.docx"});
  CHECK(r.err.find("built 2 of 2 documents") != std::string::npos);
}

TEST_CASE("build: lint errors stop a document, --force writes it and says it is not PDF/UA", "[cli][build]") {
  TempDir dir;
  write_file(dir.file("bad.xml"), kLintError);
  write_file(dir.file("good.xml"), kClean);
  auto r = run_handout({"build", "--docx", dir.file("bad.xml"), dir.file("good.xml"), "-o", dir.file("out")});
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("[heading-increment]") != std::string::npos);
  CHECK(files_under(dir.file("out")) == std::vector<std::string>{"good.docx"});
  CHECK(r.err.find("1 skipped for lint errors") != std::string::npos);

  auto forced = run_handout({"build", "--docx", "--force", dir.file("bad.xml"), "-o", dir.file("forced")});
  CHECK(forced.exit_code == 1);  // the errors are still errors
  CHECK(files_under(dir.file("forced")) == std::vector<std::string>{"bad.docx"});
}

TEST_CASE("build: an input error writes nothing for that file and the others are still built", "[cli][build]") {
  TempDir dir;
  write_file(dir.file("broken.xml"), "<handout lang='en'><meta><title>T</title></meta><body><p>x</body></handout>");
  write_file(dir.file("good.xml"), kClean);
  auto r = run_handout({"build", "--docx", dir.file("broken.xml"), dir.file("good.xml"), "-o", dir.file("out")});
  CHECK(r.exit_code == 2);
  CHECK(r.out.find(dir.file("broken.xml") + ":1:") != std::string::npos);
  CHECK(files_under(dir.file("out")) == std::vector<std::string>{"good.docx"});
  // No temporary files are left behind either.
  for (const auto& e : fs::directory_iterator(dir.file("out"))) CHECK(e.path().filename().string()[0] != '.');
}

TEST_CASE("build: never overwrites an input", "[cli][build]") {
  TempDir dir;
  write_file(dir.file("doc.xml"), kClean);
  write_file(dir.file("doc.docx"), "not a docx: an input of the user's");
  // A .docx can only collide if the user names the input folder as output; the input is safe.
  auto r = run_handout({"build", "--docx", dir.file("doc.xml"), "-o", dir.path()});
  CHECK(r.exit_code == 0);
  CHECK(read_file(dir.file("doc.xml")) == kClean);
}

TEST_CASE("build: SOURCE_DATE_EPOCH makes rebuilds byte-identical", "[cli][build]") {
  TempDir dir;
  write_file(dir.file("doc.xml"), kClean);
  auto a = run_handout({"build", "--docx", dir.file("doc.xml"), "-o", dir.file("a")}, {"SOURCE_DATE_EPOCH=1700000000"});
  auto b = run_handout({"build", "--docx", dir.file("doc.xml"), "-o", dir.file("b")},
                       {"SOURCE_DATE_EPOCH=1700000000", "TZ=Pacific/Auckland", "LC_ALL=C.UTF-8"});
  REQUIRE(a.exit_code == 0);
  REQUIRE(b.exit_code == 0);
  CHECK(read_file(dir.file("a/doc.docx")) == read_file(dir.file("b/doc.docx")));
  CHECK(read_file(dir.file("a/doc.docx")).size() > 1000);
}

TEST_CASE("build: usage errors exit 2", "[cli][build]") {
  CHECK(run_handout({"build"}).exit_code == 2);
  CHECK(run_handout({"build", "--format", "yaml", "content/"}).exit_code == 2);
  CHECK(run_handout({"build", "--help"}).exit_code == 0);
}

TEST_CASE("build: --jobs and --shard split the work, together the shards cover every file once",
          "[cli][build][batch]") {
  TempDir dir;
  fs::create_directories(dir.file("in"));
  for (int i = 0; i < 7; ++i) write_file(dir.file("in/doc" + std::to_string(i) + ".xml"), kClean);
  std::vector<std::string> all;
  for (const char* shard : {"1/3", "2/3", "3/3"}) {
    auto r = run_handout({"build", "--docx", "-j", "3", "--shard", shard, dir.file("in"), "-o", dir.file("out")});
    CHECK(r.exit_code == 0);
  }
  CHECK(files_under(dir.file("out")).size() == 7);
  auto one = run_handout({"build", "--docx", "--shard", "2/3", "--format", "json", dir.file("in"), "-o", dir.file("one")});
  CHECK(one.exit_code == 0);
  CHECK(files_under(dir.file("one")) == std::vector<std::string>{"doc1.docx", "doc4.docx"});
  CHECK(one.out.find("\"built\":2") != std::string::npos);
  CHECK(one.out.find("\"status\":\"built\"") != std::string::npos);
  CHECK(run_handout({"build", "--shard", "4/3", dir.file("in")}).exit_code == 2);
  CHECK(run_handout({"lint", "--shard", "0/2", dir.file("in")}).exit_code == 2);
  auto lint_shard = run_handout({"lint", "--shard", "1/2", dir.file("in")});
  CHECK(lint_shard.out.find("in 4 files") != std::string::npos);
}

TEST_CASE("build: lint and DOCX run without the PDF module, PDF without it is a clear error", "[cli][build]") {
  // A copy of the executable alone, away from handout-pdf.so (as if the module were missing).
  TempDir dir;
  const std::string exe = dir.file("handout");
  fs::copy_file(HANDOUT_BINARY, exe);
  fs::permissions(exe, fs::perms::owner_exec, fs::perm_options::add);
  write_file(dir.file("doc.xml"), kClean);
  auto lint = handout::test::run_process({exe, "lint", dir.file("doc.xml")});
  CHECK(lint.exit_code == 0);
  auto docx = handout::test::run_process({exe, "build", "--docx", dir.file("doc.xml"), "-o", dir.file("out")});
  INFO(docx.out << docx.err);
  CHECK(docx.exit_code == 0);
  CHECK(fs::exists(dir.file("out/doc.docx")));
  auto pdf = handout::test::run_process({exe, "build", "--pdf", dir.file("doc.xml"), "-o", dir.file("out")});
  INFO(pdf.out << pdf.err);
  CHECK(pdf.exit_code != 0);
  CHECK((pdf.out + pdf.err).find("the handout-pdf module could not be loaded") != std::string::npos);
  CHECK(!fs::exists(dir.file("out/doc.pdf")));
}

TEST_CASE("build: everything, built again in another order, on more workers, in another time zone and locale, "
          "is byte-identical",
          "[cli][build]") {
  // Workers share process-wide caches (font faces, fontconfig matches) and each thread keeps a
  // shaping cache that sees the documents in build order: none of it may show in the output.
  TempDir dir;
  const std::string content = std::string(HANDOUT_SOURCE_DIR) + "/content";
  const std::vector<std::string> epoch{"SOURCE_DATE_EPOCH=1700000000"};
  auto first =
      run_handout({"build", "-q", "--pdf", "--docx", "--html", "--jobs", "1", content, "-o", dir.file("first")}, epoch);
  auto reversed =
      run_handout({"build", "-q", "--pdf", "--docx", "--html", "--jobs", "1", content + "/staff-module-attachment.xml",
                   content + "/school-trip-letter.xml", content + "/parent-leaflet-attachment-difficulties.xml",
                   content + "/gp-appointment-tri-fold.xml", "-o", dir.file("reversed")},
                  {"SOURCE_DATE_EPOCH=1700000000", "TZ=Asia/Kolkata", "LC_ALL=C.UTF-8", "LANG=pl_PL.UTF-8"});
  auto parallel =
      run_handout({"build", "-q", "--pdf", "--docx", "--html", "--jobs", "2", content, "-o", dir.file("parallel")},
                  {"SOURCE_DATE_EPOCH=1700000000", "TZ=America/St_Johns"});
  INFO(first.err << reversed.err << parallel.err);
  REQUIRE(first.exit_code == 0);
  REQUIRE(reversed.exit_code == 0);
  REQUIRE(parallel.exit_code == 0);
  const auto files = files_under(dir.file("first"));
  CHECK(files.size() == 14);  // PDF, DOCX and HTML of each of the four, and the letter's two pictures
  for (const char* other : {"reversed", "parallel"}) {
    CHECK(files_under(dir.file(other)) == files);
    for (const std::string& f : files) {
      INFO(other << "/" << f);
      CHECK(read_file(dir.file("first/" + f)) == read_file(dir.file(std::string(other) + "/" + f)));
    }
  }
}
