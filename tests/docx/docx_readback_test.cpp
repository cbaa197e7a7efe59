// The DOCX files read back by independent tools: tests/tools/docx_check.py (ECMA-376 schemas + Word's extra
// rules), pandoc's DOCX reader, python-docx and LibreOffice. Each tool is required: a missing one
// fails the test rather than skipping it (.ci/run installs them).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <functional>

#include "docx/docx_test_support.hpp"
#include "model/query.hpp"
#include "parse/content_reader.hpp"
#include "parse/template_reader.hpp"
#include "support/process.hpp"
#include "support/test_support.hpp"

using namespace handout;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string write_fixture_docx(const test::TempDir& dir, const std::string& name, const style::Template& tmpl) {
  const model::Document doc = test::read_docx_fixture("every-element.xml");
  const std::string path = dir.file(name);
  test::write_file(path, docx::write_docx(handout::resolve::resolve_document(doc, tmpl), docx::DocxOptions{1700000000}));
  return path;
}

// The seeds in content/, each with the template it names (staff-handout if none).
std::vector<std::string> write_seed_docx(const test::TempDir& dir) {
  std::vector<std::string> out;
  for (const fs::directory_entry& e : fs::directory_iterator(std::string(HANDOUT_SOURCE_DIR) + "/content")) {
    if (e.path().extension() != ".xml") continue;
    const model::Document doc = test::read_as_built(e.path().string());
    const style::Template tmpl = parse::load_template(doc.template_name.value_or("staff-handout"));
    const std::string path = dir.file(e.path().stem().string() + ".docx");
    test::write_file(path, docx::write_docx(handout::resolve::resolve_document(doc, tmpl), docx::DocxOptions{0}));
    out.push_back(path);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void require_clean_validation(const std::vector<std::string>& files) {
  std::vector<std::string> argv{"/usr/bin/python3", test::docx_validate_path()};
  argv.insert(argv.end(), files.begin(), files.end());
  const test::ProcessResult r = test::run_process(argv);
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  // 0 findings, warnings included: the only line is the summary.
  CHECK(r.out == std::to_string(files.size()) + " passed, 0 failed\n");
}

// pandoc's JSON AST helpers (pandoc-types 1.22).
std::string stringify(const json& inlines) {
  std::string s;
  for (const json& i : inlines) {
    const std::string t = i["t"];
    if (t == "Str") s += i["c"].get<std::string>();
    else if (t == "Space" || t == "SoftBreak") s += ' ';
    else if (t == "LineBreak") s += '\n';
    else if (t == "Emph" || t == "Strong" || t == "Underline" || t == "SmallCaps") s += stringify(i["c"]);
    else if (t == "Span") s += stringify(i["c"][1]);
    else if (t == "Link") s += stringify(i["c"][1]);
    else if (t == "Code") s += i["c"][1].get<std::string>();
  }
  return s;
}

void walk(const json& node, const std::function<void(const json&)>& fn) {
  if (node.is_object()) {
    fn(node);
    for (const auto& [key, value] : node.items()) walk(value, fn);
  } else if (node.is_array()) {
    for (const json& v : node) walk(v, fn);
  }
}

json pandoc_read(const std::string& docx) {
  const test::ProcessResult r = test::run_process({"pandoc", "-f", "docx", "-t", "json", docx});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

}  // namespace

TEST_CASE("docx-validate: the every-element fixture has 0 findings with either note placement", "[docx][tools]") {
  REQUIRE(test::have_program("/usr/bin/python3"));
  test::TempDir dir("handout-docx");
  require_clean_validation({write_fixture_docx(dir, "leaflet.docx", test::leaflet_template()),
                            write_fixture_docx(dir, "handout.docx", test::handout_template()),
                            write_fixture_docx(dir, "parent-leaflet.docx", parse::load_template("parent-leaflet")),
                            write_fixture_docx(dir, "staff-handout.docx", parse::load_template("staff-handout"))});
}

TEST_CASE("docx-validate: the seed handouts have 0 findings", "[docx][tools]") {
  test::TempDir dir("handout-docx");
  const std::vector<std::string> files = write_seed_docx(dir);
  REQUIRE_FALSE(files.empty());
  require_clean_validation(files);
}

TEST_CASE("docx: pandoc reads back the headings, lists, tables, links, notes and alt texts", "[docx][tools]") {
  REQUIRE(test::have_program("pandoc"));
  test::TempDir dir("handout-docx");
  const json ast = pandoc_read(write_fixture_docx(dir, "leaflet.docx", test::leaflet_template()));

  std::vector<std::pair<int, std::string>> headings;
  std::vector<std::string> links, notes, alts, codes;
  walk(ast["blocks"], [&](const json& n) {
    if (!n.contains("t")) return;
    const std::string t = n["t"];
    if (t == "Header") headings.emplace_back(n["c"][0].get<int>(), stringify(n["c"][2]));
    if (t == "Link") links.push_back(n["c"][2][0]);
    if (t == "Image") alts.push_back(stringify(n["c"][1]));
    if (t == "Note") notes.push_back(stringify(n["c"][0]["c"]));
    if (t == "Code") codes.push_back(n["c"][1]);
  });
  CHECK(codes == std::vector<std::string>{"code()"});
  const std::vector<std::pair<int, std::string>> expected_headings = {
      {1, "Every element"}, {2, "Lists"}, {3, "Pictures"}, {4, "Tables"}, {5, "Boxes"},
      {6, "A small heading"}, {2, "After the break"}, {2, "Notes"}};
  CHECK(headings == expected_headings);
  CHECK(links == std::vector<std::string>{"https://example.org/guide", "mailto:office@example.org",
                                          "tel:+441234567890", "https://example.org/notes"});
  CHECK(notes == std::vector<std::string>{"The first note, with a link to more notes.", "Shared with permission."});
  // The decorative picture has no alt text; the others keep theirs (not their captions).
  CHECK(alts == std::vector<std::string>{"A yellow circle on a blue square", "", "Green bars rising from left to right"});

  // Lists: bullets with a nested bullet list holding an ordered list; two ordered lists that
  // each start at 1.
  const json& blocks = ast["blocks"];
  std::vector<json> top_lists;
  for (const json& b : blocks) {
    if (b["t"] == "BulletList" || b["t"] == "OrderedList") top_lists.push_back(b);
  }
  REQUIRE(top_lists.size() == 4);  // the bullets, two numbered lists, the callout's list
  const json& bullets = top_lists[0];
  CHECK(bullets["t"] == "BulletList");
  REQUIRE(bullets["c"].size() == 3);
  const json& second_item = bullets["c"][1];
  REQUIRE(second_item.size() == 2);
  CHECK(second_item[1]["t"] == "BulletList");
  CHECK(second_item[1]["c"][1][1]["t"] == "OrderedList");
  CHECK(second_item[1]["c"][1][1]["c"][1].size() == 2);
  for (int i : {1, 2}) {
    CHECK(top_lists[i]["t"] == "OrderedList");
    CHECK(top_lists[i]["c"][0][0] == 1);  // start number
  }
  CHECK(top_lists[1]["c"][1].size() == 3);
  CHECK(top_lists[2]["c"][1].size() == 2);

  // The table: one header row, four body rows, the spans kept.
  const auto table = std::find_if(blocks.begin(), blocks.end(), [](const json& b) { return b["t"] == "Table"; });
  REQUIRE(table != blocks.end());
  const json& head_rows = (*table)["c"][3][1];
  REQUIRE(head_rows.size() == 1);
  CHECK(stringify(head_rows[0][1][1][4][0]["c"]) == "Morning");
  const json& body_rows = (*table)["c"][4][0][3];
  REQUIRE(body_rows.size() == 4);
  CHECK(body_rows[1][1][1][3] == 2);  // "Closed all day": ColSpan 2
  CHECK(body_rows[2][1][1][2] == 2);  // "9 to 12": RowSpan 2
}

TEST_CASE("docx: pandoc reads the seeds back with the source's heading levels, links, notes and alt texts",
          "[docx][tools]") {
  test::TempDir dir("handout-docx");
  for (const fs::directory_entry& e : fs::directory_iterator(std::string(HANDOUT_SOURCE_DIR) + "/content")) {
    if (e.path().extension() != ".xml") continue;
    INFO(e.path());
    const model::Document doc = test::read_as_built(e.path().string());
    const style::Template tmpl = parse::load_template(doc.template_name.value_or("staff-handout"));
    const std::string path = dir.file(e.path().stem().string() + ".docx");
    test::write_file(path, docx::write_docx(handout::resolve::resolve_document(doc, tmpl), docx::DocxOptions{0}));

    // What the source says, in document order.
    std::vector<int> levels;
    std::vector<std::string> links, alts;
    int notes = 0;
    model::for_each_block(doc, [&](const model::Block& b, model::BlockPath) {
      if (b.kind == model::BlockKind::Heading) levels.push_back(b.level);
      if (b.image) alts.push_back(b.image->decorative ? "" : b.image->alt.value_or(""));
      model::for_each_inline_run(b, [&](const model::Inlines& run) {
        model::for_each_inline(run, [&](const model::Inline& in, const std::vector<const model::Inline*>&) {
          if (in.kind == model::InlineKind::Link && in.href) links.push_back(*in.href);
          if (in.kind == model::InlineKind::Note) ++notes;
        });
      });
    });
    if (notes > 0 && tmpl.notes == style::NotePlacement::Endnotes) levels.push_back(2);  // the notes heading

    const json ast = pandoc_read(path);
    std::vector<int> got_levels;
    std::vector<std::string> got_links, got_alts;
    int got_notes = 0;
    walk(ast["blocks"], [&](const json& n) {
      if (!n.contains("t")) return;
      const std::string t = n["t"];
      if (t == "Header") got_levels.push_back(n["c"][0].get<int>());
      if (t == "Link") got_links.push_back(n["c"][2][0]);
      if (t == "Image") got_alts.push_back(stringify(n["c"][1]));
      if (t == "Note") ++got_notes;
    });
    CHECK(got_levels == levels);
    CHECK(got_links == links);
    CHECK(got_alts == alts);
    CHECK(got_notes == notes);
  }
}

TEST_CASE("docx: python-docx opens the file and reads the core properties", "[docx][tools]") {
  test::TempDir dir("handout-docx");
  const std::string path = write_fixture_docx(dir, "leaflet.docx", test::leaflet_template());
  const test::ProcessResult r = test::run_process(
      {"/usr/bin/python3", "-c",
       "import sys, docx\n"
       "d = docx.Document(sys.argv[1])\n"
       "p = d.core_properties\n"
       "print(p.title); print(p.author); print(p.subject); print(p.keywords); print(p.language)\n"
       "print(p.created.isoformat())\n"
       "print(sum(1 for x in d.paragraphs if x.style.name.startswith('Heading')))\n",
       path});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out ==
        "Every element of a handout\nAnn Example; Ben Example\nA fixture for the DOCX writer\n"
        "fixture, docx, accessibility\nen-GB\n2023-11-14T22:13:20\n8\n");
}

TEST_CASE("docx: LibreOffice converts it with the template's page size, page count and outline", "[docx][tools][slow]") {
  REQUIRE(test::have_program("soffice"));
  test::TempDir dir("handout-docx");
  const std::string a5 = write_fixture_docx(dir, "leaflet.docx", test::leaflet_template());
  const std::string a4 = write_fixture_docx(dir, "handout.docx", test::handout_template());
  // A private profile, so that a LibreOffice already running for someone else is not reused.
  const test::ProcessResult conv =
      test::run_process({"soffice", "-env:UserInstallation=file://" + dir.path() + "/profile", "--headless",
                         "--convert-to", "pdf", "--outdir", dir.path(), a5, a4});
  INFO(conv.out << conv.err);
  REQUIRE(conv.exit_code == 0);

  // Pages of the template's size, and all pages.
  auto pages = [&](const std::string& pdf, const std::string& size) {
    const test::ProcessResult r = test::run_process({"pdfinfo", "-f", "1", "-l", "99", pdf});
    REQUIRE(r.exit_code == 0);
    int match = 0, total = 0;
    std::size_t at = 0;
    while (at < r.out.size()) {  // "Page    1 size: 419.556 x 595.304 pts"
      std::size_t eol = r.out.find('\n', at);
      if (eol == std::string::npos) eol = r.out.size();
      const std::string line = r.out.substr(at, eol - at);
      if (line.starts_with("Page ") && line.find(" size: ") != std::string::npos) {
        ++total;
        if (line.find(size) != std::string::npos) ++match;
      }
      at = eol + 1;
    }
    return std::pair{match, total};
  };
  // A5 = 419.5 x 595.3 pt. LibreOffice 7.4 sets endnotes on a page of their own in its default
  // page style (Word, and LibreOffice from 24.8, print them after the last paragraph), so the
  // leaflet has one extra page there.
  const auto [a5_pages, a5_total] = pages(dir.file("leaflet.pdf"), "419.5");
  CHECK(a5_pages == 4);
  CHECK(a5_total - a5_pages <= 1);
  const auto [a4_pages, a4_total] = pages(dir.file("handout.pdf"), "(A4)");
  CHECK(a4_pages == 4);
  CHECK(a4_total == 4);

  // The PDF outline (bookmarks) is built from the heading styles.
  const test::ProcessResult outline = test::run_process(
      {"/usr/bin/python3", "-c",
       "import sys, pikepdf\n"
       "with pikepdf.open(sys.argv[1]) as pdf:\n"
       "  with pdf.open_outline() as o:\n"
       "    def show(items, depth):\n"
       "      for i in items:\n"
       "        print('  ' * depth + i.title); show(i.children, depth + 1)\n"
       "    show(o.root, 0)\n",
       dir.file("handout.pdf")});
  INFO(outline.err);
  REQUIRE(outline.exit_code == 0);
  // The callout's title is a heading under "Boxes", as in the PDF's tags and the HTML.
  CHECK(outline.out ==
        "Every element\n  Lists\n    Pictures\n      Tables\n        Boxes\n          Remember\n"
        "          A small heading\n  After the break\n");
}
