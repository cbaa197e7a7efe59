// Right-to-left leaflets (Urdu in Noto Nastaliq Urdu, Arabic in Noto Naskh Arabic) built by the
// real binary and read back by independent tools: pdftotext -bbox-layout (where lines, markers
// and cells sit), pdftotext and a pikepdf structure-tree walk (the text comes back in logical
// order), hb-shape (glyphs and their offsets are HarfBuzz's), check_pdfua.py and qpdf.
// Fixtures: tests/fixtures/pdf/urdu-leaflet.xml and arabic-leaflet.xml.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "pdf/leaflet_build.hpp"
#include "support/process.hpp"

namespace fs = std::filesystem;
namespace ht = handout::test;

namespace {

const std::string kFixtures = std::string(HANDOUT_TEST_DIR) + "/fixtures/pdf/";
const std::string kReadback = std::string(HANDOUT_TEST_DIR) + "/pdf/rtl_readback.py";
constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double kMarginMm = 17;  // templates/parent-leaflet: left and right margins

struct Leaflet {
  const char* fixture;
  const char* paragraph;   // the first paragraph, as written
  const char* web;         // the second paragraph, as written (with its address)
  const char* list_item;   // the second list item
  const char* first_head;  // the table's first and second header cells
  const char* second_head;
  const char* lang;
  const char* font;       // the PostScript name of the regular right-to-left face
  const char* font_file;  // its file, for hb-shape
};

const Leaflet kLeaflets[] = {
    {"urdu-leaflet",
     "ہم آپ کے بچے کا خیال رکھتے ہیں۔ کسی بھی سوال کے لیے School Office کو 0300 1234567 پر فون کریں۔",
     "مزید معلومات ہماری ویب سائٹ https://example.org/urdu پر دستیاب ہیں۔", "دوپہر کا کھانا ساتھ بھیجیں۔", "دن",
     "وقت", "ur", "NotoNastaliqUrdu-Regular", "/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf"},
    {"arabic-leaflet",
     "نحن نعتني بطفلكم كل يوم. لأي سؤال اتصلوا بـ School Office على الرقم 0300 1234567 من فضلكم.",
     "تجدون المزيد على موقعنا https://example.org/arabic في أي وقت.", "أرسلوا معه وجبة الغداء.", "اليوم", "الوقت",
     "ar", "NotoNaskhArabic-Regular", "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"},
};

std::string build(const ht::TempDir& dir, const std::string& fixture) {
  return ht::build_leaflet_pdf(dir, kFixtures + fixture + ".xml", fixture);
}

using ht::nfc_words;

// pdftotext marks embeddings with U+202A-U+202E; the text is compared without them.
std::string without_bidi_controls(std::string text) {
  for (const char* mark : {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E"})
    for (std::size_t at; (at = text.find(mark)) != std::string::npos;) text.erase(at, 3);
  return text;
}

// A block element of the structure tree as rtl_readback.py reads it: its text (ActualText where
// present) and the pen's extent over its content.
struct Element {
  std::string role, text;
  double left = 0, right = 0;
};

std::vector<Element> elements(const std::string& pdf) {
  auto r = ht::run_process({kReadback, "text", pdf});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::vector<Element> out;
  const std::regex element(R"re(\["(\w+)", "([^"]*)", ([-\d.e+]+), ([-\d.e+]+)\])re");
  for (auto m = std::sregex_iterator(r.out.begin(), r.out.end(), element); m != std::sregex_iterator(); ++m)
    out.push_back({(*m)[1], (*m)[2], std::stod((*m)[3]), std::stod((*m)[4])});
  REQUIRE(!out.empty());
  return out;
}

std::vector<Element> of_role(const std::vector<Element>& all, const std::string& role) {
  std::vector<Element> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Element& e) { return e.role == role; });
  return out;
}

// A line of the first page (rtl_readback.py lines): baseline, the pen's extent, glyph text.
struct TextLine {
  double baseline = 0, left = 0, right = 0;
  std::string text;
};

std::vector<TextLine> text_lines(const std::string& pdf) {
  auto r = ht::run_process({kReadback, "lines", pdf});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::vector<TextLine> out;
  const std::regex line(R"re(\[([-\d.e+]+), ([-\d.e+]+), ([-\d.e+]+), "([^"]*)"\])re");
  for (auto m = std::sregex_iterator(r.out.begin(), r.out.end(), line); m != std::sregex_iterator(); ++m)
    out.push_back({std::stod((*m)[1]), std::stod((*m)[2]), std::stod((*m)[3]), (*m)[4]});
  return out;
}

// A word as pdftotext -bbox-layout places it, with the line it is on.
struct Word {
  std::string text;
  double x_min = 0, x_max = 0, y_min = 0;
  double line_x_min = 0, line_x_max = 0;
};

struct Layout {
  double page_width = 0;
  std::vector<Word> words;  // first page
};

Layout bbox_layout(const std::string& pdf) {
  auto r = ht::run_process({"pdftotext", "-enc", "UTF-8", "-bbox-layout", "-f", "1", "-l", "1", pdf, "-"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  Layout out;
  std::smatch m;
  REQUIRE(std::regex_search(r.out, m, std::regex(R"re(<page width="([\d.]+)")re")));
  out.page_width = std::stod(m[1]);
  const std::regex line(R"re(<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([\s\S]*?)</line>)re");
  const std::regex word(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>)re");
  for (auto l = std::sregex_iterator(r.out.begin(), r.out.end(), line); l != std::sregex_iterator(); ++l) {
    const std::string body = (*l)[3];
    for (auto w = std::sregex_iterator(body.begin(), body.end(), word); w != std::sregex_iterator(); ++w)
      out.words.push_back({(*w)[4], std::stod((*w)[1]), std::stod((*w)[3]), std::stod((*w)[2]), std::stod((*l)[1]),
                           std::stod((*l)[2])});
  }
  return out;
}

const Word& find_word(const Layout& layout, const std::string& text) {
  for (const Word& w : layout.words)
    if (nfc_words(w.text) == nfc_words(text)) return w;
  FAIL("word not on the first page: " << text);
  throw;
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace

TEST_CASE("pdf rtl: Urdu and Arabic lines end at the right margin, list markers on the right, first column rightmost",
          "[pdf][rtl]") {
  ht::TempDir dir;
  for (const Leaflet& l : kLeaflets) {
    INFO(l.fixture);
    const std::string pdf = build(dir, l.fixture);
    const double right_margin = bbox_layout(pdf).page_width - kMarginMm * kPointsPerMm;
    // Every line from the heading to the first list item (the running header above it) ends at
    // the right margin: the heading, both paragraphs over several lines, the first marker.
    const std::vector<TextLine> lines = text_lines(pdf);
    std::size_t k = 1;
    for (; k < lines.size() && lines[k - 1].text.find("\u2022") == std::string::npos; ++k) {
      INFO("line at " << lines[k].baseline << " ends at " << lines[k].right << ", margin " << right_margin);
      CHECK(std::abs(lines[k].right - right_margin) <= 1.0);
    }
    CHECK(k >= 6);
    // So does the running header, the right-to-left document's first ("left") piece.
    CHECK(std::abs(lines.front().right - right_margin) <= 1.0);
    const std::vector<Element> all = elements(pdf);
    for (const Element& e : all)
      if (e.role == "H1" || e.role == "P") CHECK(std::abs(e.right - right_margin) <= 1.0);
    // Each marker at the right margin, its item's text to its left.
    const auto labels = of_role(all, "Lbl"), bodies = of_role(all, "LBody");
    REQUIRE(labels.size() == 2);
    REQUIRE(bodies.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
      CHECK(std::abs(labels[i].right - right_margin) <= 1.0);
      CHECK(bodies[i].right < labels[i].left);
    }
    // The table's first column is the rightmost, in the header row and in every body row.
    const auto heads = of_role(all, "TH"), cells = of_role(all, "TD");
    REQUIRE(heads.size() == 2);
    REQUIRE(cells.size() == 4);
    CHECK(heads[0].left > heads[1].right);
    CHECK(cells[0].left > cells[1].right);
    CHECK(cells[2].left > cells[3].right);
  }
}

TEST_CASE("pdf rtl: the structure tree and pdftotext give the text back in logical order", "[pdf][rtl]") {
  ht::TempDir dir;
  for (const Leaflet& l : kLeaflets) {
    INFO(l.fixture);
    const std::string pdf = build(dir, l.fixture);
    // The structure tree, in reading order, with each element's text.
    const std::vector<Element> all = elements(pdf);
    const auto paragraphs = of_role(all, "P"), bodies = of_role(all, "LBody"), heads = of_role(all, "TH");
    REQUIRE(paragraphs.size() == 2);
    CHECK(nfc_words(paragraphs[0].text) == nfc_words(l.paragraph));
    // The web address is broken after its last slash at the end of a line.
    auto unspaced = [](std::string s) {
      std::erase(s, ' ');
      return s;
    };
    CHECK(unspaced(nfc_words(paragraphs[1].text)) == unspaced(nfc_words(l.web)));
    REQUIRE(bodies.size() == 2);
    CHECK(nfc_words(bodies[1].text) == nfc_words(l.list_item));
    REQUIRE(heads.size() == 2);
    CHECK(nfc_words(heads[0].text) == nfc_words(l.first_head));
    CHECK(nfc_words(heads[1].text) == nfc_words(l.second_head));

    // poppler, in reading order and laid out as on the page, gives every word in logical order:
    // Nastaliq's words too, whose letters leave the baseline (each character has a reading box
    // on the baseline, src/pdf/pdf_writer.cpp append_reading_boxes).
    for (const bool layout : {false, true}) {
      std::vector<std::string> args{"pdftotext", "-enc", "UTF-8", pdf, "-"};
      if (layout) args.insert(args.begin() + 1, "-layout");
      auto text = ht::run_process(args);
      REQUIRE(text.exit_code == 0);
      CHECK(text.err.empty());
      const std::string extracted = nfc_words(without_bidi_controls(text.out));
      INFO("pdftotext" << (layout ? " -layout: " : ": ") << extracted);
      // The phone number reads left to right as one number, the English words in order.
      CHECK(extracted.find("School Office") != std::string::npos);
      CHECK(extracted.find("0300 1234567") != std::string::npos);
      // The paragraph's words up to the English name or a full stop (poppler moves a "." between
      // an Arabic sentence and the next to the other side of the space), the list item, the
      // header cell.
      const std::string paragraph = nfc_words(l.paragraph);
      CHECK(extracted.find(paragraph.substr(0, std::min(paragraph.find(" School"), paragraph.find('.')))) !=
            std::string::npos);
      CHECK(extracted.find(nfc_words(l.list_item)) != std::string::npos);
      CHECK(extracted.find(nfc_words(l.first_head)) != std::string::npos);
    }
  }
}

TEST_CASE("pdf rtl: the English span inside Urdu keeps its /Lang", "[pdf][rtl]") {
  ht::TempDir dir;
  const std::string pdf = build(dir, "urdu-leaflet");
  auto qdf = ht::run_process({"qpdf", "--qdf", "--object-streams=disable", pdf, "-"});
  REQUIRE(qdf.exit_code == 0);
  CHECK(std::regex_search(qdf.out, std::regex(R"(/Lang \(en-GB\)[\s\S]*?/S /Span|/S /Span[\s\S]*?/Lang \(en-GB\))")));
  CHECK(std::regex_search(qdf.out, std::regex(R"(/Lang \(ur\))")));
}

TEST_CASE("pdf rtl: Urdu and Arabic glyphs and their offsets are HarfBuzz's for the same text and font", "[pdf][rtl]") {
  ht::TempDir dir;
  for (const Leaflet& l : kLeaflets) {
    INFO(l.fixture);
    const std::string pdf = build(dir, l.fixture);
    std::vector<std::string> args{kReadback, "glyphs", pdf, "LBody", "1", l.font, l.font_file, l.lang, "Arab"};
    for (const std::string& w : split_words(l.list_item)) args.push_back(w);
    auto r = ht::run_process(args);
    INFO(r.out << r.err);
    CHECK(r.exit_code == 0);
  }
}

TEST_CASE("pdf rtl: the leaflets pass the PDF/UA checks and qpdf --check", "[pdf][rtl]") {
  ht::TempDir dir;
  for (const Leaflet& l : kLeaflets) {
    INFO(l.fixture);
    const std::string pdf = build(dir, l.fixture);
    auto ua = ht::run_process({std::string(HANDOUT_TEST_DIR) + "/pdf/check_pdfua.py", pdf, "--expect-pdfua"});
    INFO(ua.out << ua.err);
    CHECK(ua.exit_code == 0);
    CHECK(ua.out.find("\"errors\": []") != std::string::npos);
    CHECK(ht::run_process({"qpdf", "--check", pdf}).exit_code == 0);
  }
}

TEST_CASE("pdf rtl: Hebrew and Arabic words in an English paragraph print in place, right to left", "[pdf][rtl]") {
  ht::TempDir dir;
  ht::write_file(dir.file("mixed.xml"), R"(<handout lang="en-GB" template="parent-leaflet">
<meta><title>Welcome</title><audience>parents</audience></meta>
<body><h1>Welcome</h1><p>We greet every family in their own language.</p>
<p>In Arabic we say <span lang="ar">أهلاً وسهلاً</span> and in Hebrew <span lang="he">שלום לכם</span> to every family.</p></body></handout>)");
  auto r = ht::run_handout({"build", "--pdf", "-q", "--min-severity", "error", dir.file("mixed.xml"), "-o", dir.file("out")});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  const Layout layout = bbox_layout(dir.file("out/mixed.pdf"));
  // An English paragraph stays left-aligned; the two Hebrew words read right to left: the first
  // is the right one, both right of the English before them. pdftotext -bbox-layout gives each
  // word's characters left to right, as drawn: "שלום" is "םולש".
  CHECK(std::abs(find_word(layout, "In").x_min - kMarginMm * kPointsPerMm) <= 1.0);
  CHECK(find_word(layout, "םולש").x_min > find_word(layout, "םכל").x_max);
  CHECK(find_word(layout, "םכל").x_min > find_word(layout, "Hebrew").x_max);
  auto tree = ht::run_process({kReadback, "text", dir.file("out/mixed.pdf")});
  REQUIRE(tree.exit_code == 0);
  CHECK(nfc_words(tree.out).find(nfc_words("In Arabic we say أهلاً وسهلاً and in Hebrew שלום לכם to every family.")) !=
        std::string::npos);
}

TEST_CASE("pdf rtl: lines in Noto Nastaliq Urdu are spaced by the face's full height, not the template's leading",
          "[pdf][rtl]") {
  ht::TempDir dir;
  const std::string pdf = build(dir, "urdu-leaflet");
  // The first paragraph wraps: its first line is the third on the page (running header, heading).
  const std::vector<TextLine> lines = text_lines(pdf);
  REQUIRE(lines.size() > 4);
  REQUIRE(lines[3].text.find("School Office") != std::string::npos);
  // 14pt body text at line_spacing 1.5 would be 21pt apart; the face reaches 1.9 em above the
  // baseline and 0.6 em below (hhea), so 2.5 em keeps one line's descenders off the next's
  // ascenders.
  const double gap = lines[2].baseline - lines[3].baseline;
  CHECK(gap >= 2.4 * 14);
  CHECK(gap <= 2.6 * 14);
}

TEST_CASE("pdf rtl: the notes of a right-to-left document are numbered on the right, their text to the left",
          "[pdf][rtl]") {
  // The notes follow the document's direction wherever they are placed: after the body
  // (endnotes, the parent leaflet's choice) or at the foot of the page (footnotes).
  ht::TempDir dir;
  fs::create_directories(dir.file("templates/urdu-footnotes"));
  ht::write_file(dir.file("templates/urdu-footnotes/template.toml"),
                 "extends = \"parent-leaflet\"\n[notes]\nplacement = \"footnotes\"\n");
  const std::string note = "بس صبح نو بجے روانہ ہوگی۔";
  for (const std::string tmpl : {"parent-leaflet", "urdu-footnotes"}) {
    INFO(tmpl);
    const std::string stem = "notes-" + tmpl;
    ht::write_file(dir.file(stem + ".xml"), "<handout lang=\"ur\" template=\"" + tmpl +
                                                "\"><meta><title>سفر</title><audience>parents</audience></meta>"
                                                "<body><h1>سفر</h1><p>بچے میوزیم جائیں گے۔<note>" +
                                                note + "</note></p></body></handout>");
    auto r = ht::run_handout({"build", "--pdf", "--docx", "-q", "--min-severity", "error", dir.file(stem + ".xml"), "-o",
                              dir.file("out")},
                             {"HANDOUT_TEMPLATES=" + dir.file("templates")});
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    const std::string pdf = dir.file("out/" + stem + ".pdf");
    const double right_margin = bbox_layout(pdf).page_width - kMarginMm * kPointsPerMm;
    const std::vector<Element> all = elements(pdf);
    const auto number = std::find_if(all.begin(), all.end(), [](const Element& e) { return e.role == "Lbl"; });
    const auto text = std::find_if(all.begin(), all.end(),
                                   [&](const Element& e) { return e.role == "P" && nfc_words(e.text) == nfc_words(note); });
    REQUIRE(number != all.end());
    REQUIRE(text != all.end());
    CHECK(number->text == "1.");
    CHECK(number->right <= right_margin + 1.0);
    CHECK(right_margin - number->right < 20);
    CHECK(number->left > text->right);  // the number on the right, the text to its left
    // The DOCX note is a right-to-left paragraph too.
    auto docx = ht::run_process({"unzip", "-p", dir.file("out/" + stem + ".docx"),
                                 tmpl == "parent-leaflet" ? "word/endnotes.xml" : "word/footnotes.xml"});
    REQUIRE(docx.exit_code == 0);
    CHECK(std::regex_search(docx.out, std::regex(R"(<w:pStyle w:val="(End|Foot)noteText"/><w:bidi/>)")));
  }
}
