// A .docx from an independent writer: pandoc turns a small Markdown leaflet into Word, and the
// import must find the same structure (pandoc's title block, heading styles, numbering,
// header rows, table caption, footnote) and keep the spaces its runs carry.
#include <catch2/catch.hpp>

#include "import/content_writer.hpp"
#include "import/docx_reader.hpp"
#include "support/process.hpp"

namespace handout::test {

TEST_CASE("docx import: a document written by pandoc", "[import][pandoc]") {
  REQUIRE(have_program("pandoc"));  // scripts/debian-packages.txt, as for the DOCX read-back tests
  TempDir dir;
  write_file(dir.file("leaflet.md"), R"(---
title: Pandoc leaflet
author: Ann Example
lang: cy-GB
---

# Welcome

Some *emphasis* and **strong** text with [a link](https://example.org) and a note.[^1]

- Apples
- Pears
    1. Step one
    2. Step two

| Day | Hours |
|-----|-------|
| Mon | 9-5   |

: Opening times

[^1]: The note text.
)");
  const ProcessResult r = run_process({"pandoc", dir.file("leaflet.md"), "-o", dir.file("leaflet.docx")});
  REQUIRE(r.exit_code == 0);
  const import::ImportResult imported = import::import_docx(read_file(dir.file("leaflet.docx")), "leaflet.docx");
  const std::string xml = import::write_content(imported.doc);
  INFO(xml);
  CHECK(xml.find("<handout lang=\"cy-GB\">") != std::string::npos);
  CHECK(xml.find("<title>Pandoc leaflet</title>\n    <author>Ann Example</author>") != std::string::npos);
  CHECK(xml.find("<body>\n    <h1>Welcome</h1>") != std::string::npos);  // the title block left the body
  CHECK(xml.find("<p>Some <em>emphasis</em> and <strong>strong</strong> text with "
                 "<a href=\"https://example.org\">a link</a> and a note.<note>The note text.</note></p>") !=
        std::string::npos);
  CHECK(xml.find("<li>Pears\n        <ol>\n          <li>Step one</li>") != std::string::npos);
  CHECK(xml.find("<caption>Opening times</caption>\n      <thead>\n        <tr>\n          <th>Day</th>") !=
        std::string::npos);
}

}  // namespace handout::test
