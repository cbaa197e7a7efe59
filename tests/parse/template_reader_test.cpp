// Template TOML → style::Template: the shipped templates, defaults, and every error with its line.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/error.hpp"
#include "parse/template_reader.hpp"
#include "support/test_support.hpp"

namespace {

using handout::Colour;
using handout::InputError;
using handout::SourceLoc;
using handout::parse::load_template;
using handout::parse::parse_template;
namespace style = handout::style;

// Runs `parse_template` expecting an InputError; returns its diagnostic.
handout::Diagnostic template_error(const std::string& toml) {
  try {
    parse_template(toml, "t.toml");
  } catch (const InputError& e) {
    return e.diagnostic();
  }
  FAIL("no InputError for:\n" << toml);
  return {};
}

// Points HANDOUT_TEMPLATES at the source tree's templates/ for the test's lifetime, so the
// shipped files are tested whatever the environment says.
struct SourceTemplatesOnPath {
  SourceTemplatesOnPath() { setenv("HANDOUT_TEMPLATES", HANDOUT_SOURCE_DIR "/templates", 1); }
  ~SourceTemplatesOnPath() { unsetenv("HANDOUT_TEMPLATES"); }
};

}  // namespace

TEST_CASE("template: parent-leaflet loads as an A5 14pt left-aligned leaflet with endnotes", "[template]") {
  SourceTemplatesOnPath env;
  style::Template t = load_template("parent-leaflet");
  CHECK(t.name == "parent-leaflet");
  CHECK(t.path == HANDOUT_SOURCE_DIR "/templates/parent-leaflet/template.toml");
  CHECK(t.directory == HANDOUT_SOURCE_DIR "/templates/parent-leaflet");
  CHECK(t.page.size_name == "A5");
  CHECK(t.page.width_mm == 148);
  CHECK(t.page.height_mm == 210);
  CHECK(t.body.font.family == "Liberation Sans");
  CHECK(t.body.font.size_pt == 14);
  CHECK(t.body.line_spacing == 1.5);
  CHECK(t.body.align == style::TextAlign::Left);
  CHECK(t.headings.font.bold);
  CHECK(t.notes == style::NotePlacement::Endnotes);
  CHECK(t.footer.centre == "{page_of_pages}");
  CHECK(t.header.left == "{title}");
  CHECK(t.expand_abbreviations);
  CHECK(t.emphasis == style::EmphasisStyle::Bold);
  // WCAG 2.2 SC 1.4.3: body text must stay readable on the page and inside a callout.
  CHECK(handout::contrast_ratio(t.body.font.color, t.page.background) >= 7);
  CHECK(handout::contrast_ratio(t.body.font.color, t.callout.background) >= 4.5);
  CHECK(handout::contrast_ratio(t.footer.color, t.page.background) >= 4.5);
  // SC 1.4.11: a callout too close to the page colour must have a visible border.
  REQUIRE(t.callout.border.has_value());
  CHECK(handout::contrast_ratio(*t.callout.border, t.page.background) >= 3);
  // Locations point into the file so template lint can cite the line.
  CHECK(t.body.size_loc.known());
  CHECK(t.body.line_spacing_loc.line == t.body.size_loc.line + 2);
  CHECK(t.body.font.loc.line == t.body.size_loc.line - 2);
}

TEST_CASE("template: staff-handout loads as an A4 12pt handout with references as endnotes", "[template]") {
  SourceTemplatesOnPath env;
  style::Template t = load_template("staff-handout");
  CHECK(t.name == "staff-handout");
  CHECK(t.page.size_name == "A4");
  CHECK(t.page.width_mm == 210);
  CHECK(t.page.height_mm == 297);
  CHECK(t.page.background == handout::kWhite);
  CHECK(t.body.font.family == "Liberation Sans");
  CHECK(t.body.font.size_pt == 12);
  CHECK(t.body.line_spacing == 1.5);
  CHECK(t.body.align == style::TextAlign::Left);
  CHECK(t.notes == style::NotePlacement::Endnotes);
  CHECK(t.notes_heading == "References");
  CHECK(t.headings.sizes_pt[0] == 22);
  CHECK(t.headings.sizes_pt[5] == 12);
  CHECK(handout::contrast_ratio(t.headings.font.color, t.page.background) >= 4.5);
  CHECK(handout::contrast_ratio(t.body.font.color, t.callout.background) >= 4.5);
}

