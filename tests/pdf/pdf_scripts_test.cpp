// Leaflets in scripts the template's font (Liberation Sans) lacks, built by the real binary and
// read back by independent tools: pdftotext (the text a reader gets), pdffonts (the fallback
// font is an embedded subset), check_pdfua.py (pikepdf) and hb-shape (the glyphs are the ones
// HarfBuzz gives for the same text in the same font file). Fixtures: tests/pdf/fixtures/scripts.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>

#include "pdf/leaflet_build.hpp"
#include "pdf/refusal.hpp"
#include "support/process.hpp"

namespace fs = std::filesystem;
namespace ht = handout::test;

namespace {

const std::string kFixtures = std::string(HANDOUT_TEST_DIR) + "/pdf/fixtures/scripts/";

struct Script {
  const char* fixture;
  const char* sentence;
  const char* font;  // the PostScript name the fallback face's subset carries
  const char* file;  // that face's font file, for hb-shape
  int face_index = 0;  // in that file, when it is a collection
};

const Script kScripts[] = {
    {"bengali", "আমরা আপনার সন্তানের যত্ন নিই।", "NotoSansBengali-Regular",
     "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf"},
    {"punjabi", "ਅਸੀਂ ਤੁਹਾਡੇ ਬੱਚੇ ਦੀ ਦੇਖਭਾਲ ਕਰਦੇ ਹਾਂ।", "NotoSansGurmukhi-Regular",
     "/usr/share/fonts/truetype/noto/NotoSansGurmukhi-Regular.ttf"},
    {"chinese", "我们照顾您的孩子。", "NotoSansCJKsc-Regular", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2},
    {"tigrinya", "እንቋዕ ብደሓን መጻእኩም።", "NotoSansEthiopic-Regular",
     "/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf"},
};

std::string build(const ht::TempDir& dir, const std::string& fixture) {
  return ht::build_leaflet_pdf(dir, kFixtures + fixture + ".xml", fixture);
}

using ht::nfc_words;

std::vector<int> numbers(const std::string& text) {
  std::vector<int> out;
  std::istringstream in(text);
  for (int n; in >> n;) out.push_back(n);
  return out;
}

// hb-shape's glyph ids for `text`, a word at a time as layout shapes it (the spaces between words
// are the body font's).
std::vector<int> hb_shape_ids(const Script& s, const std::string& lang) {
  std::vector<int> ids;
  std::istringstream words(s.sentence);
  for (std::string word; words >> word;) {
    auto r = ht::run_process({"hb-shape", "--no-glyph-names", "--no-positions", "--no-clusters", "--language=" + lang,
                              "--face-index=" + std::to_string(s.face_index), s.file, word});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::string list = r.out;
    for (char& c : list)
      if (c == '[' || c == ']' || c == '|') c = ' ';
    for (int id : numbers(list)) ids.push_back(id);
  }
  return ids;
}

}  // namespace

TEST_CASE("pdf scripts: Bengali, Punjabi, Chinese and Tigrinya print with an embedded fallback font and read back",
          "[pdf][scripts]") {
  ht::TempDir dir;
  for (const Script& s : kScripts) {
    for (const std::string& fixture : {std::string(s.fixture), std::string(s.fixture) + "-in-english"}) {
      INFO(fixture);
      const std::string pdf = build(dir, fixture);

      auto text = ht::run_process({"pdftotext", "-enc", "UTF-8", pdf, "-"});
      REQUIRE(text.exit_code == 0);
      CHECK(text.err.empty());
      CHECK(nfc_words(text.out).find(nfc_words(s.sentence)) != std::string::npos);

      auto fonts = ht::run_process({"pdffonts", pdf});
      INFO(fonts.out);
      CHECK(fonts.err.empty());
      // A subset (tag + name), embedded, subset, with ToUnicode.
      CHECK(std::regex_search(fonts.out, std::regex("[A-Z]{6}\\+" + std::string(s.font) + R"(\s.*\syes yes yes\s)")));

      auto ua = ht::run_process({std::string(HANDOUT_TEST_DIR) + "/pdf/check_pdfua.py", pdf, "--expect-pdfua"});
      INFO(ua.out << ua.err);
      CHECK(ua.exit_code == 0);
      CHECK(ua.out.find("\"errors\": []") != std::string::npos);

      auto qpdf = ht::run_process({"qpdf", "--check", pdf});
      CHECK(qpdf.exit_code == 0);
    }
  }
}

