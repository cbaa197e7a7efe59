// The PDF written by `handout build --pdf`, read back with independent tools: qpdf, poppler
// (pdfinfo, pdffonts, pdftotext, pdfinfo -struct-text) and a pikepdf walk of the structure tree
// (tests/pdf/check_pdfua.py). docs/pdfua-checklist.md maps each check to Matterhorn.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "model/query.hpp"
#include "parse/content_reader.hpp"
#include "parse/template_reader.hpp"
#include "pdf/refusal.hpp"
#include "support/built_output.hpp"
#include "resolve/resolved_document.hpp"
#include "support/process.hpp"

using handout::test::build_pdf;
using handout::test::read_file;
using handout::test::run_handout;
using handout::test::run_process;
using handout::test::TempDir;
using handout::test::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kChecker = std::string(HANDOUT_TEST_DIR) + "/pdf/check_pdfua.py";

std::string collapse(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      out += c;
      space = false;
    }
  }
  return out;
}

// The text a reader should get for a block: inlines as printed, with <abbr> expanded at first
// use when the template prints expansions, note references as their numbers, and text with the
// typographic punctuation the resolve stage settled.
void printed_text(const handout::resolve::ResolvedDocument& resolved, const handout::model::Inlines& inlines, bool expand,
                  std::set<std::string>& seen, std::string& out) {
  using handout::model::InlineKind;
  for (const auto& in : inlines) {
    switch (in.kind) {
      case InlineKind::Text: out += resolved.text_of(in); break;
      case InlineKind::LineBreak: out += ' '; break;
      case InlineKind::Note: out += std::to_string(in.note_number); break;
      case InlineKind::Abbr: {
        const std::string text = handout::model::plain_text(in.children);
        if (expand && in.title && seen.insert(text).second) out += *in.title + " (" + text + ")";
        else out += text;
        break;
      }
      default: printed_text(resolved, in.children, expand, seen, out);
    }
  }
}

