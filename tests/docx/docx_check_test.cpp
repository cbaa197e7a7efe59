// tests/tools/docx_check.py, the DOCX checker the writer tests rely on, must fail on broken
// documents: a check that passes everything would make those tests worthless. Each case takes a
// DOCX the writer made, changes word/document.xml, re-zips it, and reads the checker's verdict.
#include <zip.h>

#include <catch2/catch.hpp>
#include <functional>

#include "docx/docx_test_support.hpp"
#include "support/process.hpp"
#include "support/test_support.hpp"

using namespace handout;

namespace {

// Writes `entries` as a zip file at `path`, in order.
void write_zip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& entries) {
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(z != nullptr);
  for (const auto& [name, bytes] : entries) {
    // libzip reads the buffer when zip_close writes the archive; `entries` outlives that.
    zip_source_t* source = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    REQUIRE(source != nullptr);
    if (zip_file_add(z, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      zip_source_free(source);
      zip_discard(z);
      FAIL("cannot add " << name);
    }
  }
  REQUIRE(zip_close(z) == 0);
}

// The every-element fixture as a DOCX, with `edit` applied to word/document.xml.
std::string docx_with_document(const test::TempDir& dir, const std::string& name,
                               const std::function<void(std::string&)>& edit) {
  const model::Document doc = test::read_docx_fixture("every-element.xml");
  auto entries = test::unzip_entries(docx::write_docx(handout::resolve::resolve_document(doc, test::leaflet_template()), docx::DocxOptions{1700000000}));
  bool edited = false;
  for (auto& [entry, bytes] : entries) {
    if (entry == "word/document.xml") edit(bytes), edited = true;
  }
  REQUIRE(edited);
  const std::string path = dir.file(name);
  write_zip(path, entries);
  return path;
}

// Inserts `xml` as the first child of <w:body>.
std::function<void(std::string&)> at_body_start(const std::string& xml) {
  return [xml](std::string& document) {
    const std::size_t body = document.find("<w:body>");
    REQUIRE(body != std::string::npos);
    document.insert(body + 8, xml);
  };
}

test::ProcessResult check(const std::string& path) {
  return test::run_process({"/usr/bin/python3", test::docx_validate_path(), path});
}

}  // namespace

TEST_CASE("docx_check: a re-zipped writer DOCX passes, so the broken cases below fail for their edit alone",
          "[docx][tools]") {
  test::TempDir dir("handout-docx-check");
  const test::ProcessResult r = check(docx_with_document(dir, "unchanged.docx", [](std::string&) {}));
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "1 passed, 0 failed\n");
}

TEST_CASE("docx_check: an element the schema does not allow in w:body fails the file", "[docx][tools]") {
  test::TempDir dir("handout-docx-check");
  const std::string path = docx_with_document(dir, "bogus.docx", at_body_start("<w:bogus/>"));
  const test::ProcessResult r = check(path);
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find(path + ":word/document.xml:") != std::string::npos);
  CHECK(r.out.find("Element 'w:bogus': This element is not expected.") != std::string::npos);
  CHECK(r.out.find("[at /w:document/w:body/w:bogus]") != std::string::npos);
  CHECK(r.out.ends_with("\n0 passed, 1 failed\n"));
}

TEST_CASE("docx_check: paragraph properties out of schema order fail the file", "[docx][tools]") {
  test::TempDir dir("handout-docx-check");
  const test::ProcessResult r = check(docx_with_document(
      dir, "order.docx", at_body_start(R"(<w:p><w:pPr><w:jc w:val="left"/><w:pStyle w:val="Normal"/></w:pPr></w:p>)")));
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("Element 'w:pStyle': This element is not expected.") != std::string::npos);
}

TEST_CASE("docx_check: Word's rules beyond the schema fail the file", "[docx][tools]") {
  test::TempDir dir("handout-docx-check");
  // Schema-valid, but Word calls a table without rows, and a picture whose r:embed names no
  // relationship, unreadable.
  const std::string table = R"(<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid></w:tbl><w:p/>)";
  const test::ProcessResult rows = check(docx_with_document(dir, "no-rows.docx", at_body_start(table)));
  INFO(rows.out << rows.err);
  CHECK(rows.exit_code == 1);
  CHECK(rows.out.find(":word/document.xml:2: semantic: w:tbl has no w:tr\n") != std::string::npos);

  const test::ProcessResult embed = check(docx_with_document(dir, "dangling.docx", [](std::string& document) {
    const std::size_t at = document.find("r:embed=\"");
    REQUIRE(at != std::string::npos);
    document.insert(at + 9, "missing");
  }));
  INFO(embed.out << embed.err);
  CHECK(embed.exit_code == 1);
  CHECK(embed.out.find("semantic: r:embed=\"missing") != std::string::npos);
}

TEST_CASE("docx_check: a file that is not a zip fails, and the others are still checked", "[docx][tools]") {
  test::TempDir dir("handout-docx-check");
  const std::string text = dir.file("not-a-docx.docx");
  test::write_file(text, "plain text");
  const std::string good = docx_with_document(dir, "good.docx", [](std::string&) {});
  const test::ProcessResult r = test::run_process({"/usr/bin/python3", test::docx_validate_path(), text, good});
  INFO(r.out << r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.out.starts_with(text + ":[package]:0: cannot open as a ZIP archive"));
  CHECK(r.out.ends_with("\n1 passed, 1 failed\n"));
}
