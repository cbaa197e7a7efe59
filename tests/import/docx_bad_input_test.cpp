// DOCX import refuses unsafe or non-Word input with one clear InputError naming the file and
// the part (the CLI turns it into exit 2 and writes nothing for that file).
#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "docx_fixture.hpp"
#include "import/docx_reader.hpp"

namespace handout::test {
namespace {

Diagnostic refusal(const std::string& bytes, const import::ImportOptions& options = {}) {
  try {
    (void)import::import_docx(bytes, "bad.docx", options);
  } catch (const InputError& e) {
    return e.diagnostic();
  }
  FAIL("import_docx accepted the input");
  return {};
}

std::string simple_body() { return "<w:p><w:r><w:t>Hello</w:t></w:r></w:p>"; }

}  // namespace

TEST_CASE("docx import: an OLE compound file (legacy .doc or encrypted) is refused", "[import][bad-input]") {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  ole.append(504, '\0');
  const Diagnostic d = refusal(ole);
  CHECK(d.code == "docx-legacy-or-encrypted");
  CHECK(d.file == "bad.docx");
  CHECK(d.message == "is an OLE compound file: a legacy Word 97-2003 .doc or a password-protected document");
}

TEST_CASE("docx import: a file that is not a zip, and a zip that is not a Word document", "[import][bad-input]") {
  CHECK(refusal("<handout/>").code == "docx-not-a-zip");
  const Diagnostic d = refusal(zip_entries({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                            {"content.xml", "<x/>"}}));
  CHECK(d.code == "docx-not-word");
  CHECK(d.message == "[Content_Types].xml: is missing: the zip is not an Office document");
}

TEST_CASE("docx import: zip bombs are refused by declared ratio and by the bytes really read", "[import][bad-input]") {
  DocxFixture f;
  f.body = simple_body();
  f.parts = {{"word/padding.xml", std::string(8u << 20, ' ')}};  // 8 MiB of spaces deflate >1000:1
  const Diagnostic declared = refusal(f.bytes());
  CHECK(declared.code == "docx-zip-bomb");
  CHECK(declared.message == "word/padding.xml: compresses more than 200:1, a zip bomb");

  // The main part really inflates past the limit, whatever its header says.
  DocxFixture big;
  std::string text;
  for (int i = 0; text.size() < (300u << 10); ++i) text += "<w:p><w:r><w:t>" + std::to_string(i * 7919) + "</w:t></w:r></w:p>";
  big.body = text;
  import::ImportOptions small;
  small.limits.max_xml_part_bytes = 256u << 10;
  const Diagnostic real = refusal(big.bytes(), small);
  CHECK(real.code == "docx-zip-bomb");
  CHECK(real.message == "word/document.xml: is larger than 256 KiB uncompressed");
}

TEST_CASE("docx import: entry names that climb out or are absolute are refused", "[import][bad-input]") {
  DocxFixture f;
  f.body = simple_body();
  for (const char* name : {"../evil.xml", "/etc/evil.xml", "word/../../evil.xml"}) {
    f.parts = {{name, "<x/>"}};
    const Diagnostic d = refusal(f.bytes());
    CHECK(d.code == "docx-unsafe-entry-name");
    CHECK(d.message == std::string(name) + ": zip entry name is absolute or climbs out of the package ('..')");
  }
}

TEST_CASE("docx import: a DOCTYPE in any part is refused", "[import][bad-input]") {
  const std::string entity = R"(<!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]>)";
  DocxFixture g;
  g.body = simple_body();
  g.rels = {{"rS", "styles", "styles.xml", false}};
  g.parts = {{"word/styles.xml", "<?xml version=\"1.0\"?>" + entity + "<w:styles/>"}};
  const Diagnostic d = refusal(g.bytes());
  CHECK(d.code == "xml-dtd-forbidden");
  CHECK(d.message == "word/styles.xml: has a DOCTYPE; Word never writes one and entities are refused");
}

TEST_CASE("docx import: missing and cyclic relationships are refused", "[import][bad-input]") {
  DocxFixture missing;
  missing.body = simple_body();
  missing.rels = {{"rX", "styles", "styles.xml", false}};
  const Diagnostic m = refusal(missing.bytes());
  CHECK(m.code == "docx-missing-part");
  CHECK(m.message == "word/_rels/document.xml.rels: relationship rX points at missing part 'word/styles.xml'");

  DocxFixture cyclic;
  cyclic.body = simple_body();
  cyclic.rels = {{"rSelf", "subDocument", "document.xml", false}};
  const Diagnostic c = refusal(cyclic.bytes());
  CHECK(c.code == "docx-relationship-cycle");
}

TEST_CASE("docx import: a picture over the size limit is refused", "[import][bad-input]") {
  DocxFixture f;
  f.rels = {{"rImg", "image", "media/huge.png", false}};
  std::string png = tiny_png();
  // Incompressible padding, so that the declared-ratio check does not catch it first.
  std::uint32_t x = 2463534242u;
  while (png.size() < (3u << 20)) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    png += static_cast<char>(x & 0xFF);
  }
  f.parts = {{"word/media/huge.png", png}};
  f.body = R"(<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="p" descr="d"/><a:graphic><a:graphicData )"
           R"(uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rImg"/>)"
           R"(</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>)";
  import::ImportOptions options;
  options.limits.max_image_bytes = 2u << 20;
  const Diagnostic d = refusal(f.bytes(), options);
  CHECK(d.code == "docx-image-too-large");
  CHECK(d.message == "word/media/huge.png: is larger than 2 MiB uncompressed");
}

}  // namespace handout::test

namespace handout::test {

TEST_CASE("docx import: content nested without end is refused, not followed down the stack", "[import][bad-input]") {
  DocxFixture f;
  std::string body;
  for (int i = 0; i < 200; ++i) body += "<w:sdt><w:sdtContent>";
  body += simple_body();
  for (int i = 0; i < 200; ++i) body += "</w:sdtContent></w:sdt>";
  f.body = body;
  const Diagnostic d = refusal(f.bytes());
  CHECK(d.code == "limit-exceeded");
  CHECK(d.message == "word/document.xml: nests tables, content controls or runs more than 64 deep "
                     "(at <w:sdtContent> near paragraph 0)");
}

}  // namespace handout::test