// pdftotext output without the running header and footer (artifacts that poppler still prints):
// the first line of each page when it is the header, the last when it is "Page N of M". Page 1
// leaves the header off when its level-1 heading says the same, so there a first line equal to
// the header is the heading itself, unless the header follows it.
std::string body_text(const std::string& pdf, const std::string& header) {
  auto r = run_process({"pdftotext", "-enc", "UTF-8", pdf, "-"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  std::string kept;
  const std::regex footer(R"(^Page \d+ of \d+$)");
  std::istringstream pages(r.out);
  bool first_page = true;
  for (std::string page; std::getline(pages, page, '\f');) {
    std::vector<std::string> lines;
    std::istringstream in(page);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    while (!lines.empty() && lines.back().empty()) lines.pop_back();
    if (!lines.empty() && std::regex_match(lines.back(), footer)) lines.pop_back();
    if (!lines.empty() && lines.front() == header && (!first_page || (lines.size() > 1 && lines[1] == header)))
      lines.erase(lines.begin());
    first_page = false;
    for (const std::string& line : lines) kept += line + "\n";
  }
  return collapse(kept);
}

void check_with_independent_readers(const std::string& pdf, bool expect_pdfua = true) {
  auto qpdf = run_process({"qpdf", "--check", pdf});
  INFO(qpdf.out << qpdf.err);
  CHECK(qpdf.exit_code == 0);
  CHECK(qpdf.out.find("No syntax or stream encoding errors found") != std::string::npos);
  CHECK(qpdf.err.empty());

  auto info = run_process({"pdfinfo", pdf});
  CHECK(info.exit_code == 0);
  CHECK(info.err.empty());
  CHECK(info.out.find("Tagged:          yes") != std::string::npos);
  CHECK(std::regex_search(info.out, std::regex("PDF version: +1\\.7")));

  auto fonts = run_process({"pdffonts", pdf});
  CHECK(fonts.err.empty());
  std::istringstream lines(fonts.out);
  std::string line;
  std::getline(lines, line);
  std::getline(lines, line);
  int count = 0;
  while (std::getline(lines, line)) {
    ++count;
    INFO(line);
    CHECK(std::regex_search(line, std::regex(R"(CID TrueType\s+Identity-H\s+yes yes yes)")));
  }
  CHECK(count >= 1);

  auto tree = run_process({"pdfinfo", "-struct-text", pdf});
  CHECK(tree.exit_code == 0);
  CHECK(tree.err.empty());
  CHECK(tree.out.find("Document") != std::string::npos);

  auto ua = run_process({kChecker, pdf, expect_pdfua ? "--expect-pdfua" : "--expect-no-pdfua"});
  INFO(ua.out << ua.err);
  CHECK(ua.exit_code == 0);
  CHECK(ua.out.find("\"errors\": []") != std::string::npos);
}

}  // namespace

TEST_CASE("pdf: both seeds pass qpdf, poppler and the PDF/UA structure checks", "[pdf]") {
  TempDir dir;
  for (const char* seed : {"content/parent-leaflet-attachment-difficulties.xml", "content/staff-module-attachment.xml"}) {
    INFO(seed);
    check_with_independent_readers(build_pdf(dir, seed));
  }
  auto info = run_process({"pdfinfo", dir.file("parent-leaflet-attachment-difficulties.pdf")});
  CHECK(std::regex_search(info.out, std::regex("Page size: +419.528 x 595.276 pts")));  // A5
  CHECK(std::regex_search(info.out, std::regex("Title: +Attachment difficulties: information for parents")));
  CHECK(fs::file_size(dir.file("parent-leaflet-attachment-difficulties.pdf")) <= 30 * 1024);
}

TEST_CASE("pdf: extracted text equals the source text, block by block and in order", "[pdf]") {
  for (const char* seed : {"content/parent-leaflet-attachment-difficulties.xml", "content/staff-module-attachment.xml",
                           "tests/fixtures/pdf/polish-welsh.xml"}) {
    INFO(seed);
    TempDir dir;
    const std::string pdf = build_pdf(dir, seed);
    const auto doc = handout::parse::read_content_file(std::string(HANDOUT_SOURCE_DIR) + "/" + seed);
    const auto tmpl = handout::parse::load_template(*doc.template_name);
    const std::string text = body_text(pdf, doc.meta.title.text);
    const auto resolved = handout::resolve::resolve_document(doc, tmpl);
    std::set<std::string> seen;
    std::size_t at = 0;
    handout::model::for_each_block(doc, [&](const handout::model::Block& b, handout::model::BlockPath) {
      if (b.inlines.empty()) return;
      std::string expected;
      printed_text(resolved, b.inlines, tmpl.expand_abbreviations, seen, expected);
      expected = collapse(expected);
      const std::size_t found = text.find(expected, at);
      INFO("expected, in order: " << expected);
      CHECK(found != std::string::npos);
      if (found != std::string::npos) at = found + expected.size();
    });
  }
}

TEST_CASE("pdf: the structure tree follows the content, element by element", "[pdf]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, "tests/fixtures/docx/every-element.xml");
  check_with_independent_readers(pdf);
  auto ua = run_process({kChecker, pdf});
  std::string roles;
  std::smatch m;
  std::string s = ua.out;
  const std::regex role(R"re("\s*([A-Za-z0-9]+)")re");
  const auto start = s.find("\"roles\"");
  const auto end = s.find(']', start);
  std::string list = s.substr(start, end - start);
  for (std::sregex_iterator it(list.begin(), list.end(), role), e; it != e; ++it)
    if ((*it)[1] != "roles") roles += (*it)[1].str() + " ";
  // Headings in source order, the list nesting, figures with captions, both tables, the callout
  // and quote, notes with their references and the Note elements at the end. The two Ps straight
  // after the H1 are the metadata's subtitle and byline, printed under the title. The first
  // SENCO, its expansion printed, is a Span around a Span carrying /E; the second one Span.
  CHECK(roles.rfind("Document H1 P P P Link Link Link P Span Span Span P Span Reference Link H2 L LI Lbl LBody", 0) == 0);
  CHECK(roles.find("H3 Figure Caption Figure H4 Table Caption THead TR TH TH TH TBody TR TH TD TD") != std::string::npos);
  CHECK(roles.find("BlockQuote P Reference Link") != std::string::npos);
  // Cells spanning rows or columns say so (Table attributes RowSpan/ColSpan).
  CHECK(ua.out.find("[\n   \"TD\",\n   1,\n   2\n  ]") != std::string::npos);  // Tuesday: colspan 2
  CHECK(ua.out.find("[\n   \"TD\",\n   2,\n   1\n  ]") != std::string::npos);  // Wednesday morning: rowspan 2
  // Each note number links back to its reference (Lbl > Link).
  CHECK(roles.find("Note Lbl Link P Link Note Lbl Link P") != std::string::npos);
}

TEST_CASE("pdf: building twice gives identical bytes, whatever the time zone", "[pdf]") {
  TempDir a, b;
  const std::string first = build_pdf(a, "content/staff-module-attachment.xml");
  auto r = run_handout({"build", "--pdf", "-q", "content/staff-module-attachment.xml", "-o", b.path()},
                       {"SOURCE_DATE_EPOCH=1700000000", "TZ=America/Los_Angeles", "LC_ALL=C"});
  REQUIRE(r.exit_code == 0);
  CHECK(read_file(first) == read_file(b.file("staff-module-attachment.pdf")));
}

TEST_CASE("pdf: --force with lint errors writes a PDF that does not claim PDF/UA", "[pdf]") {
  TempDir dir;
  write_file(dir.file("bad.xml"), R"(<handout lang="en-GB"><meta><title>Skips a level</title></meta>
<body><h1>One</h1><h3>Three</h3><p>Some text.</p></body></handout>)");
  auto r = run_handout({"build", "--pdf", "--force", dir.file("bad.xml"), "-o", dir.file("out")});
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("[force-not-pdfua]") != std::string::npos);
  check_with_independent_readers(dir.file("out/bad.pdf"), false);
}

