// Letterhead logos and SVG pictures, read back from what was written: the template's picture
// (rasterised from SVG at 300 dpi for its placed width), the PDF's Figure with /Alt at the start
// of the structure tree (pikepdf, tests/pdf/dump_tags.py) and its image XObjects (pdfimages), the
// DOCX first-page header's drawing with descr, the HTML header's img with alt; bad SVG refused
// with the file named; the shared image folder of handout.toml and its confinement.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "core/error.hpp"
#include "core/image_probe.hpp"
#include "docx/docx_test_support.hpp"
#include "parse/template_reader.hpp"
#include "support/process.hpp"

using handout::InputError;
using handout::test::build_pdf;
using handout::test::read_file;
using handout::test::run_handout;
using handout::test::run_process;
using handout::test::TempDir;
using handout::test::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kLetter = std::string(HANDOUT_SOURCE_DIR) + "/content/school-trip-letter.xml";
const std::string kLogo = std::string(HANDOUT_SOURCE_DIR) + "/templates/school-letterhead/logo.svg";

const std::string kSquareSvg =
    R"(<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect width="100" height="50" fill="#1f3a5f"/></svg>)";

handout::Diagnostic template_error(const TempDir& dir, const std::string& toml) {
  write_file(dir.file("template.toml"), toml);
  try {
    handout::parse::parse_template(toml, dir.file("template.toml"));
  } catch (const InputError& e) {
    return e.diagnostic();
  }
  FAIL("no InputError for:\n" << toml);
  return {};
}

// `handout build <format>` of the letter into `dir`; the written file's bytes.
std::string build_letter(const TempDir& dir, const std::string& format, const std::string& written) {
  auto r = run_handout({"build", format, "-q", "--min-severity", "error", kLetter, "-o", dir.path()});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  return read_file(dir.file(written));
}

std::string letterhead_toml(const std::string& image) {
  return "[letterhead]\nimage = \"" + image + "\"\nalt = \"Riverside Primary School\"\nwidth_mm = 60\n";
}

}  // namespace

TEST_CASE("letterhead: an SVG logo is rasterised at 300 dpi for its placed width", "[letterhead][svg]") {
  TempDir dir;
  write_file(dir.file("logo.svg"), kSquareSvg);
  const std::string toml = letterhead_toml("logo.svg") + "pages = \"every\"\nalign = \"centre\"\n";
  write_file(dir.file("template.toml"), toml);
  const auto t = handout::parse::parse_template(toml, dir.file("template.toml"));
  REQUIRE(t.letterhead);
  CHECK(t.letterhead->svg);
  CHECK(t.letterhead->alt == "Riverside Primary School");
  CHECK(t.letterhead->pages == handout::style::LetterheadPages::Every);
  CHECK(t.letterhead->align == handout::style::LetterheadAlign::Centre);
  // 60 mm at 300 dpi is 708.66 px; the SVG is 2:1.
  const auto png = handout::probe_image(*t.letterhead->bytes);
  REQUIRE(png);
  CHECK(png->format == handout::ImageHeader::Format::Png);
  CHECK(png->width == 709);
  CHECK(png->height == 355);
  CHECK(t.letterhead->height_mm() == Approx(30).epsilon(0.01));
}

