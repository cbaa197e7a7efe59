// {page_of_pages} in the running footer, read back from what each writer wrote: the words
// table's pattern in the document's language, and a template's own words kept as written.
#include <catch2/catch.hpp>

#include <filesystem>

#include "support/process.hpp"

namespace ht = handout::test;
namespace fs = std::filesystem;
using ht::TempDir;

namespace {

struct Outputs {
  std::string pdf_text, docx_footer, html;
};

// Builds `content` to PDF, DOCX and HTML with `templates` first on the search path.
Outputs build_all(const TempDir& dir, const std::string& content, const std::string& templates = {}) {
  fs::create_directories(dir.file("in"));
  ht::write_file(dir.file("in/doc.xml"), content);
  std::vector<std::string> env{"SOURCE_DATE_EPOCH=1700000000"};
  if (!templates.empty()) env.push_back("HANDOUT_TEMPLATES=" + templates);
  auto r = ht::run_handout({"build", "--pdf", "--docx", "--html", "--force", dir.file("in/doc.xml"), "-o", dir.file("out")}, env);
  INFO(r.err);
  REQUIRE(fs::exists(dir.file("out/doc.pdf")));
  Outputs out;
  auto text = ht::run_process({"pdftotext", "-enc", "UTF-8", dir.file("out/doc.pdf"), "-"});
  REQUIRE(text.exit_code == 0);
  out.pdf_text = text.out;
  auto footer = ht::run_process({"unzip", "-p", dir.file("out/doc.docx"), "word/footer1.xml"});
  REQUIRE(footer.exit_code == 0);
  out.docx_footer = footer.out;
  out.html = ht::read_file(dir.file("out/doc.html"));
  return out;
}

std::string leaflet(const std::string& lang, const std::string& tmpl) {
  return R"(<handout lang=")" + lang + R"(" template=")" + tmpl +
         R"("><meta><title>Wycieczka</title><audience>parents</audience></meta>
<body><h1>Wycieczka</h1><p>Tekst.</p></body></handout>)";
}

}  // namespace

TEST_CASE("running words: {page_of_pages} prints the words table's pattern in PDF and DOCX", "[resolve][words]") {
  TempDir dir;
  const Outputs out = build_all(dir, leaflet("pl-PL", "parent-leaflet"));
  INFO(out.pdf_text);
  CHECK(out.pdf_text.find("Strona 1 z 1") != std::string::npos);
  CHECK(out.pdf_text.find("Page 1 of 1") == std::string::npos);
  // The DOCX: the same words around PAGE and NUMPAGES fields.
  INFO(out.docx_footer);
  CHECK(out.docx_footer.find(">Strona </w:t>") != std::string::npos);
  CHECK(out.docx_footer.find("> z </w:t>") != std::string::npos);
  CHECK(out.docx_footer.find(" NUMPAGES ") != std::string::npos);
  CHECK(out.docx_footer.find("Page") == std::string::npos);
  // A web page has no page numbers: the part that counts them is left out, in any language.
  CHECK(out.html.find("Strona") == std::string::npos);

  TempDir cy;
  const Outputs welsh = build_all(cy, leaflet("cy", "parent-leaflet"));
  INFO(welsh.pdf_text);
  CHECK(welsh.pdf_text.find("Tudalen 1 o 1") != std::string::npos);
}

TEST_CASE("running words: a template's own footer words are kept exactly, in any language", "[resolve][words]") {
  TempDir dir;
  fs::create_directories(dir.file("templates/own-words"));
  ht::write_file(dir.file("templates/own-words/template.toml"), R"(extends = "parent-leaflet"
description = "parent leaflet with its own footer words"
[footer]
centre = "Page {page} of {pages}, Sheet {page}"
)");
  const Outputs out = build_all(dir, leaflet("pl-PL", "own-words"), dir.file("templates"));
  INFO(out.pdf_text);
  CHECK(out.pdf_text.find("Page 1 of 1, Sheet 1") != std::string::npos);
  CHECK(out.pdf_text.find("Strona") == std::string::npos);
  INFO(out.docx_footer);
  CHECK(out.docx_footer.find(">Page </w:t>") != std::string::npos);
  CHECK(out.docx_footer.find("Strona") == std::string::npos);
}
