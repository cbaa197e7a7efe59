// Bad input for the DOCX writer: a clear InputError with file:line, never a half-written package.
#include <filesystem>

#include "core/error.hpp"
#include "docx/docx_test_support.hpp"
#include "parse/content_reader.hpp"
#include "support/process.hpp"
#include "support/test_support.hpp"

using namespace handout;

namespace {

Diagnostic docx_error(const model::Document& doc) {
  try {
    const std::string bytes = docx::write_docx(handout::resolve::resolve_document(doc, test::default_template()), docx::DocxOptions{});
    FAIL("write_docx returned " << bytes.size() << " bytes instead of throwing");
  } catch (const InputError& e) {
    return e.diagnostic();
  }
  return {};
}

model::Document parse_in(const test::TempDir& dir, const std::string& xml) {
  parse::ContentOptions options;
  options.check_images = false;  // the writer's own checks are under test
  return parse::parse_content(xml, dir.file("doc.xml"), options);
}

}  // namespace

TEST_CASE("docx: a control character in the text is xml-invalid-char at its line", "[docx]") {
  const model::Document doc = test::parse_for_test(
      "<handout lang=\"en-GB\"><meta><title>T</title></meta><body>\n"
      "<h1>Title</h1>\n"
      "<p>Fine text, then a bell \x07 here.</p>\n"
      "</body></handout>");
  const Diagnostic d = docx_error(doc);
  CHECK(d.code == "xml-invalid-char");
  CHECK(d.file == "test.xml");
  CHECK(d.loc.line == 3);
  CHECK(d.message == "text contains the control character U+0007, which a DOCX file cannot carry");
}

TEST_CASE("docx: a control character in an alt text or the title is reported too", "[docx]") {
  const model::Document alt = test::parse_for_test(
      "<handout lang=\"en-GB\"><meta><title>T</title></meta><body>\n"
      "<h1>Title</h1>\n"
      "<img src=\"x.png\" alt=\"bad \x1b alt\"/>\n"
      "</body></handout>");
  // The image itself is fine, so the error can only come from its alt text.
  model::Document with_image = alt;
  with_image.body[1].image->resolved_path = test::test_path("fixtures/docx/chart.png");
  const Diagnostic a = docx_error(with_image);
  CHECK(a.code == "xml-invalid-char");
  CHECK(a.loc.line == 3);

  const model::Document title = test::parse_for_test(
      "<handout lang=\"en-GB\"><meta>\n<title>Bad \x01 title</title></meta><body>\n"
      "<h1>Title</h1>\n"
      "</body></handout>");
  const Diagnostic t = docx_error(title);
  CHECK(t.code == "xml-invalid-char");
  CHECK(t.loc.line == 2);
}

TEST_CASE("docx: a missing image is image-not-found at the img line", "[docx]") {
  test::TempDir dir("handout-docx");
  const model::Document doc = parse_in(dir,
                                       "<handout lang=\"en-GB\"><meta><title>T</title></meta><body>\n"
                                       "<h1>Title</h1>\n"
                                       "<p>Before.</p>\n"
                                       "<img src=\"gone.png\" alt=\"A picture\"/>\n"
                                       "</body></handout>");
  const Diagnostic d = docx_error(doc);
  CHECK(d.code == "image-not-found");
  CHECK(d.file == dir.file("doc.xml"));
  CHECK(d.loc.line == 4);
  CHECK(d.message == "image \"gone.png\" cannot be read");
}

TEST_CASE("docx: a corrupt image is image-not-an-image", "[docx]") {
  test::TempDir dir("handout-docx");
  test::write_file(dir.file("broken.png"), "this is not a PNG file at all, just text bytes");
  const model::Document doc = parse_in(dir,
                                       "<handout lang=\"en-GB\"><meta><title>T</title></meta><body>\n"
                                       "<h1>Title</h1>\n"
                                       "<figure><img src=\"broken.png\" alt=\"A picture\"/></figure>\n"
                                       "</body></handout>");
  const Diagnostic d = docx_error(doc);
  CHECK(d.code == "image-not-an-image");
  CHECK(d.loc.line == 3);
}

TEST_CASE("docx: images are found next to the content file without the parser's resolved path", "[docx]") {
  test::TempDir dir("handout-docx");
  test::write_file(dir.file("pic.png"), test::read_file(test::test_path("fixtures/docx/chart.png")));
  const model::Document doc = parse_in(dir,
                                       "<handout lang=\"en-GB\"><meta><title>T</title></meta><body>\n"
                                       "<h1>Title</h1>\n"
                                       "<img src=\"pic.png\" alt=\"A chart\"/><img src=\"pic.png\" alt=\"Again\"/>\n"
                                       "</body></handout>");
  const std::string bytes = docx::write_docx(handout::resolve::resolve_document(doc, test::default_template()), docx::DocxOptions{});
  // Used twice, stored once.
  CHECK(test::unzip_entry(bytes, "word/media/image1.png") == test::read_file(dir.file("pic.png")));
  CHECK(test::unzip_entry(bytes, "word/media/image2.png").empty());
}

TEST_CASE("docx: an image outside the content folder is never read", "[docx]") {
  test::TempDir outer("handout-docx");
  std::filesystem::create_directory(outer.file("content"));
  test::write_file(outer.file("secret.png"), test::read_file(test::test_path("fixtures/docx/chart.png")));
  parse::ContentOptions options;
  options.check_images = false;
  const model::Document doc = parse::parse_content(
      "<handout lang=\"en-GB\"><meta><title>T</title></meta><body>\n"
      "<h1>Title</h1>\n"
      "<img src=\"../secret.png\" alt=\"A picture\"/>\n"
      "</body></handout>",
      outer.file("content/doc.xml"), options);
  const Diagnostic d = docx_error(doc);
  CHECK(d.code == "image-outside-content-dir");
  CHECK(d.loc.line == 3);
}
