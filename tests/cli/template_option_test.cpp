// `handout build --template NAME`: one content file, several editions; an unknown name stops the
// run before anything is read, listing the templates there are.
#include <catch2/catch.hpp>

#include "docx/docx_test_support.hpp"
#include "support/process.hpp"
#include "support/test_support.hpp"

using handout::test::files_under;
using handout::test::run_handout;
using handout::test::TempDir;
using handout::test::write_file;

TEST_CASE("build --template: an unknown name is a usage error listing the available templates", "[cli][template]") {
  TempDir dir;
  write_file(dir.file("leaflet.xml"), handout::test::kCleanLeaflet);
  auto r = run_handout({"build", "--template", "parent-leaflet-huge", dir.file("leaflet.xml"), "-o", dir.file("out")});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("handout build: error: no template named 'parent-leaflet-huge'; available templates: ") == 0);
  for (const char* name :
       {"parent-leaflet", "parent-leaflet-large-print", "staff-handout", "staff-handout-large-print"})
    CHECK(r.err.find(name) != std::string::npos);
  CHECK(files_under(dir.file("out")).empty());
}

TEST_CASE("build --template: overrides the template the file names, lint runs against it", "[cli][template]") {
  TempDir dir;
  write_file(dir.file("leaflet.xml"), handout::test::kCleanLeaflet);  // names parent-leaflet
  auto r = run_handout(
      {"build", "--docx", "--template", "parent-leaflet-large-print", dir.file("leaflet.xml"), "-o", dir.file("out")});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  const std::string styles =
      handout::test::unzip_entry(handout::test::read_file(dir.file("out/leaflet.docx")), "word/styles.xml");
  // 18pt body (36 half-points) from the large-print edition; nothing at parent-leaflet's 14pt (28).
  CHECK(styles.find("<w:sz w:val=\"36\"/>") != std::string::npos);
  CHECK(styles.find("<w:sz w:val=\"28\"/>") == std::string::npos);
}