TEST_CASE("letterhead: refused without alt text, outside the template folder, or as bad SVG", "[letterhead][svg]") {
  TempDir dir;
  write_file(dir.file("logo.svg"), kSquareSvg);
  auto d = template_error(dir, "[letterhead]\nimage = \"logo.svg\"\n");
  CHECK(d.message == "[letterhead] image has no alt text and is not marked decorative");

  d = template_error(dir, letterhead_toml("../logo.svg"));
  CHECK(d.code == "image-outside-content-dir");
  CHECK(d.loc.line == 2);

  fs::create_symlink("/etc/hostname", dir.file("link.svg"));
  d = template_error(dir, letterhead_toml("link.svg"));
  CHECK(d.code == "image-outside-content-dir");

  write_file(dir.file("broken.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n<rect>\n</svg>\n");
  d = template_error(dir, letterhead_toml("broken.svg"));
  CHECK(d.code == "image-svg-invalid");
  CHECK(d.file == fs::canonical(dir.file("broken.svg")).string());  // the SVG's own line is named
  CHECK(d.loc.line == 4);  // libxml2 finds the missing </rect> at the end of the data

  write_file(dir.file("external.svg"),
             "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" "
             "height=\"10\">\n<image xlink:href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/>\n</svg>\n");
  d = template_error(dir, letterhead_toml("external.svg"));
  CHECK(d.code == "image-svg-invalid");
  CHECK(d.message == "the SVG refers to \"file:///etc/passwd\" outside itself");
  CHECK(d.loc.line == 2);

  write_file(dir.file("huge.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"90000\" height=\"10\"/>");
  d = template_error(dir, letterhead_toml("huge.svg"));
  CHECK(d.code == "image-svg-invalid");
  CHECK(d.message.find("the limit is 20000 a side") != std::string::npos);
}

TEST_CASE("letterhead: the PDF opens its structure tree with the logo's Figure and embeds it at print size",
          "[letterhead][pdf]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, kLetter);
  auto tags = run_process({"/usr/bin/python3", std::string(HANDOUT_TEST_DIR) + "/pdf/dump_tags.py", pdf});
  REQUIRE(tags.exit_code == 0);
  INFO(tags.out);
  // The first element under Document, before the title heading.
  CHECK(std::regex_search(tags.out, std::regex("^Document\n  Figure Alt='Riverside Primary School'\n  H1\n")));
  CHECK(std::regex_search(tags.out, std::regex("Figure Alt='Calendar showing the 19th'")));

  // pdfimages -list: page, num, type, width, height… Both SVGs arrive as pictures of their own.
  auto list = run_process({"pdfimages", "-list", pdf});
  REQUIRE(list.exit_code == 0);
  INFO(list.out);
  CHECK(std::regex_search(list.out, std::regex(R"(\n\s+1\s+0\s+image\s+709\s+177\s)")));  // 60 mm at 300 dpi, 4:1
  // The calendar at 30% of the A5 leaflet's 114 mm column: 34.2 mm → 404 px.
  CHECK(std::regex_search(list.out, std::regex(R"(\n\s+1\s+\d+\s+image\s+404\s+242\s)")));
  auto check = run_process({"qpdf", "--check", pdf});
  CHECK(check.exit_code == 0);
}

TEST_CASE("letterhead: the DOCX puts the logo in the first-page header with descr", "[letterhead][docx]") {
  TempDir dir;
  const std::string docx = build_letter(dir, "--docx", "school-trip-letter.docx");
  const std::string header = handout::test::unzip_entry(docx, "word/header2.xml");
  INFO(header);
  CHECK(header.find("descr=\"Riverside Primary School\"") != std::string::npos);
  std::smatch embed;
  REQUIRE(std::regex_search(header, embed, std::regex("r:embed=\"(rId\\d+)\"")));
  const std::string rels = handout::test::unzip_entry(docx, "word/_rels/header2.xml.rels");
  CHECK(rels.find("Id=\"" + embed[1].str() + "\"") != std::string::npos);
  const std::string document = handout::test::unzip_entry(docx, "word/document.xml");
  CHECK(document.find("<w:titlePg/>") != std::string::npos);
  CHECK(document.find("w:type=\"first\"") != std::string::npos);
}

TEST_CASE("letterhead: the HTML page header shows the logo with its alt text", "[letterhead][html]") {
  TempDir dir;
  const std::string html = build_letter(dir, "--html", "school-trip-letter.html");
  INFO(html);
  CHECK(std::regex_search(html, std::regex("<header>\n<p class=\"letterhead letterhead-left\"><img src=\"school-trip-letter_files/"
                                           "logo.svg\" alt=\"Riverside Primary School\"")));
  CHECK(read_file(dir.file("school-trip-letter_files/logo.svg")) == read_file(kLogo));
}

TEST_CASE("shared image folder: img src may name it, but not leave it", "[letterhead][images]") {
  TempDir dir;
  fs::create_directories(dir.file("project/shared"));
  fs::create_directories(dir.file("project/letters"));
  fs::create_directories(dir.file("elsewhere"));
  write_file(dir.file("project/handout.toml"), "images = \"shared\"\n");
  write_file(dir.file("project/shared/square.svg"), kSquareSvg);
  write_file(dir.file("elsewhere/secret.svg"), kSquareSvg);
  fs::create_symlink(dir.file("elsewhere/secret.svg"), dir.file("project/shared/link.svg"));
  auto letter = [&](const std::string& src) {
    write_file(dir.file("project/letters/l.xml"),
               "<handout lang=\"en-GB\"><meta><title>Shared pictures</title></meta><body><h1>Shared pictures</h1>\n"
               "<p>Text.</p><img src=\"" + src + "\" alt=\"A blue block\"/></body></handout>\n");
    return run_handout({"build", "--pdf", "-q", dir.file("project/letters/l.xml"), "-o", dir.file("out")});
  };
  auto ok = letter("square.svg");
  INFO(ok.out << ok.err);
  CHECK(ok.exit_code != 2);
  CHECK(fs::exists(dir.file("out/l.pdf")));

  auto link = letter("link.svg");
  CHECK(link.exit_code == 2);
  // Diagnostics are the report, on standard output.
  CHECK(link.out.find("l.xml:2:") != std::string::npos);
  CHECK(link.out.find("outside the shared image folder") != std::string::npos);

  write_file(dir.file("project/handout.toml"), "images = \"missing\"\n");
  auto missing = letter("square.svg");
  CHECK(missing.exit_code == 2);
  CHECK(missing.out.find("handout.toml:1:10: error: images folder \"missing\" does not exist") != std::string::npos);
}
