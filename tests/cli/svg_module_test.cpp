// The handout executable loads librsvg (the handout-svg module) and qpdf (the handout-impose
// module) only for the runs that need them (core/svg_librsvg.hpp, impose/booklet.hpp). The dynamic
// loader's own log (LD_DEBUG=libs, glibc) says which shared objects a real process opened.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

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

// handout-impose.so is built beside handout-pdf.so.
const std::string kImposeModule = (fs::path(HANDOUT_PDF_MODULE).parent_path() / "handout-impose.so").string();

// Whether the loader's log has a "calling init: PATH" line (the object was loaded and its
// constructors ran) whose path contains `library`.
bool opened(const std::string& loader_log, const std::string& library) {
  std::istringstream lines(loader_log);
  for (std::string line; std::getline(lines, line);) {
    const auto at = line.find("calling init: ");
    if (at != std::string::npos && line.find(library, at) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("lazy modules: lint and DOCX of a document without SVG open neither librsvg nor qpdf nor HarfBuzz",
          "[svg-module][cli]") {
  ht::TempDir dir;
  const std::string exe = install_with(dir, {HANDOUT_PDF_MODULE, HANDOUT_SVG_MODULE, kImposeModule});
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{exe, "lint", dir.file("plain.xml")},
        std::vector<std::string>{exe, "build", "--docx", "-q", dir.file("plain.xml"), "-o", dir.file("out")}}) {
    auto r = ht::run_process(args, {"LD_DEBUG=libs"});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
    REQUIRE(opened(r.err, "libzip"));  // linked into the executable: the log names what it loads
    for (const char* library : {"librsvg", "libcairo", "libqpdf", "libharfbuzz", "handout-svg.so", "handout-pdf.so",
                                "handout-impose.so"}) {
      INFO(library);
      CHECK_FALSE(opened(r.err, library));
    }
  }
}

TEST_CASE("lazy modules: an SVG picture opens handout-svg.so and librsvg, and the outputs carry it",
          "[svg-module][cli]") {
  ht::TempDir dir;
  const std::string exe = install_with(dir, {HANDOUT_PDF_MODULE, HANDOUT_SVG_MODULE, kImposeModule});
  auto r = ht::run_process({exe, "build", "--docx", "--pdf", "-q", dir.file("svg.xml"), "-o", dir.file("out")},
                           {"LD_DEBUG=libs"});
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(opened(r.err, dir.file("handout-svg.so")));
  CHECK(opened(r.err, "librsvg-2.so"));
  CHECK_FALSE(opened(r.err, "libqpdf"));  // no --impose booklet
  CHECK_FALSE(opened(r.err, "handout-impose.so"));
  // The rasterised picture is a PNG inside the DOCX (its signature, stored or deflated, is in
  // the zip's media entry name) and an image XObject in the PDF.
  const std::string docx = ht::read_file(dir.file("out/svg.docx"));
  CHECK(docx.find("word/media/") != std::string::npos);
  const std::string pdf = ht::read_file(dir.file("out/svg.pdf"));
  CHECK(pdf.find("/Subtype /Image") != std::string::npos);
}

TEST_CASE("lazy modules: --impose booklet opens qpdf through handout-impose.so", "[svg-module][impose][cli]") {
  ht::TempDir dir;
  const std::string exe = install_with(dir, {HANDOUT_PDF_MODULE, HANDOUT_SVG_MODULE, kImposeModule});
  auto r = ht::run_process({exe, "build", "--pdf", "--impose", "booklet", "-q", dir.file("plain.xml"), "-o",
                            dir.file("out")},
                           {"LD_DEBUG=libs"});
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(opened(r.err, dir.file("handout-impose.so")));
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
  // The same for qpdf: without handout-impose.so only --impose booklet is refused.
  auto booklet = ht::run_process({exe, "build", "--pdf", "--impose", "booklet", "-q", dir.file("plain.xml"), "-o",
                                  dir.file("out2")});
  INFO(booklet.out << booklet.err);
  CHECK(booklet.exit_code == 2);
  CHECK(booklet.out.find(dir.file("handout-impose.so") +
                         ": error: the booklet print copy (--impose booklet) is not available: the handout-impose "
                         "module could not be loaded:") != std::string::npos);
  CHECK(booklet.out.find("[impose-module-unusable]") != std::string::npos);
}
