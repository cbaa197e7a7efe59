// What the templates promise on paper, measured on the written PDF with poppler (pdftotext
// -bbox for word boxes, pdftotext -layout for lines, pdffonts for the faces): line length, the
// size of secondary text, italics, the running header's distance from the paper's edge, and the
// large-print editions built from the same content file with --template.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <sstream>
#include <tuple>

#include "support/process.hpp"

using handout::test::build_pdf;
using handout::test::run_process;
using handout::test::TempDir;

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
const std::string kLeaflet = std::string(HANDOUT_SOURCE_DIR) + "/content/parent-leaflet-attachment-difficulties.xml";
const std::string kStaff = std::string(HANDOUT_SOURCE_DIR) + "/content/staff-module-attachment.xml";
// Figures with captions, tables with captions, notes, code: the secondary text the leaflet lacks.
const std::string kEveryElement = std::string(HANDOUT_TEST_DIR) + "/fixtures/docx/every-element.xml";

struct Word {
  int page = 0;
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;  // from the top-left corner, in points
  double page_height = 0;
  std::string text;
};

// Every word poppler finds, with its box (pdftotext -bbox).
std::vector<Word> words_of(const std::string& pdf) {
  auto r = run_process({"pdftotext", "-bbox", pdf, "-"});
  REQUIRE(r.exit_code == 0);
  static const std::regex kPage(R"re(<page width="([\d.]+)" height="([\d.]+)">)re");
  static const std::regex kWord(
      R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re");
  std::vector<Word> words;
  int page = 0;
  double height = 0;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_search(line, m, kPage)) {
      ++page;
      height = std::stod(m[2]);
    } else if (std::regex_search(line, m, kWord)) {
      words.push_back({page, std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), height, m[5]});
    }
  }
  REQUIRE(!words.empty());
  return words;
}

bool is_number(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

// The font names pdffonts lists for `pdf`.
std::string fonts_of(const std::string& pdf) {
  auto r = run_process({"pdffonts", pdf});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

// poppler's word box is the font's ascent to descent: 1.117 em for Liberation Sans. A word set
// at `pt` or more has a box at least this tall (5 % under, for rounding).
double box_height_for(double pt) { return pt * 1.117 * 0.95; }

}  // namespace

TEST_CASE("templates on paper: staff-handout body lines are at most 80 characters", "[pdf][template]") {
  TempDir dir;
  const std::string pdf = build_pdf(dir, kStaff);
  auto r = run_process({"pdftotext", "-layout", pdf, "-"});
  REQUIRE(r.exit_code == 0);
  std::size_t longest = 0, long_lines = 0;
  std::string longest_line;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    const auto first = line.find_first_not_of(" \f");
    if (first == std::string::npos) continue;
    line = line.substr(first);
    // UTF-8 characters, not bytes: count the bytes that start a character.
    const auto chars = static_cast<std::size_t>(
        std::count_if(line.begin(), line.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    if (chars > longest) longest = chars, longest_line = line;
    long_lines += chars >= 60;
  }
  INFO("longest line: " << longest_line);
  CHECK(longest <= 80);
  CHECK(long_lines > 50);  // the measure is real: most body lines run close to the limit
}

TEST_CASE(
    "templates on paper: parent-leaflet sets captions, table text and notes at 14pt, none in italic, "
    "and keeps the running header 10 mm in",
    "[pdf][template]") {
  for (const std::string& input : {kLeaflet, kEveryElement}) {
    INFO(input);
    TempDir dir;
    const std::string pdf = build_pdf(dir, input, {"--template", "parent-leaflet"});
    const double inset = 10 * kPointsPerMm;
    for (const Word& w : words_of(pdf)) {
      INFO("page " << w.page << ": '" << w.text << "' at y " << w.y_min << "-" << w.y_max);
      CHECK(w.y_min >= inset - 0.5);                  // the running header: was about 6.5 mm from the edge
      CHECK(w.y_max <= w.page_height - inset + 0.5);  // the footer
      // Running text inside the text area (header and footer excluded), note numbers aside.
      const bool in_text_area = w.y_min > 18 * kPointsPerMm && w.y_max < w.page_height - 20 * kPointsPerMm;
      if (in_text_area && !is_number(w.text)) CHECK(w.y_max - w.y_min >= box_height_for(14));
    }
    const std::string fonts = fonts_of(pdf);
    CHECK(fonts.find("Italic") == std::string::npos);
    CHECK(fonts.find("LiberationSans") != std::string::npos);  // pdffonts did list the fonts
  }
}

TEST_CASE("templates on paper: --template builds the large-print leaflet from the same content file",
          "[pdf][template]") {
  for (const std::string& input : {kLeaflet, kEveryElement}) {
    INFO(input);
    TempDir standard_dir, large_dir;
    const std::string standard = build_pdf(standard_dir, input, {"--template", "parent-leaflet"});
    const std::string large = build_pdf(large_dir, input, {"--template", "parent-leaflet-large-print"});
    const auto standard_words = words_of(standard), large_words = words_of(large);
    CHECK(large_words.back().page > standard_words.back().page);  // bigger type, more pages
    const double inset = 10 * kPointsPerMm;
    for (const Word& w : large_words) {
      INFO("page " << w.page << ": '" << w.text << "' " << w.y_max - w.y_min << "pt tall");
      CHECK(w.y_min >= inset - 0.5);
      CHECK(w.y_max <= w.page_height - inset + 0.5);
      // RNIB Clear Print, large print: nothing under 16pt (the running header and footer), and
      // everything else, captions, table text and notes included, at 18pt. Superscript note
      // numbers are the one exception.
      if (is_number(w.text)) continue;
      const bool running = w.y_min < 26 * kPointsPerMm || w.y_max > w.page_height - 26 * kPointsPerMm;
      CHECK(w.y_max - w.y_min >= box_height_for(running ? 16 : 18));
    }
    CHECK(fonts_of(large).find("Italic") == std::string::npos);
  }
}

TEST_CASE("templates on paper: a quotation's indent grows with the type size (8 mm at 12pt)", "[pdf][template]") {
  // {template, its left margin in mm, its body size}: the indent is 8 mm x body / 12.
  const std::tuple<const char*, double, double> cases[] = {{"parent-leaflet", 17, 14},
                                                           {"parent-leaflet-large-print", 15, 18}};
  for (const auto& [name, margin_mm, body_pt] : cases) {
    INFO(name);
    TempDir dir;
    const auto words = words_of(build_pdf(dir, kEveryElement, {"--template", name}));
    // "A quotation from a parent about the service." is the fixture's only quotation.
    const auto it = std::adjacent_find(words.begin(), words.end(), [](const Word& a, const Word& b) {
      return a.text == "A" && b.text == "quotation";
    });
    REQUIRE(it != words.end());
    CHECK(it->x_min / kPointsPerMm == Approx(margin_mm + 8 * body_pt / 12).margin(0.1));
  }
}