TEST_CASE("template: an empty file takes the documented defaults", "[template]") {
  style::Template t = parse_template("", "empty.toml");
  CHECK(t.path == "empty.toml");
  CHECK(t.page.size_name == "A4");
  CHECK(t.page.width_mm == 210);
  CHECK(t.body.font.family == "Liberation Sans");
  CHECK(t.headings.font.family == "Liberation Sans");
  CHECK(t.headings.font.bold);
  CHECK(t.monospace.family == "Liberation Mono");
  CHECK(t.body.font.size_pt == 12);
  CHECK(t.body.line_spacing == 1.5);
  CHECK(t.notes == style::NotePlacement::Endnotes);
  CHECK_FALSE(t.callout.border.has_value());
  CHECK_FALSE(t.body.size_loc.known());
}

TEST_CASE("template: values are read with their source positions", "[template]") {
  style::Template t = parse_template(R"(description = "x"
[page]
width_mm = 100
height_mm = 150
margin_mm = 10
margin_left_mm = 15
[body]
font = "DejaVu Sans"
size_pt = 13.5
align = "Justify"
[headings]
sizes_pt = [20, 18, 16, 14, 13, 12.5]
[callout]
border = "none"
[notes]
placement = "footnotes"
)",
                                     "t.toml");
  CHECK(t.page.size_name == "custom");
  CHECK(t.page.width_mm == 100);
  CHECK(t.page.margin_top_mm == 10);
  CHECK(t.page.margin_left_mm == 15);
  CHECK(t.body.font.family == "DejaVu Sans");
  CHECK(t.headings.font.family == "DejaVu Sans");  // headings follow the body family unless set
  CHECK(t.body.font.loc == SourceLoc{8, 8});
  CHECK(t.body.font.size_pt == 13.5);
  CHECK(t.body.size_loc == SourceLoc{9, 11});
  CHECK(t.body.align == style::TextAlign::Justify);
  CHECK(t.body.align_loc.line == 10);
  CHECK(t.headings.sizes_pt[5] == 12.5);
  CHECK_FALSE(t.callout.border.has_value());
  CHECK(t.notes == style::NotePlacement::Footnotes);
}

TEST_CASE("template: an unknown key is template-invalid at the key's line", "[template]") {
  auto d = template_error("[body]\nsize_pt = 12\nline_spaceing = 1.5\n");
  CHECK(d.code == "template-invalid");
  CHECK(d.file == "t.toml");
  CHECK(d.loc == SourceLoc{3, 1});
  CHECK(d.message == "unknown key 'line_spaceing' in [body]");
  CHECK(d.hint.find("line_spacing") != std::string::npos);
}

TEST_CASE("template: an unknown table is template-invalid", "[template]") {
  auto d = template_error("\n[boddy]\nsize_pt = 12\n");
  CHECK(d.code == "template-invalid");
  CHECK(d.loc.line == 2);
  CHECK(d.message == "unknown table or key 'boddy'");
}

TEST_CASE("template: a bad colour is attr-bad-colour at the value", "[template]") {
  auto d = template_error("[page]\nsize = \"A4\"\n\n[body]\ncolor = \"#12345\"\n");
  CHECK(d.code == "attr-bad-colour");
  CHECK(d.loc == SourceLoc{5, 9});
  CHECK(d.message == "[body] color is \"#12345\", not a #rrggbb colour");
}

TEST_CASE("template: an out-of-range size is template-invalid with the range", "[template]") {
  auto d = template_error("[body]\nsize_pt = 3\n");
  CHECK(d.code == "template-invalid");
  CHECK(d.loc == SourceLoc{2, 11});
  CHECK(d.message == "[body] size_pt is 3, outside the allowed range 4 to 72");

  CHECK(template_error("[body]\nline_spacing = 3.5\n").loc.line == 2);
  CHECK(template_error("[page]\n\nmargin_top_mm = 120\n").loc.line == 3);
  CHECK(template_error("[headings]\nsizes_pt = [20, 18, 100, 14, 13, 12]\n").message ==
        "[headings] sizes_pt[2] is 100, outside the allowed range 4 to 72");
}

TEST_CASE("template: a wrong type or unknown choice is template-invalid", "[template]") {
  auto d = template_error("[body]\nsize_pt = \"12\"\n");
  CHECK(d.code == "template-invalid");
  CHECK(d.message == "[body] size_pt must be a number");
  CHECK(template_error("[body]\nalign = \"centre\"\n").message ==
        "[body] align is \"centre\"; expected one of \"left\", \"justify\"");
  CHECK(template_error("[abbreviations]\nexpand_first_use = \"yes\"\n").loc.line == 2);
  CHECK(template_error("[headings]\nsizes_pt = [20, 18]\n").code == "template-invalid");
}

