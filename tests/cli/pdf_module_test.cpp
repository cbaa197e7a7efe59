// The handshake between the handout executable and its handout-pdf module: the executable loads
// the module of its own build, and refuses one from another build with an error that names the
// module, both ABI keys and what to do (job/pdf_module_abi.hpp).
#include <catch2/catch.hpp>

#include <filesystem>

#include "handout/pdf_module_abi_key.hpp"
#include "job/pdf_module_abi.hpp"
#include "support/process.hpp"
#include "support/test_support.hpp"

namespace fs = std::filesystem;
namespace ht = handout::test;

namespace {

// A copy of the executable with `module` next to it as handout-pdf.so, as a build tree lays them out.
std::string install_with_module(const ht::TempDir& dir, const std::string& module) {
  const std::string exe = dir.file("handout");
  fs::copy_file(HANDOUT_BINARY, exe);
  fs::copy_file(module, dir.file("handout-pdf.so"));
  ht::write_file(dir.file("doc.xml"), handout::test::kCleanLeaflet);
  return exe;
}

}  // namespace

TEST_CASE("pdf module: keys that differ are a mismatch that names the module, both keys and the cure",
          "[pdf-module]") {
  using handout::job::module_abi_mismatch;
  CHECK_FALSE(module_abi_mismatch("/x/handout-pdf.so", "handout-pdf.so", "key 1", "key 1"));
  const auto other = module_abi_mismatch("/x/handout-pdf.so", "handout-pdf.so", "key 1", "key 2");
  REQUIRE(other);
  CHECK(*other ==
        "/x/handout-pdf.so comes from another build of Handout: this handout expects module ABI key "
        "\"key 1\", the module has \"key 2\"; rebuild (cmake --build build) or reinstall Handout, so that the "
        "handout executable and handout-pdf.so come from the same build");
  const auto none = module_abi_mismatch("/x/handout-pdf.so", "handout-pdf.so", "key 1", nullptr);
  REQUIRE(none);
  CHECK(none->find("the module has none (it predates ABI keys)") != std::string::npos);
  CHECK(std::string(handout::job::kPdfModuleAbiKey).rfind("handout ", 0) == 0);
}

TEST_CASE("pdf module: the executable loads its own build's module", "[pdf-module][cli]") {
  ht::TempDir dir;
  const std::string exe = install_with_module(dir, HANDOUT_PDF_MODULE);
  auto r = ht::run_process({exe, "build", "--pdf", "-q", dir.file("doc.xml"), "-o", dir.file("out")});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  REQUIRE(fs::exists(dir.file("out/doc.pdf")));
  CHECK(ht::read_file(dir.file("out/doc.pdf")).rfind("%PDF-1.7", 0) == 0);
}

TEST_CASE("pdf module: the executable refuses a module from another build, clearly", "[pdf-module][cli]") {
  ht::TempDir dir;
  const std::string exe = install_with_module(dir, HANDOUT_STALE_PDF_MODULE);
  auto r = ht::run_process({exe, "build", "--pdf", dir.file("doc.xml"), "-o", dir.file("out")});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  const std::string module = dir.file("handout-pdf.so");
  CHECK(r.out.find(module + ": error: PDF output is not available") != std::string::npos);
  CHECK(r.out.find(module + " comes from another build of Handout") != std::string::npos);
  CHECK(r.out.find("expects module ABI key \"" + std::string(handout::job::kPdfModuleAbiKey) + "\"") !=
        std::string::npos);
  CHECK(r.out.find("the module has \"handout 0.0.1; GNU 1.0; headers 0000000000000000\"") != std::string::npos);
  CHECK(r.out.find("[pdf-module-unusable]") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.file("out/doc.pdf")));
  // Lint and DOCX never load the module.
  auto docx = ht::run_process({exe, "build", "--docx", "-q", dir.file("doc.xml"), "-o", dir.file("out")});
  CHECK(docx.exit_code == 0);
  CHECK(fs::exists(dir.file("out/doc.docx")));
}