TEST_CASE("pdf scripts: the Bengali and Punjabi glyphs are HarfBuzz's for the same text and font", "[pdf][scripts]") {
  ht::TempDir dir;
  for (const auto& [s, lang] : {std::pair{kScripts[0], "bn"}, std::pair{kScripts[1], "pa"}}) {
    INFO(s.fixture);
    // The English leaflet shows the sentence twice and nothing else in this font.
    const std::string pdf = build(dir, std::string(s.fixture) + "-in-english");
    std::vector<int> expected = hb_shape_ids(s, lang);
    expected.insert(expected.end(), expected.begin(), expected.end());
    // The subset renumbers glyphs keeping their order, so the page's CIDs must follow the same
    // sequence as hb-shape's ids under one order-preserving renumbering.
    auto r = ht::run_process({std::string(HANDOUT_TEST_DIR) + "/pdf/glyph_ids.py", pdf, s.font});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const std::vector<int> cids = numbers(r.out);
    INFO("hb-shape: " << Catch::Detail::stringify(expected) << "\nPDF: " << Catch::Detail::stringify(cids));
    REQUIRE(cids.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
      for (std::size_t j = 0; j < expected.size(); ++j) {
        CHECK((expected[i] < expected[j]) == (cids[i] < cids[j]));
        CHECK((expected[i] == expected[j]) == (cids[i] == cids[j]));
      }
    // Bengali's vowel sign e is drawn before the consonant it follows: the pre-base glyph really
    // comes first, and the text still reads back in character order (/ActualText).
    if (std::string(s.fixture) == "bengali") {
      auto qdf = ht::run_process({"qpdf", "--qdf", "--object-streams=disable", pdf, "-"});
      CHECK(std::regex_search(qdf.out, std::regex("/Span <</ActualText <[fF][eE][fF][fF][0-9a-fA-F]+>>> BDC\n/Span <</MCID \\d+>> BDC")));
    }
  }
}

// Noto Sans CJK has CFF outlines, CID-keyed, with 65,000 glyphs. The subset renumbers them, and
// the content shows each glyph's original id as its CID, which the subset's charset maps to the
// renumbered glyph (ISO 32000-1 §9.7.4.2). Read back with fontTools: the CIDs drawn are the ones
// HarfBuzz gives, each is in the embedded charset and draws the original outline, and the
// program holds only what the page uses (keeping every glyph id, as before, took 690 KB).
TEST_CASE("pdf scripts: a CJK font embeds as a small CID-keyed CFF whose CIDs are the glyphs HarfBuzz gives",
          "[pdf][scripts]") {
  ht::TempDir dir;
  const Script& s = kScripts[2];
  REQUIRE(std::string(s.fixture) == "chinese");
  const std::string pdf = build(dir, "chinese-in-english");
  std::vector<int> expected = hb_shape_ids(s, "zh-Hans");
  expected.insert(expected.end(), expected.begin(), expected.end());  // the sentence is shown twice
  auto shown = ht::run_process({std::string(HANDOUT_TEST_DIR) + "/pdf/glyph_ids.py", pdf, s.font});
  INFO(shown.err);
  REQUIRE(shown.exit_code == 0);
  CHECK(numbers(shown.out) == expected);

  auto r = ht::run_process({std::string(HANDOUT_TEST_DIR) + "/pdf/cff_glyphs.py", pdf, s.font, s.file,
                            std::to_string(s.face_index)});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("\"subtype\": \"/CIDFontType0C\"") != std::string::npos);
  CHECK(r.out.find("\"differ\": []") != std::string::npos);
  std::smatch m;
  REQUIRE(std::regex_search(r.out, m, std::regex(R"("bytes": (\d+), "cids": \[([0-9, ]*)\])")));
  CHECK(std::stoi(m[1].str()) < 20000);
  std::string list = m[2].str();
  for (char& c : list)
    if (c == ',') c = ' ';
  const std::vector<int> charset = numbers(list);
  for (int cid : expected) CHECK(std::find(charset.begin(), charset.end(), cid) != charset.end());
}

TEST_CASE("pdf scripts: a template's [fonts] table names the family for a script", "[pdf][scripts]") {
  ht::TempDir dir;
  fs::create_directories(dir.file("templates/serif-bengali"));
  ht::write_file(dir.file("templates/serif-bengali/template.toml"),
             "[fonts]\nbeng = \"Noto Serif Bengali\"\n");
  std::string doc = ht::read_file(kFixtures + "bengali-in-english.xml");
  doc = std::regex_replace(doc, std::regex("template=\"parent-leaflet\""), "template=\"serif-bengali\"");
  ht::write_file(dir.file("doc.xml"), doc);
  auto r = ht::run_handout({"build", "--pdf", "-q", "--min-severity", "error", dir.file("doc.xml"), "-o", dir.file("out")},
                       {"HANDOUT_TEMPLATES=" + dir.file("templates")});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  auto fonts = ht::run_process({"pdffonts", dir.file("out/doc.pdf")});
  INFO(fonts.out);
  CHECK(std::regex_search(fonts.out, std::regex(R"([A-Z]{6}\+NotoSerifBengali-Regular\s)")));
  CHECK(fonts.out.find("NotoSansBengali") == std::string::npos);
}

TEST_CASE("pdf scripts: a [fonts] key that is no script code nor language tag is a template error", "[pdf][scripts]") {
  ht::TempDir dir;
  fs::create_directories(dir.file("templates/odd"));
  ht::write_file(dir.file("templates/odd/template.toml"), "[fonts]\nbeng = \"Noto Sans Bengali\"\n\"b n\" = \"Noto Sans\"\n");
  ht::write_file(dir.file("doc.xml"), std::regex_replace(ht::read_file(kFixtures + "bengali.xml"),
                                                         std::regex("template=\"parent-leaflet\""), "template=\"odd\""));
  auto r = ht::run_handout({"build", "--pdf", dir.file("doc.xml"), "-o", dir.file("out")},
                           {"HANDOUT_TEMPLATES=" + dir.file("templates")});
  ht::check_refused(r,
                    dir.file("templates/odd/template.toml") +
                        ":3:9: error: [fonts] key 'b n' is neither a script code nor a language tag",
                    "template-invalid", dir.file("out/doc.pdf"));
}

TEST_CASE("pdf scripts: a batch on four threads shares fallback fonts and gives the bytes of single builds",
          "[pdf][scripts]") {
  ht::TempDir batch, single;
  std::vector<std::string> args{"build", "--pdf", "-q", "--min-severity", "error", "-j", "4", "-o", batch.path()};
  for (const Script& s : kScripts)
    for (const std::string& fixture : {std::string(s.fixture), std::string(s.fixture) + "-in-english"})
      args.push_back(kFixtures + fixture + ".xml");
  auto r = ht::run_handout(args, {"SOURCE_DATE_EPOCH=1700000000"});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  for (const Script& s : kScripts) {
    INFO(s.fixture);
    CHECK(ht::read_file(batch.file(std::string(s.fixture) + ".pdf")) == ht::read_file(build(single, s.fixture)));
  }
}