TEST_CASE("template: an unknown placeholder in a running header is template-invalid", "[template]") {
  auto d = template_error("[footer]\ncentre = \"Page {page} of {pgaes}\"\n");
  CHECK(d.code == "template-invalid");
  CHECK(d.loc.line == 2);
  CHECK(d.message == "[footer] centre uses unknown placeholder {pgaes}");
  CHECK(d.hint == "placeholders: {title}, {page}, {pages}, {page_of_pages}, {date}, {author}");
}

TEST_CASE("template: a TOML syntax error is template-invalid at the parser's position", "[template]") {
  auto d = template_error("[page]\nsize = \"A4\"\n[body]\nsize_pt = = 12\n");
  CHECK(d.code == "template-invalid");
  CHECK(d.loc.line == 4);
  CHECK(d.message.rfind("TOML syntax error: ", 0) == 0);
}

TEST_CASE("template: margins that leave no text column are rejected", "[template]") {
  auto d = template_error("[page]\nsize = \"A5\"\nmargin_left_mm = 60\nmargin_right_mm = 60\n");
  CHECK(d.code == "template-invalid");
  CHECK(d.message.find("margins leave less than") != std::string::npos);
}

TEST_CASE("template: an unknown or unsafe name is template-not-found listing the templates", "[template]") {
  SourceTemplatesOnPath env;
  try {
    load_template("no-such-template");
    FAIL("expected template-not-found");
  } catch (const InputError& e) {
    CHECK(e.diagnostic().code == "template-not-found");
    CHECK(e.diagnostic().message == "no template named 'no-such-template'");
    CHECK(e.diagnostic().hint.find("parent-leaflet") != std::string::npos);
    CHECK(e.diagnostic().hint.find("staff-handout") != std::string::npos);
  }
  CHECK_THROWS_AS(load_template("../staff-handout"), InputError);
  CHECK_THROWS_AS(load_template("Staff-Handout"), InputError);
  CHECK_THROWS_AS(load_template(""), InputError);
}

TEST_CASE("template: HANDOUT_TEMPLATES folders are searched first", "[template]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("handout-template-test-" + std::to_string(::getpid()));
  fs::create_directories(dir / "staff-handout");
  std::ofstream(dir / "staff-handout" / "template.toml") << "[body]\nsize_pt = 13\n";
  setenv("HANDOUT_TEMPLATES", (dir.string() + ":" HANDOUT_SOURCE_DIR "/templates").c_str(), 1);
  auto path = handout::parse::template_search_path();
  style::Template t = load_template("staff-handout");
  auto names = handout::parse::available_templates();
  unsetenv("HANDOUT_TEMPLATES");
  fs::remove_all(dir);

  REQUIRE(path.size() >= 2);
  CHECK(path[0] == dir.string());
  CHECK(path[1] == HANDOUT_SOURCE_DIR "/templates");
  CHECK(t.body.font.size_pt == 13);
  CHECK(t.directory == (dir / "staff-handout").string());
  CHECK(std::find(names.begin(), names.end(), "parent-leaflet") != names.end());
}

TEST_CASE("template: of several unknown keys the first in the file is reported", "[template]") {
  auto d = template_error("[body]\nzz_first = 1\naa_second = 2\n");
  CHECK(d.loc.line == 2);
  CHECK(d.message == "unknown key 'zz_first' in [body]");
}

