// The words Handout adds are English when the words table has no row for the document's language
// (Portuguese here): the PDF marks them /Lang (en) (the footer's artifact) and the DOCX footer's
// runs w:lang="en" (WCAG 2.2 SC 3.1.2). Read back with pikepdf and
// pugixml from the files the real binary writes; Romanian, which the table has, stays unmarked.
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <string>

#include "docx/docx_test_support.hpp"
#include "support/process.hpp"

namespace ht = handout::test;

namespace {

std::string leaflet(const std::string& lang, const std::string& words) {
  return R"(<handout lang=")" + lang + R"(" template="parent-leaflet">
<meta><title>)" + words + R"(</title><audience>parents</audience></meta>
<body><h1>)" + words + R"(</h1><p>)" + words + R"(<note>)" + words + R"(.</note>.</p></body></handout>)";
}

// Per marked-content sequence that shows text: its tag, its /Lang and the text shown, one line
// each; then the structure elements with a /Lang, as "role lang parent-role".
const char* const kReadLang = R"PY(
import sys, pikepdf
pdf = pikepdf.open(sys.argv[1])
for page in pdf.pages:
    fonts = {n: f for n, f in page.obj.Resources.Font.items()}
    stack, shown = [], {}
    for operands, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op in ("BDC", "BMC"):
            props = operands[1] if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) else {}
            stack.append([str(operands[0]), str(props.get("/Lang", "")), 0])
        elif op == "EMC":
            tag, lang, count = stack.pop()
            if count: print("mc", tag, lang or "-", count)
        elif op in ("Tj", "TJ") and stack:
            stack[-1][2] += 1
def walk(e, parent):
    if "/Lang" in e: print("se", str(e.S)[1:], str(e.Lang), parent)
    kids = e.get("/K")
    for k in (kids if isinstance(kids, pikepdf.Array) else [kids]):
        if isinstance(k, pikepdf.Dictionary) and "/S" in k: walk(k, str(e.get("/S", "/Root"))[1:])
walk(pdf.Root.StructTreeRoot, "Root")
)PY";

std::string read_lang(const std::string& pdf) {
  auto r = ht::run_process({"/usr/bin/python3", "-c", kReadLang, pdf});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

std::string build(const ht::TempDir& dir, const std::string& lang, const std::string& words) {
  ht::write_file(dir.file(lang + ".xml"), leaflet(lang, words));
  auto r = ht::run_handout({"build", "--pdf", "--docx", "-q", "--min-severity", "error", dir.file(lang + ".xml"), "-o",
                            dir.path()},
                           {"SOURCE_DATE_EPOCH=1700000000"});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  return dir.file(lang);
}

}  // namespace

TEST_CASE("languages: a language without translations marks Handout's English words as English", "[languages][pdf][docx]") {
  ht::TempDir dir;
  const std::string out = build(dir, "pt-PT", "Visita de estudo ao museu");
  const std::string found = read_lang(out + ".pdf");
  INFO(found);
  // "Page 1 of 1": the footer's artifact says English.
  CHECK(found.find("mc /Artifact en") != std::string::npos);
  auto text = ht::run_process({"pdftotext", "-enc", "UTF-8", out + ".pdf", "-"});
  CHECK(text.out.find("Page 1 of 1") != std::string::npos);

  pugi::xml_document footer;
  REQUIRE(footer.load_string(ht::unzip_entry(ht::read_file(out + ".docx"), "word/footer1.xml").c_str()));
  // The words, not the PAGE and NUMPAGES fields' digits.
  const auto runs = footer.select_nodes("//w:r[w:t = 'Page ' or w:t = ' of ']");
  REQUIRE(runs.size() == 2);
  for (const auto& run : runs) {
    INFO(run.node().child("w:t").text().get());
    CHECK(std::string(run.node().select_node("w:rPr/w:lang").node().attribute("w:val").value()) == "en");
  }
}

TEST_CASE("languages: a language the words table has leaves its generated words unmarked", "[languages][pdf][docx]") {
  ht::TempDir dir;
  const std::string out = build(dir, "ro", "Vizită la muzeu");
  const std::string found = read_lang(out + ".pdf");
  INFO(found);
  CHECK(found.find(" en") == std::string::npos);
  pugi::xml_document footer;
  REQUIRE(footer.load_string(ht::unzip_entry(ht::read_file(out + ".docx"), "word/footer1.xml").c_str()));
  CHECK(footer.select_nodes("//w:lang").empty());
}
