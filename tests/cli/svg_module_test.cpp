// The handout executable loads librsvg (the handout-svg module) and qpdf (in the handout-pdf
// module) only for the runs that need them (core/svg_librsvg.hpp, impose/booklet.hpp). The dynamic
// loader's own log (LD_DEBUG=libs, glibc) says which shared objects a real process opened.
#include <catch2/catch.hpp>

#include <filesystem>

#include "support/process.hpp"
#include "support/test_support.hpp"

namespace fs = std::filesystem;
namespace ht = handout::test;

namespace {

const std::string kSvgLeaflet = R"(<handout lang="en-GB" template="parent-leaflet"><meta><title>Trip</title>
<audience>parents</audience></meta><body><h1>Trip</h1><p>We go on the 19th.</p>
<img src="calendar-icon.svg" alt="Calendar showing the 19th" width="30%"/></body></handout>
)";

// A copy of the executable beside the given modules, as a build tree lays them out, with a
// document with an SVG picture (svg.xml) and one without (plain.xml).
std::string install_with(const ht::TempDir& dir, const std::vector<std::string>& modules) {
  const std::string exe = dir.file("handout");
  fs::copy_file(HANDOUT_BINARY, exe);
  for (const auto& module : modules) fs::copy_file(module, dir.file(fs::path(module).filename().string()));
  fs::copy_file(std::string(HANDOUT_SOURCE_DIR) + "/content/shared-images/calendar-icon.svg",
                dir.file("calendar-icon.svg"));
  ht::write_file(dir.file("svg.xml"), kSvgLeaflet);
  ht::write_file(dir.file("plain.xml"), ht::kCleanLeaflet);
  return exe;
}

bool opened(const std::string& loader_log, const std::string& library) {
  return loader_log.find("calling init: ") != std::string::npos &&
         loader_log.find(library) != std::string::npos;
}

}  // namespace

TEST_CASE("lazy modules: lint and DOCX of a document without SVG open neither librsvg nor qpdf nor HarfBuzz",
          "[svg-module][cli]") {
  ht::TempDir dir;
  const std::string exe = install_with(dir, {HANDOUT_PDF_MODULE, HANDOUT_SVG_MODULE});
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{exe, "lint", dir.file("plain.xml")},
        std::vector<std::string>{exe, "build", "--docx", "-q", dir.file("plain.xml"), "-o", dir.file("out")}}) {
    auto r = ht::run_process(args, {"LD_DEBUG=libs"});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    REQUIRE(r.err.find("calling init: ") != std::string::npos);  // the log is there to read
    CHECK_FALSE(opened(r.err, "librsvg"));
    CHECK_FALSE(opened(r.err, "libcairo"));
    CHECK_FALSE(opened(r.err, "libqpdf"));
    CHECK_FALSE(opened(r.err, "libharfbuzz"));
    CHECK_FALSE(opened(r.err, "handout-svg.so"));
    CHECK_FALSE(opened(r.err, "handout-pdf.so"));
  }
}

TEST_CASE("lazy modules: an SVG picture opens handout-svg.so and librsvg, and the outputs carry it",
          "[svg-module][cli]") {
  ht::TempDir dir;
  const std::string exe = install_with(dir, {HANDOUT_PDF_MODULE, HANDOUT_SVG_MODULE});
  auto r = ht::run_process({exe, "build", "--docx", "--pdf", "-q", dir.file("svg.xml"), "-o", dir.file("out")},
                           {"LD_DEBUG=libs"});
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(opened(r.err, dir.file("handout-svg.so")));
  CHECK(opened(r.err, "librsvg-2.so"));
  CHECK_FALSE(opened(r.err, "libqpdf"));  // no --impose booklet
  // The rasterised picture is a PNG inside the DOCX (its signature, stored or deflated, is in
  // the zip's media entry name) and an image XObject in the PDF.
  const std::string docx = ht::read_file(dir.file("out/svg.docx"));
  CHECK(docx.find("word/media/") != std::string::npos);
  const std::string pdf = ht::read_file(dir.file("out/svg.pdf"));
  CHECK(pdf.find("/Subtype /Image") != std::string::npos);
}

TEST_CASE("lazy modules: --impose booklet opens qpdf through handout-pdf.so", "[svg-module][impose][cli]") {
  ht::TempDir dir;
  const std::string exe = install_with(dir, {HANDOUT_PDF_MODULE, HANDOUT_SVG_MODULE});
  auto r = ht::run_process({exe, "build", "--pdf", "--impose", "booklet", "-q", dir.file("plain.xml"), "-o",
                            dir.file("out")},
                           {"LD_DEBUG=libs"});
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(opened(r.err, "libqpdf"));
  CHECK_FALSE(opened(r.err, "librsvg"));
  CHECK(ht::read_file(dir.file("out/plain.booklet.pdf")).rfind("%PDF-", 0) == 0);
}

TEST_CASE("lazy modules: without handout-svg.so an SVG document is refused clearly, others still work",
          "[svg-module][cli]") {
  ht::TempDir dir;
  const std::string exe = install_with(dir, {HANDOUT_PDF_MODULE});
  auto r = ht::run_process({exe, "lint", dir.file("svg.xml")});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  const std::string module = dir.file("handout-svg.so");
  CHECK(r.out.find(module + ": error: SVG pictures are not available: the handout-svg module could not be loaded:") !=
        std::string::npos);
  CHECK(r.out.find(module + ": not found") != std::string::npos);
  CHECK(r.out.find("[svg-module-unusable]") != std::string::npos);
  auto plain = ht::run_process({exe, "build", "--docx", "--pdf", "-q", dir.file("plain.xml"), "-o", dir.file("out")});
  CHECK(plain.exit_code == 0);
  CHECK(fs::exists(dir.file("out/plain.pdf")));
  CHECK(fs::exists(dir.file("out/plain.docx")));
}