namespace {

// Template folders written for one test, first on HANDOUT_TEMPLATES (the source tree's after them).
class TemplateFolder {
 public:
  TemplateFolder() : dir_(std::filesystem::temp_directory_path() / ("handout-extends-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(dir_);
    setenv("HANDOUT_TEMPLATES", (dir_.string() + ":" HANDOUT_SOURCE_DIR "/templates").c_str(), 1);
  }
  ~TemplateFolder() {
    unsetenv("HANDOUT_TEMPLATES");
    std::filesystem::remove_all(dir_);
  }
  std::string add(const std::string& name, const std::string& toml) {
    std::filesystem::create_directories(dir_ / name);
    const std::string path = (dir_ / name / "template.toml").string();
    std::ofstream(path) << toml;
    return path;
  }

 private:
  std::filesystem::path dir_;
};

handout::Diagnostic load_error(const std::string& name) {
  try {
    load_template(name);
  } catch (const InputError& e) {
    return e.diagnostic();
  }
  FAIL("no InputError loading " << name);
  return {};
}

}  // namespace

TEST_CASE("template extends: the child overrides only what it sets, to any depth", "[template][extends]") {
  TemplateFolder folder;
  folder.add("base", "[page]\nsize = \"A5\"\nbackground = \"#fffcf2\"\n[body]\nsize_pt = 14\nfont = \"DejaVu Sans\"\n"
                     "[emphasis]\nstyle = \"bold\"\n[footer]\ncentre = \"Page {page}\"\n");
  folder.add("middle", "extends = \"base\"\n[body]\nsize_pt = 16\n");
  const std::string leaf = folder.add("leaf", "extends = \"middle\"\n[page]\nmargin_top_mm = 30\n");
  style::Template t = load_template("leaf");
  CHECK(t.name == "leaf");
  CHECK(t.path == leaf);
  CHECK(t.extends == "middle");
  CHECK(t.page.size_name == "A5");               // from base, through middle
  CHECK(t.page.width_mm == 148);
  CHECK(t.page.margin_top_mm == 30);             // leaf's own
  CHECK(t.page.margin_left_mm == 20);            // nobody set it: the house default
  CHECK(t.page.background == Colour{0xff, 0xfc, 0xf2});
  CHECK(t.body.font.size_pt == 16);              // middle overrides base
  CHECK(t.body.font.family == "DejaVu Sans");
  CHECK(t.headings.font.family == "DejaVu Sans");  // headings follow the inherited body family
  CHECK(t.emphasis == style::EmphasisStyle::Bold);
  CHECK(t.footer.centre == "Page {page}");
  // Lint must cite the file that set each value.
  CHECK(t.body.size_file.find("/middle/template.toml") != std::string::npos);
  CHECK(t.body.size_loc.line == 3);
  CHECK(t.body.font.file.find("/base/template.toml") != std::string::npos);
  CHECK(t.body.font.loc.line == 6);
}

TEST_CASE("template extends: a missing parent is an error at the extends line", "[template][extends]") {
  TemplateFolder folder;
  const std::string path = folder.add("orphan", "description = \"x\"\nextends = \"no-such-parent\"\n");
  auto d = load_error("orphan");
  CHECK(d.code == "template-invalid");
  CHECK(d.file == path);
  CHECK(d.loc.line == 2);
  CHECK(d.message == "extends names 'no-such-parent', but there is no template of that name");
  CHECK(d.hint.find("parent-leaflet") != std::string::npos);
}

TEST_CASE("template extends: a cycle is an error naming the chain, at the extends line that closes it",
          "[template][extends]") {
  TemplateFolder folder;
  folder.add("one", "extends = \"two\"\n");
  const std::string two = folder.add("two", "# comment\nextends = \"three\"\n");
  folder.add("three", "# three\n\nextends = \"two\"\n[body]\nsize_pt = 14\n");
  auto d = load_error("one");
  CHECK(d.code == "template-invalid");
  CHECK(d.file.find("/three/template.toml") != std::string::npos);
  CHECK(d.loc.line == 3);
  CHECK(d.message == "template extends itself: one -> two -> three -> two");

  folder.add("self", "extends = \"self\"\n");
  CHECK(load_error("self").message == "template extends itself: self -> self");
  // Entered at two, the cycle closes at three's extends line.
  CHECK(load_error("two").message == "template extends itself: two -> three -> two");
  CHECK(load_error("two").file != two);
}

TEST_CASE("template extends: extends must be a template name in quotes", "[template][extends]") {
  TemplateFolder folder;
  folder.add("bad", "extends = 3\n");
  auto d = load_error("bad");
  CHECK(d.code == "template-invalid");
  CHECK(d.loc.line == 1);
  CHECK(d.message == "extends must name a template (a string in quotes)");
}

TEST_CASE("template: the large-print editions extend the standard ones at 18pt, with no italics",
          "[template][extends]") {
  SourceTemplatesOnPath env;
  for (const char* name : {"parent-leaflet-large-print", "staff-handout-large-print"}) {
    INFO(name);
    const style::Template t = load_template(name);
    const style::Template standard = load_template(t.extends);
    CHECK(t.body.font.size_pt >= 18);      // RNIB Clear Print: large print is 16-18pt and up
    CHECK(t.text.min_size_pt >= 18);       // rule 50 holds the template to it
    CHECK(t.secondary_size_pt() >= 18);    // captions, table text, notes
    CHECK(t.header.size_pt >= 16);
    CHECK(t.footer.size_pt >= 16);
    CHECK(t.monospace.size_pt >= 16);
    for (double h : t.headings.sizes_pt) CHECK(h >= t.body.font.size_pt);
    CHECK(t.emphasis == style::EmphasisStyle::Bold);
    CHECK_FALSE(t.text.italic_captions);
    CHECK(t.body.line_spacing >= 1.5);
    CHECK(t.body.paragraph_space_pt > standard.body.paragraph_space_pt);
    // Inherited, not copied: same page size, colours and running text as the standard edition.
    CHECK(t.page.size_name == standard.page.size_name);
    CHECK(t.page.background == standard.page.background);
    CHECK(t.body.font.color == standard.body.font.color);
    CHECK(t.header.left == standard.header.left);
    CHECK(t.notes_heading == standard.notes_heading);
    CHECK(t.layout_scale() == Approx(t.body.font.size_pt / 12));
  }
  CHECK(load_template("parent-leaflet-large-print").extends == "parent-leaflet");
  CHECK(load_template("staff-handout-large-print").extends == "staff-handout");
}

TEST_CASE("template: parent-leaflet holds captions, table text and notes to 14pt, upright captions",
          "[template]") {
  SourceTemplatesOnPath env;
  const style::Template t = load_template("parent-leaflet");
  CHECK(t.text.min_size_pt == 14);
  CHECK(t.secondary_size_pt() == 14);  // not 0.9 x 14 = 12.6
  CHECK_FALSE(t.text.italic_captions);
  // The staff handout is held to the 12pt floor: 0.9 x 12 = 10.8pt would go under it.
  const style::Template staff = load_template("staff-handout");
  CHECK(staff.text.min_size_pt == 12);
  CHECK(staff.secondary_size_pt() == 12);
}

TEST_CASE("template: nhs-tri-fold loads as an A4 landscape sheet of three roll-folded 14pt panels", "[template]") {
  SourceTemplatesOnPath env;
  style::Template t = load_template("nhs-tri-fold");
  CHECK(t.page.size_name == "A4");
  CHECK(t.page.width_mm == 297);
  CHECK(t.page.height_mm == 210);
  CHECK(t.layout.panels == 3);
  CHECK(t.layout.fold == style::Fold::Roll);
  CHECK(t.body.font.size_pt == 14);
  CHECK(t.text.min_size_pt == 14);
  // No running text: it would run across the folds.
  CHECK(t.header.left.empty());
  CHECK(t.header.centre.empty());
  CHECK(t.footer.centre.empty());
  CHECK(handout::contrast_ratio(t.body.font.color, t.page.background) >= 7);
  CHECK(handout::contrast_ratio(t.headings.font.color, t.page.background) >= 7);
  CHECK(handout::contrast_ratio(t.link_color, t.page.background) >= 7);
  CHECK(handout::contrast_ratio(t.body.font.color, t.callout.background) >= 7);
  REQUIRE(t.callout.border.has_value());
  CHECK(handout::contrast_ratio(*t.callout.border, t.page.background) >= 3);
}

TEST_CASE("template: orientation turns a named size sideways and back", "[template]") {
  style::Template t = parse_template("[page]\nsize = \"A5\"\norientation = \"landscape\"\n", "t.toml");
  CHECK(t.page.width_mm == 210);
  CHECK(t.page.height_mm == 148);
  t = parse_template("[page]\nwidth_mm = 300\nheight_mm = 200\norientation = \"portrait\"\n", "t.toml");
  CHECK(t.page.width_mm == 200);
  CHECK(t.page.height_mm == 300);
}

TEST_CASE("template: [layout] panels and fold are checked with their line", "[template]") {
  auto d = template_error("[page]\nsize = \"A4\"\norientation = \"landscape\"\n[layout]\npanels = 2\nfold = \"roll\"\n");
  CHECK(d.code == "template-invalid");
  CHECK(d.loc == SourceLoc{6, 8});
  CHECK(d.message == "[layout] fold = \"roll\" needs panels = 3");

  d = template_error("[layout]\npanels = 2.5\n");
  CHECK(d.loc == SourceLoc{2, 10});
  CHECK(d.message == "[layout] panels must be a whole number");

  d = template_error("[layout]\npanels = 5\n");
  CHECK(d.message == "[layout] panels is 5, outside the allowed range 1 to 4");

  // Portrait A4 in three panels leaves 70 mm - 2 x 20 mm = 30 mm: just enough; four do not fit.
  CHECK(parse_template("[layout]\npanels = 3\n", "t.toml").layout.panels == 3);
  d = template_error("[layout]\npanels = 4\n");
  CHECK(d.message == "[page] margins leave less than 30 mm of text area on a 210 x 297 mm page of 4 panels");
}
