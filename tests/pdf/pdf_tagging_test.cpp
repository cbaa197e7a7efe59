// The PDF's structure tree read back with pikepdf (tests/pdf/dump_tags.py) and poppler's
// tag-based text (pdfinfo -struct-text): where captions, abbreviation expansions, note IDs, list
// numbering and callout titles sit, the text a tag-based reader hears at line ends and forced
// breaks, and the size of a long document once its objects are packed into object streams.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>

#include "support/built_output.hpp"
#include "support/process.hpp"

using handout::test::build_pdf;
using handout::test::run_process;
using handout::test::TempDir;
using handout::test::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kDumpTags = std::string(HANDOUT_TEST_DIR) + "/pdf/dump_tags.py";

std::string dump_tags(const std::string& pdf) {
  auto r = run_process({"/usr/bin/python3", kDumpTags, pdf});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return r.out;
}

// The lines of `tree` from the one matching `first` on, as long as they are indented deeper.
std::string subtree(const std::string& tree, const std::string& first) {
  const auto at = tree.find(first);
  if (at == std::string::npos) return {};
  const auto line_start = tree.rfind('\n', at) + 1;
  const auto indent = tree.find_first_not_of(' ', line_start) - line_start;
  std::string out;
  for (auto pos = line_start; pos < tree.size();) {
    auto end = tree.find('\n', pos);
    if (end == std::string::npos) end = tree.size();
    const std::string line = tree.substr(pos, end - pos);
    if (pos != line_start && line.find_first_not_of(' ') <= indent) break;
    out += line + "\n";
    pos = end + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("pdf tags: a figure's caption is the Figure's sibling, not hidden under its /Alt", "[pdf][tagging]") {
  TempDir dir;
  const std::string tree = dump_tags(build_pdf(dir, "tests/fixtures/docx/every-element.xml"));
  INFO(tree);
  // Figure with its /Alt and no children elements, then the Caption at the same depth.
  CHECK(std::regex_search(tree, std::regex("\n( *)Figure Alt='A yellow circle on a blue square'\n\\1Caption\n")));
  CHECK(subtree(tree, "Figure Alt='A yellow circle").find("Caption") == std::string::npos);
}

TEST_CASE("pdf tags: /E sits on a Span holding the abbreviation alone", "[pdf][tagging]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, "tests/fixtures/docx/every-element.xml");
  const std::string tree = dump_tags(pdf);
  INFO(tree);
  // First use, expansion printed: Span (expansion and parentheses) > Span /E (the abbreviation).
  CHECK(std::regex_search(tree, std::regex("\n( *)Span\n\\1  Span E='special educational needs coordinator'\n")));
  // poppler's tag-based text: the /E span holds "SENCO" and nothing else.
  auto text = run_process({"pdfinfo", "-struct-text", pdf});
  REQUIRE(text.exit_code == 0);
  INFO(text.out);
  CHECK(text.out.find("\"special educational needs coordinator (\"") != std::string::npos);
  CHECK(std::regex_search(text.out, std::regex("Span[^\n]*\n *\"SENCO\"")));
  CHECK(text.out.find("SENCO)\"") == std::string::npos);
}

TEST_CASE("pdf tags: the IDTree maps every note /ID to its Note, keys sorted", "[pdf][tagging]") {
  TempDir dir;
  fs::create_directories(dir.file("in"));
  std::string body;
  // Twelve notes: "note-10" sorts before "note-2" as bytes, as a name tree needs.
  for (int i = 1; i <= 12; ++i) body += "<p>Point " + std::to_string(i) + "<note>Source " + std::to_string(i) + ".</note>.</p>";
  write_file(dir.file("in/notes.xml"), R"(<handout lang="en-GB"><meta><title>Notes</title><audience>staff</audience></meta>
<body><h1>Notes</h1>)" + body + "</body></handout>");
  const std::string tree = dump_tags(build_pdf(dir, dir.file("in/notes.xml")));
  INFO(tree);
  std::smatch m;
  REQUIRE(std::regex_search(tree, m, std::regex("IDTree: ([^\n]*)")));
  std::vector<std::string> keys, note_ids;
  const std::string idtree = m[1];
  const std::regex pair("(\\S+)=(\\S+)");
  for (std::sregex_iterator it(idtree.begin(), idtree.end(), pair), e; it != e; ++it) {
    CHECK((*it)[1] == (*it)[2]);  // the key points to the element carrying that /ID
    keys.push_back((*it)[1]);
  }
  const std::regex note("Note ID='([^']+)'");
  for (std::sregex_iterator it(tree.begin(), tree.end(), note), e; it != e; ++it) note_ids.push_back((*it)[1]);
  CHECK(note_ids.size() == 12);
  CHECK(std::is_sorted(keys.begin(), keys.end()));
  std::sort(note_ids.begin(), note_ids.end());
  CHECK(keys == note_ids);
}

TEST_CASE("pdf tags: lists say how their items are numbered (/ListNumbering)", "[pdf][tagging]") {
  TempDir dir;
  const std::string tree = dump_tags(build_pdf(dir, "tests/fixtures/docx/every-element.xml"));
  INFO(tree);
  // Bullets, en dashes one level in (no standard name: None), numbers three levels in.
  const std::string outer = subtree(tree, "L ListNumbering=Disc");
  CHECK(std::regex_search(outer, std::regex("\n +L ListNumbering=None\n")));
  CHECK(std::regex_search(outer, std::regex("\n +L ListNumbering=Decimal\n")));
  CHECK(std::regex_search(tree, std::regex("\n  L ListNumbering=Decimal\n")));  // the <ol> after it
  // Every L carries the attribute.
  CHECK(!std::regex_search(tree, std::regex("\n *L\n")));
}

TEST_CASE("pdf tags: a callout's title is a heading one level below the heading above it", "[pdf][tagging]") {
  TempDir dir;
  const std::string tree = dump_tags(build_pdf(dir, "tests/fixtures/docx/every-element.xml"));
  INFO(tree);
  // <h5>Boxes</h5> then <callout title="Remember">: Sect > H6.
  CHECK(std::regex_search(tree, std::regex("\n( *)H5\n\\1Sect\n\\1  H6\n\\1  P\n")));
}

TEST_CASE("pdf tags: a line that wraps at a space keeps the space in the tagged text", "[pdf][tagging]") {
  TempDir dir;
  fs::create_directories(dir.file("in"));
  const std::string para =
      "Most children settle into a new class within a few weeks, and the ones who take longer are helped by "
      "a predictable routine, a named adult to go to, and time to get to know the room before it fills up.";
  write_file(dir.file("in/wrap.xml"), R"(<handout lang="en-GB"><meta><title>Wrap</title><audience>staff</audience></meta>
<body><h1>Wrap</h1><p>)" + para + "</p></body></handout>");
  const std::string pdf = build_pdf(dir, dir.file("in/wrap.xml"));
  auto lines = run_process({"pdftotext", "-enc", "UTF-8", pdf, "-"});
  INFO(lines.out);
  REQUIRE(std::count(lines.out.begin(), lines.out.end(), '\n') >= 3);  // the paragraph does wrap
  // pdftotext (layout-based) still gives each line without a trailing space.
  CHECK(lines.out.find(" \n") == std::string::npos);
  auto tagged = run_process({"pdfinfo", "-struct-text", pdf});
  REQUIRE(tagged.exit_code == 0);
  INFO(tagged.out);
  // The P's marked content, joined as a tag-based reader joins it, is the source text.
  std::string joined;
  const std::regex quoted("\"([^\"\n]*)\"");
  const std::string p = subtree(tagged.out, "P ");
  for (std::sregex_iterator it(p.begin(), p.end(), quoted), e; it != e; ++it) joined += (*it)[1];
  CHECK(joined == para);
}

TEST_CASE("pdf tags: a forced line break reads as a space in the tagged text", "[pdf][tagging]") {
  TempDir dir;
  fs::create_directories(dir.file("in"));
  write_file(dir.file("in/br.xml"), R"(<handout lang="en-GB"><meta><title>Break</title><audience>staff</audience></meta>
<body><h1>Break</h1><p>Call the office<br/>Monday to Friday</p><p>Ends with a space <br/>then<br/><br/>twice</p></body></handout>)");
  const std::string pdf = build_pdf(dir, dir.file("in/br.xml"));
  auto lines = run_process({"pdftotext", "-enc", "UTF-8", pdf, "-"});
  INFO(lines.out);
  CHECK(lines.out.find("Call the office\nMonday to Friday\n") != std::string::npos);  // still two lines
  // pikepdf reading each P's marked content in order, joined as a tag-based reader joins it.
  auto read = run_process({std::string(HANDOUT_TEST_DIR) + "/pdf/rtl_readback.py", "tagged", pdf});
  INFO(read.err);
  REQUIRE(read.exit_code == 0);
  INFO(read.out);
  std::vector<std::string> paragraphs;
  const std::regex element(R"re(\["P", "([^"]*)")re");
  for (std::sregex_iterator it(read.out.begin(), read.out.end(), element), e; it != e; ++it) paragraphs.push_back((*it)[1]);
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[0] == "Call the office Monday to Friday");
  CHECK(paragraphs[1] == "Ends with a space then twice");
}