TEST_CASE("pdf: a font family that is not installed is a clear error and nothing is written", "[pdf]") {
  TempDir dir;
  fs::create_directories(dir.file("templates/odd"));
  write_file(dir.file("templates/odd/template.toml"), "[body]\nfont = \"No Such Font Family\"\n");
  write_file(dir.file("doc.xml"), R"(<handout lang="en-GB" template="odd"><meta><title>Fonts</title></meta>
<body><h1>Fonts</h1><p>Text.</p></body></handout>)");
  auto r = run_handout({"build", "--pdf", dir.file("doc.xml"), "-o", dir.file("out")},
                       {"HANDOUT_TEMPLATES=" + dir.file("templates")});
  handout::test::check_refused(r, "font family \"No Such Font Family\" is not installed", "font-not-found",
                               dir.file("out/doc.pdf"));
}

TEST_CASE("pdf: a character no installed font has is an error naming file:line:col and the character", "[pdf]") {
  TempDir dir;
  // U+1B000 (KATAKANA LETTER ARCHAIC E): neither Liberation Sans, the Japanese fallback (Noto Sans
  // CJK JP) nor any font of the test machine has it.
  write_file(dir.file("kana.xml"), R"(<handout lang="en-GB" template="staff-handout">
<meta><title>Greeting</title><audience>staff</audience></meta>
<body><h1>Greeting</h1><p>Staff may greet families in their own language.</p>
<p>An archaic kana is <span lang="ja">𛀀</span>.</p></body></handout>)");
  auto r = run_handout({"build", "--pdf", dir.file("kana.xml"), "-o", dir.file("out")});
  handout::test::check_refused(r,
                               dir.file("kana.xml") + ":4:39: error: no installed font (the template's Liberation "
                                                      "Sans nor any fallback) has a glyph for '𛀀' (U+1B000)",
                               "glyph-missing", dir.file("out/kana.pdf"));
}

TEST_CASE("pdf: a text too long for a PDF string is an error naming the file and the text's start", "[pdf]") {
  TempDir dir;
  // The expansion goes into the span's /E; 3,400 words are 17,000 UTF-16 units, over the 16,382 a
  // PDF text string holds.
  std::string expansion;
  for (int i = 0; i < 3400; ++i) expansion += "word ";
  expansion.pop_back();
  write_file(dir.file("long.xml"), R"(<handout lang="en-GB" template="staff-handout">
<meta><title>Long</title><audience>staff</audience></meta>
<body><h1>Long</h1><p>The <abbr title=")" + expansion + R"(">LW</abbr> is long.</p></body></handout>)");
  auto r = run_handout({"build", "--pdf", "--force", dir.file("long.xml"), "-o", dir.file("out")});
  handout::test::check_refused(r,
                               dir.file("long.xml") + ": error: a text of 16999 UTF-16 units, starting \"word word",
                               "pdf-text-too-long", dir.file("out/long.pdf"));
}

TEST_CASE("pdf: Thai, which the template's font lacks, prints in a fallback font", "[pdf]") {
  TempDir dir;
  write_file(dir.file("thai.xml"), R"(<handout lang="en-GB" template="staff-handout">
<meta><title>Greeting</title><audience>staff</audience></meta>
<body><h1>Greeting</h1><p>Staff may greet families in their own language.</p>
<p>In Thai, hello is <span lang="th">สวัสดี</span>.</p></body></handout>)");
  const std::string pdf = build_pdf(dir, dir.file("thai.xml"));
  check_with_independent_readers(pdf);
  CHECK(body_text(pdf, "Greeting").find("In Thai, hello is สวัสดี.") != std::string::npos);
}

TEST_CASE("pdf: footnotes sit at the foot of the page that references them, linked both ways", "[pdf]") {
  TempDir dir;
  fs::create_directories(dir.file("templates/footnoted"));
  write_file(dir.file("templates/footnoted/template.toml"), "[notes]\nplacement = \"footnotes\"\n");
  std::string body;
  for (int i = 1; i <= 15; ++i)
    body += "<p>Paragraph " + std::to_string(i) +
            " says how children relate to the adults who care for them at home and at school<note>Footnote " +
            std::to_string(i) + " gives the source for paragraph " + std::to_string(i) +
            ".</note>, and goes on so that its lines wrap.</p>\n";
  write_file(dir.file("doc.xml"), R"(<handout lang="en-GB" template="footnoted"><meta><title>Footnotes</title>
<audience>staff</audience></meta><body><h1>Footnotes</h1>
)" + body + "</body></handout>");
  auto r = run_handout({"build", "--pdf", dir.file("doc.xml"), "-o", dir.file("out")},
                       {"HANDOUT_TEMPLATES=" + dir.file("templates")});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  const std::string pdf = dir.file("out/doc.pdf");
  check_with_independent_readers(pdf);

  auto ua = run_process({kChecker, pdf});
  // The Note sits inside the paragraph that references it: reading order = source order.
  CHECK(ua.out.find(R"("  P",
  "    Reference",
  "      Link",
  "    Note",
  "      Lbl",
  "        Link",
  "      P",)") != std::string::npos);
  // Every reference goes to its footnote on the same page and every footnote number comes back.
  for (int n = 1; n <= 15; ++n) {
    const std::regex there("\\[\\s*(\\d+),\\s*(\\d+),\\s*\"Note " + std::to_string(n) + "\"");
    const std::regex back("\\[\\s*(\\d+),\\s*(\\d+),\\s*\"Back to the reference to note " + std::to_string(n) + "\"");
    std::smatch a, b;
    REQUIRE(std::regex_search(ua.out, a, there));
    REQUIRE(std::regex_search(ua.out, b, back));
    CHECK(a[1] == a[2]);  // footnote on the page of its reference
    CHECK(b[1] == a[2]);
    CHECK(b[2] == a[1]);
    // pdftotext of that page: the footnote follows the body text.
    auto page = run_process({"pdftotext", "-f", a[1].str(), "-l", a[1].str(), "-enc", "UTF-8", pdf, "-"});
    const auto ref = page.out.find("Paragraph " + std::to_string(n) + " says");
    const auto note = page.out.find("Footnote " + std::to_string(n) + " gives");
    CHECK(ref != std::string::npos);
    CHECK(note != std::string::npos);
    CHECK(note > ref);
  }
}
